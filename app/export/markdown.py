"""The summary as Markdown, user text escaped so it never becomes markup."""

from __future__ import annotations

import re

from app.export.summary import Item, Summary

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>&~])")


def escape(text: str) -> str:
    """Escape Markdown's special characters; line breaks become spaces."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _bullet(item: Item, labels: dict[str, str]) -> str:
    line = f"- {escape(item.text)}"
    if item.votes:
        line += f" ({item.votes} {labels['votes'] if item.votes != 1 else labels['vote']})"
    if item.tags:
        line += " — " + ", ".join(f"*{escape(tag)}*" for tag in item.tags)
    return line


def render_markdown(summary: Summary) -> str:
    w, labels = summary.workshop, summary.labels
    out = [f"# {escape(w.title)}", ""]
    if w.subtitle:
        out += [f"**{escape(w.subtitle)}**", ""]
    facts = [
        (labels["date"], w.date),
        (labels["place"], w.place),
        (labels["moderation"], w.moderation),
    ]
    out += [f"{name}: {escape(value)}  " for name, value in facts if value]
    if w.description:
        out += ["", escape(w.description)]
    out.append("")
    for section in summary.stations:
        out += [f"## {section.number}. {escape(section.name)}", ""]
        if section.question:
            out += [f"*{escape(section.question)}*", ""]
        if not section.groups:
            out += [labels["empty"], ""]
        for group in section.groups:
            out += [f"### {escape(group.name)}", ""]
            out += [_bullet(item, labels) for item in group.items] or [labels["empty"]]
            out.append("")
    return "\n".join(out).rstrip() + "\n"
