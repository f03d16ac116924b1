"""A small mark inside a line of text: a comma hangs below the baseline, a full stop sits on it.

PP-OCR reads a hand-written decimal comma between digits as a full stop with
high confidence ("6,727m" as "6.727m" at 0.95-0.999): its line images are cut
tight at the digits' baseline, and its training text has more decimal points.
The ink tells them apart: a comma's tail hangs below the line the digits stand
on, a full stop does not; and a comma is a stroke, taller than wide, a full
stop a blob. :func:`measure_mark` measures both in the note's crop, with room
below the line box, so a tail the box cut off counts.

Measured (``MarkShape.below``, ``MarkShape.elongation``): the 11 hand-written
decimal commas of the labelled real photos hang 0.07-0.31 character heights
below the digits and are 1.5-2.2 times taller than wide; full stops rendered
in seven fonts (hand-writing and print, 35 marks) at most 0.02 below, at most
1.4 times taller than wide.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

#: Room around the line box examined: above, below and sideways, in line heights.
_ABOVE, _BELOW, _SIDE = 0.3, 0.8, 0.05
#: A character (not a mark) is at least this tall, in line-box heights.
_CHARACTER = 0.45
#: A mark is at most this tall and this large, against the characters' median height and area.
_MARK_HEIGHT = 0.7
_MARK_AREA = 0.35
#: A comma: at least this far below the baseline (character heights) and this elongated.
COMMA_BELOW, COMMA_ELONGATION = 0.04, 1.5
#: A full stop: at most this far below the baseline and this elongated.
STOP_BELOW, STOP_ELONGATION = 0.03, 1.25


@dataclass(frozen=True)
class MarkShape:
    """A mark's lowest ink below the characters' baseline (character heights), its height/width."""

    below: float
    elongation: float

    @property
    def reads_as(self) -> str | None:
        """A comma or a full stop when the shape says so clearly, else None."""
        if self.below >= COMMA_BELOW and self.elongation >= COMMA_ELONGATION:
            return ","
        if self.below <= STOP_BELOW and self.elongation <= STOP_ELONGATION:
            return "."
        return None


def _straightened(
    crop: np.ndarray, box: np.ndarray
) -> tuple[np.ndarray, float, float, float] | None:
    """The line of ``box`` with room around it: (image, line length, line height, side margin)."""
    b = np.asarray(box, dtype=np.float32).reshape(4, 2)
    along, across = b[1] - b[0], b[3] - b[0]
    length = float(max(np.linalg.norm(b[1] - b[0]), np.linalg.norm(b[2] - b[3])))
    height = float(max(np.linalg.norm(b[3] - b[0]), np.linalg.norm(b[2] - b[1])))
    if length < 4 or height < 4 or height >= 1.5 * length:
        return None  # vertical lines are turned by the recogniser: not measured
    u = along / max(float(np.linalg.norm(along)), 1e-6)
    v = across / max(float(np.linalg.norm(across)), 1e-6)
    side, up, down = _SIDE * height, _ABOVE * height, _BELOW * height
    grown = np.array(
        [
            b[0] - side * u - up * v,
            b[1] + side * u - up * v,
            b[2] + side * u + down * v,
            b[3] - side * u + down * v,
        ],
        dtype=np.float32,
    )
    width_px = int(round(length + 2 * side))
    height_px = int(round(height + up + down))
    target = np.array(
        [[0, 0], [width_px, 0], [width_px, height_px], [0, height_px]], dtype=np.float32
    )
    matrix = cv2.getPerspectiveTransform(grown, target)
    image = cv2.warpPerspective(
        crop, matrix, (width_px, height_px), borderMode=cv2.BORDER_REPLICATE, flags=cv2.INTER_LINEAR
    )
    return image, length, height, side


def measure_mark(crop: np.ndarray, box: np.ndarray, start: float, end: float) -> MarkShape | None:
    """The shape of the mark between ``start`` and ``end`` (shares of the line's length).

    ``box``: the line's four corners in ``crop`` (clockwise from top-left, as
    the text detector gives them). ``below`` is the distance from the baseline
    of the characters beside the mark down to the mark's lowest ink, in
    character heights (about 0 for a full stop, 0.1-0.3 for a comma). None
    when no small mark is found there.
    """
    found = _straightened(crop, box)
    if found is None:
        return None
    image, length, height, side = found
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    gray = cv2.GaussianBlur(gray, (3, 3), 0)
    _, ink = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    count, _labels, stats, centroids = cv2.connectedComponentsWithStats(ink, connectivity=8)
    top_of_line = _ABOVE * height
    chars = []
    marks = []
    x0, x1 = side + start * length, side + end * length
    for k in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[k])
        if h >= _CHARACTER * height and y < top_of_line + height:
            chars.append((x, y, w, h, area))
        elif x0 <= centroids[k][0] <= x1 and y + h > top_of_line:
            marks.append((x, y, w, h, area))
    if len(chars) < 2 or not marks:
        return None
    char_height = float(np.median([c[3] for c in chars]))
    char_area = float(np.median([c[4] for c in chars]))
    # The baseline of the characters nearest the mark on either side.
    centre = (x0 + x1) / 2
    near = sorted(chars, key=lambda c: abs(c[0] + c[2] / 2 - centre))[:2]
    baseline = float(np.mean([c[1] + c[3] for c in near]))
    small = [
        m for m in marks if m[3] <= _MARK_HEIGHT * char_height and m[4] <= _MARK_AREA * char_area
    ]
    if not small:
        return None
    mark = max(small, key=lambda m: m[4])
    return MarkShape(
        (mark[1] + mark[3] - baseline) / max(char_height, 1.0), mark[3] / max(mark[2], 1)
    )
