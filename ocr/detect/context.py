"""Pruning candidates using the whole photo: board colour, typical note size, darkness."""

from __future__ import annotations

import cv2
import numpy as np

from ocr.detect.prepare import Work
from ocr.detect.scoring import Candidate
from ocr.detect.stats import column_median

#: Below this fraction of the typical note area a candidate is a fragment.
_MIN_REL_AREA = 0.15
_MIN_REL_AREA_FRAME = 0.05
#: A pale card on a pale wall is at most this many times the median note's area.
_CARD_AREA = 3.0


def board_color(work: Work, good: list[Candidate]) -> np.ndarray:
    """Median Lab of the pixels not covered by any good candidate: the board or wall."""
    h, w = work.shape
    mask = np.ones((h, w), np.uint8)
    for c in good:
        cv2.fillPoly(mask, [np.round(c.polygon).astype(np.int32)], 0)
    step = max(1, int(np.sqrt(h * w / 40000)))
    sub = work.lab[::step, ::step][mask[::step, ::step] > 0]
    if len(sub) < 100:
        sub = work.lab[::step, ::step].reshape(-1, 3)
    return column_median(sub.reshape(-1, 3))


def good_board(work: Work, cands: list[Candidate]) -> np.ndarray:
    """:func:`board_color` around the candidates scoring at least 0.7."""
    return board_color(work, [c for c in cands if c.score >= 0.7])


def _dist(a: np.ndarray, b: tuple[float, float, float]) -> float:
    return float(np.sqrt(0.3 * (a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 + (a[2] - b[2]) ** 2))


def _local_board(work: Work, c: Candidate, cover: np.ndarray) -> np.ndarray | None:
    """Median Lab around a candidate, ignoring every chosen note (``cover``)."""
    h, w = work.shape
    x0, y0 = c.quad.min(axis=0)
    x1, y1 = c.quad.max(axis=0)
    mx, my = 0.6 * (x1 - x0) + 6, 0.6 * (y1 - y0) + 6
    xa, ya = max(0, int(x0 - mx)), max(0, int(y0 - my))
    xb, yb = min(w, int(x1 + mx) + 1), min(h, int(y1 + my) + 1)
    free = cover[ya:yb, xa:xb] == 0
    if free.sum() < 50:
        return None
    # Plane by plane: masking one contiguous plane is cheaper than the interleaved image.
    return np.array(
        [column_median(p[ya:yb, xa:xb][free][:, None])[0] for p in work.lab_planes], np.float32
    )


def _ring_on_notes(c: Candidate, cover: np.ndarray) -> float:
    """Fraction of a thin ring around ``c`` lying on other chosen notes."""
    h, w = cover.shape
    x0, y0 = np.floor(c.polygon.min(axis=0)).astype(int) - 8
    x1, y1 = np.ceil(c.polygon.max(axis=0)).astype(int) + 9
    xa, ya, xb, yb = max(0, x0), max(0, y0), min(w, x1), min(h, y1)
    own = np.zeros((yb - ya, xb - xa), np.uint8)
    cv2.fillPoly(own, [np.round(c.polygon - [xa, ya]).astype(np.int32)], 1)
    ring = cv2.dilate(own, np.ones((11, 11), np.uint8)) - cv2.dilate(own, np.ones((3, 3), np.uint8))
    n = int(ring.sum())
    if n == 0:
        return 0.0
    return float((cover[ya:yb, xa:xb][ring > 0] > 0).mean())


def _note_like(
    work: Work, c: Candidate, board: np.ndarray, cover: np.ndarray, card_area: float
) -> bool:
    """Whether ``c`` passes the colour tests: not a patch of board, not a dark object.

    A candidate of the board's colour is kept as a pale card on a pale wall when its
    outline is crisp all round and clean, and it is no larger than ``card_area``
    (the cells of a grid drawn on a whiteboard are outlined as crisply).
    """
    local = _local_board(work, c, cover)
    like_board = _dist(board, c.lab) < 9.0 or (local is not None and _dist(local, c.lab) < 9.0)
    card = (
        c.area <= card_area
        and c.features["edge"] >= 0.97
        and c.features["fill"] >= 0.95
        and c.features["angle_dev"] < 8
        and c.features["uniform"] >= 0.8
    )
    if like_board and (
        (c.features["edge"] < 0.95 or c.features["contrast"] < 0.7)
        and not card
        or c.features["size"] > 0.12
        or c.features["frame"] > 0
        or _ring_on_notes(c, cover) > 0.2
    ):
        return False  # a patch of board between notes or the frame
    chroma = float(np.hypot(c.lab[1], c.lab[2]))
    if c.lab[0] < max(18.0, 0.4 * float(board[0])) and chroma < 25.0:
        return False
    # dark grey or black: screens, frames, shadows
    return not (c.lab[0] < 0.6 * float(board[0]) and chroma < 12.0)


def coverage(work: Work, chosen: list[Candidate], base: np.ndarray | None = None) -> np.ndarray:
    """A mask (1 inside) of the polygons of ``chosen``, drawn over a copy of ``base`` if given."""
    cover = np.zeros(work.shape, np.uint8) if base is None else base.copy()
    for c in chosen:
        cv2.fillPoly(cover, [np.round(c.polygon).astype(np.int32)], 1)
    return cover


def prune(
    work: Work,
    chosen: list[Candidate],
    all_good: list[Candidate],
    only: Candidate | None = None,
    board: np.ndarray | None = None,
    cover: np.ndarray | None = None,
) -> list[Candidate]:
    """Drop board patches, dark objects and fragments much smaller than the typical note.

    With ``only``, the colour tests are applied to that candidate alone (the
    others are known to pass them), which is much cheaper. ``board`` is
    :func:`board_color` of the good ones of ``all_good`` (computed when not given),
    ``cover`` is :func:`coverage` of ``chosen`` (likewise).
    """
    if not chosen:
        return chosen
    if board is None:
        board = good_board(work, all_good)
    if cover is None:
        cover = coverage(work, chosen)
    sure = [c.area for c in chosen if c.score >= 0.8 and not c.features["frame"]]
    card_area = _CARD_AREA * float(np.median(sure)) if sure else 0.0
    out = [
        c
        for c in chosen
        if (only is not None and c is not only) or _note_like(work, c, board, cover, card_area)
    ]
    confident = [c.area for c in out if c.score >= 0.8 and not c.features["frame"]]
    if not confident:
        confident = [c.area for c in out if c.score >= 0.8] or [c.area for c in out]
    if not confident:
        return out
    # Area-weighted median: the size of the notes that make up most of the note area.
    areas = np.sort(np.array(confident))
    cum = np.cumsum(areas)
    ref = float(areas[int(np.searchsorted(cum, cum[-1] / 2.0))])
    res = []
    for c in out:
        limit = _MIN_REL_AREA_FRAME if c.features["frame"] else _MIN_REL_AREA
        if c.area < limit * ref and c.score < 0.97:
            continue
        res.append(c)
    return res
