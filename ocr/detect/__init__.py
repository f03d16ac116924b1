"""Finding notes on a board photo.

:func:`detect_notes` works on a downscaled copy (long side about 1000 px),
combines several candidate sources (:mod:`.candidates`), scores each fitted
polygon (:mod:`.scoring`) and maps the survivors back to full resolution for
colour naming (:mod:`.color`), crops (:mod:`.crop`) and vote counting
(:mod:`.votes`).
"""

from __future__ import annotations

import numpy as np

from ocr import notes as looks
from ocr.detect.candidates import all_candidates
from ocr.detect.color import classify_color
from ocr.detect.context import coverage, good_board, prune
from ocr.detect.crop import crop_polygon
from ocr.detect.prepare import Work, make_work
from ocr.detect.scoring import (
    MIN_SCORE,
    Candidate,
    LooksCache,
    clashes,
    evaluate,
    overlap,
    overlap_iou,
    select,
)
from ocr.detect.seams import seam_pieces
from ocr.detect.slivers import keep_cut, typical_side
from ocr.detect.votes import count_votes
from ocr.geometry import order_corners
from ocr.types import DetectedNote

__all__ = ["classify_color", "crop_polygon", "detect_notes", "count_votes"]


def detect_notes(rgb: np.ndarray, *, with_crops: bool = True) -> list[DetectedNote]:
    """Find the notes on a photo (RGB uint8, H x W x 3).

    Returns notes in reading order (top to bottom, then left to right) with
    polygons in pixels of ``rgb``. Votes are counted on the crops, so they are
    0 when ``with_crops`` is False.
    """
    if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.shape[0] < 8 or rgb.shape[1] < 8:
        return []
    if rgb.dtype != np.uint8:
        rgb = np.clip(rgb, 0, 255).astype(np.uint8)
    work = make_work(rgb)
    seen = LooksCache()
    cands = [
        c
        for c in (evaluate(work, o, seen=seen, floor=MIN_SCORE) for o in all_candidates(work))
        if c is not None
    ]
    first = select(cands, work=work)
    extra = _split_touching(work, cands, first, seen)
    chosen = _select_and_prune(work, cands, cands + extra, None if extra else first)
    side = typical_side(chosen)
    chosen = [c for c in chosen if not c.features["frame"] or keep_cut(work, c, side)]
    white = looks.white_of_copy(work.rgb)  # as white_point(rgb), without a second downscale
    notes = [_to_note(rgb, work.scale, c, with_crops, white) for c in chosen]
    notes.sort(key=_reading_key)
    return notes


def _select_and_prune(
    work: Work,
    cands: list[Candidate],
    pool: list[Candidate],
    picked: list[Candidate] | None = None,
) -> list[Candidate]:
    """Choose notes, prune them by context, then give what the pruned ones suppressed a chance.

    A candidate that wins suppression but is then pruned (a letter's counter
    inside a header card, a badly fitted quad that looks like board) would
    otherwise take the note it overlaps down with it. Only another fit of the
    same object, or a blob holding the pruned one as a small part, may replace it
    (not one cut by the frame: those are mostly board edges).
    """
    if picked is None:  # else ``select(pool)``, known already
        picked = select(pool, work=work)
    board = good_board(work, cands)
    chosen = prune(work, picked, cands, board=board)
    cover = coverage(work, chosen)  # kept up to date as notes are added back
    kept = {id(c) for c in chosen}
    gone = [c for c in picked if id(c) not in kept]
    taken = {id(c) for c in picked}
    able = [c for c in pool if c.score >= MIN_SCORE and not c.features["frame"]]
    boxes = np.array([c.box for c in able], np.float64).reshape(-1, 4)
    for b in gone:
        near = (  # only these can overlap ``b``
            (boxes[:, 0] < b.box[2])
            & (b.box[0] < boxes[:, 2])
            & (boxes[:, 1] < b.box[3])
            & (b.box[1] < boxes[:, 3])
        )
        alts = [
            c
            for c in (able[i] for i in np.flatnonzero(near))
            if id(c) not in taken and _replaces(c, b)
            if not any(clashes(c, o) for o in chosen)
        ]
        for a in sorted(alts, key=lambda c: -c.score):
            with_a = coverage(work, [a], cover)
            trial = prune(work, [*chosen, a], cands, only=a, board=board, cover=with_a)
            if any(c is a for c in trial):
                chosen.append(a)
                cover = with_a
                taken.add(id(a))
                break
    return chosen


def _replaces(c: Candidate, pruned: Candidate) -> bool:
    """Whether ``c`` is another fit of ``pruned`` or a note holding it as a small part."""
    if overlap_iou(c, pruned) >= 0.5:
        return True
    inter = overlap(c, pruned)
    return inter > 0.85 * pruned.area and pruned.area < 0.15 * c.area


def _split_touching(
    work: Work, cands: list[Candidate], first: list[Candidate], seen: LooksCache | None = None
) -> list[Candidate]:
    """Candidates for single notes cut out of blobs that look like several touching notes."""
    good = [c.area for c in first if c.score >= 0.8] or [c.area for c in first]
    if not good:
        return []
    areas = np.sort(np.array(good))
    cum = np.cumsum(areas)
    ref = float(areas[int(np.searchsorted(cum, cum[-1] / 2.0))])
    done: list[Candidate] = []
    extra: list[Candidate] = []
    todo = [(c, 0) for c in sorted(cands, key=lambda c: -c.score)]
    while todo:
        c, depth = todo.pop(0)
        if c.score < 0.5 or c.shape == "oval":
            continue
        if c.features["aspect"] < 1.6 and c.area < 1.7 * ref and c.features["fill"] > 0.9:
            continue
        if any(overlap_iou(c, d) > 0.85 for d in done):
            continue
        done.append(c)
        for piece in seam_pieces(work, c.quad):
            e = evaluate(work, piece, seen=seen, floor=MIN_SCORE)
            if e is not None:
                extra.append(e)
                if depth == 0:  # a piece may hold several notes itself (grids)
                    todo.append((e, 1))
    return extra


def _reading_key(n: DetectedNote) -> tuple[float, float]:
    xs = [p[0] for p in n.polygon]
    ys = [p[1] for p in n.polygon]
    return (round(min(ys) / 50.0), min(xs))


def _to_note(
    rgb: np.ndarray,
    scale: float,
    c: Candidate,
    with_crops: bool,
    white: tuple[float, float, float],
) -> DetectedNote:
    h, w = rgb.shape[:2]
    poly = c.polygon / scale
    poly[:, 0] = np.clip(poly[:, 0], 0, w - 1)
    poly[:, 1] = np.clip(poly[:, 1], 0, h - 1)
    if len(poly) == 4:
        poly = order_corners(poly)
    look = looks.describe_note(rgb, poly, white=white, with_crop=with_crops, old_shape=c.shape)
    return DetectedNote(
        polygon=[(float(x), float(y)) for x, y in poly],
        color=look.color,
        rgb=look.rgb,
        shape=look.shape,
        confidence=float(np.clip(c.score, 0.0, 1.0)),
        votes=look.votes,
        crop=look.crop,
        cut=bool(c.features["frame"]),
    )
