"""Splitting a blob of touching notes along the faint seams between them.

Touching notes of one colour often form a single blob. Their common border is
a thin line slightly darker than the paper: it shows in the rectified blob as
a dip in the per-column (or per-row) *median* lightness, which handwriting does
not produce because it never covers most of a column. When no such straight
seam exists, seams at a slope to the blob's sides are searched (overlapping
notes are each rotated on their own, so their common border is tilted).
"""

from __future__ import annotations

import cv2
import numpy as np

from ocr.detect.prepare import Work
from ocr.detect.stats import column_median
from ocr.geometry import order_corners, quad_size

_MIN_DROP = 4.0  # L units (0..255) a seam is darker than the paper beside it
_MAX_DROP = 60.0


def _drop(profile: np.ndarray) -> np.ndarray:
    """How much darker each position is than a closing of the profile (narrow dips only)."""
    n = len(profile)
    k = max(5, int(0.06 * n) | 1)
    base = cv2.dilate(profile.reshape(1, -1).astype(np.float32), np.ones((1, k), np.uint8)).ravel()
    base = cv2.erode(base.reshape(1, -1), np.ones((1, k), np.uint8)).ravel()
    return base - profile


def _dips(lum: np.ndarray) -> list[tuple[int, float]]:
    """Columns of ``lum`` holding a narrow dark line from top to bottom: possible seams.

    The column median is taken over the whole inner height and over each sixth
    of it; a seam must show in all of them, handwriting does not.
    """
    h, n = lum.shape
    if n < 24 or h < 12:
        return []
    m = max(2, int(0.12 * h))
    inner = lum[m : h - m]
    profile = column_median(inner).astype(np.float32)
    drop = _drop(profile)
    out: list[tuple[int, float]] = []
    lo, hi = int(0.2 * n), int(0.8 * n)
    if float(drop[lo:hi].max(initial=0.0)) < _MIN_DROP:
        return out  # nothing to check further (the common case: saves the part medians)
    parts = np.array_split(inner, 6, axis=0)
    drops = [_drop(column_median(t).astype(np.float32)) for t in parts]
    i = lo
    while i < hi:
        if drop[i] >= _MIN_DROP and drop[i] == drop[max(lo, i - 3) : min(hi, i + 4)].max():
            half = drop[i] / 2
            left = i
            while left > 0 and drop[left - 1] > half:
                left -= 1
            right = i
            while right < n - 1 and drop[right + 1] > half:
                right += 1
            need = max(0.75 * _MIN_DROP, 0.4 * float(drop[i]))
            steady = all(float(d[max(0, i - 2) : i + 3].max()) >= need for d in drops)
            if steady:
                # Row by row the line must be there: pen strokes leave gaps, seams do not.
                paper = float(profile[i] + drop[i])
                near = inner[:, max(0, i - 2) : i + 3].min(axis=1).astype(np.float32)
                steady = float((near <= paper - 0.5 * float(drop[i])).mean()) >= 0.85
            if right - left + 1 <= max(3, int(0.035 * n)) and drop[i] <= _MAX_DROP and steady:
                out.append((i, float(drop[i])))
            i = right + 1
        else:
            i += 1
    return out


def _may_dip(images: list[np.ndarray]) -> list[bool]:
    """Per image (all of one size): whether :func:`_dips` can find anything in it.

    The first test of ``_dips`` (some column darker than its surroundings at all),
    for all images at once: one median over all their columns, one closing.
    """
    h, n = images[0].shape
    if n < 24 or h < 12:
        return [False] * len(images)
    m = max(2, int(0.12 * h))
    profiles = column_median(np.concatenate([im[m : h - m] for im in images], axis=1))
    profiles = profiles.astype(np.float32).reshape(len(images), n)
    k = max(5, int(0.06 * n) | 1)
    base = cv2.erode(cv2.dilate(profiles, np.ones((1, k), np.uint8)), np.ones((1, k), np.uint8))
    drop = base - profiles
    lo, hi = int(0.2 * n), int(0.8 * n)
    return [float(d[lo:hi].max(initial=0.0)) >= _MIN_DROP for d in drop]


def _choose(cuts: list[int], n: int, other: float) -> list[int]:
    """Keep cuts giving pieces of plausible note proportions (longest first)."""
    best: list[int] = []
    for c in sorted(cuts):
        trial = sorted([*best, c])
        edges = [0, *trial, n]
        pieces = np.diff(edges)
        if pieces.min() >= 0.22 * n and all(0.45 <= p / other <= 2.2 for p in pieces):
            best = trial
    return best


