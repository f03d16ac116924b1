"""The organiser's texts (introduction, method, credits, closing, statements) as blocks.

A small, safe subset of Markdown, enough for a report: paragraphs (blank lines between
them; line breaks inside are kept, as in an address), bullet lists (``-``, ``*``, ``•``),
numbered lists (``1.`` or ``1)``), headings (``#``), ``**bold**`` and links
``[text](https://...)``. Nothing else is markup: every exporter escapes the text of
each run for its format, so no user text ever becomes HTML, Word fields or PDF commands.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_BULLET = re.compile(r"^\s*[-*•–]\s+(.*)$")
_NUMBER = re.compile(r"^\s*(\d{1,3})[.)]\s+(.*)$")
_HEADING = re.compile(r"^\s*#{1,6}\s+(.*)$")
_INLINE = re.compile(r"\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)")
_SAFE_LINK = re.compile(r"^(https?://|mailto:)[^\s<>\"']+$", re.IGNORECASE)


@dataclass(frozen=True)
class Run:
    """A piece of text, bold or not; ``link`` only for http(s) and mailto addresses."""

    text: str
    bold: bool = False
    link: str = ""


@dataclass
class Block:
    """A paragraph, a heading, or one item of a bullet or numbered list."""

    kind: str  # "paragraph", "heading", "bullet" or "number"
    runs: list[Run] = field(default_factory=list)
    number: int = 0

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def runs(text: str) -> list[Run]:
    """``text`` split into plain, bold and link runs."""
    out: list[Run] = []
    position = 0
    for match in _INLINE.finditer(text):
        if match.start() > position:
            out.append(Run(text[position : match.start()]))
        if match.group(1) is not None:
            out.append(Run(match.group(1), bold=True))
        else:
            label, target = match.group(2), match.group(3)
            link = target if _SAFE_LINK.match(target) else ""
            out.append(Run(label, link=link) if link else Run(f"{label} ({target})"))
        position = match.end()
    if position < len(text):
        out.append(Run(text[position:]))
    return [run for run in out if run.text]


def blocks(text: str) -> list[Block]:
    """Parse the organiser's text into blocks (see the module's docstring)."""
    out: list[Block] = []
    lines: list[str] = []  # the paragraph being collected
    current: Block | None = None  # the list item being collected

    def flush() -> None:
        nonlocal current
        if lines:
            out.append(Block("paragraph", runs("\n".join(lines))))
            lines.clear()
        if current is not None:
            out.append(current)
            current = None

    for raw in text.replace("\r\n", "\n").split("\n"):
        line = raw.rstrip()
        if not line.strip():
            flush()
            continue
        if heading := _HEADING.match(line):
            flush()
            out.append(Block("heading", runs(heading.group(1).strip())))
        elif bullet := _BULLET.match(line):
            flush()
            current = Block("bullet", runs(bullet.group(1).strip()))
        elif number := _NUMBER.match(line):
            flush()
            current = Block("number", runs(number.group(2).strip()), int(number.group(1)))
        elif current is not None:  # a continuation of the list item, on its own line
            current.runs += [Run("\n"), *runs(line.strip())]
        else:
            lines.append(line.strip())
    flush()
    return out


def lines_of(text: str) -> list[str]:
    """A statement's points: one a line, list markers removed, blank lines dropped."""
    points = []
    for line in text.replace("\r\n", "\n").split("\n"):
        line = line.strip()
        if not line:
            continue
        match = _BULLET.match(line)
        points.append(match.group(1).strip() if match else line)
    return points


def plain(text: str) -> str:
    """The text without its markup (for metadata, alt texts and spreadsheets)."""
    return "\n".join(block.text for block in blocks(text))
