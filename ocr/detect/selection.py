"""Choosing the notes among overlapping scored candidates (:func:`select`).

Boards and merges of touching notes are dropped, fragments and partial fits give
way to the fuller fit of their note, and greedy non-maximum suppression by score
decides the rest. The candidates come from :mod:`.scoring`.
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from ocr.detect.prepare import Work
from ocr.detect.scoring import (
    MIN_SCORE,
    Candidate,
    disc,
    lab_dist,
    overlap,
    overlap_iou,
    sample_pixels,
    seams_inside,
)
from ocr.detect.stats import column_median


def select(
    cands: list[Candidate], min_score: float = MIN_SCORE, work: Work | None = None
) -> list[Candidate]:
    """Choose the notes among overlapping candidates.

    * a blob mostly covered by two or more good, sizeable candidates is a merge of
      touching notes and is dropped in favour of them;
    * a blob containing sizeable candidates of another colour is a board or poster;
    * a small blob inside a larger good one of the same colour is a fragment
      (between letters, under a shadow) and is dropped; so is, given ``work``, a
      partial fit of a note (:func:`_partial_fits`: its curled or creased part cut off);
    * then greedy non-maximum suppression by score.
    """
    pool = sorted((c for c in cands if c.score >= min_score), key=lambda c: -c.score)
    near = _near(pool)
    inside_of = _contained(pool, near)
    dropped = {
        id(c) for c in pool if _is_board(c, inside_of[id(c)]) or _is_merge(c, inside_of[id(c)])
    }
    partial = {} if work is None else _partial_fits(work, pool, near, dropped)
    return _suppress_with_fragments(pool, inside_of, dropped, near, partial)


#: A partial fit covers at least the first share of the fuller fit's area (below:
#: a fragment, or one of two notes), and at most the second (above: as good a fit).
PARTIAL_AREA = (0.4, 0.8)

#: How much lower the fuller fit may score than the partial one: the part cut off
#: (a curled top, a crease's far side) makes it less uniform.
PARTIAL_SLACK = 0.1

#: A fuller fit more elongated than this and than the partial fit may be two
#: notes one above (or beside) the other.
PARTIAL_ASPECT = 1.5

#: Largest colour distance (``lab_dist``) of the part cut off from the partial
#: fit's colour: shaded paper of the same note. The test against the
#: surroundings decides most cases; this cap keeps out a band much darker than
#: the paper. Same paper measured: up to 16 on the labelled photos (real_08's
#: curled top), up to 9 on the synthetic tuning tiers.
PARTIAL_SAME_PAPER = 20.0


def _partial_fits(
    work: Work, pool: list[Candidate], near: dict[int, list[Candidate]], dropped: set[int]
) -> dict[int, list[Candidate]]:
    """Per candidate (by ``id``): the candidates that are partial fits of its note.

    See :func:`_is_partial_fit`. Only four-cornered fuller fits not cut by the
    frame and not ``dropped`` count.
    """
    out: dict[int, list[Candidate]] = {}
    for p in pool:
        if id(p) in dropped or p.features["frame"] or len(p.polygon) != 4:
            continue
        inner = [o for o in near[id(p)] if o.area < p.area and overlap(o, p) > 0.85 * o.area]
        for c in inner:
            if _is_partial_fit(work, c, p, near[id(p)]):
                out.setdefault(id(p), []).append(c)
    # Near copies of a fuller fit share its partial fits: whichever copy survives
    # suppression holds them off.
    shared: dict[int, list[Candidate]] = {}
    for p in pool:
        if id(p) in out:
            for q in near[id(p)]:
                if id(q) not in dropped and overlap_iou(p, q) >= 0.9:
                    shared.setdefault(id(q), []).extend(out[id(p)])
    for key, more in shared.items():
        out.setdefault(key, []).extend(more)
    return out


def _is_partial_fit(work: Work, c: Candidate, p: Candidate, near_p: list[Candidate]) -> bool:
    """Whether ``c``, lying inside the fuller fit ``p``, is a part of ``p``'s note.

    It is when it has ``p``'s colour and ``PARTIAL_AREA`` of its area, ``p``
    scores nearly as well and is not much more elongated (two notes), no other
    good candidate of ``near_p`` covers much of the rest of ``p`` (else ``p``
    reaches into another note), that rest has the colour of ``c``'s paper (else
    ``p`` took in a shadow or the board) and is not cut off by the edge of a note
    lying on another one (:func:`_edge_of_another`). ``c`` may not touch the frame.
    """
    if (
        not PARTIAL_AREA[0] * p.area <= c.area <= PARTIAL_AREA[1] * p.area
        or c.score - p.score > PARTIAL_SLACK
        or c.features["frame"]
        or lab_dist(c.lab, p.lab) > 15
        or p.features["aspect"] > max(c.features["aspect"], PARTIAL_ASPECT)
    ):
        return False
    rest = p.area - c.area
    if any(
        o is not c
        and o.score >= p.score - PARTIAL_SLACK
        and overlap(o, c) < 0.5 * o.area
        and overlap(o, p) - overlap(o, c) >= 0.2 * rest
        for o in near_p
    ):
        return False  # the rest is (part of) another note
    colours = _rest_colour(work, c, p)
    if colours is None or not _rest_looks_like(c, *colours):
        return False  # a shadow or the board
    return not _edge_of_another(c, p, colours[0])


Lab = tuple[float, float, float]


def _rest_colour(work: Work, c: Candidate, p: Candidate) -> tuple[Lab, Lab] | None:
    """Median colours of the part of ``p`` outside ``c`` and of ``p``'s surroundings.

    The surroundings are a band 3-8 px outside ``p``; both outlines are kept
    2 px off (their borders blur). None when either region is too small.
    """
    h, w = work.shape
    pad = 9
    x0, y0 = max(0, math.floor(p.box[0]) - pad), max(0, math.floor(p.box[1]) - pad)
    x1, y1 = min(w, math.ceil(p.box[2]) + pad + 1), min(h, math.ceil(p.box[3]) + pad + 1)
    outer = np.zeros((y1 - y0, x1 - x0), np.uint8)
    inner = np.zeros_like(outer)
    cv2.fillPoly(outer, [np.round(p.quad - (x0, y0)).astype(np.int32)], 1)
    cv2.fillPoly(inner, [np.round(c.quad - (x0, y0)).astype(np.int32)], 1)
    rest = cv2.subtract(cv2.erode(outer, disc(2)), cv2.dilate(inner, disc(2)))
    around = cv2.subtract(cv2.dilate(outer, disc(8)), cv2.dilate(outer, disc(3)))
    if cv2.countNonZero(rest) < 20 or cv2.countNonZero(around) < 20:
        return None
    med = column_median(sample_pixels(work, x0, y0, rest, 1500))
    out = column_median(sample_pixels(work, x0, y0, around, 1500))
    return _as_lab(med), _as_lab(out)


def _as_lab(v: np.ndarray) -> Lab:
    return float(v[0]), float(v[1]), float(v[2])


def _rest_looks_like(c: Candidate, rest: Lab, around: Lab) -> bool:
    """Whether the rest of a fuller fit (colour ``rest``) has the colour of ``c``'s paper.

    It must lie within ``PARTIAL_SAME_PAPER`` of ``c``'s colour and nearer to it
    than to the surroundings (``around``).
    """
    to_note = lab_dist(rest, c.lab)
    return to_note <= PARTIAL_SAME_PAPER and to_note < lab_dist(rest, around)


#: Least step in lightness (L, 0-100) across a sharp line between a partial fit
#: and the rest of the fuller fit for that line to be a fold: a sharp line with
#: paper of the same shade on both sides is the edge of a note lying on another
#: of the same colour. Measured: 1-8 for a note over another one (synthetic,
#: shadow included), 13 for the synthetic fold of ``tests/test_detect.py``.
PARTIAL_FOLD_STEP = 10.0


def _edge_of_another(c: Candidate, p: Candidate, rest: Lab) -> bool:
    """Whether ``c``'s sides inside ``p`` are the edge of a note on a same-coloured one.

    They are when they run along a continuous edge (:func:`seams_inside`) with
    about the same lightness on both sides: a fold or curl shades its far side.
    """
    return seams_inside(c, p) and abs(rest[0] - c.lab[0]) < PARTIAL_FOLD_STEP


def _near(pool: list[Candidate]) -> dict[int, list[Candidate]]:
    """Per candidate (by ``id``): the others whose bounding boxes overlap its own, in pool order.

    Only these can overlap it at all, so pairwise tests look at them alone.
    """
    if not pool:
        return {}
    b = np.array([c.box for c in pool], np.float64)
    hit = (
        (b[:, None, 0] < b[None, :, 2])
        & (b[None, :, 0] < b[:, None, 2])
        & (b[:, None, 1] < b[None, :, 3])
        & (b[None, :, 1] < b[:, None, 3])
    )
    np.fill_diagonal(hit, False)
    return {id(c): [pool[j] for j in np.flatnonzero(hit[i])] for i, c in enumerate(pool)}


def _contained(
    pool: list[Candidate], near: dict[int, list[Candidate]]
) -> dict[int, list[Candidate]]:
    """Per candidate (by ``id``): the smaller candidates lying mostly inside it."""
    inside_of: dict[int, list[Candidate]] = {id(c): [] for c in pool}
    for c in pool:
        for o in near[id(c)]:
            if o.area >= 0.8 * c.area:
                continue
            if overlap(o, c) > 0.85 * o.area:
                inside_of[id(c)].append(o)
    return inside_of


def _is_board(c: Candidate, inner: list[Candidate]) -> bool:
    """``c`` holds sizeable candidates of another colour: a board or poster, not a note."""
    other = [o for o in inner if lab_dist(o.lab, c.lab) > 15 and o.area > 0.015 * c.area]
    chosen: list[Candidate] = []
    for o in other:
        if all(overlap_iou(o, q) < 0.3 for q in chosen):
            chosen.append(o)
    return sum(o.area for o in chosen) > 0.1 * c.area


def _is_merge(c: Candidate, inner: list[Candidate]) -> bool:
    """``c`` is mostly covered by good, sizeable candidates: touching notes merged."""
    big = [
        o
        for o in inner
        if o.area > 0.1 * c.area and o.score >= c.score - 0.25 and o.features["angle_dev"] < 12
        if seams_inside(o, c)
    ]
    chosen: list[Candidate] = []
    for o in sorted(big, key=lambda o: -o.score):
        if all(overlap(o, q) < 0.3 * min(o.area, q.area) for q in chosen):
            chosen.append(o)
    # A square, clean blob is one note unless it splits into a grid of notes
    # (pen strokes can cut a note in two) or into notes cut by the frame.
    square = c.features["aspect"] < 1.35 and c.score >= 0.9
    need = 3 if square and not any(o.features["frame"] for o in chosen) else 2
    whole = [o.area for o in chosen if not o.features["frame"]]
    similar = not whole or max(whole) <= 3.0 * min(whole)
    return len(chosen) >= need and similar and sum(o.area for o in chosen) > 0.75 * c.area


def _suppress_with_fragments(
    pool: list[Candidate],
    inside_of: dict[int, list[Candidate]],
    dropped: set[int],
    near: dict[int, list[Candidate]],
    partial: dict[int, list[Candidate]] | None = None,
) -> list[Candidate]:
    """Non-maximum suppression of the candidates not ``dropped``, without their fragments.

    A fragment (or a partial fit, of ``partial``) is dropped only while the blob
    holding it survives suppression: a blob that loses to an overlapping note
    must not take its fragments along.
    """
    parents = [c for c in pool if id(c) not in dropped]
    out: list[Candidate] = []
    for _ in range(4):
        frag = _fragments(parents, inside_of)
        if partial:
            frag |= {id(o) for c in parents for o in partial.get(id(c), ())}
        out = _suppress([c for c in pool if id(c) not in dropped and id(c) not in frag], near)
        kept = {id(c) for c in out}
        lost = [c for c in parents if id(c) not in kept and id(c) not in frag]
        if not lost:
            break
        parents = [c for c in parents if id(c) in kept or id(c) in frag]
    return out


def _fragments(parents: list[Candidate], inside_of: dict[int, list[Candidate]]) -> set[int]:
    """Ids of small same-colour candidates inside a better one of ``parents``."""
    frag: set[int] = set()
    for c in parents:
        for o in inside_of[id(c)]:
            if o.area < 0.5 * c.area and lab_dist(o.lab, c.lab) <= 15 and c.score >= o.score - 0.05:
                frag.add(id(o))
    return frag


def clashes(c: Candidate, o: Candidate) -> bool:
    """The overlap test of non-maximum suppression: ``c`` and ``o`` cannot both be notes."""
    inter = overlap(c, o)
    if inter <= 0:
        return False
    return inter / (c.area + o.area - inter) > 0.3 or inter > 0.6 * min(c.area, o.area)


def _suppress(pool: list[Candidate], near: dict[int, list[Candidate]]) -> list[Candidate]:
    """Greedy non-maximum suppression (``pool`` sorted by falling score)."""
    out: list[Candidate] = []
    kept: set[int] = set()
    for c in pool:
        if not any(id(o) in kept and clashes(c, o) for o in near[id(c)]):
            out.append(c)
            kept.add(id(c))
    return out
