"""Counting voting dots (small flat round stickers) on a note crop.

A dot is a disc of a colour far from the note's, saturated and not dark, between
about 4 % and 18 % of the note's shorter side across. Discs are found as peaks of
the distance transform of the "not note colour" mask, so dots that touch each
other or lie over writing still count one by one. What is not a vote:

- pen strokes, even thick ones in coloured ink: a stroke's colour recurs all over
  the note, a dot's stands alone (:func:`_like_ink`), and a stroke is no disc;
  closed letters of a word line up as discs on one line (:func:`_written_row`);
- pins and magnets: round and coloured like dots, but glossy, larger (magnets),
  or where they hold the note: at its top edge (:func:`_three_d`).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from ocr.detect.stats import column_median

#: How much lighter than its body a highlight must be for a disc to count as glossy.
GLOSS = 25.0
#: Discs whose centre lies this close to the top edge (share of the height) are pins.
TOP_BAND = 0.14
#: Dot radius range as a share of the note's shorter side.
MIN_RADIUS, MAX_RADIUS = 0.02, 0.09
#: A disc's own colour is the median within this share of its radius (not its blurred rim).
INK_CORE = 0.7
#: Writing of a disc's colour (Lab distance) along more than INK_LEN radii of stroke
#: elsewhere on the note makes the disc a blot of that ink.
INK_DIST, INK_LEN = 24.0, 3.0
#: Discs whose top reaches into this band along the top edge (share of the height) are pins.
TOP_EDGE = 0.12
#: This many discs or more on one straight line, gaps under GAP radii: letters, not dots.
ROW, GAP = 4, 4.0
#: More discs of one colour than this on one note are a pattern or writing, not votes.
MAX_DOTS = 12
#: Working size of the crop's shorter side.
SIDE = 160.0


@dataclass(frozen=True)
class Dot:
    """A voting dot found on a crop: centre and radius in the crop's pixels."""

    x: float
    y: float
    r: float


def count_votes(crop: np.ndarray) -> int:
    """How many voting dots an upright note crop (RGB uint8) carries."""
    return len(find_votes(crop))


def find_votes(crop: np.ndarray) -> list[Dot]:
    """The voting dots on an upright note crop (RGB uint8), in reading order."""
    h, w = crop.shape[:2]
    if h < 16 or w < 16 or crop.ndim != 3:
        return []
    s = SIDE / min(h, w)
    small = cv2.resize(
        crop, (max(8, round(w * s)), max(8, round(h * s))), interpolation=cv2.INTER_AREA
    )
    small = cv2.GaussianBlur(small, (3, 3), 0)
    sh, sw = small.shape[:2]
    m = int(0.05 * min(sh, sw))
    # Lab of the inner part only (the margin is never looked at), values 0..1 as float32.
    core = cv2.cvtColor(
        np.divide(small[m : sh - m, m : sw - m], 255.0, dtype=np.float32), cv2.COLOR_RGB2Lab
    )
    lum, a, b = cv2.split(core)
    note = np.array([column_median(p.reshape(-1, 1))[0] for p in (lum, a, b)], np.float32)
    # Colour distance to the note, summed plane by plane (as ``sum(axis=2)`` adds them).
    dist = _sq(lum - note[0])
    dist += _sq(a - note[1])
    dist += _sq(b - note[2])
    np.sqrt(dist, out=dist)
    chroma = np.hypot(a, b)
    mask = cv2.morphologyEx(
        ((dist > 20) & (chroma > 28) & (lum > 30)).astype(np.uint8),
        cv2.MORPH_OPEN,
        np.ones((3, 3), np.uint8),
    )
    if not mask.any():
        return []
    short = float(min(sh, sw))
    r_min, r_max = MIN_RADIUS * short, MAX_RADIUS * short
    chosen: list[tuple[float, float, float]] = []
    # a dot is solid: its own colour, or dark writing across it (which the mask leaves out)
    solid = (mask > 0) | (core[..., 0] < 35)
    for part in _by_hue(core, mask):
        filled = solid & ((part > 0) | (mask == 0))
        discs = [
            d
            for d in _discs(part, r_min, r_max, chosen)
            if _solid(filled, *d)
        ]
        if discs and _inky(part, discs):  # writing of this colour: only lone discs count
            discs = [
                d for d in discs if _disc_alone(part, *d, []) and not _like_ink(core, mask, *d)
            ]
        chosen += discs
    if len(chosen) >= ROW and _written_row(chosen):
        return []
    dots = []
    for x, y, r in chosen:
        dot = Dot((x + m) / s, (y + m) / s, r / s)
        if _three_d(crop, dot):
            continue
        dots.append(dot)
    dots.sort(key=lambda d: (round(d.y / max(1.0, 4 * d.r)), d.x))
    return dots


