"""Peak memory of importing one large photo (issue 21: at most 1 GB for any accepted photo).

Makes a board photo just under the pixel limit (JPEG, with notes), imports it into a
fresh project in a child process and prints the child's peak resident memory.
``python -m bench.import_memory [--megapixels 99] [--ocr]``.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw


def make_photo(path: Path, megapixels: float, fmt: str) -> tuple[int, int]:
    width = int((megapixels * 1_000_000 * 4 / 3) ** 0.5)
    height = int(megapixels * 1_000_000 / width)
    image = Image.new("RGB", (width, height), (120, 120, 120))
    draw = ImageDraw.Draw(image)
    columns, rows = 6, 4
    cw, ch = width / columns, height / rows
    colours = [(250, 230, 90), (250, 160, 180), (140, 210, 150), (130, 190, 240)]
    for k in range(columns * rows):
        r, c = divmod(k, columns)
        x0, y0 = c * cw + cw * 0.15, r * ch + ch * 0.15
        draw.rectangle([x0, y0, x0 + cw * 0.7, y0 + ch * 0.7], fill=colours[k % 4])
    image.save(path, fmt, **({"quality": 85} if fmt == "JPEG" else {}))
    return width, height


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--megapixels", type=float, default=99.0)
    parser.add_argument("--format", default="JPEG", choices=("JPEG", "PNG"))
    parser.add_argument("--ocr", action="store_true")
    args = parser.parse_args()
    root = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory() as folder:
        photo = Path(folder) / ("big.jpg" if args.format == "JPEG" else "big.png")
        width, height = make_photo(photo, args.megapixels, args.format)
        project = Path(folder) / "p.pinscribe"
        cli = [sys.executable, "-m", "ui.entry"]
        subprocess.run([*cli, "new", str(project), "--title", "T"], check=True, cwd=root)
        subprocess.run([*cli, "station", "add", str(project), "A"], check=True, cwd=root)
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        started = time.monotonic()
        done = subprocess.run(
            [*cli, "import", str(project), "--station", "A", str(photo)]
            + ([] if args.ocr else ["--no-ocr"]),
            capture_output=True,
            text=True,
            cwd=root,
        )
        elapsed = time.monotonic() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(done.stdout.strip() or done.stderr.strip())
        print(
            f"photo {width} x {height} ({width * height / 1e6:.1f} MP, {args.format}, "
            f"{photo.stat().st_size / 2**20:.1f} MB), ocr={args.ocr}: exit {done.returncode}, "
            f"peak RSS {max(peak, before) / 1024:.0f} MB, {elapsed:.1f} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
