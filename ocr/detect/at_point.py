"""Finding the one note under a point: the "find note here" click.

The full detector chooses notes for the whole photo at once; a note it missed
(pruned as a fragment, suppressed by a neighbour, never outlined) is often still
there among its candidates, or found by growing a region of the note's colour
from the click. :func:`find_note_at` collects both kinds of outline around the
point, scores them as the detector does and returns the best one that holds the
point, well inside it.
"""

from __future__ import annotations

from collections.abc import Iterator

import cv2
import numpy as np

from ocr.detect.candidates import all_candidates
from ocr.detect.prepare import Work, make_work
from ocr.detect.scoring import Candidate, evaluate, raster_iou
from ocr.detect.seams import seam_pieces
from ocr.geometry import fit_quad, polygon_area, polygon_iou
from ocr.types import DetectedNote

#: Colour tolerances (Lab distance, lightness down-weighted) tried when growing from the click.
TOLERANCES = (5.0, 8.0, 12.0, 17.0, 24.0)
#: A candidate below this score is not offered at all.
MIN_SCORE = 0.3
#: Candidates this good count as notes that may cover another.
GOOD_NOTE = 0.45
#: A piece cut from a blob at a seam wins with this share of the blob's score.
PIECE_SHARE = 0.75
#: Finer tolerances for the outlines of last resort (blurred notes: no edges to stop at).
FINE_TOLERANCES = (2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 6.0, 8.0, 12.0, 17.0)
#: A region of last resort must fill its quadrilateral this well ...
LAST_FILL = 0.8
#: ... and grows by more than this factor from one tolerance to the next once it leaks out.
LEAK = 1.35
#: The part of a region's rectangle it leaves out lies this much under other notes: occluded.
OCCLUDED = 0.8
#: ... where that part is at least this share of the rectangle.
HIDDEN = 0.2


def find_note_at(
    rgb: np.ndarray, point: tuple[float, float], *, with_crop: bool = True
) -> DetectedNote | None:
    """The note of ``rgb`` (RGB uint8) holding ``point`` (x, y in its pixels), or None.

    None when the point is off the photo or nothing note-like surrounds it.
    """
    return PointFinder(rgb).note_at(point, with_crop=with_crop)


