"""The long straight lines drawn on a board: the grid of a kanban or scrum board.

:func:`find_board_lines` finds dark, thin, nearly vertical or horizontal lines that run
across a large part of the photo, ignoring what lies under the notes (their writing
is dark and thin too). Lines are returned in photo pixels as segments from end to
end, so that grouping can separate the columns or rows they bound.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

#: A line must cover at least this share of the photo's height (vertical) or width.
MIN_SPAN = 0.4
#: Share of its length (outside notes) along which a line's stroke must be seen.
MIN_SUPPORT = 0.6
#: A line is only looked for where the board is open on both sides of it: this far
#: from every note, in median note sides (a note's edge and drop shadow lie closer).
CLEARANCE = 0.1
#: Share of the photo's height (vertical) or width along which a line must run on
#: open board: a stroke seen only beside notes is their edges or shadows.
MIN_OPEN = 0.15
#: Largest tilt from the vertical or horizontal, in degrees.
MAX_TILT = 12.0
#: Photos are searched at this long side at most.
WORK_SIZE = 1400


@dataclass(frozen=True)
class BoardLine:
    """A straight line on the board, from ``(x0, y0)`` to ``(x1, y1)`` in photo pixels."""

    x0: float
    y0: float
    x1: float
    y1: float
    vertical: bool

    def position(self, at: float) -> float:
        """Where the line crosses ``y = at`` (vertical) or ``x = at`` (horizontal)."""
        if self.vertical:
            if abs(self.y1 - self.y0) < 1e-6:
                return self.x0
            t = (at - self.y0) / (self.y1 - self.y0)
            return self.x0 + t * (self.x1 - self.x0)
        if abs(self.x1 - self.x0) < 1e-6:
            return self.y0
        t = (at - self.x0) / (self.x1 - self.x0)
        return self.y0 + t * (self.y1 - self.y0)


def _line_mask(gray: np.ndarray, notes: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Thin dark strokes on a lighter surround with the notes blanked out, and the notes.

    The second array marks where a line is not looked for: the notes, and the band
    around them (:data:`CLEARANCE`) where their edges and drop shadows make strokes
    of their own.
    """
    size = max(gray.shape)
    k = max(9, int(size / 60) | 1)
    blackhat = cv2.morphologyEx(
        gray, cv2.MORPH_BLACKHAT, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))
    )
    level = max(14.0, min(22.0, 1.5 * float(np.percentile(blackhat, 90))))
    mask = (blackhat >= level).astype(np.uint8) * 255
    filled = np.zeros_like(mask)
    if notes:
        cv2.fillPoly(filled, [np.round(p).astype(np.int32) for p in notes], 255)
    cover = np.asarray(cv2.dilate(filled, np.ones((5, 5), np.uint8)), dtype=np.uint8)
    mask[cover > 0] = 0
    if notes:
        side = float(np.median([np.sqrt(max(cv2.contourArea(p.astype(np.float32)), 1.0))
                                for p in notes]))  # fmt: skip
        reach = max(2, int(round(CLEARANCE * side)))
        band = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (2 * reach + 1, 2 * reach + 1))
        cover = np.asarray(cv2.dilate(filled, band), dtype=np.uint8)
    return mask, cover


def support(
    mask: np.ndarray, cover: np.ndarray, line: tuple[float, float, float, float], vertical: bool
) -> tuple[float, int]:
    """The share of a line's open length along which its stroke is seen, and that length.

    The open length (in pixels) is the part of the line on open board, clear of notes.
    A drawn line is seen almost all along; a chance alignment of a wall's texture or
    of shadows only here and there; the edges and shadows of notes nowhere on open board.
    """
    x0, y0, x1, y1 = line
    steps = int(max(abs(x1 - x0), abs(y1 - y0))) + 1
    xs = np.linspace(x0, x1, steps)
    ys = np.linspace(y0, y1, steps)
    h, w = mask.shape
    on = seen = 0
    for x, y in zip(np.round(xs).astype(int), np.round(ys).astype(int), strict=True):
        if not (0 <= x < w and 0 <= y < h) or cover[y, x]:
            continue
        seen += 1
        if vertical:
            on += bool(mask[y, max(0, x - 2) : x + 3].any())
        else:
            on += bool(mask[max(0, y - 2) : y + 3, x].any())
    return (on / seen if seen else 0.0), seen


def _directional(mask: np.ndarray, vertical: bool) -> np.ndarray:
    """Keep only strokes long in one direction."""
    length = max(15, int((mask.shape[0] if vertical else mask.shape[1]) / 25))
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (1, length) if vertical else (length, 1))
    return cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel)


