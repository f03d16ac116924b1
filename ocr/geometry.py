"""The one place for polygon geometry: corner order, side lengths, areas, IoU, fitted quads.

Detection, outline editing, recordings and the UI all order corners and measure
quads through these functions, so the same outline always gives the same answer.
Points are ``(x, y)`` in image pixels, y growing downwards.
"""

from __future__ import annotations

import math

import cv2
import numpy as np
import numpy.typing as npt


def order_corners(pts: np.ndarray) -> np.ndarray:
    """Order four points clockwise (in image coordinates) starting at the top-left one.

    The top-left corner is the one with the smallest ``x + y`` among the two
    upper points, which is stable for rotations below 45 degrees.
    """
    p = np.asarray(pts, dtype=np.float64).reshape(-1, 2)
    if 0 < len(p) <= 8:  # a few points: plain arithmetic is much faster than numpy
        pl = p.tolist()
        cx = sum(x for x, _ in pl) / len(pl)
        cy = sum(y for _, y in pl) / len(pl)
        pl.sort(key=lambda v: math.atan2(v[1] - cy, v[0] - cx))
        first = min(range(len(pl)), key=lambda i: pl[i][0] + pl[i][1])
        return np.array(pl[first:] + pl[:first], dtype=np.float64)
    c = p.mean(axis=0)
    ang = np.arctan2(p[:, 1] - c[1], p[:, 0] - c[0])
    p = p[np.argsort(ang)]  # clockwise on screen (y down)
    start = int(np.argmin(p[:, 0] + p[:, 1]))
    return np.roll(p, -start, axis=0)


def bounding_quad(points: npt.ArrayLike) -> np.ndarray:
    """Four corners clockwise from the top left.

    The points themselves when there are four, else their minimum-area rectangle
    (ovals, drawn outlines).
    """
    pts = np.asarray(points, dtype=np.float64).reshape(-1, 2)
    if len(pts) < 3:
        raise ValueError("a polygon needs at least three points")
    if len(pts) != 4:
        pts = cv2.boxPoints(cv2.minAreaRect(pts.astype(np.float32))).astype(np.float64)
    return order_corners(pts)


def enclosing_quad(points: npt.ArrayLike) -> np.ndarray:
    """The minimum-area rectangle around ``points``, corners clockwise from the top left."""
    pts = np.asarray(points, dtype=np.float32).reshape(-1, 2)
    return order_corners(cv2.boxPoints(cv2.minAreaRect(pts)).astype(np.float64))


def quad_size(quad: npt.ArrayLike) -> tuple[float, float]:
    """Mean width and mean height of a quad given clockwise from the top left."""
    q = np.asarray(quad, dtype=np.float64).reshape(4, 2)
    tl, tr, br, bl = q
    width = float(np.linalg.norm(tr - tl) + np.linalg.norm(br - bl)) / 2.0
    height = float(np.linalg.norm(bl - tl) + np.linalg.norm(br - tr)) / 2.0
    return width, height


def polygon_area(poly: np.ndarray) -> float:
    p = np.asarray(poly, dtype=np.float64).reshape(-1, 2)
    x, y = p[:, 0], p[:, 1]
    return float(abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))) / 2.0)


def polygon_iou(a: np.ndarray, b: np.ndarray) -> float:
    """IoU of two polygons (convex hulls are used, which is exact for notes)."""
    pa = cv2.convexHull(np.asarray(a, dtype=np.float32).reshape(-1, 1, 2))
    pb = cv2.convexHull(np.asarray(b, dtype=np.float32).reshape(-1, 1, 2))
    inter, _ = cv2.intersectConvexConvex(pa, pb)
    if inter <= 0:
        return 0.0
    union = cv2.contourArea(pa) + cv2.contourArea(pb) - inter
    return float(inter / union) if union > 0 else 0.0


def polygon_intersection(a: np.ndarray, b: np.ndarray) -> float:
    """Area of the intersection of the convex hulls of two polygons."""
    pa = cv2.convexHull(np.asarray(a, dtype=np.float32).reshape(-1, 1, 2))
    pb = cv2.convexHull(np.asarray(b, dtype=np.float32).reshape(-1, 1, 2))
    inter, _ = cv2.intersectConvexConvex(pa, pb)
    return float(max(inter, 0.0))


def side_lengths(quad: np.ndarray) -> np.ndarray:
    """Length of each side of a polygon given in order (side i runs from point i to i+1)."""
    q = np.asarray(quad, dtype=np.float64).reshape(-1, 2)
    return np.linalg.norm(q - np.roll(q, -1, axis=0), axis=1)