def _sq(x: np.ndarray) -> np.ndarray:
    """``x`` squared, in place."""
    x *= x
    return x


def _by_hue(core: np.ndarray, mask: np.ndarray) -> list[np.ndarray]:
    """The mask split by hue (so that overlapping dots of two colours part), small gaps closed.

    Each pixel goes to the nearest main hue of the mask (peaks of its hue histogram),
    so a dot falls into one part only. Closing bridges pen strokes that cross a dot.
    """
    hue = (np.degrees(np.arctan2(core[..., 2], core[..., 1])) + 360.0) % 360.0
    on = mask > 0
    counts = np.bincount((hue[on] // 10).astype(int) % 36, minlength=36).astype(np.float64)
    smooth = counts + 0.5 * (np.roll(counts, 1) + np.roll(counts, -1))
    peaks = [
        i * 10.0 + 5.0
        for i in range(36)
        if smooth[i] >= 12 and smooth[i] >= smooth[i - 1] and smooth[i] > smooth[(i + 1) % 36]
    ]
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (5, 5))
    if not peaks:
        return []
    gaps = np.stack([np.abs((hue - p + 180.0) % 360.0 - 180.0) for p in peaks])
    nearest = gaps.argmin(axis=0)
    close = gaps.min(axis=0) < 45.0
    return [
        cv2.morphologyEx((on & close & (nearest == i)).astype(np.uint8), cv2.MORPH_CLOSE, kernel)
        for i in range(len(peaks))
    ]


def _discs(
    mask: np.ndarray, r_min: float, r_max: float, chosen: list[tuple[float, float, float]]
) -> list[tuple[float, float, float]]:
    """Discs (x, y, r) of ``mask``: peaks of its distance transform, largest first.

    A peak counts when the mask ends just outside its disc, apart from the discs
    already taken (so a cluster of touching dots is taken dot by dot from its
    edge inwards).
    """
    depth = cv2.distanceTransform(mask, cv2.DIST_L2, 5)
    peaks = (depth >= r_min) & (depth >= cv2.dilate(depth, np.ones((3, 3), np.uint8)))
    ys, xs = np.nonzero(peaks)
    order = np.argsort(-depth[ys, xs])
    candidates: list[tuple[float, float, float]] = []
    for i in order:
        x, y, r = float(xs[i]), float(ys[i]), float(depth[ys[i], xs[i]]) + 0.5
        if r > r_max or not _within(mask, x, y, r):
            continue
        if any(np.hypot(x - cx, y - cy) < 1.5 * max(r, cr) for cx, cy, cr in candidates):
            continue
        if any(np.hypot(x - cx, y - cy) < 0.8 * max(r, cr) for cx, cy, cr in chosen):
            continue  # the same dot, seen in the neighbouring hue window
        candidates.append((x, y, r))
    found: list[tuple[float, float, float]] = []
    while True:
        taken = [c for c in candidates if _disc_alone(mask, *c, found)]
        if not taken:
            return found
        found += taken
        candidates = [c for c in candidates if c not in taken]


def _solid(filled: np.ndarray, x: float, y: float, r: float) -> bool:
    """Whether the disc is filled before closing (letters closed into a blob are not)."""
    h, w = filled.shape
    pad = int(r) + 2
    x0, y0 = max(0, int(x) - pad), max(0, int(y) - pad)
    window = filled[y0 : min(h, int(y) + pad + 1), x0 : min(w, int(x) + pad + 1)]
    yy, xx = np.ogrid[y0 : y0 + window.shape[0], x0 : x0 + window.shape[1]]
    inside = np.hypot(xx - x, yy - y) <= 0.8 * r
    return bool(inside.any()) and float(window[inside].mean()) >= 0.8


def _written_row(discs: list[tuple[float, float, float]]) -> bool:
    """Whether discs of one colour form a line of letters rather than stuck dots.

    Closed letters of a word are discs of one size on one straight line, each
    touching the next; people's dots seldom line up like that.
    """
    pts = np.array([(x, y) for x, y, _ in discs], np.float64)
    radius = float(np.median([r for _, _, r in discs]))
    centred = pts - pts.mean(axis=0)
    _, sv, vt = np.linalg.svd(centred, full_matrices=False)
    off_line = np.abs(centred @ vt[1])
    along = np.sort(centred @ vt[0])
    gaps = np.diff(along)
    return bool(off_line.max() < 0.6 * radius and gaps.max() < GAP * radius)


def _inky(part: np.ndarray, discs: list[tuple[float, float, float]]) -> bool:
    """Whether much of a colour's mask is left over once its discs are taken: writing."""
    h, w = part.shape
    covered = np.zeros((h, w), np.uint8)
    for x, y, r in discs:
        cv2.circle(covered, (round(x), round(y)), round(1.3 * r + 1), 1, -1)
    left = int((part.astype(bool) & (covered == 0)).sum())
    mean_disc = float(np.mean([np.pi * r * r for _, _, r in discs]))
    return left > 1.5 * mean_disc or len(discs) > MAX_DOTS


def _within(mask: np.ndarray, x: float, y: float, r: float) -> bool:
    """Whether a disc lies wholly inside the note (not cut by its rim or corner)."""
    h, w = mask.shape
    return x - r >= 0 and y - r >= 0 and x + r <= w - 1 and y + r <= h - 1


def _disc_alone(
    mask: np.ndarray, x: float, y: float, r: float, others: list[tuple[float, float, float]]
) -> bool:
    """Whether the mask around a peak is a disc, not the middle of a stroke or a patch.

    Just outside a dot the mask mostly ends (a touching dot covers a part of the
    ring); along a stroke or inside a large patch it goes on.
    """
    h, w = mask.shape
    pad = int(1.8 * r + 3)
    x0, y0 = max(0, int(x) - pad), max(0, int(y) - pad)
    window = mask[y0 : min(h, int(y) + pad + 1), x0 : min(w, int(x) + pad + 1)]
    yy, xx = np.ogrid[y0 : y0 + window.shape[0], x0 : x0 + window.shape[1]]
    d = np.hypot(xx - x, yy - y)
    ring = (d >= 1.35 * r + 1) & (d <= 1.8 * r + 1.5)
    for cx, cy, cr in others:
        ring &= np.hypot(xx - cx, yy - cy) > cr + 0.5
    if not ring.any():
        return bool(others)  # wholly surrounded by dots
    return float(window[ring].mean()) < 0.4


def _like_ink(
    core: np.ndarray,
    mask: np.ndarray,
    x: float,
    y: float,
    r: float,
) -> bool:
    """Whether a disc has the colour of writing on the note (the dot of an i, say).

    Writing in coloured ink leaves strokes of its colour elsewhere on the note; a
    voting dot's colour stands alone (a few dots of one colour aside). Compared are
    the disc's core (not its rim, blurred into the paper) and the strokes' ridges
    (their middles, where the ink is pure), so a dot stuck over writing of a
    similar but other colour still counts.
    """
    h, w = mask.shape
    yy, xx = np.ogrid[:h, :w]
    d = np.hypot(xx - x, yy - y)
    outside = d > 1.4 * r + 1
    inside = (d <= INK_CORE * r) & (mask > 0)
    if not inside.any():
        inside = ~outside & (mask > 0)
    colour = column_median(core[inside])
    others = (mask > 0) & outside
    if not others.any():
        return False
    depth = cv2.distanceTransform(others.astype(np.uint8), cv2.DIST_L2, 3)
    ridge = others & (depth >= cv2.dilate(depth, np.ones((3, 3), np.uint8)))
    near = np.sqrt(((core[ridge] - colour) ** 2).sum(axis=1)) < INK_DIST
    return int(near.sum()) > INK_LEN * r


def _three_d(crop: np.ndarray, dot: Dot) -> bool:
    """A pin head or magnet rather than a flat sticker.

    A specular highlight inside (looked at in the crop's own resolution, where it
    is a few pixels), or a disc in the band along the note's top edge, where pins
    and magnets hold a note and where dots are seldom stuck.
    """
    h, w = crop.shape[:2]
    if dot.y < TOP_BAND * h or dot.y - dot.r < TOP_EDGE * h:
        return True
    pad = int(dot.r) + 2
    x0, y0 = max(0, int(dot.x) - pad), max(0, int(dot.y) - pad)
    x1, y1 = min(w, int(dot.x) + pad + 1), min(h, int(dot.y) + pad + 1)
    patch = cv2.cvtColor(np.ascontiguousarray(crop[y0:y1, x0:x1]), cv2.COLOR_RGB2Lab)
    lightness = patch[..., 0].astype(np.float32) * (100.0 / 255.0)
    yy, xx = np.ogrid[y0:y1, x0:x1]
    values = lightness[np.hypot(xx - dot.x, yy - dot.y) <= 0.75 * dot.r]
    return bool(values.size and np.percentile(values, 98) - np.median(values) > GLOSS)
