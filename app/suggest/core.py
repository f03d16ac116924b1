"""The suggestion data type and the entry point that picks a method."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from app.domain import Note
from app.errors import InvalidInputError
from app.store import Project

if TYPE_CHECKING:
    from app.suggest.layout import PhotoContext

#: The methods as the command line and the API name them.
METHODS = ("layout", "text", "color")
#: Earlier spellings, still accepted.
ALIASES = {"wording": "text", "colour": "color"}

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

GROUP_WORD = {"de": "Thema", "en": "Group"}


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
    #: The name was made from unreviewed text: the facilitator should confirm it.
    provisional: bool = False


def suggest(project: Project, station_id: int, method: str = "layout") -> list[Suggestion]:
    """Proposed themes for the station's notes that are not in a theme yet."""
    from app.suggest.layout import suggest_by_layout
    from app.suggest.wording import suggest_by_wording

    method = ALIASES.get(method, method)
    if method not in METHODS:
        raise InvalidInputError.coded(
            "suggest.method_unknown", method=method, names=", ".join(METHODS)
        )
    language = project.workshop.get().language
    notes = [n for n in project.notes.list(station_id=station_id) if n.theme_id is None]
    if method == "layout":
        return suggest_by_layout(notes, language, photo_contexts(project, notes))
    if method == "text":
        return suggest_by_wording(notes, language)
    return suggest_by_colour(notes, language)


def photo_contexts(project: Project, notes: list[Note]) -> dict[int, PhotoContext]:
    """What the layout suggestion knows of each photo beyond its notes.

    Its size, the grid lines drawn on it, and a reader of the titles written above
    its columns (both from its pixels).
    """
    from app.suggest.column_titles import title_reader
    from app.suggest.layout import PhotoContext
    from ocr.board_lines import find_board_lines
    from ocr.errors import ImageLoadError
    from ocr.loading import load_image_bytes

    contexts = {}
    for photo_id in sorted({n.photo_id for n in notes}):
        photo = project.photos.get(photo_id)
        polygons = [n.polygon for n in project.notes.list(photo_id=photo_id)]
        try:
            rgb = load_image_bytes(project.photos.data(photo_id), photo.filename).rgb
        except ImageLoadError:  # an unreadable photo: group by the outlines alone
            rgb = None
        if rgb is None:
            contexts[photo_id] = PhotoContext(photo.width, photo.height)
            continue
        lines = find_board_lines(rgb, polygons)
        contexts[photo_id] = PhotoContext(photo.width, photo.height, lines, title_reader(rgb))
    return contexts


def suggest_by_colour(notes: list[Note], language: str = "de") -> list[Suggestion]:
    """One suggestion per note colour that at least two notes share."""
    names = COLOUR_NAMES.get(language, COLOUR_NAMES["de"])
    groups: dict[str, list[int]] = {}
    for note in notes:
        groups.setdefault(note.color, []).append(note.id)
    return [
        Suggestion(names.get(colour, colour), ids, "color")
        for colour, ids in sorted(groups.items(), key=lambda item: -len(item[1]))
        if len(ids) >= 2
    ]
