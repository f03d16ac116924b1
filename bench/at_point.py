"""Benchmark the one-click "find note here" tool on the labelled real photos.

Usage: python -m bench.at_point [--real DIR] [--cache FILE] [--pipeline] [--synthetic N]

For every labelled note, one click at its centre (the centroid of its outline, or
the middle of its visible part where another note covers the centroid):
the share of outlines found with IoU >= 0.8, over all notes and over the notes the
full detection misses (no detection with IoU >= 0.5). ``--pipeline`` takes the
misses of the import instead (``app.pipeline.analyse`` without reading: detection
and what the import does after it). ``--cache`` keeps the outlines in a file
between runs.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

import cv2
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ocr.detect import detect_notes  # noqa: E402
from ocr.detect.at_point import PointFinder  # noqa: E402
from ocr.geometry import polygon_iou  # noqa: E402
from ocr.loading import load_image  # noqa: E402

DEFAULT_REAL = Path("/work/shared/data/real")
GOOD_IOU = 0.8


def centre(polygon: np.ndarray) -> tuple[float, float]:
    """The centroid of a polygon's area (falls back to the vertex mean)."""
    x, y = polygon[:, 0], polygon[:, 1]
    cross = x * np.roll(y, -1) - np.roll(x, -1) * y
    area = cross.sum() / 2.0
    if abs(area) < 1e-6:
        return float(x.mean()), float(y.mean())
    cx = ((x + np.roll(x, -1)) * cross).sum() / (6 * area)
    cy = ((y + np.roll(y, -1)) * cross).sum() / (6 * area)
    return float(cx), float(cy)


def click_point(label: np.ndarray, others: list[np.ndarray]) -> tuple[float, float]:
    """Where a user clicks on a note: its centre, or, if another note covers the centre,
    the middle of the part of it no other note covers (the point farthest from its rim)."""
    c = centre(label)
    covering = [o for o in others if cv2.pointPolygonTest(o.astype(np.float32), c, False) >= 0]
    if not covering:
        return c
    x0, y0 = np.floor(label.min(axis=0)).astype(int)
    x1, y1 = np.ceil(label.max(axis=0)).astype(int)
    mask = np.zeros((y1 - y0 + 3, x1 - x0 + 3), np.uint8)
    offset = np.array([x0 - 1, y0 - 1])
    cv2.fillPoly(mask, [np.round(label - offset).astype(np.int32)], 1)
    for o in others:
        cv2.fillPoly(mask, [np.round(o - offset).astype(np.int32)], 0)
    if not mask.any():
        return c
    distance = cv2.distanceTransform(mask, cv2.DIST_L2, 5)
    y, x = np.unravel_index(int(distance.argmax()), distance.shape)
    return float(x + offset[0]), float(y + offset[1])


def missed(labels: list[np.ndarray], found: list[np.ndarray]) -> list[bool]:
    """Per label: no detection overlaps it with IoU >= 0.5."""
    return [not any(polygon_iou(lab, f) >= 0.5 for f in found) for lab in labels]


def bench_synthetic(count: int) -> None:
    """The same figures on the generator's hard tier (never tuned on)."""
    from tests.synthetic import make_board

    all_ious: list[float] = []
    miss_ious: list[float] = []
    for seed in range(100, 100 + count):
        board = make_board(seed, "hard")
        labels = [np.array(n.polygon, dtype=float) for n in board.notes if n.visible >= 0.999]
        found = [np.array(n.polygon) for n in detect_notes(board.image, with_crops=False)]
        finder = PointFinder(board.image)
        for i, (label, was_missed) in enumerate(zip(labels, missed(labels, found), strict=True)):
            note = finder.note_at(click_point(label, labels[:i] + labels[i + 1 :]), with_crop=False)
            iou = polygon_iou(label, np.array(note.polygon)) if note else 0.0
            all_ious.append(iou)
            if was_missed:
                miss_ious.append(iou)
    for name, ious in (("missed by the detection", miss_ious), ("all whole notes", all_ious)):
        good = sum(i >= GOOD_IOU for i in ious)
        print(f"hard tier, {count} boards, {name}: {good}/{len(ious)} IoU >= {GOOD_IOU}")


def found_outlines(path: Path, rgb: np.ndarray, pipeline: bool) -> list[list[tuple[float, float]]]:
    """The outlines the full detection (or the import, without reading) finds on a photo."""
    if pipeline:
        from app.pipeline import analyse, read_photo_file

        analysis = analyse(read_photo_file(path), path.name, reader=None)
        return [list(n.polygon) for n in analysis.notes]
    return [n.polygon for n in detect_notes(rgb, with_crops=False)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=Path, default=DEFAULT_REAL)
    parser.add_argument("--cache", type=Path, help="file keeping the full detections")
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument(
        "--pipeline", action="store_true", help="the misses of the import, not of detect_notes"
    )
    parser.add_argument(
        "--synthetic", type=int, default=0, metavar="N",
        help="also N boards of the generator's hard tier (seeds 100 and up)",
    )
    args = parser.parse_args(argv)
    if args.synthetic:
        bench_synthetic(args.synthetic)
    label_dir = args.real / "labels"
    if not label_dir.is_dir():
        print(f"no labelled photos in {args.real}; nothing to measure")
        return 0
    cache: dict[str, list[list[tuple[float, float]]]] = {}
    if args.cache and args.cache.exists():
        cache = pickle.loads(args.cache.read_bytes())
    all_ious: list[float] = []
    miss_ious: list[float] = []
    seconds: list[float] = []
    for path in sorted(label_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        rgb = load_image(args.real / "images" / data["image"]).rgb
        key = ("import " if args.pipeline else "") + data["image"]
        if key not in cache:
            cache[key] = found_outlines(args.real / "images" / data["image"], rgb, args.pipeline)
        found = [np.array(p, dtype=float) for p in cache[key]]
        labels = [np.array(n["polygon"], dtype=float) for n in data["notes"]]
        finder = PointFinder(rgb)
        for i, (label, was_missed) in enumerate(zip(labels, missed(labels, found), strict=True)):
            click = click_point(label, labels[:i] + labels[i + 1 :])
            start = time.perf_counter()
            note = finder.note_at(click, with_crop=False)
            seconds.append(time.perf_counter() - start)
            iou = polygon_iou(label, np.array(note.polygon)) if note else 0.0
            all_ious.append(iou)
            if was_missed:
                miss_ious.append(iou)
            if args.verbose and (was_missed or iou < GOOD_IOU):
                print(f"  {data['image']} {'MISSED' if was_missed else '      '} IoU {iou:.3f}")
    if args.cache:
        args.cache.write_bytes(pickle.dumps(cache))

    def share(ious: list[float]) -> str:
        good = sum(i >= GOOD_IOU for i in ious)
        return f"{good}/{len(ious)} = {good / max(1, len(ious)):.1%}"

    print(f"one click at the centre, IoU >= {GOOD_IOU}:")
    which = "the import misses:         " if args.pipeline else "the full detection misses:"
    print(f"  notes {which} {share(miss_ious)}")
    print(f"  all labelled notes:              {share(all_ious)}")
    print(f"  mean IoU (all) {np.mean(all_ious):.3f}; {np.mean(seconds):.2f} s per click "
          f"(first click on a photo {max(seconds):.2f} s at most)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
