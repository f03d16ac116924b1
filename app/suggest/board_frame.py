"""Board coordinates: the photo's perspective undone, the board's axes upright.

The edges of rectangular notes and the lines drawn on a board are parallel on the
board, so in the photo they meet in two vanishing points, one for the board's
vertical and one for its horizontal direction. Sending both to infinity (an affine
rectification) and turning them upright gives coordinates in which columns are
vertical and rows horizontal, up to a scale. When the evidence is weak or points to
an implausibly strong perspective, only the rotation and shear are undone.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ocr.board_lines import BoardLine

Point = tuple[float, float]

#: The line at infinity may not come closer to the photo's centre than this many
#: half-diagonals (a stronger perspective is not a board photographed from the front).
MIN_HORIZON = 2.5


def _homogeneous_line(p: np.ndarray, q: np.ndarray) -> np.ndarray | None:
    line = np.cross(np.append(p, 1.0), np.append(q, 1.0))
    norm = float(np.hypot(line[0], line[1]))
    return None if norm < 1e-9 else line / norm


def _vanishing_point(lines: list[np.ndarray], weights: list[float]) -> np.ndarray | None:
    """The point all lines pass closest to (homogeneous; may lie at infinity)."""
    if len(lines) < 2:
        return None
    matrix = np.array(lines) * np.sqrt(np.array(weights))[:, None]
    _, _, vt = np.linalg.svd(matrix)
    point = vt[-1]
    return point / np.linalg.norm(point)


def _edges(
    polygons: Sequence[Sequence[Point]],
    lines: Sequence[BoardLine],
    centre: np.ndarray,
    scale: float,
) -> tuple[list[np.ndarray], list[float], list[np.ndarray], list[float]]:
    """Upright and lying edges as normalised homogeneous lines, with weights."""
    up: list[np.ndarray] = []
    up_w: list[float] = []
    lying: list[np.ndarray] = []
    lying_w: list[float] = []

    def add(p: np.ndarray, q: np.ndarray, weight: float) -> None:
        a, b = (p - centre) / scale, (q - centre) / scale
        d = b - a
        line = _homogeneous_line(a, b)
        if line is None:
            return
        length = float(np.hypot(*d))
        if abs(d[1]) > 2 * abs(d[0]):
            up.append(line)
            up_w.append(length * weight)
        elif abs(d[0]) > 2 * abs(d[1]):
            lying.append(line)
            lying_w.append(length * weight)

    for polygon in polygons:
        pts = np.asarray(polygon, dtype=float)
        if len(pts) != 4:
            continue
        for i in range(4):
            add(pts[i], pts[(i + 1) % 4], 1.0)
    for line in lines:
        # a drawn line is long and straight: worth many note edges
        add(np.array([line.x0, line.y0]), np.array([line.x1, line.y1]), 8.0)
    return up, up_w, lying, lying_w


def board_transform(
    polygons: Sequence[Sequence[Point]],
    lines: Sequence[BoardLine] = (),
    size: tuple[float, float] | None = None,
) -> np.ndarray:
    """A 3x3 matrix from photo pixels to board coordinates (about the same scale)."""
    pts = [p for poly in polygons for p in poly]
    if size is not None:
        centre = np.array([size[0] / 2, size[1] / 2])
        scale = max(float(np.hypot(*size)) / 2, 1.0)
    elif pts:
        arr = np.asarray(pts, dtype=float)
        lo, hi = arr.min(axis=0), arr.max(axis=0)
        centre, scale = (lo + hi) / 2, max(float(np.hypot(*(hi - lo))) / 2, 1.0)
    else:
        return np.eye(3)
    up, up_w, lying, lying_w = _edges(polygons, lines, centre, scale)
    v_up = _vanishing_point(up, up_w)
    v_lying = _vanishing_point(lying, lying_w)
    if v_up is None or v_lying is None:
        return np.eye(3)
    projective = np.eye(3)
    horizon = np.cross(v_up, v_lying)
    if abs(horizon[2]) > 1e-12:
        horizon = horizon / horizon[2]
        if float(np.hypot(horizon[0], horizon[1])) < 1 / MIN_HORIZON:
            projective[2] = horizon
    # directions of both vanishing points after the projective step
    d_up = (projective @ v_up)[:2]
    d_lying = (projective @ v_lying)[:2]
    if np.linalg.norm(d_up) < 1e-12 or np.linalg.norm(d_lying) < 1e-12:
        return np.eye(3)
    d_up = d_up / np.linalg.norm(d_up) * (1 if d_up[1] >= 0 else -1)
    d_lying = d_lying / np.linalg.norm(d_lying) * (1 if d_lying[0] >= 0 else -1)
    basis = np.column_stack([d_lying, d_up])
    if abs(np.linalg.det(basis)) < 0.5:  # the two directions nearly coincide: no board
        return np.eye(3)
    affine = np.eye(3)
    affine[:2, :2] = np.linalg.inv(basis)
    normalise = np.array(
        [[1 / scale, 0, -centre[0] / scale], [0, 1 / scale, -centre[1] / scale], [0, 0, 1]]
    )
    back = np.array([[scale, 0, centre[0]], [0, scale, centre[1]], [0, 0, 1]])
    return back @ affine @ projective @ normalise


def to_board(matrix: np.ndarray, points: Sequence[Point] | np.ndarray) -> np.ndarray:
    """Photo points (n x 2) in board coordinates."""
    arr = np.asarray(points, dtype=float).reshape(-1, 2)
    homogeneous = np.column_stack([arr, np.ones(len(arr))]) @ matrix.T
    w = homogeneous[:, 2:3]
    return homogeneous[:, :2] / np.where(np.abs(w) < 1e-12, 1e-12, w)