class PointFinder:
    """Finds notes at points of one photo; the photo's candidates are computed once."""

    def __init__(self, rgb: np.ndarray) -> None:
        self.valid = rgb.ndim == 3 and rgb.shape[2] == 3 and min(rgb.shape[:2]) >= 8
        if rgb.dtype != np.uint8:
            rgb = np.clip(rgb, 0, 255).astype(np.uint8)
        self.rgb = rgb
        self._work: Work | None = None
        self._candidates: list[tuple[np.ndarray, Candidate | None]] | None = None

    @property
    def work(self) -> Work:
        if self._work is None:
            self._work = make_work(self.rgb)
        return self._work

    def note_at(self, point: tuple[float, float], *, with_crop: bool = True) -> DetectedNote | None:
        """The note holding ``point`` (x, y in pixels of the photo), or None."""
        if not self.valid:
            return None
        h, w = self.rgb.shape[:2]
        x, y = float(point[0]), float(point[1])
        if not (0 <= x < w and 0 <= y < h):
            return None
        work = self.work
        best = self.best_candidate((x * work.scale, y * work.scale))
        if best is None:
            return None
        from ocr import notes as looks
        from ocr.detect import _to_note  # the package imports its parts, not this module

        return _to_note(self.rgb, work.scale, best, with_crop, looks.white_of_copy(work.rgb))

    def best_candidate(self, seed: tuple[float, float]) -> Candidate | None:
        """The best scored outline around ``seed`` (working-copy pixels)."""
        if self._candidates is None:
            self._candidates = [(c, None) for c in all_candidates(self.work)]
        sx, sy = float(seed[0]), float(seed[1])
        found: list[Candidate | None] = []
        for i, (contour, scored) in enumerate(self._candidates):
            outline = contour.astype(np.float32).reshape(-1, 1, 2)
            inside = cv2.pointPolygonTest(outline, (sx, sy), False)
            if inside < 0:
                continue
            if scored is None:
                scored = evaluate(self.work, contour)
                self._candidates[i] = (contour, scored)
            found.append(scored)
        found += [evaluate(self.work, c) for c in grown_regions(self.work, seed)]
        found += self._pieces(found, seed)
        best = _best(found, seed)
        if best is None or best.score < GOOD_NOTE:  # nothing, or nothing the detector would take
            best = self.last_resort(seed) or best
        return best

    def last_resort(self, seed: tuple[float, float]) -> Candidate | None:
        """An outline where no scored candidate holds the click.

        A note partly covered by others: the rectangle around the region of its
        colour, when the part of it the region leaves out lies under other notes.
        Otherwise a note blurred (out of focus) or seen at a steep angle, which the
        detector's shape rules turn down: the region grown at finer and finer
        tolerances, the last one before it leaks out, if it fills its
        quadrilateral well.
        """
        h, w = self.work.shape
        regions = list(grown_regions(self.work, seed, FINE_TOLERANCES, (True,)))
        regions = [c for c in regions if cv2.contourArea(c.astype(np.float32)) >= 4e-4 * h * w]
        occluded = [c for c in regions if self._hidden_share(c) >= OCCLUDED]
        if occluded:  # the largest such region: the most of the note that shows
            contour = max(occluded, key=lambda c: cv2.contourArea(c.astype(np.float32)))
            rect = cv2.boxPoints(cv2.minAreaRect(contour.astype(np.float32))).astype(np.float64)
            return self._plain(rect, seed, 0.0)  # the click is on the part that shows
        return self._steep(regions, seed)

    def _steep(self, regions: list[np.ndarray], seed: tuple[float, float]) -> Candidate | None:
        """The last region (by tolerance) filling its quadrilateral well before it leaks."""
        chosen: np.ndarray | None = None
        last_area = 0.0
        for contour in regions:
            area = float(cv2.contourArea(contour.astype(np.float32)))
            if chosen is not None and area > LEAK * last_area:
                break
            last_area = area
            quad = fit_quad(contour)
            if raster_iou(contour, quad) >= LAST_FILL:
                chosen = quad
        return None if chosen is None else self._plain(chosen, seed)

    def _hidden_share(self, contour: np.ndarray) -> float:
        """How much of what the region leaves out of its rectangle other notes cover.

        0 when it leaves out little: the region is no note cut off by others.
        """
        h, w = self.work.shape
        rect = cv2.boxPoints(cv2.minAreaRect(contour.astype(np.float32)))
        box = np.zeros((h, w), np.uint8)
        cv2.fillPoly(box, [np.round(rect).astype(np.int32)], 1)
        region = np.zeros((h, w), np.uint8)
        cv2.fillPoly(region, [contour.reshape(-1, 2).astype(np.int32)], 1)
        missing = (box > 0) & (region == 0)
        if missing.sum() < HIDDEN * max(1, int(box.sum())):
            return 0.0
        covered = np.zeros((h, w), np.uint8)
        for other in self._notes_over(rect):
            cv2.fillPoly(covered, [np.round(other).astype(np.int32)], 1)
        covered &= 1 - region  # the others' outlines may reach into the region a little
        return float((missing & (covered > 0)).sum()) / float(missing.sum())

    def _notes_over(self, rect: np.ndarray) -> list[np.ndarray]:
        """Outlines of good candidates (notes) overlapping ``rect``."""
        if self._candidates is None:
            self._candidates = [(c, None) for c in all_candidates(self.work)]
        x0, y0 = rect.min(axis=0)
        x1, y1 = rect.max(axis=0)
        notes = []
        for i, (contour, scored) in enumerate(self._candidates):
            cx0, cy0 = contour.min(axis=0)
            cx1, cy1 = contour.max(axis=0)
            if cx0 >= x1 or cx1 <= x0 or cy0 >= y1 or cy1 <= y0:
                continue
            if scored is None:
                scored = evaluate(self.work, contour)
                self._candidates[i] = (contour, scored)
            if scored is not None and scored.score >= GOOD_NOTE:
                notes.append(scored.quad)
        return notes

    def _plain(
        self, quad: np.ndarray, seed: tuple[float, float], depth: float = 0.12
    ) -> Candidate | None:
        """A candidate of a last-resort outline (not scored as the detector scores)."""
        h, w = self.work.shape
        quad = np.asarray(quad, np.float64).reshape(4, 2)
        area = polygon_area(quad)
        if area <= 0:
            return None
        mask = np.zeros((h, w), np.uint8)
        cv2.fillPoly(mask, [np.round(quad).astype(np.int32)], 1)
        lab = np.median(self.work.lab[mask > 0], axis=0)
        on_frame = (quad[:, 0] <= 3) | (quad[:, 0] >= w - 4)
        on_frame |= (quad[:, 1] <= 3) | (quad[:, 1] >= h - 4)
        sides = np.linalg.norm(quad - np.roll(quad, -1, axis=0), axis=1)
        pairs = (sides[0] + sides[2], sides[1] + sides[3])
        aspect = max(pairs) / max(1e-6, min(pairs))
        candidate = Candidate(
            quad, quad, "square" if aspect < 1.25 else "rect", area, MIN_SCORE,
            (float(lab[0]), float(lab[1]), float(lab[2])),
            {"frame": float(on_frame.any()), "last_resort": 1.0}, np.zeros(4),
        )  # fmt: skip
        return candidate if _depth(candidate, seed) > depth else None

    def _pieces(
        self, found: list[Candidate | None], seed: tuple[float, float]
    ) -> list[Candidate | None]:
        """Single notes cut out of outlines that hold several touching ones (seams)."""
        pieces: list[Candidate | None] = []
        done: list[np.ndarray] = []
        for c in sorted((c for c in found if c is not None), key=lambda c: -c.score):
            if c.score < MIN_SCORE or c.shape == "oval":
                continue
            if any(polygon_iou(c.quad, d) > 0.85 for d in done):
                continue
            done.append(c.quad)
            for piece in seam_pieces(self.work, c.quad):
                contour = piece.astype(np.float32).reshape(-1, 1, 2)
                if cv2.pointPolygonTest(contour, (float(seed[0]), float(seed[1])), False) >= 0:
                    e = evaluate(self.work, piece)
                    if e is not None:
                        e.features["piece"] = 1.0
                    pieces.append(e)
        return pieces


