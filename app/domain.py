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
    station_id: int | None = None
    theme_id: int | None = None
    tags: list[str] = field(default_factory=list)


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
