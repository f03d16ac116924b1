"""Naming note colours from their mean RGB."""

from __future__ import annotations

import math
from collections.abc import Sequence

import cv2
import numpy as np

# Hue angles (degrees, CIE Lab a*/b* plane) separating the named colours.
_PINK_ORANGE = 43.0
_ORANGE_YELLOW = 75.0
_YELLOW_GREEN = 101.5
_GREEN_BLUE = 170.0
_BLUE_PURPLE = 290.0
_PURPLE_PINK = 340.0


def lab_of(rgb: Sequence[float]) -> tuple[float, float, float]:
    """CIE Lab of one sRGB colour (L in 0..100, a/b roughly -128..127)."""
    px = np.array([[list(rgb)]], dtype=np.float32) / 255.0
    lab = cv2.cvtColor(px, cv2.COLOR_RGB2Lab)[0, 0]
    return float(lab[0]), float(lab[1]), float(lab[2])


def classify_color(rgb_mean: Sequence[float]) -> str:
    """Name the colour of a note from its mean RGB (0..255).

    Returns one of :data:`ocr.types.COLORS`. Red and coral count as pink, lime
    and pale green as green, pale lilac as other.
    """
    lum, a, b = lab_of(rgb_mean)
    chroma = math.hypot(a, b)
    hue = math.degrees(math.atan2(b, a)) % 360.0
    if chroma < 12.0:
        if lum < 35.0:
            return "other"
        if 280.0 <= hue <= 360.0 and chroma >= 7.0:
            return "other"  # pale lilac
        return "white"
    if hue >= _PURPLE_PINK or hue < _PINK_ORANGE:
        return "pink"
    if hue < _ORANGE_YELLOW:
        return "orange"
    if hue < _YELLOW_GREEN:
        return "yellow"
    if hue < _GREEN_BLUE:
        return "green"
    if hue < _BLUE_PURPLE:
        return "blue"
    return "purple" if chroma >= 20.0 else "other"