def quad_angles(quad: np.ndarray) -> np.ndarray:
    """Interior angles in degrees of a polygon given in order."""
    q = np.asarray(quad, dtype=np.float64).reshape(-1, 2)
    prev = np.roll(q, 1, axis=0) - q
    nxt = np.roll(q, -1, axis=0) - q
    cos = (prev * nxt).sum(axis=1) / (
        np.linalg.norm(prev, axis=1) * np.linalg.norm(nxt, axis=1) + 1e-9
    )
    return np.degrees(np.arccos(np.clip(cos, -1.0, 1.0)))


def fit_quad(contour: np.ndarray, hull: np.ndarray | None = None) -> np.ndarray:
    """Fit a quadrilateral to a blob outline.

    The convex hull is reduced to four points with ``approxPolyDP``; each side is
    then re-fitted with a line through the hull points near it so corners that are
    rounded or clipped do not pull the polygon inwards. Falls back to the minimum
    area rectangle. ``hull`` is the outline's float32 convex hull when known.
    """
    if hull is None:
        hull = cv2.convexHull(contour.reshape(-1, 1, 2).astype(np.float32))
    peri = cv2.arcLength(hull, True)
    quad: np.ndarray | None = None
    for frac in (0.02, 0.03, 0.045, 0.06, 0.08, 0.1):
        approx = cv2.approxPolyDP(hull, frac * peri, True)
        if len(approx) == 4:
            quad = approx.reshape(4, 2).astype(np.float64)
            break
        if len(approx) < 4:
            break
    if quad is None or not cv2.isContourConvex(quad.astype(np.float32).reshape(-1, 1, 2)):
        return order_corners(cv2.boxPoints(cv2.minAreaRect(hull)).astype(np.float64))
    quad = order_corners(quad)
    refined = _refine_sides(quad, hull.reshape(-1, 2).astype(np.float64))
    if refined is not None:
        quad = refined
    return quad


def _refine_sides(quad: np.ndarray, pts: np.ndarray) -> np.ndarray | None:
    """Least-squares line per side through densely sampled hull points near that side.

    Each line is the principal axis (total least squares) of the points near the
    middle 70 % of a side; a side with fewer than five such points keeps its line.
    The points' distances to all four sides and their per-side moments come from
    two matrix products; the rest is arithmetic on four lines.
    """
    dense = _densify(pts, step=2.0)
    q = quad.tolist()
    lines = []
    along: list[tuple[float, float]] = []
    across: list[tuple[float, float]] = []
    off_along: list[float] = []
    off_across: list[float] = []
    length = []
    for i in range(4):
        (ax, ay), (bx, by) = q[i], q[(i + 1) % 4]
        n = math.hypot(bx - ax, by - ay)
        if n < 4:
            return None
        ux, uy = (bx - ax) / n, (by - ay) / n
        along.append((ux, uy))
        across.append((-uy, ux))
        off_along.append(ux * ax + uy * ay)
        off_across.append(-uy * ax + ux * ay)
        length.append(n)
    axes = np.array(along + across, np.float64)
    offs = np.array(off_along + off_across, np.float64)[:, None]
    proj = axes @ dense.T - offs  # rows 0-3: position along side i; rows 4-7: distance from it
    lim = np.array(length)[:, None]
    near = (
        (proj[:4] > 0.15 * lim)
        & (proj[:4] < 0.85 * lim)
        & (np.abs(proj[4:]) < np.maximum(3.0, 0.04 * lim))
    )
    x, y = dense[:, 0], dense[:, 1]
    mom = near.astype(np.float64) @ np.stack([np.ones_like(x), x, y, x * x, y * y, x * y], axis=1)
    for i, (cnt, sx, sy, sxx, syy, sxy) in enumerate(mom.tolist()):
        ux, uy = along[i]
        if cnt < 5:
            lines.append((q[i][0], q[i][1], ux, uy))
            continue
        mx, my = sx / cnt, sy / cnt
        theta = 0.5 * math.atan2(
            2.0 * (sxy - cnt * mx * my), (sxx - cnt * mx * mx) - (syy - cnt * my * my)
        )
        dx, dy = math.cos(theta), math.sin(theta)
        if dx * ux + dy * uy < 0:
            dx, dy = -dx, -dy
        lines.append((mx, my, dx, dy))
    corners = [_intersect(lines[(i - 1) % 4], lines[i]) for i in range(4)]
    if not all(math.isfinite(a) and math.isfinite(b) for a, b in corners):
        return None
    # Reject refinements that moved a corner far away (bad line fits).
    if max(math.hypot(a - c, b - d) for (a, b), (c, d) in zip(corners, q, strict=True)) > (
        0.25 * min(length)
    ):
        return None
    return np.array(corners, np.float64)


