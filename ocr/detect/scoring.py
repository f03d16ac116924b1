"""Turning candidate outlines into scored note hypotheses (:mod:`.selection` chooses among them)."""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field

import cv2
import numpy as np

from ocr.detect.prepare import Work
from ocr.detect.stats import column_median
from ocr.geometry import (
    ellipse_polygon,
    fit_quad,
)

MIN_SCORE = 0.45


@dataclass
class Candidate:
    """A possible note in working-copy pixels."""

    polygon: np.ndarray  # 4 x 2 (or n x 2 for ovals), clockwise from top-left
    quad: np.ndarray  # 4 x 2 bounding quadrilateral
    shape: str
    area: float
    score: float
    lab: tuple[float, float, float]
    features: dict[str, float]
    side_edge: np.ndarray  # per polygon side: fraction of points on a strong gradient
    hull: np.ndarray = field(init=False, repr=False)  # convex hull of ``quad`` (float32)
    hull_area: float = field(init=False, repr=False)
    # ``hull`` shrunk by a hair: OpenCV misses intersections along coinciding edges
    # (two fits of a note cut by the frame share its border), so one side of each
    # overlap test uses this.
    core: np.ndarray = field(init=False, repr=False)
    box: tuple[float, float, float, float] = field(init=False, repr=False)  # x0, y0, x1, y1

    def __post_init__(self) -> None:
        self.hull = cv2.convexHull(np.asarray(self.quad, np.float32).reshape(-1, 1, 2))
        self.hull_area = float(cv2.contourArea(self.hull))
        mid = self.hull.mean(axis=0)
        self.core = (mid + (self.hull - mid) * (1.0 - 1e-4)).astype(np.float32)
        q = np.asarray(self.quad, np.float64).reshape(-1, 2)
        self.box = (
            float(q[:, 0].min()),
            float(q[:, 1].min()),
            float(q[:, 0].max()),
            float(q[:, 1].max()),
        )


def overlap(a: Candidate, b: Candidate) -> float:
    """Area shared by the quads of two candidates (``polygon_intersection``, cached hulls)."""
    if a.box[0] >= b.box[2] or b.box[0] >= a.box[2] or a.box[1] >= b.box[3] or b.box[1] >= a.box[3]:
        return 0.0
    inter, _ = cv2.intersectConvexConvex(a.hull, b.core)
    return float(max(inter, 0.0))


def overlap_iou(a: Candidate, b: Candidate) -> float:
    """IoU of the quads of two candidates (as ``polygon_iou``)."""
    inter = overlap(a, b)
    if inter <= 0:
        return 0.0
    union = a.hull_area + b.hull_area - inter
    return inter / union if union > 0 else 0.0


def _ring_and_inner(
    work: Work, poly: np.ndarray, band: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray, tuple[int, int]]:
    """Masks (local window): inside shrunk by ``band``, a ring around it, the ring's outer disc.

    The ring further out is ``_far(outer, band)``, needed only at times.
    """
    h, w = work.shape
    pad = 3 * band + 2
    xs, ys = poly[:, 0], poly[:, 1]
    x0 = max(0, math.floor(float(xs.min())) - pad)
    y0 = max(0, math.floor(float(ys.min())) - pad)
    x1 = min(w, math.ceil(float(xs.max())) + pad + 1)
    y1 = min(h, math.ceil(float(ys.max())) + pad + 1)
    local = np.zeros((y1 - y0, x1 - x0), np.uint8)
    cv2.fillPoly(local, [np.round(poly - (x0, y0)).astype(np.int32)], 1)
    k = disc(band)
    inner = cv2.erode(local, k)
    outer = cv2.dilate(local, k)
    ring = cv2.subtract(outer, cv2.dilate(local, _SQUARE3))  # band >= 2: the 3 x 3 growth is inside
    return inner, ring, outer, (x0, y0)


