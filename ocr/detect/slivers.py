"""Notes cut by the photo's edge: kept when there is something to read, else dropped.

A strip of a note at the frame is worth reviewing only when it shows writing; a
blank sliver (the edge of a note that lies mostly outside the photo, a strip of
paper or frame) would lead the review queue with an empty note.
"""

from __future__ import annotations

import cv2
import numpy as np

from ocr.detect.prepare import Work
from ocr.detect.scoring import Candidate

#: Share of a note's inner pixels that must be ink (darker than the paper around them).
MIN_INK = 0.006
#: Lightness drop (Lab L, 0..100) below the text-suppressed image that counts as ink.
INK_DROP = 8.0
#: The visible short side of a cut note relative to the typical note's side: below it
#: a strip is dropped, below ``SLIVER`` it is kept only with writing on it.
MIN_VISIBLE = 0.08
SLIVER = 0.6


def ink_fraction(work: Work, c: Candidate) -> float:
    """Share of the inside of ``c`` (its rim left out) that is writing.

    Writing is what the detector's text suppression (a closing) removed: pixels
    darker than the suppressed image by ``INK_DROP``, so blur and shading matter less.
    """
    h, w = work.shape
    poly = np.asarray(c.polygon, np.float64)
    x0, y0 = np.maximum(np.floor(poly.min(axis=0)).astype(int), 0)
    x1, y1 = np.minimum(np.ceil(poly.max(axis=0)).astype(int) + 1, [w, h])
    if x1 - x0 < 4 or y1 - y0 < 4:
        return 0.0
    mask = np.zeros((y1 - y0, x1 - x0), np.uint8)
    cv2.fillPoly(mask, [np.round(poly - [x0, y0]).astype(np.int32)], 1)
    band = max(2, int(0.08 * min(x1 - x0, y1 - y0)))
    mask = cv2.erode(mask, np.ones((2 * band + 1, 2 * band + 1), np.uint8))
    inside = mask > 0
    if int(inside.sum()) < 20:
        return 0.0
    lum = work.lab8[y0:y1, x0:x1, 0][inside].astype(np.float32) * (100.0 / 255.0)
    paper = work.lab[y0:y1, x0:x1, 0][inside]
    return float((lum < paper - INK_DROP).mean())


def keep_cut(work: Work, c: Candidate, typical_side: float) -> bool:
    """Whether a note cut by the frame shows enough of itself to be read.

    Most of a note (both visible sides at least ``SLIVER`` of a typical note's) is
    kept even when blank; a narrower strip only with writing on it.
    """
    q = np.asarray(c.quad, np.float64)
    short = float(np.linalg.norm(q - np.roll(q, -1, axis=0), axis=1).min())
    if short < MIN_VISIBLE * typical_side:
        return False
    return short >= SLIVER * typical_side or ink_fraction(work, c) >= MIN_INK


def typical_side(chosen: list[Candidate]) -> float:
    """Side of a typical whole note (square root of the median area of uncut notes)."""
    areas = [c.area for c in chosen if not c.features["frame"]] or [c.area for c in chosen]
    return float(np.sqrt(np.median(areas))) if areas else 0.0
