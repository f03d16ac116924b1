"""The summary as Markdown, user text escaped so it never becomes markup.

Pictures are files in a folder beside the document (``<name>_images/``), linked by
relative paths made from ids.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from app.export.pictures import Picture, Pictures
from app.export.summary import Item, Summary, overview_rows, paragraphs, vote_label

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>&~])")


def escape(text: str) -> str:
    """Escape Markdown's special characters; line breaks become spaces."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _image(picture: Picture, folder: str) -> str:
    link = quote(f"{folder}/{picture.name}")
    return f"![{escape(picture.caption)}]({link})"


def _bullet(item: Item, labels: dict[str, str], crop: str) -> str:
    line = f"- {crop}{escape(item.text)}"
    if item.votes:
        line += f" **({vote_label(item.votes, labels)})**"
    if item.tags:
        line += " — " + ", ".join(f"*{escape(tag)}*" for tag in item.tags)
    return line


def _overview(summary: Summary, pictures: Pictures, folder: str) -> list[str]:
    labels = summary.labels
    out = [f"## {escape(labels['overview'])}", ""]
    if pictures.overview:
        out += [_image(pictures.overview, folder), ""]
    out += [
        f"| {labels['station']} | {labels['themes']} | {labels['notes']} | "
        f"{labels['votes'].capitalize()} |",
        "| --- | --- | ---: | ---: |",
    ]
    for station, themes, notes, votes in overview_rows(summary):
        out.append(f"| {escape(station)} | {escape(themes)} | {notes} | {votes} |")
    checked = summary.vote_check_note()
    if checked:
        out += ["", f"*{escape(checked)}*"]
    return [*out, ""]


def render_markdown(summary: Summary, pictures: Pictures | None = None, folder: str = "") -> str:
    """The summary as Markdown; pictures are linked as ``folder/<file name>``."""
    w, labels = summary.workshop, summary.labels
    pictures = pictures or Pictures()
    out = [f"# {escape(w.title)}", ""]
    if w.subtitle:
        out += [f"**{escape(w.subtitle)}**", ""]
    out += [f"{name}: {escape(value)}  " for name, value in summary.facts()]
    for paragraph in paragraphs(w.description):
        out += ["", escape(paragraph)]
    out.append("")
    if summary.stations:
        out += _overview(summary, pictures, folder)
    if pictures.recordings:
        out += [f"## {escape(labels['recordings'])}", ""]
        out += [line for p in pictures.recordings for line in (_image(p, folder), "")]
    for section in summary.stations:
        mine = pictures.station(section.station_id)
        out += [f"## {section.number}. {escape(section.name)}", ""]
        if section.question:
            out += [f"*{escape(section.question)}*", ""]
        if mine.chart:
            out += [_image(mine.chart, folder), ""]
        if not section.groups:
            out += [escape(labels["empty"]), ""]
        for group in section.groups:
            out += [f"### {escape(group.name)}", ""]
            for item in group.items:
                crop = pictures.crops.get(item.note_id)
                link = f"{_image(crop, folder)} " if crop else ""
                out.append(_bullet(item, labels, link))
            if not group.items:
                out.append(escape(labels["empty"]))
            if group.regions:
                shown = "; ".join(escape(c) for c in group.regions)
                out += ["", f"*{escape(labels['recording'])}: {shown}*"]
            out.append("")
        out += [line for p in mine.boards + mine.recordings for line in (_image(p, folder), "")]
    out += _cross(summary)
    return "\n".join(out).rstrip() + "\n"


def _cross(summary: Summary) -> list[str]:
    """The section of cross-station themes, if any."""
    if not summary.cross:
        return []
    labels = summary.labels
    out = [f"## {escape(labels['cross'])}", ""]
    for cross in summary.cross:
        out += [f"### {escape(cross.name)}", ""]
        if cross.statement.strip():
            out += [escape(cross.statement.strip()), ""]
        if cross.themes:
            out += [f"*{escape(labels['gathers'])}: {escape('; '.join(cross.themes))}*", ""]
        out += [_bullet(item, labels, "") for item in cross.items] + [""]
    return out
