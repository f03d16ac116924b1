"""Finding notes on a board photo.

:func:`detect_notes` works on a downscaled copy (long side about 1000 px),
combines several candidate sources (:mod:`.candidates`), scores each fitted
polygon (:mod:`.scoring`), chooses among them (:mod:`.selection`) and maps the
survivors back to full resolution for colour naming (:mod:`.color`), crops
(:mod:`.crop`) and vote counting (:mod:`.votes`). :func:`find_notes` stops at
the outlines (:class:`Outlines`), so that the crops can be read while the rest
is measured.

Issue 15, decoding and detection (``hold_04`` at 12 MP, 57 notes, 2 cores; the
same notes, colours, votes and crops before and after each change, checked on
the 14 labelled real photos and this one):

* kept: colour JPEGs decoded by OpenCV straight into an array
  (:func:`ocr.loading._jpeg_pixels`): 0.14 -> 0.09 s wall and CPU; end to end
  (``analyse`` with the reader, quiet machine, 17-18 alternated runs each)
  median 2.98 -> 2.94 s;
* kept: the crops cut before the notes are described, the colours, votes and
  white point (0.17 s CPU) measured in a second thread while the crops are read
  (:func:`app.pipeline.detect_photo`): detection until the reading starts
  1.06 -> 0.92 s, but the reading 1.83 -> 1.94 s (the reader's two pipelines
  already keep both cores busy, and the second thread takes Python's lock from
  them), so median 2.89 -> 2.84 s end to end; the thread at a lower OS priority
  (nice + 9): the same 2.84 s;
* together (``bench.ocr --figures``, fastest of 3, load 2.2-2.5 of the bench
  itself): 2.86 -> 2.69 s wall, 4.70 -> 4.48 s CPU; decoding and detection
  1.00 -> 0.78 s wall (1.36 -> 1.00 s CPU), reading 1.87 -> 1.92 s;
* dropped: the colour-cluster and background-distance outlines found in a second
  thread while the edge regions' outlines are scored (the same candidates): those
  sources already keep both cores busy in OpenCV and BLAS (0.18 s CPU in 0.11 s),
  and the lock handed back and forth ate the overlap (quiet machine, median of
  12: 0.446 s against 0.443 s, 0.11 s more CPU); scoring the
  candidates on two threads (``evaluate`` is Python holding the lock: 0.41 s
  against 0.40 s on one); the working copy's two halves (:func:`.prepare.make_work`:
  edges and gradient, text-free Lab) side by side (0.071 s against 0.068 s); the
  crops cut on two threads (0.048 s against 0.053 s);
* not tried: decoding the photo at half or quarter size for the detection (the
  crops from the full photo, decoded beside it): at most 0.07 s, but the working
  copy would differ from the area-averaged full photo, and no labelled photo is
  large enough to show that the detection is no worse on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

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
    evaluate,
    overlap,
    overlap_iou,
)
from ocr.detect.seams import seam_pieces
from ocr.detect.selection import clashes, select
from ocr.detect.slivers import keep_cut, typical_side
from ocr.detect.votes import count_votes
from ocr.geometry import order_corners
from ocr.types import DetectedNote

__all__ = [
    "Outlines",
    "classify_color",
    "crop_polygon",
    "count_votes",
    "detect_notes",
    "find_notes",
]


def detect_notes(rgb: np.ndarray, *, with_crops: bool = True) -> list[DetectedNote]:
    """Find the notes on a photo (RGB uint8, H x W x 3).

    Returns notes in reading order (top to bottom, then left to right) with
    polygons in pixels of ``rgb``. Votes are counted on the crops, so they are
    0 when ``with_crops`` is False.
    """
    found = find_notes(rgb)
    return found.notes(found.crops() if with_crops else None)


@dataclass(frozen=True)
class Outlines:
    """The notes found on a photo, outlined, before their colours, crops and votes.

    Split from :func:`detect_notes` so that the crops can be read while the
    colours and votes are measured (:func:`app.pipeline.analyse`).
    """

    rgb: np.ndarray  # the photo, as given to :func:`find_notes`
    polygons: list[np.ndarray]  # in pixels of ``rgb``, in reading order
    chosen: list[Candidate]  # each polygon's scored candidate (working-copy pixels)
    small: np.ndarray  # the detector's working copy of ``rgb`` (for the white point)

    def crops(self) -> list[np.ndarray]:
        """The notes' upright crops (:func:`ocr.notes.note_crop`), in reading order."""
        return [looks.note_crop(self.rgb, poly) for poly in self.polygons]

    def notes(self, crops: Sequence[np.ndarray] | None = None) -> list[DetectedNote]:
        """The notes, described on their ``crops`` (from :meth:`crops`; None: no crops, 0 votes)."""
        if not self.polygons:
            return []
        white = looks.white_of_copy(self.small)  # as white_point(rgb), without a second downscale
        return [
            _described(self.rgb, poly, c, white, crop=None if crops is None else crops[i])
            for i, (poly, c) in enumerate(zip(self.polygons, self.chosen, strict=True))
        ]


def find_notes(rgb: np.ndarray) -> Outlines:
    """The outlines of the notes on a photo (RGB uint8, H x W x 3); see :func:`detect_notes`."""
    if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.shape[0] < 8 or rgb.shape[1] < 8:
        return Outlines(rgb, [], [], rgb)
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
    polygons = [_full_polygon(rgb, work.scale, c) for c in chosen]
    order = sorted(range(len(chosen)), key=lambda i: _reading_key(polygons[i]))
    return Outlines(rgb, [polygons[i] for i in order], [chosen[i] for i in order], work.rgb)


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


def _reading_key(poly: np.ndarray) -> tuple[float, float]:
    return (round(float(poly[:, 1].min()) / 50.0), float(poly[:, 0].min()))


def _full_polygon(rgb: np.ndarray, scale: float, c: Candidate) -> np.ndarray:
    """``c``'s polygon in pixels of the photo ``rgb``, corners ordered."""
    h, w = rgb.shape[:2]
    poly = c.polygon / scale
    poly[:, 0] = np.clip(poly[:, 0], 0, w - 1)
    poly[:, 1] = np.clip(poly[:, 1], 0, h - 1)
    if len(poly) == 4:
        poly = order_corners(poly)
    return poly


def _to_note(
    rgb: np.ndarray,
    scale: float,
    c: Candidate,
    with_crops: bool,
    white: tuple[float, float, float],
) -> DetectedNote:
    poly = _full_polygon(rgb, scale, c)
    return _described(rgb, poly, c, white, with_crop=with_crops)


def _described(
    rgb: np.ndarray,
    poly: np.ndarray,
    c: Candidate,
    white: tuple[float, float, float],
    *,
    crop: np.ndarray | None = None,
    with_crop: bool = False,
) -> DetectedNote:
    """The note outlined by ``poly`` (photo pixels), found as ``c``; its crop if cut already."""
    look = looks.describe_note(
        rgb, poly, white=white, with_crop=with_crop, old_shape=c.shape, crop=crop
    )
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
