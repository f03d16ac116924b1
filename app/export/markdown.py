"""The summary as Markdown, user text escaped so it never becomes markup.

Pictures are files in a folder beside the document (``<name>_images/``), linked by
relative paths made from ids.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from app.export.pictures import Picture, Pictures
from app.export.richtext import Block, blocks
from app.export.summary import (
    Group,
    Item,
    StationSection,
    Summary,
    overview_rows,
    review_note,
    vote_label,
)

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>&~])")


def escape(text: str) -> str:
    """Escape Markdown's special characters; line breaks become spaces."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _image(picture: Picture, folder: str) -> str:
    link = quote(f"{folder}/{picture.name}")
    return f"![{escape(picture.alt or picture.caption)}]({link})"


def _figure(picture: Picture, folder: str) -> list[str]:
    """A picture with its caption in italics on the line below."""
    lines = [_image(picture, folder)]
    if picture.caption:
        lines[0] += "  "
        lines.append(f"*{escape(picture.caption)}*")
    return [*lines, ""]


def _bullet(item: Item, labels: dict[str, str], crop: str) -> str:
    line = f"- {crop}{escape(item.text)}"
    if not item.reviewed:
        line += f" {escape(labels['marker'])}"
    if item.votes:
        line += f" **({vote_label(item.votes, labels)})**"
    if item.tags:
        line += " — " + ", ".join(f"*{escape(tag)}*" for tag in item.tags)
    return line


def _overview(summary: Summary, pictures: Pictures, folder: str) -> list[str]:
    labels = summary.labels
    out = [f"## {escape(labels['overview'])}", ""]
    if pictures.overview:
        out += _figure(pictures.overview, folder)
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


def _runs(block: Block) -> str:
    out = []
    for run in block.runs:
        if run.text == "\n":
            out.append("  \n")
            continue
        text = "  \n".join(escape(line) for line in run.text.split("\n"))
        if run.link:
            text = f"[{text}](<{run.link}>)"
        out.append(f"**{text}**" if run.bold else text)
    return "".join(out)


def rich(parsed: list[Block]) -> list[str]:
    """The organiser's text as Markdown (its runs escaped, its structure kept)."""
    out: list[str] = []
    previous = ""
    for block in parsed:
        if block.kind == "bullet":
            line = f"- {_runs(block)}"
        elif block.kind == "number":
            line = f"{block.number}. {_runs(block)}"
        elif block.kind == "heading":
            line = f"### {_runs(block)}"
        else:
            line = _runs(block)
        listed = block.kind in ("bullet", "number")
        if out and not (listed and previous == block.kind):
            out.append("")
        out.append(line)
        previous = block.kind
    return [*out, ""] if out else []


def _points(points: list[str]) -> list[str]:
    return [*(f"- {escape(p)}" for p in points), ""] if points else []


def _notes(group: Group, labels: dict[str, str], pictures: Pictures, folder: str) -> list[str]:
    out = []
    if group.statement and group.items:
        out += [f"*{escape(labels['evidence'])}:*", ""]
    for item in group.items:
        crop = pictures.crops.get(item.note_id)
        link = f"{_image(crop, folder)} " if crop else ""
        out.append(_bullet(item, labels, link))
    if not group.items:
        out.append(escape(labels["empty"]))
    return out


def _station(
    summary: Summary, section: StationSection, pictures: Pictures, folder: str
) -> list[str]:
    labels = summary.labels
    mine = pictures.station(section.station_id)
    out = [f"## {section.number}. {escape(section.name)}", ""]
    if section.question:
        out += [f"*{escape(section.question)}*", ""]
    out += _points(section.statement)
    out += [escape(review_note(section, labels)), ""]
    if mine.chart:
        out += _figure(mine.chart, folder)
    if not section.groups:
        out += [escape(labels["empty"]), ""]
    for group in section.groups:
        if summary.appendix and not group.statement:
            continue
        out += [f"### {escape(group.name)}", ""]
        out += _points(group.statement)
        if not summary.appendix:
            out += _notes(group, labels, pictures, folder)
        if group.regions:
            shown = "; ".join(escape(c) for c in group.regions)
            out += ["", f"*{escape(labels['recording'])}: {shown}*"]
        out.append("")
    if section.unchecked and not summary.appendix:
        out += [escape(labels["footnote"]), ""]
    for picture in mine.boards + mine.recordings:
        out += _figure(picture, folder)
    return out


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


def render_markdown(summary: Summary, pictures: Pictures | None = None, folder: str = "") -> str:
    """The summary as Markdown; pictures are linked as ``folder/<file name>``."""
    w, labels = summary.workshop, summary.labels
    pictures = pictures or Pictures()
    out = [f"# {escape(w.title)}", ""]
    if w.subtitle:
        out += [f"**{escape(w.subtitle)}**", ""]
    out += [f"{name}: {escape(value)}  " for name, value in summary.facts()]
    out.append("")
    out += rich(blocks(w.introduction))
    out += rich(blocks(w.description))
    if summary.stations:
        out += _overview(summary, pictures, folder)
    if pictures.recordings:
        out += [f"## {escape(labels['recordings'])}", ""]
        for picture in pictures.recordings:
            out += _figure(picture, folder)
    for section in summary.stations:
        out += _station(summary, section, pictures, folder)
    out += _cross(summary)
    if summary.appendix:
        out += [f"## {escape(labels['appendix'])}", ""]
        for section in summary.stations:
            out += [f"### {section.number}. {escape(section.name)}", ""]
            for group in section.groups:
                out += [f"#### {escape(group.name)}", ""]
                out += [*_notes(Group(group.name, group.color, group.items), labels, pictures,
                                folder), ""]
            if section.unchecked:
                out += [escape(labels["footnote"]), ""]
    if w.credits.strip():
        out += [f"## {escape(labels['credits'])}", "", *rich(blocks(w.credits))]
    if w.closing.strip():
        out += ["---", "", *rich(blocks(w.closing))]
    return "\n".join(out).rstrip() + "\n"
