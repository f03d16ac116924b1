"""Benchmark the face finder: false faces on workshop photos that show none, and speed.

Usage: python -m bench.faces [--seeds N] [--overlays DIR]

Counts the faces YuNet reports (``ocr.faces``, at its default size and score) per photo
on the labelled real photos (``/work/shared/data/real/images``), the holdout photos
(``/work/shared/data/holdout``, looked at, never tuned on), the sample boards and the
synthetic boards of every tier (seeds 100 and up; tests use seed 11). None of these
photos shows a person, so every face counted is a false proposal. The best score below
the threshold is printed too: the margin. ``--overlays`` writes each photo with what was
found (red: above the threshold, orange: from 0.3) for looking at. Photos missing here
are skipped.

``--pasted``: recall instead, with the public-domain portrait of ``tests/data`` pasted
onto each photo at faces 1% to 10% of the photo's longer side high.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.privacy.faces import face_model  # noqa: E402
from ocr.faces import MIN_SCORE, FaceFinder  # noqa: E402
from ocr.loading import load_image  # noqa: E402
from tests.synthetic import make_board  # noqa: E402
from tests.synthetic.tiers import TIERS  # noqa: E402

SHARED = Path("/work/shared/data")


def photos() -> list[tuple[str, Path]]:
    sets = [("real", SHARED / "real" / "images"), ("holdout", SHARED / "holdout"),
            ("samples", ROOT / "resources" / "samples")]
    return [
        (name, path)
        for name, folder in sets if folder.is_dir()
        for path in sorted(folder.iterdir()) if path.suffix.lower() in (".jpg", ".jpeg", ".png")
    ]


def overlay(rgb: np.ndarray, faces: list, target: Path) -> None:
    image = Image.fromarray(rgb)
    draw = ImageDraw.Draw(image)
    for face in faces:
        x, y, w, h = face.rect
        colour = (230, 30, 30) if face.score >= MIN_SCORE else (240, 150, 0)
        draw.rectangle((x, y, x + w, y + h), outline=colour, width=max(2, rgb.shape[1] // 400))
        draw.text((x, max(0, y - 12)), f"{face.score:.2f}", fill=colour)
    image.thumbnail((1200, 1200))
    image.save(target, quality=85)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=4, help="synthetic boards per tier")
    parser.add_argument("--overlays", type=Path, help="write overlays into this folder")
    parser.add_argument("--pasted", action="store_true", help="recall of a pasted face")
    args = parser.parse_args()
    if args.pasted:
        recall()
        return
    if args.overlays:
        args.overlays.mkdir(parents=True, exist_ok=True)
    finder = FaceFinder(face_model())
    totals: dict[str, list[int]] = {}
    best: dict[str, float] = {}
    seconds: list[float] = []

    def count(group: str, name: str, rgb: np.ndarray) -> None:
        start = time.perf_counter()
        faces = finder.find(rgb, min_score=0.3)
        seconds.append(time.perf_counter() - start)
        above = [f for f in faces if f.score >= MIN_SCORE]
        below = max((f.score for f in faces if f.score < MIN_SCORE), default=0.0)
        totals.setdefault(group, []).append(len(above))
        best[group] = max(best.get(group, 0.0), below, *(f.score for f in above))
        print(f"{group}\t{name}\t{rgb.shape[1]}x{rgb.shape[0]}\tfaces {len(above)}\t"
              f"best below {below:.2f}")
        if args.overlays:
            overlay(rgb, faces, args.overlays / f"{group}_{Path(name).stem}.jpg")

    for group, path in photos():
        count(group, path.name, load_image(path).rgb)
    for tier in TIERS:
        for seed in range(100, 100 + args.seeds):
            count(f"synthetic-{tier}", f"seed {seed}", make_board(seed, tier).image)
    print(f"\nthreshold {MIN_SCORE}; false faces per group (photos, faces, best score seen):")
    for group, counts in totals.items():
        print(f"  {group:20s} {len(counts):3d} photos  {sum(counts):3d} faces  "
              f"best {best[group]:.2f}")
    print(f"mean time per photo {np.mean(seconds):.2f} s (max {max(seconds):.2f} s)")


#: The portrait's face in its 512 x 512 picture (x, y, w, h).
PORTRAIT_FACE = (180, 60, 90, 115)


def recall() -> None:
    """Faces found among portraits pasted onto the photos, by the face's height."""
    finder = FaceFinder(face_model())
    portrait = Image.open(ROOT / "tests" / "data" / "astronaut.jpg").convert("RGB")
    rng = np.random.default_rng(7)
    for fraction in (0.01, 0.015, 0.02, 0.03, 0.05, 0.1):
        found = total = 0
        for _group, path in photos():
            rgb = load_image(path).rgb.copy()
            height, width = rgb.shape[:2]
            side = max(8, round(fraction * max(height, width) * 512 / PORTRAIT_FACE[3]))
            if side >= min(height, width):
                continue
            x, y = int(rng.integers(0, width - side)), int(rng.integers(0, height - side))
            rgb[y : y + side, x : x + side] = np.asarray(portrait.resize((side, side)))
            fx, fy = x + PORTRAIT_FACE[0] * side / 512, y + PORTRAIT_FACE[1] * side / 512
            fw, fh = PORTRAIT_FACE[2] * side / 512, PORTRAIT_FACE[3] * side / 512
            total += 1
            found += any(
                abs(f.rect[0] + f.rect[2] / 2 - (fx + fw / 2)) < fw / 2
                and abs(f.rect[1] + f.rect[3] / 2 - (fy + fh / 2)) < fh / 2
                for f in finder.find(rgb)
            )
        print(f"face {fraction:.1%} of the longer side: found {found} of {total}")


if __name__ == "__main__":
    main()