def seam_pieces(work: Work, quad: np.ndarray) -> list[np.ndarray]:
    """Quads (work pixels) of the notes a blob splits into, or [] if no seam is found."""
    q = order_corners(quad).astype(np.float32)
    tl, tr, br, bl = q
    width, height = quad_size(q)
    if min(width, height) < 20:
        return []
    w, h = int(round(width)), int(round(height))
    dst = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], np.float32)
    m = cv2.getPerspectiveTransform(q, dst)
    lum = cv2.warpPerspective(work.lab8[..., 0], m, (w, h), flags=cv2.INTER_LINEAR)
    xs = _choose([i for i, _ in _dips(lum)], w, h) if w >= 2 * 0.45 * h else []
    ys = _choose([i for i, _ in _dips(lum.T)], h, w) if h >= 2 * 0.45 * w else []
    inv = np.linalg.inv(m)
    if not xs and not ys:
        # A note cut by the photo's edge shows its lines of writing across its whole
        # width; at a slope they would pass for a seam. Tilted seams only inside the frame.
        return [] if _at_frame(q, work.shape) else _tilted_pieces(lum, inv)
    xe = [0.0, *[float(x) for x in xs], float(w - 1)]
    ye = [0.0, *[float(y) for y in ys], float(h - 1)]
    pieces = []
    for i in range(len(ye) - 1):
        for j in range(len(xe) - 1):
            rect = np.array(
                [[xe[j], ye[i]], [xe[j + 1], ye[i]], [xe[j + 1], ye[i + 1]], [xe[j], ye[i + 1]]],
                np.float64,
            )
            # Pull each piece 1 px off the seam line.
            rect[:, 0] += np.where(
                rect[:, 0] == xe[j], 1 if j else 0, -1 if j + 1 < len(xe) - 1 else 0
            )
            rect[:, 1] += np.where(
                rect[:, 1] == ye[i], 1 if i else 0, -1 if i + 1 < len(ye) - 1 else 0
            )
            back = cv2.perspectiveTransform(rect.reshape(-1, 1, 2), inv).reshape(-1, 2)
            pieces.append(back)
    return pieces


def _at_frame(quad: np.ndarray, shape: tuple[int, int], margin: float = 3.0) -> bool:
    """Whether a quad reaches the border of the photo."""
    h, w = shape
    xs, ys = quad[:, 0], quad[:, 1]
    return bool(
        xs.min() <= margin
        or ys.min() <= margin
        or xs.max() >= w - 1 - margin
        or ys.max() >= h - 1 - margin
    )


#: Slopes (tangents) tried for seams that are not parallel to the blob's sides:
#: overlapping notes are each rotated on their own.
_SLOPES = tuple(float(np.tan(np.radians(d))) for d in (-12, -9, -6, -3, 3, 6, 9, 12))


def _tilted_cuts(lum: np.ndarray) -> tuple[list[float], float, float]:
    """Seams across the columns of ``lum`` at one common slope.

    Returns their positions at mid-height, the slope and the depth of the
    shallowest of them (0 when there is none).

    The image is sheared so that a line of that slope becomes vertical, then
    searched like a straight seam; the slope with the deepest seams wins.
    """
    h, w = lum.shape
    if w < 2 * 0.45 * h:
        return [], 0.0, 0.0
    hc = (h - 1) / 2.0
    best: tuple[float, list[float], float] = (0.0, [], 0.0)
    sheared_all = [
        cv2.warpAffine(
            lum,
            np.array([[1.0, t, -t * hc], [0.0, 1.0, 0.0]], np.float32),
            (w, h),
            flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
            borderMode=cv2.BORDER_REPLICATE,
        )
        for t in _SLOPES
    ]
    for t, sheared, may in zip(_SLOPES, sheared_all, _may_dip(sheared_all), strict=True):
        if not may:
            continue  # _dips(sheared) is empty
        dips = _dips(sheared)
        cuts = _choose([i for i, _ in dips], w, h)
        if not cuts:
            continue
        depth = min(d for i, d in dips if i in cuts)
        if depth > best[0]:
            best = (depth, [float(c) for c in cuts], t)
    return best[1], best[2], best[0]


def _tilted_pieces(lum: np.ndarray, inv: np.ndarray) -> list[np.ndarray]:
    """Pieces of a rectified blob cut along tilted seams (columns or rows), in work pixels."""
    h, w = lum.shape
    xs, tx, dx = _tilted_cuts(lum)
    ys, ty, dy = _tilted_cuts(np.ascontiguousarray(lum.T))
    if not xs and not ys:
        return []
    transpose = dy > dx
    cuts, t = (ys, ty) if transpose else (xs, tx)
    n, other = (h, w) if transpose else (w, h)
    hc = (other - 1) / 2.0
    lines = [(0.0, 0.0), *[(c, t) for c in cuts], (float(n - 1), 0.0)]
    pieces = []
    for j in range(len(lines) - 1):
        (p0, t0), (p1, t1) = lines[j], lines[j + 1]
        a = 1.0 if j else 0.0  # 1 px off the seam
        b = -1.0 if j + 1 < len(lines) - 1 else 0.0
        rect = np.array(
            [
                [p0 + a - t0 * hc, 0.0],
                [p1 + b - t1 * hc, 0.0],
                [p1 + b + t1 * (other - 1 - hc), other - 1.0],
                [p0 + a + t0 * (other - 1 - hc), other - 1.0],
            ],
            np.float64,
        )
        if transpose:
            rect = rect[:, ::-1].copy()
        back = cv2.perspectiveTransform(rect.reshape(-1, 1, 2), inv).reshape(-1, 2)
        pieces.append(back)
    return pieces
