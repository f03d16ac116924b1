"""Candidate note blobs from several independent sources.

Each source yields outlines (OpenCV contours in working-copy pixels) of regions
that might be notes; :mod:`ocr.detect.scoring` decides which ones are.

* edge regions: areas enclosed by colour/lightness edges; notes are flat inside
  and have crisp borders, and touching notes are split by the seam between them;
* colour clusters: k-means over the text-suppressed Lab image, one mask per
  cluster, minus edges so that touching notes of one colour come apart;
* background distance: pixels far from a smooth estimate of the board colour.
"""

from __future__ import annotations

from collections.abc import Iterator

import cv2
import numpy as np

from ocr.detect.prepare import Work

_MIN_AREA_FRAC = 0.0003  # of the working image area (about 16 x 16 px at 1000 x 800)
_MAX_AREA_FRAC = 0.45


def _components(
    mask: np.ndarray, grow: int, min_area: float, max_area: float
) -> Iterator[np.ndarray]:
    """External outlines of the connected components of ``mask`` within an area range."""
    h, w = mask.shape
    pad = grow + 1
    # Labelling costs by the pixel: only the part of the mask holding anything (and the
    # margin the outlines are grown into) is labelled.
    bx, by, bw, bh = cv2.boundingRect(mask)
    if bw == 0 or bh == 0:
        return
    ox, oy = max(0, bx - pad), max(0, by - pad)
    part = mask[oy : min(h, by + bh + pad), ox : min(w, bx + bw + pad)]
    n, labels, stats = _labelled(part)
    kernel = (
        cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * grow + 1, 2 * grow + 1)) if grow else None
    )
    st = stats[1:].astype(np.int64)
    box = st[:, 2] * st[:, 3]
    area_ok = (st[:, 4] >= min_area * 0.5) & (box <= max_area * 2.2)
    solid = st[:, 4] >= 0.3 * box  # else thin or ragged: not a note
    rows = stats.tolist()
    for i in (np.flatnonzero(area_ok & solid) + 1).tolist():
        x, y, cw, ch, _ = rows[i]
        x, y = x + ox, y + oy
        x0, y0 = max(0, x - pad), max(0, y - pad)
        x1, y1 = min(w, x + cw + pad), min(h, y + ch + pad)
        sub = (labels[y0 - oy : y1 - oy, x0 - ox : x1 - ox] == i).view(np.uint8)
        if kernel is not None:
            sub = cv2.dilate(sub, kernel)
        contours, _ = cv2.findContours(sub, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
        if not contours:
            continue
        c = max(contours, key=cv2.contourArea)
        if cv2.contourArea(c) < min_area:
            continue
        yield c.reshape(-1, 2) + np.array([x0, y0])


def _labelled(mask: np.ndarray) -> tuple[int, np.ndarray, np.ndarray]:
    """``cv2.connectedComponentsWithStats(mask, connectivity=4)`` without its centroids.

    The same labels and statistics (row 0, the background, left zero), about three
    times faster: OpenCV's statistics pass visits every pixel, these are gathered
    from the runs of equal labels along the rows.
    """
    n, found = cv2.connectedComponents(mask, connectivity=4)
    labels = np.asarray(found, np.int32)
    h, w = labels.shape
    change = np.empty((h, w), np.bool_)
    change[:, 0] = True  # every row starts a run
    np.not_equal(labels[:, 1:], labels[:, :-1], out=change[:, 1:])
    starts = np.flatnonzero(change)
    ends = np.empty_like(starts)
    ends[:-1] = starts[1:]
    ends[-1] = h * w
    run = labels.ravel()[starts]
    fg = run > 0
    starts, ends, run = starts[fg], ends[fg], run[fg]
    ys = starts // w
    x0 = starts - ys * w
    stats = np.zeros((n, 5), np.int64)
    if len(run):
        top = np.iinfo(np.int64).max
        x_lo = np.full(n, top)
        np.minimum.at(x_lo, run, x0)
        x_hi = np.full(n, -1)
        np.maximum.at(x_hi, run, x0 + (ends - starts) - 1)
        y_lo = np.full(n, top)
        np.minimum.at(y_lo, run, ys)
        y_hi = np.full(n, -1)
        np.maximum.at(y_hi, run, ys)
        stats[1:, 0] = x_lo[1:]
        stats[1:, 1] = y_lo[1:]
        stats[1:, 2] = x_hi[1:] - x_lo[1:] + 1
        stats[1:, 3] = y_hi[1:] - y_lo[1:] + 1
        stats[1:, 4] = np.bincount(run, weights=ends - starts, minlength=n)[1:]
    return n, labels, stats


def edge_regions(work: Work) -> Iterator[np.ndarray]:
    """Regions enclosed by edges, at two edge thicknesses (closing gaps of 2 and 4 px)."""
    h, w = work.shape
    min_a, max_a = _MIN_AREA_FRAC * h * w, _MAX_AREA_FRAC * h * w
    for r in (1, 2):
        k = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * r + 1, 2 * r + 1))
        free = (cv2.dilate(work.edges, k) == 0).astype(np.uint8)
        yield from _components(free, r, min_a, max_a)


