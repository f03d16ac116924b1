"""The summary as one self-contained HTML file, every user text escaped.

Pictures are inlined as ``data:`` URIs, so the file can be mailed on its own.
"""

from __future__ import annotations

import base64
from html import escape

from app.export.charts import hex_rgb
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

_STYLE = """
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; max-width: 50rem;
       margin: 2rem auto; padding: 0 1rem; line-height: 1.45; color: #222; }
h1 { margin-bottom: .2rem; } .subtitle { font-size: 1.15rem; margin-top: 0; }
.facts { color: #555; }
h2 { border-bottom: 2px solid #ddd; padding-bottom: .2rem; margin-top: 2.4rem; }
.question { font-style: italic; color: #444; font-size: 1.05rem; }
h3 { border-left: .45rem solid var(--theme, #bbb); padding-left: .5rem; margin-top: 1.4rem; }
ul.notes { padding-left: 1.3rem; } ul.notes li { margin: .25rem 0; }
li.crop { list-style: none; display: flex; gap: .7rem; align-items: center;
          margin-left: -1.3rem; }
li.crop img { width: 5.5rem; height: auto; border: 1px solid #ccc; flex: none; }
.votes { color: #a33; font-weight: bold; white-space: nowrap; }
.tag { background: #eee; border-radius: .6rem; padding: 0 .45rem; font-size: .85em;
       white-space: nowrap; }
figure { margin: 1.2rem 0; } figure img { max-width: 100%; height: auto; }
figure.chart img { max-width: 42rem; }
figcaption { color: #666; font-size: .85rem; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem;
         border-bottom: 1px solid #ddd; }
td.n, th.n { text-align: right; white-space: nowrap; }
tr.total td { font-weight: bold; border-top: 2px solid #999; }
.unchecked { color: #666; } .marker { color: #a33; font-weight: bold; text-decoration: none; }
.review, .footnote, .evidence { color: #666; font-size: .85rem; }
ul.statement li { font-size: 1.05rem; } ul.evidence-notes { font-size: .92rem; }
.closing { border-top: 1px solid #ccc; margin-top: 2.5rem; padding-top: .8rem; }
@media print { h2 { page-break-before: auto; } figure, li { page-break-inside: avoid; } }
"""


def css_color(color: str) -> str:
    """A theme colour as ``#rrggbb``, whatever was stored (never raw text in CSS)."""
    return "#{:02x}{:02x}{:02x}".format(*hex_rgb(color))


def data_uri(picture: Picture) -> str:
    return f"data:{picture.mime};base64,{base64.b64encode(picture.data).decode('ascii')}"


