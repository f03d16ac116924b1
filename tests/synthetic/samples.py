"""Render the sample board photos shipped in ``resources/samples/`` for the demo.

Run ``python -m tests.synthetic.samples`` from the repository root after changing
``resources/samples/workshop.json``; the photos are committed.
"""

from __future__ import annotations

import json
from pathlib import Path

from PIL import Image

from tests.synthetic.boards import render_board

SAMPLES = Path(__file__).resolve().parents[2] / "resources" / "samples"
BACKGROUNDS = ("cork", "white_paper", "felt")


def main() -> None:
    manifest = json.loads((SAMPLES / "workshop.json").read_text(encoding="utf-8"))
    for number, station in enumerate(manifest["stations"]):
        groups = [(t["name"], [tuple(n) for n in t["notes"]]) for t in station["themes"]]
        board = render_board(
            groups,
            seed=100 + number,
            background_kind=BACKGROUNDS[number % len(BACKGROUNDS)],
            size=(2400, 1600),
            perspective=0.04,
            quality="easy",
        )
        target = SAMPLES / station["photos"][0]
        Image.fromarray(board.image).save(target, quality=85, optimize=True)
        print(f"{target}: {len(board.notes)} notes")


if __name__ == "__main__":
    main()
