"""The summary as one self-contained HTML file, every user text escaped.

Pictures are inlined as ``data:`` URIs, so the file can be mailed on its own.
"""

from __future__ import annotations

import base64
from html import escape

from app.export.charts import hex_rgb
from app.export.pictures import Picture, Pictures
from app.export.summary import Item, Summary, overview_rows, paragraphs, vote_label

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
    return (
        f'<figure{cls}><img src="{data_uri(picture)}" alt="{escape(picture.caption)}" '
        f'width="{picture.width}" height="{picture.height}">{caption}</figure>'
    )


def _bullet(item: Item, labels: dict[str, str], crop: Picture | None) -> str:
    html = escape(item.text).replace("\n", "<br>")
    if item.votes:
        html += f' <span class="votes">({escape(vote_label(item.votes, labels))})</span>'
    html += "".join(f' <span class="tag">{escape(tag)}</span>' for tag in item.tags)
    if crop is None:
        return f"<li>{html}</li>"
    return f'<li class="crop"><img src="{data_uri(crop)}" alt=""><span>{html}</span></li>'


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


def render_html(summary: Summary, pictures: Pictures | None = None) -> str:
    w, labels = summary.workshop, summary.labels
    pictures = pictures or Pictures()
    out = [
        f'<!DOCTYPE html>\n<html lang="{escape(summary.language)}"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(w.title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(w.title)}</h1>",
    ]
    if w.subtitle:
        out.append(f'<p class="subtitle"><strong>{escape(w.subtitle)}</strong></p>')
    shown = [f"{escape(k)}: {escape(v)}" for k, v in summary.facts()]
    if shown:
        out.append(f'<p class="facts">{"<br>".join(shown)}</p>')
    out += [f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in paragraphs(w.description)]
    if summary.stations:
        out += _overview(summary, pictures)
    if pictures.recordings:
        out.append(f"<h2>{escape(labels['recordings'])}</h2>")
        out += [_figure(p) for p in pictures.recordings]
    for section in summary.stations:
        mine = pictures.station(section.station_id)
        out.append(f"<h2>{section.number}. {escape(section.name)}</h2>")
        if section.question:
            out.append(f'<p class="question">{escape(section.question)}</p>')
        if mine.chart:
            out.append(_figure(mine.chart, "chart"))
        if not section.groups:
            out.append(f"<p>{escape(labels['empty'])}</p>")
        for group in section.groups:
            style = f' style="--theme: {css_color(group.color)}"' if group.color else ""
            out.append(f"<h3{style}>{escape(group.name)}</h3>")
            bullets = "".join(
                _bullet(i, labels, pictures.crops.get(i.note_id)) for i in group.items
            )
            out.append(
                f'<ul class="notes">{bullets}</ul>'
                if bullets
                else f"<p>{escape(labels['empty'])}</p>"
            )
            if group.regions:
                captions = "; ".join(escape(c) for c in group.regions)
                label = escape(labels["recording"])
                out.append(f'<p class="regions"><em>{label}: {captions}</em></p>')
        out += [_figure(p) for p in mine.boards + mine.recordings]
    out += _cross(summary)
    out.append("</body></html>")
    return "\n".join(out) + "\n"


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
