"""Hiding regions of a picture for publication: blurred beyond reading, or blacked out."""

from __future__ import annotations

from collections.abc import Iterable

import cv2
import numpy as np

#: A region: x, y, width, height in pixels, and "blur" or "black".
Region = tuple[tuple[float, float, float, float], str]


def redact(rgb: np.ndarray, regions: Iterable[Region]) -> np.ndarray:
    """A copy of ``rgb`` with every region hidden; the input is left as it was.

    A blurred region is first reduced to a coarse mosaic (at most 8 cells across its
    shorter side), then smoothed, so that neither faces nor handwriting can be read or
    restored from it.
    """
    out = np.array(rgb, copy=True)
    h, w = out.shape[:2]
    for (x, y, rw, rh), mode in regions:
        x0, y0 = max(0, int(np.floor(x))), max(0, int(np.floor(y)))
        x1, y1 = min(w, int(np.ceil(x + rw))), min(h, int(np.ceil(y + rh)))
        if x1 - x0 < 1 or y1 - y0 < 1:
            continue
        if mode == "black":
            out[y0:y1, x0:x1] = 0
            continue
        patch = out[y0:y1, x0:x1]
        ph, pw = patch.shape[:2]
        cells = max(1, min(ph, pw) // 8) if min(ph, pw) >= 8 else 1
        small = cv2.resize(
            patch,
            (max(1, pw // cells), max(1, ph // cells)),
            interpolation=cv2.INTER_AREA,
        )
        coarse = cv2.resize(small, (pw, ph), interpolation=cv2.INTER_NEAREST)
        sigma = max(2.0, min(ph, pw) / 10)
        out[y0:y1, x0:x1] = cv2.GaussianBlur(coarse, (0, 0), sigma)
    return out


def crop(rgb: np.ndarray, area: tuple[float, float, float, float]) -> np.ndarray:
    """The part of ``rgb`` inside ``area`` (clipped to the picture)."""
    h, w = rgb.shape[:2]
    x, y, rw, rh = area
    x0, y0 = max(0, int(round(x))), max(0, int(round(y)))
    x1, y1 = min(w, int(round(x + rw))), min(h, int(round(y + rh)))
    if x1 <= x0 or y1 <= y0:
        return rgb
    return np.ascontiguousarray(rgb[y0:y1, x0:x1])
