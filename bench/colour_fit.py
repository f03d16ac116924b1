"""Fit the colour-naming rule (``ocr.detect.color.RULE``) on the labelled real photos.

    PYTHONPATH=. python -m bench.colour_fit [--real DIR]

Each labelled note's paper colour is measured on its label polygon with
``ocr.notes.note_rgb`` and the photo's white with ``ocr.notes.white_point``. The
fit chooses the share of the cast to correct (the middle one of the equally good
shares) and, for that share, each hue boundary between two neighbouring colours
that names most training notes right (the middle of the best interval). It prints
the leave-one-photo-out accuracy (fit on 13 photos, score the 14th), the plain
accuracy of the shipped rule, and the rule fitted on all photos, which is what
``RULE`` holds.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, replace
from pathlib import Path

from ocr.detect.color import RULE, ColourRule, hue_chroma, name_of
from ocr.loading import load_image
from ocr.notes import note_rgb, white_point

DEFAULT_REAL = Path("/work/shared/data/real")
#: Boards of the generator's broad tier that can be added to the real notes
#: (``--synthetic N``). Not by default: the generator's palette is invented, and with
#: it the fit names real notes worse (leave-one-out 0.913 with 12 boards).
SYNTHETIC = 0
SHARES = (0.0, 0.25, 0.5, 0.75, 1.0)
#: Boundary, the two names it separates, and the range searched (degrees).
BOUNDS = {
    "pink_orange": ("pink", "orange", range(30, 56)),
    "orange_yellow": ("orange", "yellow", range(62, 90)),
    "yellow_green": ("yellow", "green", range(92, 125)),
    "green_blue": ("green", "blue", range(150, 215)),
    "blue_purple": ("blue", "purple", range(270, 311)),
    "purple_pink": ("purple", "pink", range(310, 356)),
}


@dataclass(frozen=True)
class Sample:
    photo: str
    label: str
    rgb: tuple[int, int, int]
    white: tuple[float, float, float]


def samples(real: Path) -> list[Sample]:
    out = []
    for lp in sorted((real / "labels").glob("*.json")):
        data = json.loads(lp.read_text())
        rgb = load_image(real / "images" / f"{lp.stem}.jpg").rgb
        white = white_point(rgb)
        for note in data["notes"]:
            if note.get("color"):
                out.append(Sample(lp.stem, note["color"], note_rgb(rgb, note["polygon"]), white))
    return out


def synthetic_samples(seeds: int, tier: str = "broad") -> list[Sample]:
    """Notes of generator boards (whole notes only), one "photo" per board."""
    from tests.synthetic import make_board

    out = []
    for seed in range(seeds):
        board = make_board(seed, tier)
        white = white_point(board.image)
        for note in board.notes:
            if note.visible > 0.9:
                rgb = note_rgb(board.image, note.polygon)
                out.append(Sample(f"{tier}-{seed}", note.color, rgb, white))
    return out


_LCH: dict[tuple[Sample, float], tuple[float, float, float]] = {}


def _lch(s: Sample, share: float) -> tuple[float, float, float]:
    """Lightness, hue and chroma of a sample balanced with ``share`` (cached: the fit
    tries many bounds for each share)."""
    key = (s, share)
    if key not in _LCH:
        _LCH[key] = hue_chroma(s.rgb, s.white, replace(RULE, cast=share))
    return _LCH[key]


def accuracy(data: list[Sample], rule: ColourRule) -> float:
    """Share of notes named right; real and synthetic notes weigh half each when mixed."""
    real = [s for s in data if s.photo.startswith("real")]
    parts = [p for p in (real, [s for s in data if not s.photo.startswith("real")]) if p]
    if not parts:
        return 0.0
    return sum(
        sum(name_of(*_lch(s, rule.cast), rule) == s.label for s in part) / len(part)
        for part in parts
    ) / len(parts)


def fit(data: list[Sample], base: ColourRule = RULE) -> ColourRule:
    fits = []
    for share in SHARES:
        rule = replace(base, cast=share)
        for name, (low, high, degrees) in BOUNDS.items():
            labels = {s.label for s in data}
            if low not in labels or high not in labels:
                continue  # nothing to place this bound by
            scores = [accuracy(data, replace(rule, **{name: float(d)})) for d in degrees]
            top = max(scores)
            ties = [d for d, s in zip(degrees, scores, strict=True) if s == top]
            rule = replace(rule, **{name: (ties[0] + ties[-1]) / 2.0})
        fits.append((accuracy(data, rule), rule))
    top = max(acc for acc, _ in fits)
    ties = [rule for acc, rule in fits if acc >= top - 1e-9]
    return ties[(len(ties) - 1) // 2]  # the middle of the best shares, as for the bounds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--real", type=Path, default=DEFAULT_REAL)
    ap.add_argument("--synthetic", type=int, default=SYNTHETIC, help="broad-tier boards added")
    args = ap.parse_args(argv)
    if not (args.real / "labels").exists():
        print(f"(real photos not found at {args.real}; nothing to fit)")
        return 0
    data = samples(args.real)
    extra = synthetic_samples(args.synthetic)
    photos = sorted({s.photo for s in data})
    ok = 0
    for photo in photos:
        rule = fit([s for s in data if s.photo != photo] + extra)
        test = [s for s in data if s.photo == photo]
        ok += round(accuracy(test, rule) * len(test))
    print(f"real notes {len(data)} on {len(photos)} photos, synthetic notes {len(extra)}")
    print(f"leave-one-photo-out colour accuracy (real): {ok / len(data):.3f}")
    print(f"shipped RULE accuracy: real {accuracy(data, RULE):.3f}")
    if extra:
        print(f"shipped RULE accuracy: synthetic {accuracy(extra, RULE):.3f}")
    print(f"raw hue, no white point: real {accuracy(data, replace(RULE, cast=0.0)):.3f}")
    print(f"fitted on all: {fit(data + extra)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
