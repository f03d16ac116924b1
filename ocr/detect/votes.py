"""Counting voting dots (small round stickers) on a note crop."""

from __future__ import annotations

import cv2
import numpy as np

#: How much lighter than its body a highlight must be for a blob to count as glossy.
GLOSS = 25.0


def count_votes(crop: np.ndarray) -> int:
    """Count round, strongly coloured dots on an upright note crop (RGB uint8).

    A dot is a compact, solid, round blob, between about 4.5 % and 16 % of the
    note's shorter side across, whose colour is far from the note colour, saturated
    and not dark (so pen strokes, even in coloured ink, do not count). A glossy blob
    (a bright highlight inside) is a pin head, not a sticker.
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
    mask = ((dist > 20) & (chroma > 28) & (core[..., 0] > 35)).astype(np.uint8)
    mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=8)
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
        blob = labels[y : y + bh, x : x + bw] == i
        if not _round_and_solid(blob) or _glossy(core[y : y + bh, x : x + bw, 0], blob):
            continue
        if _like_ink(core, labels, i, mask):
            continue
        count += 1
    return count


def _like_ink(core: np.ndarray, labels: np.ndarray, index: int, mask: np.ndarray) -> bool:
    """Whether a blob has the colour of writing on the note (the dot of an i, say).

    Writing in coloured ink leaves many more pixels of the same colour elsewhere
    on the note; a voting dot's colour stands alone.
    """
    blob = labels == index
    colour = core[blob].mean(axis=0)
    others = (mask > 0) & ~blob
    if not others.any():
        return False
    near = np.sqrt(((core[others] - colour) ** 2).sum(axis=1)) < 18
    return int(near.sum()) > 3 * int(blob.sum())


def _round_and_solid(blob: np.ndarray) -> bool:
    contours, _ = cv2.findContours(blob.astype(np.uint8), cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    if not contours:
        return False
    contour = max(contours, key=cv2.contourArea)
    area = cv2.contourArea(contour)
    hull = cv2.contourArea(cv2.convexHull(contour))
    perimeter = cv2.arcLength(contour, True)
    if hull <= 0 or perimeter <= 0:
        return False
    return area / hull >= 0.88 and 4 * np.pi * area / perimeter**2 >= 0.6


def _glossy(lightness: np.ndarray, blob: np.ndarray) -> bool:
    """A specular highlight: a spot inside the blob much lighter than the rest of it.

    Only the blob's interior counts: its rim blends with the (lighter) note.
    """
    steps = max(1, min(blob.shape) // 6)
    inner = cv2.erode(blob.astype(np.uint8), np.ones((3, 3), np.uint8), iterations=steps) > 0
    values = lightness[inner]
    return bool(values.size and np.percentile(values, 97) - np.median(values) > GLOSS)
