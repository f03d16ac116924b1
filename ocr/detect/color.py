"""Naming note colours, after correcting for the photo's white point.

A note's paper colour is first carried to neutral light by von Kries scaling with
the photo's white (a share :attr:`ColourRule.cast` of the estimated cast is
removed: part of it is the board's own tint, not the light), then named by its
hue angle in the CIE Lab a*/b* plane. The boundaries in :data:`RULE` are fitted
by ``bench/colour_fit.py`` on the labelled real photos; that script also prints
the leave-one-photo-out accuracy of the fitting procedure.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np


@dataclass(frozen=True)
class ColourRule:
    """Where one colour name ends and the next begins."""

    cast: float  # share of the white point's cast that is corrected (0..1)
    pink_orange: float  # hue angles in degrees (Lab a*/b* plane)
    orange_yellow: float
    yellow_green: float
    green_blue: float
    blue_purple: float = 290.0
    purple_pink: float = 340.0
    pale: float = 12.0  # chroma below which a note is white (or other when dark/lilac)


#: The rule in use (printed by ``bench/colour_fit.py``; fitted on the 14 labelled photos).
RULE = ColourRule(
    cast=0.25, pink_orange=41.5, orange_yellow=73.5, yellow_green=101.5, green_blue=182.0
)


def lab_of(rgb: Sequence[float]) -> tuple[float, float, float]:
    """CIE Lab of one sRGB colour (L in 0..100, a/b roughly -128..127)."""
    px = np.array([[list(rgb)]], dtype=np.float32) / 255.0
    lab = cv2.cvtColor(px, cv2.COLOR_RGB2Lab)[0, 0]
    return float(lab[0]), float(lab[1]), float(lab[2])


def balanced(
    rgb: Sequence[float], white: Sequence[float], share: float = 1.0
) -> tuple[float, float, float]:
    """``rgb`` under neutral light: von Kries scaling removing ``share`` of ``white``'s cast."""
    wv = np.maximum(np.asarray(white, np.float64), 1.0)
    wv = 255.0 - share * (255.0 - 255.0 * wv / wv.max())
    gain = wv.max() / np.maximum(wv, 1.0)
    out = np.clip(np.asarray(rgb, np.float64) * gain, 0.0, 255.0)
    return (float(out[0]), float(out[1]), float(out[2]))


def hue_chroma(
    rgb_mean: Sequence[float], white: Sequence[float] | None = None, rule: ColourRule = RULE
) -> tuple[float, float, float]:
    """Lightness, hue angle (degrees) and chroma of a note after white balancing."""
    rgb = balanced(rgb_mean, white, rule.cast) if white is not None else tuple(rgb_mean)
    lum, a, b = lab_of(rgb)
    return lum, math.degrees(math.atan2(b, a)) % 360.0, math.hypot(a, b)


def classify_color(
    rgb_mean: Sequence[float], white: Sequence[float] | None = None, rule: ColourRule = RULE
) -> str:
    """Name the colour of a note from its paper RGB (0..255) and the photo's white.

    Returns one of :data:`ocr.types.COLORS`. Red and coral count as pink, lime
    and pale green as green, pale lilac as other. Without ``white`` the colour
    is named as photographed.
    """
    lum, hue, chroma = hue_chroma(rgb_mean, white, rule)
    return name_of(lum, hue, chroma, rule)


def name_of(lum: float, hue: float, chroma: float, rule: ColourRule = RULE) -> str:
    """The colour name of a balanced Lab colour given as lightness, hue and chroma."""
    if chroma < rule.pale:
        if lum < 35.0:
            return "other"
        if 280.0 <= hue <= 360.0 and chroma >= 7.0:
            return "other"  # pale lilac
        return "white"
    if hue >= rule.purple_pink or hue < rule.pink_orange:
        return "pink"
    if hue < rule.orange_yellow:
        return "orange"
    if hue < rule.yellow_green:
        return "yellow"
    if hue < rule.green_blue:
        return "green"
    if hue < rule.blue_purple:
        return "blue"
    return "purple" if chroma >= 20.0 else "other"