def _intersect(
    l1: tuple[float, float, float, float], l2: tuple[float, float, float, float]
) -> tuple[float, float]:
    """Where two lines (point x, y and direction dx, dy) cross; their midpoint if parallel."""
    x1, y1, dx1, dy1 = l1
    x2, y2, dx2, dy2 = l2
    den = dx1 * dy2 - dy1 * dx2
    if abs(den) < 1e-9:
        return ((x1 + x2) / 2.0, (y1 + y2) / 2.0)
    t = ((x2 - x1) * dy2 - (y2 - y1) * dx2) / den
    return (x1 + t * dx1, y1 + t * dy1)


def _densify(pts: np.ndarray, step: float) -> np.ndarray:
    """Points every ``step`` pixels along the closed outline through ``pts``."""
    if len(pts) == 0:
        return pts
    nxt = np.concatenate((pts[1:], pts[:1]))  # np.roll(pts, -1, axis=0), cheaper
    gap = nxt - pts
    seg = np.hypot(gap[:, 0], gap[:, 1])
    k = np.maximum(1, (seg / step).astype(int))
    idx = np.repeat(np.arange(len(pts)), k)
    starts = np.repeat(np.cumsum(k) - k, k)
    t = (np.arange(int(k.sum())) - starts) / np.repeat(k, k)
    here = pts[idx]
    return here + (nxt[idx] - here) * t[:, None]


def ellipse_polygon(contour: np.ndarray, n: int = 16) -> np.ndarray | None:
    """Fit an ellipse to a blob and return it as ``n`` points clockwise, or None."""
    c = contour.reshape(-1, 2)
    if len(c) < 6:
        return None
    (cx, cy), (w, h), ang = cv2.fitEllipse(c.astype(np.float32))
    if w <= 1 or h <= 1:
        return None
    t = np.linspace(0, 2 * np.pi, n, endpoint=False)
    a = np.radians(ang)
    xs = cx + (w / 2) * np.cos(t) * np.cos(a) - (h / 2) * np.sin(t) * np.sin(a)
    ys = cy + (w / 2) * np.cos(t) * np.sin(a) + (h / 2) * np.sin(t) * np.cos(a)
    pts = np.stack([xs, ys], axis=1)
    # Start at the top-left-most point, clockwise on screen.
    pts = pts[np.argsort(np.arctan2(ys - cy, xs - cx))]
    start = int(np.argmin(pts[:, 0] + pts[:, 1]))
    return np.roll(pts, -start, axis=0)


def map_points(points: npt.ArrayLike, homography: np.ndarray) -> np.ndarray:
    """Points (N x 2) carried through a 3 x 3 homography, as float64 N x 2."""
    pts = np.asarray(points, dtype=np.float64).reshape(-1, 1, 2)
    return np.asarray(cv2.perspectiveTransform(pts, homography), np.float64).reshape(-1, 2)


def fit_similarity(
    src: np.ndarray, dst: np.ndarray, threshold: float, max_iters: int = 2000
) -> tuple[np.ndarray | None, int]:
    """Rotation, uniform scale and shift mapping ``src`` to ``dst`` (RANSAC).

    Returns the 2 x 3 matrix (None if none fits) and the number of inliers within
    ``threshold`` pixels.
    """
    matrix, inliers = cv2.estimateAffinePartial2D(
        np.asarray(src, np.float32),
        np.asarray(dst, np.float32),
        method=cv2.RANSAC,
        ransacReprojThreshold=threshold,
        maxIters=max_iters,
    )
    if matrix is None:
        return None, 0
    return matrix, int(inliers.sum()) if inliers is not None else 0


def affine_points(points: npt.ArrayLike, matrix: np.ndarray) -> np.ndarray:
    """Points (N x 2) carried through a 2 x 3 affine matrix, as float32 N x 2."""
    pts = np.asarray(points, dtype=np.float32).reshape(1, -1, 2)
    return np.asarray(cv2.transform(pts, matrix), np.float32)[0]


def distance_inside(polygon: npt.ArrayLike, point: npt.ArrayLike) -> float:
    """Signed distance of ``point`` to the outline: positive inside, negative outside."""
    contour = np.asarray(polygon, dtype=np.float32).reshape(-1, 1, 2)
    return float(
        cv2.pointPolygonTest(
            contour, tuple(float(v) for v in np.asarray(point, np.float64).reshape(2)), True
        )
    )
