"""Graphic recordings: putting a rough poster outline exactly onto the paper's edges.

Pure numpy/OpenCV, used through :mod:`ocr.recording`.
"""

from __future__ import annotations

import math

import cv2
import numpy as np


def intersect(a: np.ndarray, b: np.ndarray) -> np.ndarray | None:
    """Intersection of two lines given as (vx, vy, x0, y0)."""
    (vx1, vy1, x1, y1), (vx2, vy2, x2, y2) = a, b
    det = vx1 * (-vy2) - vy1 * (-vx2)
    if abs(det) < 1e-9:
        return None
    t = ((x2 - x1) * (-vy2) - (y2 - y1) * (-vx2)) / det
    return np.array([x1 + t * vx1, y1 + t * vy1])


def _ransac_line(points: np.ndarray, tolerance: float) -> tuple[np.ndarray | None, int]:
    """A line (vx, vy, x0, y0) through most of ``points``, refitted on its inliers."""
    rng = np.random.default_rng(0)
    best: np.ndarray | None = None
    count = 0
    for _ in range(120):
        i, j = rng.choice(len(points), 2, replace=False)
        direction = points[j] - points[i]
        norm = float(np.linalg.norm(direction))
        if norm < 1e-6:
            continue
        normal = np.array([-direction[1], direction[0]]) / norm
        inliers = np.abs((points - points[i]) @ normal) < tolerance
        if int(inliers.sum()) > count:
            best, count = inliers, int(inliers.sum())
    if best is None or count < max(10, 0.4 * len(points)):
        return None, 0
    fitted = cv2.fitLine(points[best].astype(np.float32), cv2.DIST_HUBER, 0, 0.01, 0.01)
    return np.asarray(fitted, dtype=np.float64).ravel(), count


def _edge_points(
    grey: np.ndarray,
    p: np.ndarray,
    q: np.ndarray,
    inward: np.ndarray,
    reach: float,
    min_step: float = 3.0,
) -> np.ndarray:
    """Sub-pixel positions of the strongest dark-to-bright step across the side p-q."""
    h, w = grey.shape
    offsets = np.arange(-reach, reach + 0.5, 0.5)
    points = []
    for t in np.linspace(0.06, 0.94, 70):
        base = p + t * (q - p)
        samples = base[None, :] + offsets[:, None] * inward[None, :]
        if samples.min() < 0 or samples[:, 0].max() > w - 1 or samples[:, 1].max() > h - 1:
            continue
        profile = cv2.remap(
            grey,
            samples[:, 0:1].astype(np.float32).reshape(1, -1),
            samples[:, 1:2].astype(np.float32).reshape(1, -1),
            cv2.INTER_LINEAR,
        ).ravel()
        step = np.diff(profile)  # brighter inside: a rise along the inward normal
        k = int(np.argmax(step))
        if step[k] < min_step:
            continue
        shift = 0.0
        if 0 < k < len(step) - 1:
            denom = step[k - 1] - 2 * step[k] + step[k + 1]
            shift = 0.5 * (step[k - 1] - step[k + 1]) / denom if abs(denom) > 1e-6 else 0.0
        points.append(base + (offsets[k] + 0.25 + 0.5 * shift) * inward)
    return np.array(points, dtype=np.float64).reshape(-1, 2)


def _paperness(rgb: np.ndarray, quad: np.ndarray) -> np.ndarray:
    """How close each pixel's colour (Lab a, b) is to the paper's, scaled like grey levels."""
    lab = cv2.GaussianBlur(cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2LAB), (0, 0), 1.2)
    lab = lab.astype(np.float32)
    centre = quad.mean(axis=0)
    inner = (centre + 0.8 * (quad - centre)).astype(np.int32)
    mask = np.zeros(lab.shape[:2], np.uint8)
    cv2.fillConvexPoly(mask, inner, 1)
    paper = np.median(lab[mask > 0][:, 1:], axis=0)
    return -3.0 * np.linalg.norm(lab[..., 1:] - paper, axis=2)


def refine_corners(rgb: np.ndarray, quad: np.ndarray) -> np.ndarray:
    """Move each side onto the paper's edge at full resolution (sub-pixel).

    A wide search with a RANSAC line first (the rough quad may be off at one end),
    then a narrow one around that line. The edge is a rise in lightness into the
    paper or, where there is none (cream paper on a white wall), in its colour.
    """
    grey = cv2.GaussianBlur(
        cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2GRAY), (0, 0), 1.2
    ).astype(np.float32)
    colour: np.ndarray | None = None
    diagonal = math.hypot(*(quad[2] - quad[0]))
    tolerance = max(1.5, 0.002 * diagonal)
    current = quad
    for reach in (max(6.0, 0.025 * diagonal), max(3.0, 0.005 * diagonal)):
        centre = current.mean(axis=0)
        lines = []
        for i in range(4):
            p, q = current[i], current[(i + 1) % 4]
            side = q - p
            inward = np.array([-side[1], side[0]]) / (np.linalg.norm(side) + 1e-9)
            if inward @ (centre - p) < 0:
                inward = -inward
            points = _edge_points(grey, p, q, inward, reach)
            line, support = _ransac_line(points, tolerance) if len(points) >= 15 else (None, 0)
            if support < 45:  # of 70 samples: try the paper's colour too
                if colour is None:
                    colour = _paperness(rgb, current)
                points = _edge_points(colour, p, q, inward, reach, min_step=1.0)
                other, more = _ransac_line(points, tolerance) if len(points) >= 15 else (None, 0)
                if more > support:
                    line = other
            if line is None:
                return current
            lines.append(line)
        corners = [intersect(lines[i - 1], lines[i]) for i in range(4)]
        if any(c is None for c in corners):
            return current
        refined = np.array(corners)
        if float(np.max(np.linalg.norm(refined - current, axis=1))) > 4 * reach:
            return current
        current = refined
    return current
