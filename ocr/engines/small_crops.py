"""Small note crops are enlarged before PP-OCR reads them, and what was read is mapped back.

A note photographed as part of a whole board can be only ~70 px wide; its
lines are then 5-8 px high, below what PP-OCR's text-line detector finds (it
runs at the crop's own size when the crop is under its 192 px limit, while a
normal 265 px note is brought down to 192 px). Enlarged (bicubic) so that its
longer side is :data:`MIN_SIDE`, the detector sees the lines at the scale it
sees on normal notes; its levels are stretched too (:func:`stretched`).

Measured with ``bench/small_notes.py --read --before`` on written notes scaled
down to 70 px wide (strategy with lexicon; read empty, exact, CER): labelled
real 86 notes: 19, 0.326, 0.346 -> 0, 0.360, 0.167; the same dim: 41, 0.267,
0.567 -> 3, 0.430, 0.241; synthetic tier ``heldback`` (not looked at while
choosing), 102 notes: 24, 0.578, 0.311 -> 1, 0.794, 0.050, dim: 68, 0.284, 0.691
-> 6, 0.618, 0.162. Enlarging alone, without the stretch (on the code before main's lexicon
changes of that day; enlarged and stretched there: 0, 0.395, 0.168): real 0, 0.395, 0.183,
dim 11, 0.384, 0.270. The target size hardly matters (PP-OCR alone, real at 70
px, CER: 128 px 0.183, 192 px 0.199, 256 px 0.185, 320 px 0.194); 192 px is the
detector's own limit. Stretching every small crop, not only the dim ones, cost
the detected real notes CER 0.066 -> 0.070 (with the rule: 0.067).
"""

from __future__ import annotations

from dataclasses import replace

import cv2
import numpy as np

from ocr.types import Reading

#: Crops whose longer side is shorter are enlarged to it before reading (0: never).
MIN_SIDE = 192
#: Levels are stretched only where they span less than this (dim or hazy crops).
STRETCH_BELOW = 150


def enlarged(crops: list[np.ndarray]) -> tuple[list[np.ndarray], list[float]]:
    """The crops, small ones enlarged to :data:`MIN_SIDE`, and each one's factor (1: as given)."""
    out, factors = [], []
    for crop in crops:
        side = max(crop.shape[:2]) if isinstance(crop, np.ndarray) and crop.ndim >= 2 else 0
        f = MIN_SIDE / side if side else 1.0
        if f <= 1.0 or min(crop.shape[:2]) < 4:
            out.append(crop)
            factors.append(1.0)
            continue
        h, w = crop.shape[:2]
        size = (max(1, round(w * f)), max(1, round(h * f)))
        out.append(stretched(cv2.resize(crop, size, interpolation=cv2.INTER_CUBIC)))
        factors.append(f)
    return out, factors


def stretched(crop: np.ndarray) -> np.ndarray:
    """Levels stretched so the darkest 1 % is black and the brightest 0.5 % white.

    A small note is often also a dim one (a whole board shot in a room's light);
    its strokes then differ from the paper by a few grey levels only.
    """
    lo, hi = np.percentile(crop, (1.0, 99.5))
    if hi - lo < 8 or hi - lo >= STRETCH_BELOW:
        return crop
    return np.clip((crop.astype(np.float32) - lo) * (255.0 / (hi - lo)), 0, 255).astype(np.uint8)


def at_crop_scale(reading: Reading, factor: float) -> Reading:
    """``reading`` with its line boxes mapped back from a crop enlarged by ``factor``."""
    if factor == 1.0 or not reading.lines:
        return reading
    lines = [
        replace(line, box=[(x / factor, y / factor) for x, y in line.box]) for line in reading.lines
    ]
    return replace(reading, lines=lines)
