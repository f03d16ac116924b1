"""Describing a note from its outline: colour, shape, crop and voting dots.

One rule for everyone: the detector, outline editing (move a corner, add, split,
merge) and imports all call :func:`describe_note`, so a one-pixel corner nudge
cannot change a note's colour or shape through a different rule. The colour is
named after correcting for the photo's white point (:func:`white_point`), which
depends on the photo alone, so the detector and an edit see the same correction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt

from ocr.detect.color import classify_color
from ocr.detect.crop import crop_polygon
from ocr.detect.prepare import working_copy
from ocr.detect.stats import column_median
from ocr.detect.votes import count_votes
from ocr.geometry import bounding_quad, quad_size

#: Width and height ratio below which a four-cornered note counts as square.
SQUARE_RATIO = 1.25

#: Side of the small upright sample the colour is measured on (pixels).
_SAMPLE = 40

#: Longest side of the copy the white point is estimated on (pixels).
_WHITE_SIZE = 320

#: The largest correction applied (Lab chroma of the estimated white): a board
#: that is itself coloured (cork, a blue wall) must not be taken for white.
_MAX_CAST = 22.0


@dataclass(frozen=True)
class NoteLook:
    """What follows from a note's outline on its photo."""

    color: str
    rgb: tuple[int, int, int]  # the note's colour as photographed (median, ink excluded)
    shape: str
    crop: np.ndarray | None
    votes: int


def note_shape(polygon: npt.ArrayLike, old: str | None = None) -> str:
    """The shape of a note outlined by ``polygon``.

    ``square`` or ``rect`` for four corners (by the ratio of mean side lengths);
    other outlines keep ``old`` or are ovals.
    """
    pts = np.asarray(polygon, dtype=np.float64).reshape(-1, 2)
    if len(pts) != 4:
        return old if old in ("square", "rect", "oval") else "oval"
    width, height = quad_size(bounding_quad(pts))
    ratio = max(width, height) / max(min(width, height), 1.0)
    return "square" if ratio < SQUARE_RATIO else "rect"


def white_point(rgb: np.ndarray) -> tuple[float, float, float]:
    """The colour a white surface has on this photo (RGB 0..255); see :func:`white_of_copy`."""
    return white_of_copy(working_copy(rgb)[0])


def white_of_copy(small: np.ndarray) -> tuple[float, float, float]:
    """The white point from the detector's working copy of a photo (``working_copy``).

    Bright, nearly neutral pixels (the board, the wall, white cards) are found by
    an iteratively re-weighted mean in the Lab a*/b* plane that starts at neutral,
    so strongly coloured notes do not pull it. A photo without such pixels, or
    whose neutral-looking surface is strongly coloured, gets a capped correction.
    """
    h, w = small.shape[:2]
    s = min(1.0, _WHITE_SIZE / max(h, w, 1))
    if s < 1:
        small = cv2.resize(small, None, fx=s, fy=s, interpolation=cv2.INTER_AREA)
    lab = cv2.cvtColor(small.astype(np.float32) / 255.0, cv2.COLOR_RGB2Lab).reshape(-1, 3)
    light = lab[:, 0]
    bright = lab[light >= max(35.0, float(np.percentile(light, 40)))]
    if len(bright) < 20:
        return (255.0, 255.0, 255.0)
    ab = bright[:, 1:3]
    centre = np.zeros(2, np.float32)
    for spread in (14.0, 10.0, 8.0):
        d2 = ((ab - centre) ** 2).sum(axis=1)
        weight = np.exp(-d2 / (2 * spread**2)) * (bright[:, 0] / 100.0)
        if float(weight.sum()) < 1e-3:
            break
        centre = (ab * weight[:, None]).sum(axis=0) / weight.sum()
    chroma = float(np.hypot(centre[0], centre[1]))
    if chroma > _MAX_CAST:
        centre = centre * (_MAX_CAST / chroma)
    px = np.array([[[75.0, float(centre[0]), float(centre[1])]]], np.float32)
    white = cv2.cvtColor(px, cv2.COLOR_Lab2RGB)[0, 0]
    white = 255.0 * white / max(float(white.max()), 1e-6)
    return (float(white[0]), float(white[1]), float(white[2]))


def note_rgb(rgb: np.ndarray, polygon: npt.ArrayLike) -> tuple[int, int, int]:
    """The paper colour of a note (RGB).

    The median of the inner part of its upright sample, writing (the darker pixels)
    left out.
    """
    sample = crop_polygon(rgb, bounding_quad(polygon), max_side=4 * _SAMPLE)
    sample = cv2.resize(sample, (_SAMPLE, _SAMPLE), interpolation=cv2.INTER_AREA)
    m = _SAMPLE // 6
    inner = sample[m:-m, m:-m].reshape(-1, 3).astype(np.float32)
    grey = inner.mean(axis=1)
    paper = inner[grey >= np.percentile(grey, 35)]
    med = column_median(paper if len(paper) >= 10 else inner)
    return (int(round(med[0])), int(round(med[1])), int(round(med[2])))


def note_crop(rgb: np.ndarray, polygon: npt.ArrayLike) -> np.ndarray:
    """The upright, perspective-corrected crop of the note outlined by ``polygon``."""
    return crop_polygon(rgb, bounding_quad(polygon))


def describe_note(
    rgb: np.ndarray,
    polygon: npt.ArrayLike,
    *,
    white: Sequence[float] | None = None,
    with_crop: bool = True,
    old_shape: str | None = None,
    crop: np.ndarray | None = None,
) -> NoteLook:
    """Colour, shape, upright crop and voting dots of the note outlined by ``polygon``.

    ``white`` is the photo's :func:`white_point` (estimated from ``rgb`` when not
    given; pass it when describing many notes of one photo). Without ``with_crop``
    no crop is made and votes are 0. ``crop``: the note's :func:`note_crop`, where
    it was cut already (it is then used, whatever ``with_crop`` says).
    """
    if white is None:
        white = white_point(rgb)
    paper = note_rgb(rgb, polygon)
    if crop is None and with_crop:
        crop = note_crop(rgb, polygon)
    return NoteLook(
        color=classify_color(paper, white),
        rgb=paper,
        shape=note_shape(polygon, old_shape),
        crop=crop,
        votes=count_votes(crop) if crop is not None else 0,
    )
