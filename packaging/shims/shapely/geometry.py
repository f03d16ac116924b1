"""``Polygon`` with ``area`` and ``length``, computed as GEOS computes them.

GEOS (``Area::ofRingSigned``, ``Length::ofLine``) works on the closed ring in doubles:
the area as the sum of ``(x[i] - x[0]) * (y[i-1] - y[i+1])`` over the inner points,
halved; the length as the sum of the segments' lengths. Same operations in the same
order give the same doubles.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence


class Polygon:
    """A simple polygon (no holes) given by its shell's points."""

    def __init__(self, shell: Iterable[Sequence[float]]) -> None:
        points = [(float(p[0]), float(p[1])) for p in shell]
        if points and points[0] != points[-1]:
            points.append(points[0])  # GEOS closes the ring
        if points and len(points) < 4:
            raise ValueError("A linearring requires at least 4 coordinates.")
        self._ring = points

    @property
    def area(self) -> float:
        ring = self._ring
        if len(ring) < 3:
            return 0.0
        x0 = ring[0][0]
        total = 0.0
        for i in range(1, len(ring) - 1):
            x = ring[i][0] - x0
            total += x * (ring[i - 1][1] - ring[i + 1][1])
        return abs(total / 2.0)

    @property
    def length(self) -> float:
        ring = self._ring
        total = 0.0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
            dx, dy = x1 - x0, y1 - y0
            total += math.sqrt(dx * dx + dy * dy)
        return total

    @property
    def is_empty(self) -> bool:
        return not self._ring