def _far(outer: np.ndarray, band: int) -> np.ndarray:
    """The ring of width ``band`` around ``outer`` (of :func:`_ring_and_inner`)."""
    return cv2.subtract(cv2.dilate(outer, disc(band)), outer)


_SQUARE3 = np.ones((3, 3), np.uint8)


@functools.cache
def disc(radius: int) -> np.ndarray:
    """Elliptic structuring element of the given radius."""
    return cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * radius + 1, 2 * radius + 1))


def _edge_support(work: Work, poly: np.ndarray) -> tuple[float, np.ndarray]:
    """Fraction of outline points on a strong gradient (within 2 px): overall and per side."""
    h, w = work.shape
    poly = np.asarray(poly, np.float64)
    n = len(poly)
    step = np.concatenate((poly[1:], poly[:1])) - poly  # to the next corner (np.roll, cheaper)
    k = np.maximum(2, (np.hypot(step[:, 0], step[:, 1]) / 3).astype(int))
    sides = np.repeat(np.arange(n), k)
    starts = np.repeat(np.cumsum(k) - k, k)
    t = (np.arange(int(k.sum())) - starts + 0.5) / np.repeat(k, k)
    p = poly[sides] + step[sides] * t[:, None]
    at = np.clip(np.round(p).astype(int), 0, (w - 1, h - 1))  # nearest pixel, in the image
    inside = ((p >= 1) & (p <= (w - 2, h - 2))).all(axis=1)
    strong = (work.grad_max[at[:, 1], at[:, 0]] > 2.5) | ~inside
    per_side = np.bincount(sides, weights=strong, minlength=n) / k
    return float(strong.mean()), per_side


def seams_inside(piece: Candidate, parent: Candidate) -> bool:
    """Whether the sides of ``piece`` running through the inside of ``parent`` are real seams.

    Touching notes meet along a continuous line; a blob cut apart along pen
    strokes has a "side" that is only partly on an edge.
    """
    if len(piece.polygon) != 4:
        return False
    outline = parent.polygon.astype(np.float32).reshape(-1, 1, 2)
    for i in range(4):
        a, b = piece.polygon[i], piece.polygon[(i + 1) % 4]
        mid = (a + b) / 2.0
        depth = cv2.pointPolygonTest(outline, (float(mid[0]), float(mid[1])), True)
        if depth > 4.0 and piece.side_edge[i] < 0.6:
            return False
    return True


