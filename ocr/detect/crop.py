"""Perspective-corrected crops of notes."""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from ocr.geometry import bounding_quad, quad_size

#: Longest side of a crop, in pixels; larger notes are scaled down.
MAX_CROP_SIDE = 1600


def crop_polygon(
    rgb: np.ndarray, polygon: Sequence[Sequence[float]] | np.ndarray, max_side: int = MAX_CROP_SIDE
) -> np.ndarray:
    """Return the upright, perspective-corrected RGB crop of a note.

    ``polygon`` has four corners (any order; they are sorted clockwise from the
    top-left) or more points (an oval), in which case its minimum-area rectangle
    is used. The output size follows the note's side lengths, so a 2:1 card gives
    a 2:1 crop.
    """
    quad = bounding_quad(polygon)
    width, height = quad_size(quad)
    scale = min(1.0, max_side / max(width, height, 1.0))
    w = max(2, int(round(width * scale)))
    h = max(2, int(round(height * scale)))
    dst = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(quad.astype(np.float32), dst)
    out = cv2.warpPerspective(
        rgb,
        m,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_REPLICATE,
    )
    return np.ascontiguousarray(out)
