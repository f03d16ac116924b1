"""The detector's shortcuts give what the plain computation gives (fast: one small board)."""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest

from ocr.detect.candidates import all_candidates
from ocr.detect.prepare import Work, _gradient, make_work
from ocr.detect.scoring import MIN_SCORE, Candidate, LooksCache, _looks, evaluate
from ocr.detect.stats import column_median
from tests.synthetic import make_board


@cache
def _work() -> tuple[Work, list[np.ndarray]]:
    work = make_work(make_board(3, "medium").image)
    return work, all_candidates(work)


def _same(a: Candidate | None, b: Candidate | None) -> bool:
    if a is None or b is None:
        return a is b
    return (
        np.array_equal(a.polygon, b.polygon)
        and a.score == b.score
        and a.lab == b.lab
        and a.features == b.features
        and np.array_equal(a.side_edge, b.side_edge)
    )


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.uint8, np.int16])
@pytest.mark.parametrize("rows", [1, 2, 7, 8, 1001, 27000])
def test_column_median_is_numpys(dtype: type, rows: int) -> None:
    rng = np.random.default_rng(rows)
    x = rng.normal(120, 40, (rows, 3)).clip(0, 255)
    x[: rows // 3] = np.round(x[: rows // 3])  # ties
    x = x.astype(dtype)
    got, want = column_median(x), np.median(x, axis=0)
    assert got.dtype == want.dtype
    assert np.array_equal(got, want)


def test_gradient_is_the_interleaved_one() -> None:
    """The per-channel gradient equals Sobel on the interleaved Lab image, bit for bit."""
    import cv2

    lab8 = _work()[0].lab8
    f = lab8.astype(np.float32)
    f[..., 0] *= 100.0 / 255.0
    f[..., 1:] -= 128.0
    gx = cv2.Sobel(f, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(f, cv2.CV_32F, 0, 1, ksize=3)
    want = (np.sqrt((gx * gx + gy * gy).sum(axis=2)) / 8.0).astype(np.float32)
    assert np.array_equal(_gradient(lab8), want)


def test_floor_only_drops_what_scores_below_it() -> None:
    """With a floor, the candidates kept are exactly those scoring at least that much."""
    work, outlines = _work()
    plain = [evaluate(work, o) for o in outlines]
    floored = [evaluate(work, o, floor=MIN_SCORE) for o in outlines]
    dropped = 0
    for p, f in zip(plain, floored, strict=True):
        if p is not None and p.score < MIN_SCORE and f is None:
            dropped += 1
            continue
        if p is not None and p.score < MIN_SCORE:
            continue  # the shape alone did not rule it out: scored in full
        assert _same(p, f)
    assert dropped > 0  # the floor saved some work on this board


def test_deferred_looks_are_those_of_the_quad_entered_first() -> None:
    """A quad deferred by the floor is measured when a near copy asks, as if looked at then."""
    work, _ = _work()
    quad = np.array([[100.0, 100.0], [180.0, 102.0], [178.0, 170.0], [98.0, 168.0]])
    sides = np.array([80.0, 68.0, 80.0, 68.0])
    near = quad + 0.6
    eager = LooksCache()
    first = eager.looks(work, quad, sides)
    lazy = LooksCache()
    lazy.defer(quad, sides)
    got = lazy.looks(work, near, sides)
    assert got is not None and first is not None
    assert np.array_equal(got.lab, first.lab) and got.edge == first.edge
    assert np.array_equal(got.lab, _looks(work, quad, sides).lab)  # the first quad's, not near's
    assert not np.array_equal(got.lab, _looks(work, quad + 30.0, sides).lab)


def test_floored_detection_pipeline_matches_the_unfloored_notes() -> None:
    """The cache with deferred quads gives the same candidates at or above the floor."""
    work, outlines = _work()
    a, b = LooksCache(), LooksCache()
    plain = [evaluate(work, o, seen=a) for o in outlines]
    floored = [evaluate(work, o, seen=b, floor=MIN_SCORE) for o in outlines]
    good = [c for c in plain if c is not None and c.score >= MIN_SCORE]
    kept = [c for c in floored if c is not None and c.score >= MIN_SCORE]
    assert len(good) == len(kept) > 10
    dropped = [p for p, f in zip(plain, floored, strict=True) if f is None]
    assert all(p is None or p.score < MIN_SCORE for p in dropped)
    assert all(_same(g, k) for g, k in zip(good, kept, strict=True))


@pytest.mark.parametrize("density", [0.0, 0.05, 0.5, 0.95])
def test_labelled_is_opencvs_connected_components(density: float) -> None:
    """Labels and statistics from the row runs equal OpenCV's (4-connected), noise and blobs."""
    import cv2

    from ocr.detect.candidates import _labelled

    rng = np.random.default_rng(int(density * 100))
    noise = (rng.random((97, 131)) < density).astype(np.uint8)
    blobs = cv2.morphologyEx(noise, cv2.MORPH_OPEN, np.ones((3, 3), np.uint8))
    part = np.zeros((120, 150), np.uint8)[7:104, 5:136]  # a view with a row stride, as cropped
    part[:] = noise | blobs
    for mask in (noise, blobs, part, (_work()[0].edges == 0).astype(np.uint8)):
        n, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=4)
        got_n, got_labels, got_stats = _labelled(mask)
        assert got_n == n
        assert np.array_equal(got_labels, labels)
        assert np.array_equal(got_stats[1:], stats[1:])
