"""Where frames and cards go: a grid of cards inside each frame, frames in a flow.

Pure geometry, computed from counts only, so it is cheap to run again after a drop.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF

from ui.canvas.items import CARD_H, CARD_W, title_height

GAP = 12.0
PAD = 14.0
FRAME_GAP = 40.0
#: Frames flow left to right and wrap so that the whole is about this wide for its height.
ASPECT = 1.6


@dataclass
class FrameLayout:
    rect: QRectF
    cards: list[QPointF] = field(default_factory=list)


def columns(count: int, unsorted: bool) -> int:
    """Cards per row: about square frames, wider for the unsorted notes."""
    ratio = CARD_H / CARD_W
    if unsorted:
        return max(3 if count else 2, math.ceil(math.sqrt(count * ratio * 2.5)))
    return max(2, math.ceil(math.sqrt(count * ratio * 1.3)))


def frame_size(count: int, unsorted: bool) -> tuple[float, float, int]:
    cols = columns(count, unsorted)
    rows = max(1, math.ceil(count / cols))
    width = 2 * PAD + cols * CARD_W + (cols - 1) * GAP
    height = title_height(width) + 2 * PAD + rows * CARD_H + (rows - 1) * GAP
    return width, height, cols


def layout(counts: list[tuple[bool, int]]) -> list[FrameLayout]:
    """Frames for ``(unsorted, card count)`` in order, flowing left to right."""
    sizes = [frame_size(count, unsorted) for unsorted, count in counts]
    area = sum((w + FRAME_GAP) * (h + FRAME_GAP) for w, h, _ in sizes)
    row_width = max([math.sqrt(area * ASPECT), *(w for w, _, _ in sizes)])
    result = []
    x = y = 0.0
    row_height = 0.0
    for (_, count), (width, height, cols) in zip(counts, sizes, strict=True):
        if x > 0 and x + width > row_width * 1.15:
            x, y = 0.0, y + row_height + FRAME_GAP
            row_height = 0.0
        rect = QRectF(x, y, width, height)
        top = y + title_height(width) + PAD
        cards = [
            QPointF(
                x + PAD + (k % cols) * (CARD_W + GAP),
                top + (k // cols) * (CARD_H + GAP),
            )
            for k in range(count)
        ]
        result.append(FrameLayout(rect, cards))
        x += width + FRAME_GAP
        row_height = max(row_height, height)
    return result
