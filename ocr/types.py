"""Plain data passed between the image work in :mod:`ocr` and its callers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from ocr.ctc import CharProbs

#: Colour names a note can have. Red and coral count as pink.
COLORS: tuple[str, ...] = ("yellow", "orange", "pink", "green", "blue", "purple", "white", "other")

#: Shapes a note can have.
SHAPES: tuple[str, ...] = ("square", "rect", "oval")

Point = tuple[float, float]


@dataclass(frozen=True)
class LoadedImage:
    """A decoded photo, orientation applied, as RGB uint8 (H x W x 3)."""

    rgb: np.ndarray
    format: str  # "JPEG", "PNG", ...
    #: Pixels of ``rgb`` per pixel of the photo (below 1 when decoded at reduced size).
    scale: float = 1.0

    @property
    def width(self) -> int:
        return int(self.rgb.shape[1])

    @property
    def height(self) -> int:
        return int(self.rgb.shape[0])


@dataclass
class DetectedNote:
    """One note found on a photo.

    ``polygon`` is in pixels of the displayed (orientation-corrected) image:
    four corners clockwise from top-left for rectangular notes, more points
    for ovals. ``crop`` is the perspective-corrected, upright RGB crop.
    ``cut`` marks a note cut by the photo's edge.
    """

    polygon: list[Point]
    color: str
    rgb: tuple[int, int, int]
    shape: str
    confidence: float
    votes: int = 0
    crop: np.ndarray | None = field(default=None, repr=False)
    cut: bool = False  # cut by the photo's edge: only part of the note is visible


@dataclass(frozen=True)
class TextBox:
    """A line or word of text read by an OCR engine, box in crop pixels."""

    text: str
    confidence: float
    box: list[Point]
    #: The recogniser's per-frame character probabilities (CTC engines), for the lexicon.
    probs: CharProbs | None = field(default=None, repr=False, compare=False)
    #: Other readings of the same line (e.g. the recogniser's first look at it).
    alternatives: tuple[str, ...] = field(default=(), compare=False)


@dataclass(frozen=True)
class Reading:
    """What an OCR engine read on one crop; confidence in 0..1.

    ``alternatives``: other plausible readings of the whole note, best first,
    never ``text`` itself (what the review offers with Alt+1..3).
    """

    text: str
    confidence: float
    lines: list[TextBox] = field(default_factory=list)
    engine: str = ""
    alternatives: tuple[str, ...] = ()
