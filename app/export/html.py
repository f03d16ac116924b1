"""The summary as one self-contained HTML file, every user text escaped."""

from __future__ import annotations

from html import escape

from app.export.summary import Item, Summary

_STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; max-width: 48rem; margin: 2rem auto;
       padding: 0 1rem; line-height: 1.45; color: #222; }
h1 { margin-bottom: .2rem; } .facts { color: #555; }
h2 { border-bottom: 2px solid #ddd; padding-bottom: .2rem; margin-top: 2.2rem; }
.question { font-style: italic; color: #444; }
h3 { border-left: .45rem solid var(--theme, #bbb); padding-left: .5rem; }
.votes { color: #a33; font-weight: bold; white-space: nowrap; }
.tag { background: #eee; border-radius: .6rem; padding: 0 .45rem; font-size: .85em; }
"""


def _bullet(item: Item, labels: dict[str, str]) -> str:
    html = escape(item.text)
    if item.votes:
        word = labels["votes"] if item.votes != 1 else labels["vote"]
        html += f' <span class="votes">({item.votes} {escape(word)})</span>'
    html += "".join(f' <span class="tag">{escape(tag)}</span>' for tag in item.tags)
    return f"<li>{html}</li>"


def render_html(summary: Summary) -> str:
    w, labels = summary.workshop, summary.labels
    lang = "en" if labels["unsorted"].startswith("Further") else "de"
    out = [
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">',
        f"<title>{escape(w.title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(w.title)}</h1>",
    ]
    if w.subtitle:
        out.append(f"<p><strong>{escape(w.subtitle)}</strong></p>")
    facts = [
        (labels["date"], w.date),
        (labels["place"], w.place),
        (labels["moderation"], w.moderation),
    ]
    shown = [f"{escape(k)}: {escape(v)}" for k, v in facts if v]
    if shown:
        out.append(f'<p class="facts">{"<br>".join(shown)}</p>')
    if w.description:
        out.append(f"<p>{escape(w.description)}</p>")
    for section in summary.stations:
        out.append(f"<h2>{section.number}. {escape(section.name)}</h2>")
        if section.question:
            out.append(f'<p class="question">{escape(section.question)}</p>')
        if not section.groups:
            out.append(f"<p>{escape(labels['empty'])}</p>")
        for group in section.groups:
            style = f' style="--theme: {escape(group.color)}"' if group.color else ""
            out.append(f"<h3{style}>{escape(group.name)}</h3>")
            out.append("<ul>" + "".join(_bullet(i, labels) for i in group.items) + "</ul>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