def _figure(picture: Picture, css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    caption = f"<figcaption>{escape(picture.caption)}</figcaption>" if picture.caption else ""
    alt = escape(picture.alt or picture.caption)
    return (
        f'<figure{cls}><img src="{data_uri(picture)}" alt="{alt}" '
        f'width="{picture.width}" height="{picture.height}">{caption}</figure>'
    )


def _bullet(item: Item, labels: dict[str, str], crop: Picture | None, station: int = 0) -> str:
    html = escape(item.text).replace("\n", "<br>")
    if not item.reviewed:
        title = escape(labels["footnote"].lstrip("* "))
        html = (
            f'<span class="unchecked">{html}</span><a class="marker" href="#unchecked-{station}" '
            f'title="{title}">{escape(labels["marker"])}</a>'
        )
    if item.votes:
        html += f' <span class="votes">({escape(vote_label(item.votes, labels))})</span>'
    html += "".join(f' <span class="tag">{escape(tag)}</span>' for tag in item.tags)
    if crop is None:
        return f"<li>{html}</li>"
    alt = escape(crop.alt or item.text)
    return f'<li class="crop"><img src="{data_uri(crop)}" alt="{alt}"><span>{html}</span></li>'


def _overview(summary: Summary, pictures: Pictures) -> list[str]:
    labels = summary.labels
    out = [f"<h2>{escape(labels['overview'])}</h2>"]
    if pictures.overview:
        out.append(_figure(pictures.overview, "chart"))
    out.append(
        f"<table><thead><tr><th>{escape(labels['station'])}</th>"
        f"<th>{escape(labels['themes'])}</th><th class='n'>{escape(labels['notes'])}</th>"
        f"<th class='n'>{escape(labels['votes'].capitalize())}</th></tr></thead><tbody>"
    )
    rows = overview_rows(summary)
    for index, (station, themes, notes, votes) in enumerate(rows):
        css = ' class="total"' if index == len(rows) - 1 else ""
        out.append(
            f"<tr{css}><td>{escape(station)}</td><td>{escape(themes)}</td>"
            f'<td class="n">{notes}</td><td class="n">{votes}</td></tr>'
        )
    out.append("</tbody></table>")
    return out


def _runs(block: Block) -> str:
    out = []
    for run in block.runs:
        text = escape(run.text).replace("\n", "<br>")
        if run.bold:
            text = f"<strong>{text}</strong>"
        if run.link:
            text = f'<a href="{escape(run.link)}">{text}</a>'
        out.append(text)
    return "".join(out)


def rich(parsed: list[Block]) -> list[str]:
    """The organiser's text as HTML: paragraphs, headings and lists."""
    out: list[str] = []
    open_list = ""
    for block in parsed:
        wanted = {"bullet": "ul", "number": "ol"}.get(block.kind, "")
        if open_list and wanted != open_list:
            out.append(f"</{open_list}>")
            open_list = ""
        if wanted and not open_list:
            start = f' start="{block.number}"' if block.kind == "number" and block.number else ""
            out.append(f"<{wanted}{start}>")
            open_list = wanted
        if wanted:
            out.append(f"<li>{_runs(block)}</li>")
        elif block.kind == "heading":
            out.append(f"<h2>{_runs(block)}</h2>")
        else:
            out.append(f"<p>{_runs(block)}</p>")
    if open_list:
        out.append(f"</{open_list}>")
    return out


def _points(points: list[str]) -> list[str]:
    if not points:
        return []
    return ['<ul class="statement">' + "".join(f"<li>{escape(p)}</li>" for p in points) + "</ul>"]


def _notes(group: Group, labels: dict[str, str], pictures: Pictures, station: int) -> list[str]:
    bullets = "".join(
        _bullet(i, labels, pictures.crops.get(i.note_id), station) for i in group.items
    )
    if not bullets:
        return [f"<p>{escape(labels['empty'])}</p>"]
    out = []
    css = "notes"
    if group.statement:
        out.append(f'<p class="evidence">{escape(labels["evidence"])}:</p>')
        css = "notes evidence-notes"
    return [*out, f'<ul class="{css}">{bullets}</ul>']


def _footnote(section: StationSection, labels: dict[str, str]) -> list[str]:
    if not section.unchecked:
        return []
    return [
        f'<p class="footnote" id="unchecked-{section.station_id}">{escape(labels["footnote"])}</p>'
    ]


def _station(summary: Summary, section: StationSection, pictures: Pictures) -> list[str]:
    labels = summary.labels
    mine = pictures.station(section.station_id)
    out = ["<section>", f"<h2>{section.number}. {escape(section.name)}</h2>"]
    if section.question:
        out.append(f'<p class="question">{escape(section.question)}</p>')
    out += _points(section.statement)
    out.append(f'<p class="review">{escape(review_note(section, labels))}</p>')
    if mine.chart:
        out.append(_figure(mine.chart, "chart"))
    if not section.groups:
        out.append(f"<p>{escape(labels['empty'])}</p>")
    for group in section.groups:
        if summary.appendix and not group.statement:
            continue
        style = f' style="--theme: {css_color(group.color)}"' if group.color else ""
        out.append(f"<h3{style}>{escape(group.name)}</h3>")
        out += _points(group.statement)
        if not summary.appendix:
            out += _notes(group, labels, pictures, section.station_id)
        if group.regions:
            captions = "; ".join(escape(c) for c in group.regions)
            label = escape(labels["recording"])
            out.append(f'<p class="regions"><em>{label}: {captions}</em></p>')
    if not summary.appendix:
        out += _footnote(section, labels)
    out += [_figure(p) for p in mine.boards + mine.recordings]
    return [*out, "</section>"]


def _cross(summary: Summary) -> list[str]:
    """The section of cross-station themes, if any."""
    if not summary.cross:
        return []
    labels = summary.labels
    out = [f'<h2 class="cross">{escape(labels["cross"])}</h2>']
    for cross in summary.cross:
        out.append(f'<h3 style="--theme: {css_color(cross.color)}">{escape(cross.name)}</h3>')
        if cross.statement.strip():
            out.append(f"<p>{escape(cross.statement.strip())}</p>")
        if cross.themes:
            shown = escape("; ".join(cross.themes))
            out.append(f'<p class="regions"><em>{escape(labels["gathers"])}: {shown}</em></p>')
        bullets = "".join(_bullet(item, labels, None) for item in cross.items)
        if bullets:
            out.append(f'<ul class="notes">{bullets}</ul>')
    return out


def _appendix(summary: Summary, pictures: Pictures) -> list[str]:
    labels = summary.labels
    out = ['<section class="appendix">', f"<h2>{escape(labels['appendix'])}</h2>"]
    for section in summary.stations:
        out.append(f"<h3>{section.number}. {escape(section.name)}</h3>")
        for group in section.groups:
            out.append(f"<h4>{escape(group.name)}</h4>")
            out += _notes(Group(group.name, group.color, group.items), labels, pictures,
                          section.station_id)
        out += _footnote(section, labels)
    return [*out, "</section>"]


def render_html(summary: Summary, pictures: Pictures | None = None) -> str:
    w, labels = summary.workshop, summary.labels
    pictures = pictures or Pictures()
    out = [
        f'<!DOCTYPE html>\n<html lang="{escape(summary.language)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(w.title)}</title><style>{_STYLE}</style></head><body><main>",
        f"<h1>{escape(w.title)}</h1>",
    ]
    if w.subtitle:
        out.append(f'<p class="subtitle"><strong>{escape(w.subtitle)}</strong></p>')
    shown = [f"{escape(k)}: {escape(v)}" for k, v in summary.facts()]
    if shown:
        out.append(f'<p class="facts">{"<br>".join(shown)}</p>')
    out += rich(blocks(w.introduction))
    out += rich(blocks(w.description))
    if summary.stations:
        out += _overview(summary, pictures)
    if pictures.recordings:
        out.append(f"<h2>{escape(labels['recordings'])}</h2>")
        out += [_figure(p) for p in pictures.recordings]
    for section in summary.stations:
        out += _station(summary, section, pictures)
    out += _cross(summary)
    if summary.appendix:
        out += _appendix(summary, pictures)
    if w.credits.strip():
        out += [f"<h2>{escape(labels['credits'])}</h2>", *rich(blocks(w.credits))]
    if w.closing.strip():
        out += ['<footer class="closing">', *rich(blocks(w.closing)), "</footer>"]
    out.append("</main></body></html>")
    return "\n".join(out) + "\n"
