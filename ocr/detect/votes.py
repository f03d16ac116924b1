"""Counting voting dots (small round stickers) on a note crop."""

from __future__ import annotations

import cv2
import numpy as np


def count_votes(crop: np.ndarray) -> int:
    """Count round, strongly coloured dots on an upright note crop (RGB uint8).

    A dot is a compact blob, between about 4.5 % and 16 % of the note's shorter
    side across, whose colour is far from the note colour and saturated (so
    dark pen strokes do not count).
    """
    h, w = crop.shape[:2]
    if h < 16 or w < 16:
        return 0
    side = 160.0
    s = side / min(h, w)
    small = cv2.resize(
        crop, (max(8, round(w * s)), max(8, round(h * s))), interpolation=cv2.INTER_AREA
    )
    small = cv2.GaussianBlur(small, (3, 3), 0)
    lab = cv2.cvtColor(small.astype(np.float32) / 255.0, cv2.COLOR_RGB2Lab)
    sh, sw = lab.shape[:2]
    m = int(0.06 * min(sh, sw))
    core = lab[m : sh - m, m : sw - m]
    note = np.median(core.reshape(-1, 3), axis=0)
    diff = core - note
    dist = np.sqrt((diff**2).sum(axis=2))
    chroma = np.hypot(core[..., 1], core[..., 2])
    mask = ((dist > 20) & (chroma > 28) & (core[..., 0] > 20)).astype(np.uint8)
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    n, _, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
    short = float(min(sh, sw))
    count = 0
    for i in range(1, n):
        x, y, bw, bh, area = (int(v) for v in stats[i])
        d = (bw + bh) / 2.0
        if not (0.045 * short <= d <= 0.16 * short):
            continue
        if max(bw, bh) > 1.35 * min(bw, bh):
            continue
        if area < 0.6 * bw * bh:  # a disc fills ~0.785 of its box
            continue
        count += 1
    return count
