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
from ocr.detect.scoring import Candidate, evaluate
from ocr.detect.seams import seam_pieces
from ocr.geometry import polygon_iou
from ocr.types import DetectedNote

#: Colour tolerances (Lab distance, lightness down-weighted) tried when growing from the click.
TOLERANCES = (5.0, 8.0, 12.0, 17.0, 24.0)
#: A candidate below this score is not offered at all.
MIN_SCORE = 0.3
#: A piece cut from a blob at a seam wins with this share of the blob's score.
PIECE_SHARE = 0.75


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
        return _best(found, seed)

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


def grown_regions(work: Work, seed: tuple[float, float]) -> Iterator[np.ndarray]:
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
    for tol in TOLERANCES:
        for blocked in (True, False):
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