def _best(found: list[Candidate | None], seed: tuple[float, float]) -> Candidate | None:
    pool: list[Candidate] = []
    for c in found:
        if c is None or c.score < MIN_SCORE:
            continue
        depth = _depth(c, seed)
        if depth <= 0.12:  # the click must be well inside, not on the rim
            continue
        pool.append(c)
    if not pool:
        return None
    best = max(pool, key=lambda c: _merit(c, seed))
    # a blob of touching notes scores well too: a good piece of it cut at a seam wins
    pieces = [
        c
        for c in pool
        if c.features.get("piece") and c.score >= PIECE_SHARE * best.score
        if c.area < 0.8 * best.area
    ]
    return max(pieces, key=lambda c: _merit(c, seed)) if pieces else best


def _merit(c: Candidate, seed: tuple[float, float]) -> float:
    """Score, with a nudge to outlines the click lies in the middle of."""
    return c.score * (0.85 + 0.15 * min(1.0, _depth(c, seed) / 0.5))


def _depth(c: Candidate, seed: tuple[float, float]) -> float:
    """How deep inside ``c`` the seed lies: 0 on the rim, 0.5 at the centre of a square."""
    contour = c.polygon.astype(np.float32).reshape(-1, 1, 2)
    inside = cv2.pointPolygonTest(contour, (float(seed[0]), float(seed[1])), True)
    rect = cv2.minAreaRect(contour)
    short = max(1.0, min(rect[1]))
    return float(inside) / short


def grown_regions(
    work: Work,
    seed: tuple[float, float],
    tolerances: tuple[float, ...] = TOLERANCES,
    variants: tuple[bool, ...] = (True, False),
) -> Iterator[np.ndarray]:
    """Regions of the seed's colour connected to it, at several tolerances.

    Grown over the text-suppressed Lab image and stopped at strong edges; holes
    (writing, dots) are filled, so the outline is the note's.
    """
    h, w = work.shape
    sx = int(np.clip(round(seed[0]), 0, w - 1))
    sy = int(np.clip(round(seed[1]), 0, h - 1))
    r = 3
    patch = work.lab[max(0, sy - r) : sy + r + 1, max(0, sx - r) : sx + r + 1].reshape(-1, 3)
    ref = np.median(patch, axis=0)
    diff = work.lab - ref
    dist = np.sqrt(0.25 * diff[..., 0] ** 2 + diff[..., 1] ** 2 + diff[..., 2] ** 2)
    barrier = work.edges > 0
    barrier = cv2.dilate(barrier.astype(np.uint8), np.ones((2, 2), np.uint8)) > 0
    max_area = 0.45 * h * w
    for tol in tolerances:
        for blocked in variants:
            mask = dist < tol
            if blocked:
                mask &= ~barrier
            mask = mask.astype(np.uint8)
            n, labels = cv2.connectedComponents(mask, connectivity=4)
            index = labels[sy, sx]
            if index == 0:
                # the seed may sit on a stroke: take the nearest part within a few pixels
                window = labels[max(0, sy - 6) : sy + 7, max(0, sx - 6) : sx + 7]
                found = window[window > 0]
                if found.size == 0:
                    continue
                index = int(np.bincount(found).argmax())
            region = (labels == index).astype(np.uint8)
            area = int(region.sum())
            if area < 100 or area > max_area:
                continue
            k = max(3, int(round(0.03 * np.sqrt(area))) * 2 + 1)
            region = cv2.morphologyEx(
                region, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k))
            )
            if blocked:  # the barrier ate a rim along the edges
                region = cv2.dilate(region, np.ones((3, 3), np.uint8))
            contours, _ = cv2.findContours(region, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
            if contours:
                yield max(contours, key=cv2.contourArea).reshape(-1, 2)
