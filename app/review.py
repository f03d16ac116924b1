"""What the review queue works on: which notes are left, what a confirmation changes.

The queue (``ui/review/queue.py``) shows one note at a time; this module keeps the
rules out of the widget: the order of the queue, the fields a confirmation writes
(the text if changed, the vote count and colour, and that both were checked), and
where the counted voting dots are on the crop.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.domain import Note
from app.errors import PinscribeError
from app.images import decode_rgb
from app.store import Project
from ocr.detect.votes import Dot, find_votes
from ocr.types import COLORS

__all__ = [
    "COLORS",
    "Dot",
    "Place",
    "confirmation",
    "place",
    "progress",
    "queue_ids",
    "vote_dots",
]


@dataclass(frozen=True)
class Place:
    """Where a note is: its station's name ("" for none) and its photo's file name.

    ``None`` for a row that is missing or damaged (a project from anyone): the note is
    still reviewed, its place is said to be unknown.
    """

    station: str | None
    photo: str | None


def queue_ids(project: Project, station_id: int | None = None) -> list[int]:
    """The unreviewed notes (of a station), least confident reading first."""
    return [
        n.id for n in project.notes.list(station_id=station_id, unreviewed=True, order="confidence")
    ]


def progress(project: Project, station_id: int | None = None) -> tuple[int, int]:
    """How many notes (of a station) are not reviewed yet, and how many there are.

    Counted as the queue lists them: a note whose row is damaged (a file from anyone)
    is left out by the store, so it is not counted as waiting either.
    """
    notes = project.notes.list(station_id=station_id)
    return sum(not n.reviewed for n in notes), len(notes)


def confirmation(
    note: Note, text: str, *, votes: int | None = None, color: str | None = None
) -> dict[str, Any]:
    """The fields a confirmed review writes: reviewed, votes checked, and what changed."""
    fields: dict[str, Any] = {"reviewed": True, "votes_checked": True}
    text = text.strip()
    if text != (note.text or "").strip():
        fields["text"] = text
    if votes is not None and votes != note.votes:
        fields["votes"] = max(0, int(votes))
    if color is not None and color != note.color and color in COLORS:
        fields["color"] = color
    return fields


def place(project: Project, note: Note) -> Place:
    """The station and photo of ``note``, each ``None`` if its row cannot be read."""
    station: str | None = ""
    if note.station_id is not None:
        try:
            station = project.stations.get(note.station_id).name
        except PinscribeError:  # missing (the photo's station id points nowhere) or damaged
            station = None
    try:
        photo: str | None = project.photos.get(note.photo_id).filename
    except PinscribeError:
        photo = None
    return Place(station, photo)


def vote_dots(project: Project, note_id: int) -> list[Dot]:
    """The voting dots the counter finds on a note's stored crop (crop pixels)."""
    data = project.notes.crop(note_id)
    if not data:
        return []
    try:
        rgb = decode_rgb(data)
    except PinscribeError:  # a damaged crop (a file from anyone) shows no dots
        return []
    return find_votes(rgb)
