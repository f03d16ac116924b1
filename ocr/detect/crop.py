"""Perspective-corrected crops of notes."""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from ocr.geometry import bounding_quad

#: Longest side of a crop, in pixels; larger notes are scaled down.
MAX_CROP_SIDE = 1600


def crop_polygon(
    rgb: np.ndarray, polygon: Sequence[Sequence[float]] | np.ndarray, max_side: int = MAX_CROP_SIDE
) -> np.ndarray:
    """Return the upright, perspective-corrected RGB crop of a note.

    ``polygon`` has four corners (any order; they are sorted clockwise from the
    top-left) or more points (an oval), in which case its minimum-area rectangle
    is used. The output size follows the note's side lengths, so a 2:1 card gives
    a 2:1 crop: the longer of each two opposite sides, so that the near half of a
    note photographed at a slant keeps its pixels (the labelled crops the reading
    was fitted on are cut so too).
    """
    quad = bounding_quad(polygon)
    width, height = longer_sides(quad)
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


def longer_sides(quad: np.ndarray) -> tuple[float, float]:
    """The longer of the top and bottom sides and of the left and right sides of ``quad``.

    ``quad`` is clockwise from the top left.
    """
    tl, tr, br, bl = np.asarray(quad, np.float64).reshape(4, 2)
    width = max(float(np.linalg.norm(tr - tl)), float(np.linalg.norm(br - bl)))
    height = max(float(np.linalg.norm(bl - tl)), float(np.linalg.norm(br - tr)))
    return width, height
