"""The suggestion data type and the entry point that picks a method."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.domain import Note
from app.errors import InvalidInputError
from app.store import Project

METHODS = ("layout", "wording", "colour")

COLOUR_NAMES = {
    "de": {
        "yellow": "Gelb", "orange": "Orange", "pink": "Rosa", "green": "Grün", "blue": "Blau",
        "purple": "Lila", "white": "Weiß", "other": "Sonstige",
    },
    "en": {
        "yellow": "Yellow", "orange": "Orange", "pink": "Pink", "green": "Green", "blue": "Blue",
        "purple": "Purple", "white": "White", "other": "Other",
    },
}  # fmt: skip

GROUP_WORD = {"de": "Gruppe", "en": "Group"}


@dataclass
class Suggestion:
    """A proposed theme: a name and the notes it would hold.

    ``header_note_id`` is the header card the name was taken from, if any; it is
    a title, not a contribution, so it is not among ``note_ids``.
    """

    name: str
    note_ids: list[int]
    method: str
    header_note_id: int | None = None
    color: str | None = None
    keywords: list[str] = field(default_factory=list)


def suggest(project: Project, station_id: int, method: str = "layout") -> list[Suggestion]:
    """Proposed themes for the station's notes that are not in a theme yet."""
    from app.suggest.layout import suggest_by_layout
    from app.suggest.wording import suggest_by_wording

    if method not in METHODS:
        raise InvalidInputError(f"Unknown suggestion method {method!r}: use {', '.join(METHODS)}.")
    language = project.workshop.get().language
    notes = [n for n in project.notes.list(station_id=station_id) if n.theme_id is None]
    if method == "layout":
        return suggest_by_layout(notes, language)
    if method == "wording":
        return suggest_by_wording(notes, language)
    return suggest_by_colour(notes, language)


def suggest_by_colour(notes: list[Note], language: str = "de") -> list[Suggestion]:
    """One suggestion per note colour that at least two notes share."""
    names = COLOUR_NAMES.get(language, COLOUR_NAMES["de"])
    groups: dict[str, list[int]] = {}
    for note in notes:
        groups.setdefault(note.color, []).append(note.id)
    return [
        Suggestion(names.get(colour, colour), ids, "colour")
        for colour, ids in sorted(groups.items(), key=lambda item: -len(item[1]))
        if len(ids) >= 2
    ]
