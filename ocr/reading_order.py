"""The order in which the lines found on a note are read: rows top to bottom, each left to right.

The text detector's own order (rapidocr: by the top edge, boxes whose tops lie
within 10 px taken as one row, left to right) puts a small word written a
little higher at the right of a line before it ("WORD ?" read "? WORD",
"NOISE D" read "D NOISE"), and a short line above a longer one after it when
their tops are close ("BIGGER / BUSINESS" read "BUSINESS BIGGER").

Here two boxes share a row when they overlap vertically by at least half the
height of the lower one and hardly horizontally (words side by side); rows are
read top to bottom by their middle, the boxes of a row left to right.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

#: Boxes side by side share a row if they overlap vertically by this share of the shorter's height,
_ROW_OVERLAP = 0.5
#: and horizontally by at most this share of the narrower's width.
_SIDE_BY_SIDE = 0.3


def reading_order(boxes: Sequence[np.ndarray | Sequence[tuple[float, float]]]) -> list[int]:
    """Indices of ``boxes`` (corner points each) in reading order."""
    bounds = []
    for box in boxes:
        pts = np.asarray(box, dtype=float).reshape(-1, 2)
        bounds.append((pts[:, 0].min(), pts[:, 0].max(), pts[:, 1].min(), pts[:, 1].max()))
    n = len(bounds)
    row = list(range(n))

    def root(i: int) -> int:
        while row[i] != i:
            row[i] = row[row[i]]
            i = row[i]
        return i

    for i in range(n):
        for j in range(i + 1, n):
            (ax0, ax1, ay0, ay1), (bx0, bx1, by0, by1) = bounds[i], bounds[j]
            vertical = min(ay1, by1) - max(ay0, by0)
            horizontal = min(ax1, bx1) - max(ax0, bx0)
            shorter = max(min(ay1 - ay0, by1 - by0), 1.0)
            narrower = max(min(ax1 - ax0, bx1 - bx0), 1.0)
            if vertical >= _ROW_OVERLAP * shorter and horizontal <= _SIDE_BY_SIDE * narrower:
                row[root(i)] = root(j)
    rows: dict[int, list[int]] = {}
    for i in range(n):
        rows.setdefault(root(i), []).append(i)
    middle = {
        r: float(np.mean([(bounds[i][2] + bounds[i][3]) / 2 for i in m])) for r, m in rows.items()
    }
    ordered = sorted(rows, key=lambda r: middle[r])
    return [i for r in ordered for i in sorted(rows[r], key=lambda i: bounds[i][0])]