def _fit_lines(mask: np.ndarray, vertical: bool) -> list[tuple[float, float, float, float]]:
    """Segments found by a probabilistic Hough transform, joined into whole lines."""
    h, w = mask.shape
    extent = h if vertical else w
    segments = cv2.HoughLinesP(
        mask, 1, np.pi / 360, threshold=max(20, extent // 20),
        minLineLength=extent // 12, maxLineGap=extent // 15,
    )  # fmt: skip
    if segments is None:
        return []
    tan_max = np.tan(np.radians(MAX_TILT))
    found: list[list[tuple[float, float, float, float]]] = []
    tolerance = max(6.0, 0.012 * (w if vertical else h))
    mid = extent / 2
    for x0, y0, x1, y1 in segments.reshape(-1, 4).astype(float):
        along, across = (y1 - y0, x1 - x0) if vertical else (x1 - x0, y1 - y0)
        if abs(along) < 1 or abs(across / along) > tan_max:
            continue
        seg = (x0, y0, x1, y1) if (y0 <= y1 if vertical else x0 <= x1) else (x1, y1, x0, y0)
        here = _at(seg, mid, vertical)
        slope = across / along
        for group in found:
            ref = group[0]
            ref_slope = _slope(ref, vertical)
            if abs(_at(ref, mid, vertical) - here) < tolerance and abs(ref_slope - slope) < 0.05:
                group.append(seg)
                break
        else:
            found.append([seg])
    lines = []
    for group in found:
        pts = np.array([p for s in group for p in ((s[0], s[1]), (s[2], s[3]))])
        coord_along = pts[:, 1] if vertical else pts[:, 0]
        covered = _covered(
            [(min(s[1], s[3]), max(s[1], s[3])) if vertical else (s[0], s[2]) for s in group]
        )
        if covered < MIN_SPAN * extent:
            continue
        across = pts[:, 0] if vertical else pts[:, 1]
        slope, offset = np.polyfit(coord_along, across, 1)
        lo, hi = float(coord_along.min()), float(coord_along.max())
        if vertical:
            lines.append((slope * lo + offset, lo, slope * hi + offset, hi))
        else:
            lines.append((lo, slope * lo + offset, hi, slope * hi + offset))
    return lines


def _slope(seg: tuple[float, float, float, float], vertical: bool) -> float:
    x0, y0, x1, y1 = seg
    along, across = (y1 - y0, x1 - x0) if vertical else (x1 - x0, y1 - y0)
    return across / along if abs(along) > 1e-6 else 0.0


def _at(seg: tuple[float, float, float, float], where: float, vertical: bool) -> float:
    x0, y0, x1, y1 = seg
    if vertical:
        return x0 + (where - y0) * _slope(seg, True)
    return y0 + (where - x0) * _slope(seg, False)


def _covered(intervals: list[tuple[float, float]]) -> float:
    total, end = 0.0, -np.inf
    for lo, hi in sorted(intervals):
        if hi <= end:
            continue
        total += hi - max(lo, end)
        end = hi
    return total


def _shifted(
    line: tuple[float, float, float, float], by: float, vertical: bool
) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = line
    return (x0 + by, y0, x1 + by, y1) if vertical else (x0, y0 + by, x1, y1 + by)


def _stands_out(
    mask: np.ndarray, cover: np.ndarray, line: tuple[float, float, float, float], vertical: bool
) -> bool:
    """Seen along most of a long stretch of open board, on a clean surround.

    Not only beside notes (their edges, their shadows), not a rough wall's texture.
    """
    along, seen = support(mask, cover, line, vertical)
    if along < MIN_SUPPORT or seen < MIN_OPEN * mask.shape[0 if vertical else 1]:
        return False
    beside = max(support(mask, cover, _shifted(line, d, vertical), vertical)[0] for d in (-7, 7))
    return along - beside >= MIN_SUPPORT / 2


def find_board_lines(
    rgb: np.ndarray, notes: Sequence[Sequence[tuple[float, float]]] = ()
) -> list[BoardLine]:
    """Long straight lines drawn on the board, vertical and horizontal, in photo pixels.

    ``notes`` are the outlines of the notes on the photo; what lies under them is
    not searched. A photo without such lines gives an empty list.
    """
    if rgb.ndim != 3 or min(rgb.shape[:2]) < 32:
        return []
    scale = min(1.0, WORK_SIZE / max(rgb.shape[:2]))
    small = (
        cv2.resize(rgb, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
        if scale < 1
        else rgb
    )
    gray = cv2.cvtColor(small, cv2.COLOR_RGB2GRAY)
    polygons = [np.asarray(p, dtype=float) * scale for p in notes if len(p) >= 3]
    mask, cover = _line_mask(gray, polygons)
    result = []
    for vertical in (True, False):
        for line in _fit_lines(_directional(mask, vertical), vertical):
            if not _stands_out(mask, cover, line, vertical):
                continue
            x0, y0, x1, y1 = line
            result.append(BoardLine(x0 / scale, y0 / scale, x1 / scale, y1 / scale, vertical))
    return result
