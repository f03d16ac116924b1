"""Render Pinscribe's icon from ``resources/icons/pinscribe.svg`` for the packages.

Writes ``pinscribe-<size>.png`` for 16..512 px, ``pinscribe.ico`` (Windows) and
``pinscribe.icns`` (macOS) into the output folder (default ``build/icons``).
The SVG is drawn by Qt's QSvgRenderer (offscreen, no display needed); Pillow
writes the .ico and .icns. Run by the PyInstaller spec and ``make package``;
the rendered files are build products and are not committed.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "pinscribe.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_pngs(svg: Path, out: Path, sizes: tuple[int, ...] = SIZES) -> dict[int, Path]:
    """Render ``svg`` as square PNGs; returns {size: path}."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: cannot read {svg}")
    out.mkdir(parents=True, exist_ok=True)
    written: dict[int, Path] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"pinscribe-{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"render_icons: cannot write {path}")
        written[size] = path
    del _app
    return written


def write_ico_icns(pngs: dict[int, Path], out: Path) -> tuple[Path, Path]:
    """Pack the PNGs into ``pinscribe.ico`` and ``pinscribe.icns`` with Pillow."""
    from PIL import Image

    largest = Image.open(pngs[max(pngs)]).convert("RGBA")
    ico = out / "pinscribe.ico"
    ico_images = [Image.open(pngs[s]).convert("RGBA") for s in ICO_SIZES if s in pngs]
    ico_images[-1].save(
        ico, format="ICO", sizes=[im.size for im in ico_images], append_images=ico_images[:-1]
    )
    icns = out / "pinscribe.icns"
    largest.save(icns, format="ICNS")
    return ico, icns


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "build" / "icons")
    parser.add_argument("--svg", type=Path, default=SVG)
    args = parser.parse_args(argv)
    pngs = render_pngs(args.svg, args.out)
    ico, icns = write_ico_icns(pngs, args.out)
    print(f"render_icons: {len(pngs)} PNGs, {ico.name} and {icns.name} in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
