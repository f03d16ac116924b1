"""Titles written above the columns of a board, read from the photo.

A kanban or scrum board's columns are often titled on the board itself, with a
marker, or on cards the note detector does not find (grey cards on a whiteboard).
:func:`title_reader` gives the layout suggestion (:class:`app.suggest.layout.PhotoContext`)
a function that reads the title in a band of the photo above a column.

The band is straightened and cut into overlapping pieces four times as wide as
high, so that the line detector sees writing at about the size it sees on a note
(a wide band brought down to its 192 px would shrink the letters to a few pixels).
Of the lines read, those running to a piece's side are left to the piece that
holds them whole (or, at the band's ends, are wider than the column); the title is
the tallest writing left (a column's title is written larger than the tags and
notes around it), read with some confidence.
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np

from ocr.engines import OcrEngine, PpOcrEngine
from ocr.errors import OcrError
from ocr.types import TextBox

#: Height of the straightened band, pixels.
BAND_HEIGHT = 64
#: Width of the pieces the band is read in, band heights (the line detector brings
#: a piece of 256 x 64 pixels down to 192 x 48).
PIECE = 4
#: Least confidence of a line taken as a title.
MIN_CONFIDENCE = 0.6
#: Lines this much less tall than the tallest are not the title.
TALLEST_SHARE = 0.75
#: A line's box this close to a piece's cut side (share of the band's height) is cut
#: (the detector's box of a cut word may stop short of the side).
SIDE_MARGIN = 0.08
#: A band smaller than this in the photo (pixels) holds no readable title.
MIN_PIXELS = 12


def straightened(rgb: np.ndarray, quad: np.ndarray) -> np.ndarray | None:
    """The quadrilateral as a band :data:`BAND_HEIGHT` pixels high.

    ``quad``: four corners in photo pixels, clockwise from top left. ``None`` if it
    is too small or off the photo.
    """
    h, w = rgb.shape[:2]
    q = np.asarray(quad, dtype=np.float32).reshape(4, 2)
    q[:, 0] = np.clip(q[:, 0], 0, w - 1)
    q[:, 1] = np.clip(q[:, 1], 0, h - 1)
    width = float(max(np.linalg.norm(q[1] - q[0]), np.linalg.norm(q[2] - q[3])))
    height = float(max(np.linalg.norm(q[3] - q[0]), np.linalg.norm(q[2] - q[1])))
    if width < MIN_PIXELS or height < MIN_PIXELS:
        return None
    out_w = max(BAND_HEIGHT, round(width * BAND_HEIGHT / height))
    target = np.array(
        [[0, 0], [out_w - 1, 0], [out_w - 1, BAND_HEIGHT - 1], [0, BAND_HEIGHT - 1]],
        dtype=np.float32,
    )
    matrix = cv2.getPerspectiveTransform(q, target)
    return cv2.warpPerspective(rgb, matrix, (out_w, BAND_HEIGHT), flags=cv2.INTER_AREA)


def pieces(band: np.ndarray) -> list[tuple[int, np.ndarray]]:
    """Overlapping pieces of the band, with their left offsets (pixels).

    Each is :data:`PIECE` band heights wide and starts one band height after the
    previous one (the last one flush with the band's right end), so that a word up
    to ``PIECE - 1`` band heights wide lies whole in one of them.
    """
    h, w = band.shape[:2]
    size = PIECE * h
    if w <= size:
        return [(0, band)]
    starts = list(range(0, w - size, h)) + [w - size]
    return [(x, band[:, x : x + size]) for x in starts]


def _sides(line: TextBox, piece_width: int) -> tuple[bool, bool]:
    """Whether the line runs to its piece's left and right side."""
    xs = [p[0] for p in line.box]
    margin = SIDE_MARGIN * BAND_HEIGHT
    return min(xs) <= margin, max(xs) >= piece_width - 1 - margin


def read_band(band: np.ndarray, engine: OcrEngine) -> str:
    """The title written in a straightened band, ``""`` if none is read with confidence.

    A line away from its piece's sides is read whole. One running to a side is cut
    there: by the band's end (it is wider than the column: not its title), or by the
    piece, when another piece may hold it whole. Where the line detector joins the
    title to writing beside it (a row of small tags), no piece holds it apart; a text
    read alike in two or more pieces, cut by pieces only, counts as whole.
    """
    cut = pieces(band)
    found: list[tuple[float, float, str]] = []
    partial: dict[str, list[tuple[float, float, str]]] = {}
    readings = engine.read_batch([p for _, p in cut])
    for (x, piece), reading in zip(cut, readings, strict=True):
        for line in reading.lines:
            text = " ".join(line.text.split())
            if sum(c.isalpha() for c in text) < 2 or line.confidence < MIN_CONFIDENCE:
                continue
            ys = [p[1] for p in line.box]
            seen = (max(ys) - min(ys), line.confidence, text)
            left, right = _sides(line, piece.shape[1])
            if not (left or right):
                found.append(seen)
            elif not (left and x == 0) and not (right and x + piece.shape[1] >= band.shape[1]):
                partial.setdefault(text.casefold(), []).append(seen)
    found += [max(alike) for alike in partial.values() if len(alike) >= 2]
    if not found:
        return ""
    tallest = max(h for h, _, _ in found)
    tall = [f for f in found if f[0] >= TALLEST_SHARE * tallest]
    return max(tall, key=lambda f: (f[1], len(f[2])))[2]


def title_reader(rgb: np.ndarray, engine: OcrEngine | None = None) -> Callable[[np.ndarray], str]:
    """A function reading the title in a quadrilateral of ``rgb`` (``""`` if none).

    The OCR engine is PP-OCR unless given; if it cannot run, no title is read (the
    columns are then named from their notes, as without this).
    """
    reader = engine or PpOcrEngine()

    def read(quad: np.ndarray) -> str:
        band = straightened(rgb, quad)
        if band is None:
            return ""
        try:
            return read_band(band, reader)
        except OcrError:
            return ""

    return read