def lab_dist(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    return float(np.sqrt(0.3 * (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2))


def _dist_to(lab: np.ndarray, ref: np.ndarray) -> np.ndarray:
    """Colour distance with lightness down-weighted (shading matters less than hue)."""
    d = lab - ref
    return np.sqrt((d * d) @ _LAB_WEIGHTS)


_LAB_WEIGHTS = np.array([0.3, 1.0, 1.0])


def _reject(why: list[str] | None, where: int) -> Candidate | None:
    """Record why a candidate was rejected (for debugging) and return None."""
    if why is not None:
        why.append(str(where))
    return None


def raster_iou(contour: np.ndarray, poly: np.ndarray) -> float:
    """IoU of a blob outline (filled) and a polygon, rasterised in a local window."""
    allp = np.concatenate([contour.reshape(-1, 2), poly.reshape(-1, 2)])
    x0, y0 = np.floor(allp.min(axis=0)).astype(int) - 1
    x1, y1 = np.ceil(allp.max(axis=0)).astype(int) + 2
    a = np.zeros((y1 - y0, x1 - x0), np.uint8)
    b = np.zeros_like(a)
    cv2.fillPoly(a, [np.round(contour.reshape(-1, 2) - [x0, y0]).astype(np.int32)], 1)
    cv2.fillPoly(b, [np.round(poly.reshape(-1, 2) - [x0, y0]).astype(np.int32)], 1)
    inter = cv2.countNonZero(cv2.bitwise_and(a, b))
    union = cv2.countNonZero(cv2.bitwise_or(a, b))
    return inter / union if union else 0.0


@dataclass
class _Outline:
    """The fitted quadrilateral of one blob outline and its shape measures."""

    quad: np.ndarray
    area: float  # of ``quad``
    sides: np.ndarray
    aspect: float
    on_frame: np.ndarray  # per corner: lies on the image border
    cut: bool  # a side lies on the image border
    angle_dev: float  # largest deviation from a right angle at a corner off the border


@dataclass
class _Looks:
    """Colour and edge measures of a polygon's inside and surroundings."""

    lab: np.ndarray  # median Lab colour inside
    uniform: float
    contrast: float
    edge: float
    side_edge: np.ndarray
    light_text: float


#: Looks that take nothing off the score: with them it bounds what the shape allows.
_PERFECT = _Looks(np.zeros(3), 1.0, 1.0, 1.0, np.ones(4), 0.0)


def evaluate(
    work: Work,
    contour: np.ndarray,
    why: list[str] | None = None,
    seen: LooksCache | None = None,
    floor: float = 0.0,
) -> Candidate | None:
    """Fit a polygon to one outline and score how note-like it is (None if hopeless).

    With ``seen``, a polygon (nearly) scored before shares that one's looks.
    An outline whose shape alone keeps its score below ``floor`` (whatever its
    colour and edges) is rejected before its looks are measured.
    """
    h, w = work.shape
    img_area = float(h * w)
    points = contour.astype(np.float32)
    blob_area = float(cv2.contourArea(points))
    if blob_area < 100:
        return _reject(why, 6)
    x, y, bw, bh = cv2.boundingRect(contour.astype(np.int32).reshape(-1, 1, 2))
    if blob_area < 0.45 * bw * bh and max(bw, bh) < 0.9 * min(bw, bh) * 4.5:
        # A rotated square fills at least half its upright box.
        return _reject(why, 10)
    hull = cv2.convexHull(points.reshape(-1, 1, 2))
    solidity = blob_area / max(float(cv2.contourArea(hull)), 1.0)
    if solidity < 0.75:  # ragged: hopeless whatever quad fits it
        return _reject(why, 43)
    outline = _outline(contour, w, h, img_area, hull)
    if isinstance(outline, int):
        return _reject(why, outline)
    shape, poly, fill = _best_shape(contour, outline)
    if fill < 0.72:
        return _reject(why, 43)
    if floor > 0 and _note_score(outline, _PERFECT, fill, shape) < floor:
        if seen:
            seen.defer(poly, outline.sides)  # as if looked at: a later near copy shares them
        return _reject(why, 46)
    looks = seen.looks(work, poly, outline.sides) if seen else _looks(work, poly, outline.sides)
    if looks is None:
        return _reject(why, 49)
    score = _note_score(outline, looks, fill, shape)
    lab_t = (float(looks.lab[0]), float(looks.lab[1]), float(looks.lab[2]))
    feats = {
        "fill": fill,
        "solidity": solidity,
        "uniform": looks.uniform,
        "contrast": looks.contrast,
        "edge": looks.edge,
        "aspect": outline.aspect,
        "angle_dev": outline.angle_dev,
        "light_text": looks.light_text,
        "size": outline.area / img_area,
        "frame": float(outline.on_frame.any()),
    }
    return Candidate(poly, outline.quad, shape, outline.area, score, lab_t, feats, looks.side_edge)


def _outline(
    contour: np.ndarray, w: int, h: int, img_area: float, hull: np.ndarray | None = None
) -> _Outline | int:
    """The quadrilateral fitted to ``contour``, or why its size, aspect or angles rule it out.

    (Measured with plain arithmetic on the four corners: numpy costs more than it
    saves on four points, and this runs for every outline.)
    """
    quad = fit_quad(contour, hull)
    q = quad.tolist()
    nxt = q[1:] + q[:1]
    qarea = 0.5 * abs(sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(q, nxt, strict=True)))
    if qarea <= 0 or qarea > 0.5 * img_area:
        return 14
    sides = [math.hypot(x1 - x0, y1 - y0) for (x0, y0), (x1, y1) in zip(q, nxt, strict=True)]
    if min(sides) < 8:
        return 17
    aspect = max(sides[0] + sides[2], sides[1] + sides[3]) / max(
        1e-6, min(sides[0] + sides[2], sides[1] + sides[3])
    )
    tol = 3.0
    on_frame = [x <= tol or x >= w - 1 - tol or y <= tol or y >= h - 1 - tol for x, y in q]
    on_side = [on_frame[i] and on_frame[(i + 1) % 4] for i in range(4)]  # side i on the border
    cut = any(on_side)
    cut_long = any(on_side[i] and sides[i] >= 0.6 * max(sides) for i in range(4))
    if aspect > (12.0 if cut_long else 4.5):
        return 22
    dev = [abs(a - 90.0) for a in _corner_angles(q)]
    free = [d for d, f in zip(dev, on_frame, strict=True) if not f]
    angle_dev = max(free) if free else 0.0
    if angle_dev > 40 or (not cut and max(dev) > 70):
        return 29
    return _Outline(quad, qarea, np.array(sides), aspect, np.array(on_frame), cut, angle_dev)


def _corner_angles(q: list[list[float]]) -> list[float]:
    """Interior angles in degrees of a polygon given as a list of points (as ``quad_angles``)."""
    n = len(q)
    out = []
    for i in range(n):
        (px, py), (x, y), (nx, ny) = q[i - 1], q[i], q[(i + 1) % n]
        ax, ay, bx, by = px - x, py - y, nx - x, ny - y
        cos = (ax * bx + ay * by) / (math.hypot(ax, ay) * math.hypot(bx, by) + 1e-9)
        out.append(math.degrees(math.acos(min(1.0, max(-1.0, cos)))))
    return out


def _best_shape(contour: np.ndarray, outline: _Outline) -> tuple[str, np.ndarray, float]:
    """Shape name, polygon and fill (IoU with the blob): the quad, or an ellipse fitting better."""
    fill = raster_iou(contour, outline.quad)
    shape = "square" if outline.aspect < 1.25 else "rect"
    poly = outline.quad
    if fill < 0.9 and not outline.on_frame.any():
        ell = ellipse_polygon(contour, n=24)
        if ell is not None:
            ell_iou = raster_iou(contour, ell)
            if ell_iou > 0.92 and ell_iou > fill + 0.05:
                shape, poly, fill = "oval", ell, ell_iou
    return shape, poly, fill


def sample_pixels(work: Work, x0: int, y0: int, mask: np.ndarray, count: int) -> np.ndarray:
    """Lab values (N x 3) under ``mask`` (placed at ``x0, y0``) on a regular grid.

    About ``count`` of them at most. Taken plane by plane from ``work.lab_planes``
    (cheaper than masking the interleaved image) and put side by side.
    """
    n = cv2.countNonZero(mask)
    step = max(1, round(float(np.sqrt(n / count)))) if n else 1
    h, w = mask.shape
    if step > 1:
        mask = mask[::step, ::step]
    inside = mask > 0
    return np.stack(
        [p[y0 : y0 + h : step, x0 : x0 + w : step][inside] for p in work.lab_planes], axis=1
    )


def _looks(work: Work, poly: np.ndarray, sides: np.ndarray) -> _Looks | None:
    """Colour uniformity inside ``poly``, contrast and edges at its border; None if too small."""
    band = int(max(2, min(8, 0.06 * sides.min())))
    inner, ring, outer, (x0, y0) = _ring_and_inner(work, poly, band)
    if cv2.countNonZero(inner) < 30:
        return None
    lab_in = sample_pixels(work, x0, y0, inner, 3000)  # a subsample is plenty for statistics
    med = column_median(lab_in)
    uniform = float((_dist_to(lab_in, med) < 10).mean())
    ring_lab = sample_pixels(work, x0, y0, ring, 1500)
    contrast = float((_dist_to(ring_lab, med) > 8).mean()) if len(ring_lab) else 1.0
    if contrast < 1.0:  # blurred borders: look further out too (it can only raise it)
        far_lab = sample_pixels(work, x0, y0, _far(outer, band), 1500)
        if len(far_lab):
            contrast = max(contrast, float((_dist_to(far_lab, med) > 8).mean()))
    edge, side_edge = _edge_support(work, poly)
    # White-text-on-colour (door signs, posters): many pixels much lighter than the note.
    light_text = float((lab_in[:, 0] > med[0] + 20).mean())
    return _Looks(med, uniform, contrast, edge, side_edge, light_text)


class LooksCache:
    """The looks of the quads scored so far, for the many outlines found several times.

    The candidate sources outline most notes more than once; fitted quads whose
    corners lie within :attr:`TOL` px of each other look the same. A quad can be
    entered before its looks are measured (:meth:`defer`): they are measured when
    a near copy first asks for them, so the answers do not depend on it.
    """

    TOL = 1.0

    def __init__(self) -> None:
        self._quads = np.empty((0, 8), np.float64)
        self._looks: list[_Looks | None | tuple[np.ndarray, np.ndarray]] = []

    def __bool__(self) -> bool:  # an empty cache is still a cache
        return True

    def _find(self, key: np.ndarray) -> int | None:
        if self._looks:
            gap = np.abs(self._quads - key).max(axis=1)
            i = int(gap.argmin())
            if gap[i] <= self.TOL:
                return i
        return None

    def looks(self, work: Work, poly: np.ndarray, sides: np.ndarray) -> _Looks | None:
        """:func:`_looks` of ``poly``, or of a quad within ``TOL`` px of it entered before."""
        if len(poly) != 4:
            return _looks(work, poly, sides)
        key = np.asarray(poly, np.float64).reshape(1, 8)
        i = self._find(key)
        if i is not None:
            found = self._looks[i]
            if isinstance(found, tuple):  # deferred: measure the quad entered
                found = self._looks[i] = _looks(work, *found)
            return found
        found = _looks(work, poly, sides)
        self._quads = np.vstack([self._quads, key])
        self._looks.append(found)
        return found

    def defer(self, poly: np.ndarray, sides: np.ndarray) -> None:
        """Enter ``poly`` (unless a near copy is in) without measuring its looks yet."""
        if len(poly) != 4:
            return
        key = np.asarray(poly, np.float64).reshape(1, 8)
        if self._find(key) is None:
            self._quads = np.vstack([self._quads, key])
            self._looks.append((poly, sides))


def _unit(v: float) -> float:
    """``v`` clipped to 0..1."""
    return 0.0 if v < 0.0 else 1.0 if v > 1.0 else v


def _note_score(outline: _Outline, looks: _Looks, fill: float, shape: str) -> float:
    """How note-like (0-1): clean shape, clear border, uniform colour, no poster text."""
    border = 0.55 * looks.edge + 0.45 * looks.contrast
    s_shape = _unit((fill - 0.72) / 0.2)
    s_border = _unit((border - 0.35) / 0.5)
    s_uni = _unit((looks.uniform - 0.55) / 0.35)
    f_angle = _unit(1 - (outline.angle_dev - 22) / 25)
    aspect = outline.aspect
    f_aspect = 1.0 if aspect < 2.2 or outline.cut else _unit(1 - (aspect - 2.2) / 2.5)
    f_text = _unit(1 - (looks.light_text - 0.03) / 0.1)
    base = (s_shape * s_border * s_uni) ** (1.0 / 3.0)
    score = float(base * f_angle * (0.6 + 0.4 * f_aspect) * f_text)
    if shape == "oval":
        score *= 0.9
    return score
