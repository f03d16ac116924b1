"""The domain of Pinscribe as plain dataclasses.

A :class:`Workshop` has :class:`Station` s; a station has board and recording
:class:`Photo` s; a board photo carries :class:`Note` s; notes are grouped into
a station's :class:`Theme` s and carry free :class:`Tag` s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

PhotoKind = Literal["board", "recording"]
PHOTO_KINDS: tuple[str, ...] = ("board", "recording")

Point = tuple[float, float]
NOTE_KINDS: tuple[str, ...] = ("note", "header")


@dataclass
class Workshop:
    title: str = ""
    subtitle: str = ""
    date: str = ""  # ISO date YYYY-MM-DD or ""
    place: str = ""
    moderation: str = ""
    description: str = ""  # the method paragraph(s); plain text or simple Markdown
    language: str = "de"  # language of exported summaries: "de" or "en"
    introduction: str = ""  # the organiser's introduction (plain text or simple Markdown)
    time_slot: str = ""  # e.g. "14:00–15:30"
    credits: str = ""  # photos, illustrator of the graphic recording, ...
    closing: str = ""  # imprint, contact, event page


@dataclass
class Station:
    id: int
    name: str
    question: str = ""
    position: int = 0
    statement: str = ""  # the facilitator's summary of the station (one bullet a line)


@dataclass
class Photo:
    """A photo stored in the project; the image bytes are loaded on demand."""

    id: int
    station_id: int | None
    kind: str
    filename: str
    width: int
    height: int
    mime: str
    imported_at: str
    sha256: str = ""
    #: The part of the photo to publish (x, y, width, height in its pixels); None: all.
    publish_crop: Rect | None = None


#: A rectangle in pixels of a photo: x, y, width, height.
Rect = tuple[float, float, float, float]

#: How a region of a photo is hidden when published.
REDACTION_MODES = ("blur", "black")


@dataclass
class Redaction:
    """A region of a photo blurred or blacked out in everything published."""

    id: int
    photo_id: int
    rect: Rect
    mode: str = "blur"
    source: str = "hand"  # "hand", or "face" when proposed by the face finder


@dataclass(frozen=True)
class FaceDismissal:
    """A face proposal the organiser removed: faces inside ``rect`` are not proposed again."""

    id: int
    photo_id: int
    rect: Rect


@dataclass
class Note:
    id: int
    photo_id: int
    polygon: list[Point]
    color: str = "other"
    rgb: tuple[int, int, int] = (0, 0, 0)
    shape: str = "rect"
    detection_confidence: float = 1.0
    text: str | None = None
    confidence: float | None = None  # OCR confidence in 0..1; None while unread
    reviewed: bool = False
    votes: int = 0
    kind: str = "note"  # "note", or "header" for a header card that names its group
    cut: bool = False  # cut by the photo's edge: only part of the note is on the photo
    station_id: int | None = None
    theme_id: int | None = None
    tags: list[str] = field(default_factory=list)
    #: Other readings of the note, best first (never ``text`` itself), for the review.
    alternatives: list[str] = field(default_factory=list)
    #: The vote count was checked by a person (in the review).
    votes_checked: bool = False
    #: How the note's text is published: "auto" (not decided: as written), "keep",
    #: "initials" (names shortened to initials) or "omit" (left out of every export).
    publish: str = "auto"


@dataclass
class Theme:
    id: int
    station_id: int
    name: str
    color: str = "#f2c94c"
    position: int = 0
    #: The name was proposed from unreviewed text and is not yet confirmed.
    provisional: bool = False
    statement: str = ""  # the facilitator's summary statement for the theme


@dataclass
class CrossTheme:
    """A theme across stations: it gathers whole themes and single notes of any station."""

    id: int
    name: str
    color: str = "#f2c94c"
    statement: str = ""
    position: int = 0
    theme_ids: list[int] = field(default_factory=list)
    note_ids: list[int] = field(default_factory=list)


@dataclass
class Tag:
    id: int
    name: str
    count: int = 0
