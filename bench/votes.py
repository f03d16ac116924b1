"""Benchmark the voting-dot counter on synthetic boards.

Usage: python -m bench.votes [--seeds N] [--first S]

Dotted boards (``make_dotted_board``: dots as people stick them, in colours that
stand out from the note; and the medium and hard tiers, whose small dots may share
the note's or the ink's colour): the share of notes carrying dots whose count is
exact, and false dots on the notes without any. Dotless boards
(``make_pinned_board``: pins and magnets, some in the colours of dots; and the easy
tier): false votes per 100 notes. Notes are cropped along their true outline, so
the figures are the counter's, not the detector's. Tune on seeds below 100; the
defaults report seeds 100 and up.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ocr.detect import count_votes, crop_polygon  # noqa: E402
from tests.synthetic import (  # noqa: E402
    SynthBoard,
    make_board,
    make_dotted_board,
    make_pinned_board,
)


def tally(boards: list[SynthBoard]) -> tuple[int, int, int, int, int]:
    """(notes with dots, counted exactly, notes without dots, false votes, boards)."""
    dotted = exact = plain = false = 0
    for board in boards:
        for note in board.notes:
            if note.visible < 0.999:
                continue
            counted = count_votes(crop_polygon(board.image, note.polygon))
            if note.votes:
                dotted += 1
                exact += counted == note.votes
            else:
                plain += 1
                false += counted
    return dotted, exact, plain, false, len(boards)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=10)
    parser.add_argument("--first", type=int, default=100)
    args = parser.parse_args(argv)
    seeds = range(args.first, args.first + args.seeds)
    print(f"seeds {seeds.start}..{seeds.stop - 1}")
    for name, boards in (
        ("dotted", [make_dotted_board(s) for s in seeds]),
        ("medium", [make_board(s, "medium") for s in seeds]),
        ("hard", [make_board(s, "hard") for s in seeds]),
        ("pinned", [make_pinned_board(s) for s in seeds]),
        ("easy", [make_board(s, "easy") for s in seeds]),
    ):
        dotted, exact, plain, false, n = tally(boards)
        line = f"{name:<7} {n} boards: "
        if dotted:
            line += f"exact on {exact}/{dotted} = {exact / dotted:.1%} of notes with dots; "
        rate = 100 * false / max(1, plain)
        line += f"false votes {false} on {plain} notes without dots = {rate:.2f} per 100"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
