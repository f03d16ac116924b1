"""Kill an import 50 times at random moments; print how many projects stayed intact.

Run: .venv/bin/python bench/crash.py [--runs N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image  # noqa: E402

from bench.crashcheck import kill_imports  # noqa: E402
from tests.synthetic.boards import make_board  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        photos = []
        for seed in range(5):
            path = folder / f"board-{seed}.jpg"
            Image.fromarray(make_board(seed, "medium", size=(2400, 1800)).image).save(
                path, quality=90
            )
            photos.append(path)
        started = time.monotonic()
        report = kill_imports(photos, folder, args.runs, seed=1)
        elapsed = time.monotonic() - started
    print(
        f"kills: {report.runs}, intact: {report.intact} of {report.runs}, "
        f"photos found complete after a kill: {report.photos_complete}, "
        f"time: {elapsed:.0f} s"
    )
    for problem in report.problems:
        print("  PROBLEM", problem)
    sys.exit(0 if report.intact == report.runs else 1)


if __name__ == "__main__":
    main()
