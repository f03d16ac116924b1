"""Notes that may name a person, and the text published for them.

A note is flagged when it holds a known first name (``resources/privacy/first_names.txt``),
an initial with a surname ("A. Schmidt"), or when it is a header card holding nothing
but a capitalised name or two (a kanban column "Matt"). The organiser chooses per
note: keep the text, replace the names by initials, or leave the note out.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from app.domain import Note
from app.resources import resource_dir

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_INITIAL_SURNAME = re.compile(r"\b([A-ZÄÖÜ])\.\s?([A-ZÄÖÜ][a-zäöüß]{2,})")


@dataclass(frozen=True)
class NameHit:
    """A stretch of a note's text that looks like a person's name."""

    start: int
    end: int
    text: str
    why: str


@functools.cache
def first_names() -> frozenset[str]:
    path = resource_dir() / "privacy" / "first_names.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(
        line.strip().casefold() for line in lines if line.strip() and not line.startswith("#")
    )


def find_names(text: str | None, *, header: bool = False) -> list[NameHit]:
    """The stretches of ``text`` that look like names (a first name and its surname)."""
    if not text:
        return []
    known = first_names()
    words = list(_WORD.finditer(text))
    hits: list[NameHit] = []
    i = 0
    while i < len(words):
        word = words[i]
        token = word.group()
        if token[0].isupper() and token.casefold() in known:
            end = word.end()
            # A capitalised word right after it is taken as the surname.
            if i + 1 < len(words):
                nxt = words[i + 1]
                gap = text[end : nxt.start()]
                if nxt.group()[0].isupper() and gap.strip() == "":
                    end = nxt.end()
                    i += 1
            hits.append(NameHit(word.start(), end, text[word.start() : end], "first name"))
        i += 1
    for match in _INITIAL_SURNAME.finditer(text):
        if not any(h.start <= match.start() < h.end for h in hits):
            hits.append(NameHit(match.start(), match.end(), match.group(), "initial and surname"))
    if header and not hits and len(words) in (1, 2):
        stripped = text.strip()
        letters = [w.group() for w in words]
        if all(w[0].isupper() and w[1:].islower() for w in letters) and len(stripped) <= 30:
            hits.append(NameHit(0, len(text), text, "header card with a name"))
    return sorted(hits, key=lambda h: h.start)


def note_names(note: Note) -> list[NameHit]:
    return find_names(note.text, header=note.kind == "header")


def initials(name: str) -> str:
    """``Anna Schmidt`` -> ``A. S.``; ``A. Schmidt`` -> ``A. S.``."""
    letters = [w.group()[0].upper() for w in _WORD.finditer(name)]
    return " ".join(f"{letter}." for letter in letters)


def with_initials(text: str, hits: list[NameHit]) -> str:
    out, pos = [], 0
    for hit in hits:
        out.append(text[pos : hit.start])
        out.append(initials(hit.text))
        pos = hit.end
    out.append(text[pos:])
    return "".join(out)


def published_text(note: Note) -> str | None:
    """The note's text as published: as written, names as initials, or None (left out)."""
    if note.publish == "omit":
        return None
    if note.publish == "initials" and note.text:
        return with_initials(note.text, note_names(note))
    return note.text


def is_published(note: Note) -> bool:
    return note.publish != "omit"


def flagged(notes: list[Note]) -> list[tuple[Note, list[NameHit]]]:
    """Notes that may name a person and whose publishing has not been decided yet."""
    out = []
    for note in notes:
        if note.publish != "auto":
            continue
        hits = note_names(note)
        if hits:
            out.append((note, hits))
    return out