def _kmeans_labels(lab: np.ndarray, k: int) -> np.ndarray:
    """Deterministic k-means labels of the pixels, clustering on a subsample."""
    flat = (lab * _KMEANS_WEIGHTS).reshape(-1, 3)  # lightness counts less than hue
    sample = flat[:: max(1, flat.shape[0] // 20000)]
    cv2.setRNGSeed(12345)
    criteria = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 20, 0.5)
    best = np.zeros((sample.shape[0], 1), np.int32)
    _, _, centers = cv2.kmeans(sample, k, best, criteria, 1, cv2.KMEANS_PP_CENTERS)
    centers = np.asarray(centers, np.float32)
    # Squared distances via |c|^2 - 2 x.c (the |x|^2 term does not change the argmin), in place.
    d = flat @ centers.T
    d *= -2.0
    d += (centers**2).sum(axis=1)
    return d.argmin(axis=1).reshape(lab.shape[:2]).astype(np.int32)


_KMEANS_WEIGHTS = np.array([0.45, 1.0, 1.0], np.float32)


def color_clusters(work: Work, k: int = 8) -> Iterator[np.ndarray]:
    """Connected parts of each k-means colour cluster, split along edges."""
    h, w = work.shape
    min_a, max_a = _MIN_AREA_FRAC * h * w, _MAX_AREA_FRAC * h * w
    labels = _kmeans_labels(work.lab, k)
    keep = (work.edges == 0).astype(np.uint8)
    k3 = np.ones((3, 3), np.uint8)
    for c in range(k):
        mask = (labels == c).astype(np.uint8)
        mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, k3)
        if cv2.countNonZero(mask) < min_a:
            continue
        yield from _components(mask, 0, min_a, max_a)
        split = cv2.morphologyEx(cv2.bitwise_and(mask, keep), cv2.MORPH_OPEN, k3)
        yield from _components(split, 1, min_a, max_a)


def background_distance(work: Work) -> Iterator[np.ndarray]:
    """Pixels whose colour differs from a smooth board estimate, at two thresholds."""
    h, w = work.shape
    min_a, max_a = _MIN_AREA_FRAC * h * w, _MAX_AREA_FRAC * h * w
    lab = work.lab
    small_side = 64
    s = small_side / max(h, w)
    tiny = cv2.resize(
        lab, (max(4, round(w * s)), max(4, round(h * s))), interpolation=cv2.INTER_AREA
    )
    bg = np.empty_like(tiny)
    ksize = min(31, (min(tiny.shape[:2]) - 1) | 1)
    for ch in range(3):
        lo, hi = float(tiny[..., ch].min()), float(tiny[..., ch].max())
        u8 = np.clip((tiny[..., ch] - lo) * (255.0 / max(hi - lo, 1e-6)), 0, 255).astype(np.uint8)
        med = cv2.medianBlur(u8, max(3, ksize))
        bg[..., ch] = med.astype(np.float32) / 255.0 * (hi - lo) + lo
    bg_full = cv2.resize(bg, (w, h), interpolation=cv2.INTER_LINEAR)
    diff = lab - bg_full
    dist = np.sqrt(0.3 * diff[..., 0] ** 2 + diff[..., 1] ** 2 + diff[..., 2] ** 2)
    keep = (work.edges == 0).astype(np.uint8)
    k3 = np.ones((3, 3), np.uint8)
    for t in (8.0, 16.0):
        mask = (dist > t).astype(np.uint8)
        mask = cv2.morphologyEx(mask, cv2.MORPH_OPEN, k3)
        yield from _components(mask, 0, min_a, max_a)
        yield from _components(cv2.bitwise_and(mask, keep), 1, min_a, max_a)


def all_candidates(work: Work) -> list[np.ndarray]:
    """Outlines from every source (duplicates included; scoring sorts them out)."""
    out: list[np.ndarray] = []
    seen: set[tuple[int, ...]] = set()
    for source in (edge_regions, color_clusters, background_distance):
        for c in source(work):
            x, y, w, h = cv2.boundingRect(c.astype(np.int32).reshape(-1, 1, 2))
            key = (x // 2, y // 2, w // 2, h // 2, int(cv2.contourArea(c.astype(np.float32))) // 20)
            if key in seen:
                continue
            seen.add(key)
            out.append(c)
    return out
