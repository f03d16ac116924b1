"""Finding a TrueType font family with umlauts for charts and PDFs.

DejaVu Sans is preferred (``resources/fonts/`` of a bundle, then the system's);
Arial or Liberation Sans serve where DejaVu is missing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

from app.resources import resource_dir

_FAMILIES = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"),
    ("arial.ttf", "arialbd.ttf", "ariali.ttf"),
    ("Arial.ttf", "Arial Bold.ttf", "Arial Italic.ttf"),
)
_FOLDERS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/TTF",
    "/usr/share/fonts/dejavu",
    "/usr/share/fonts/truetype/liberation",
    "/usr/share/fonts/liberation",
    "C:/Windows/Fonts",
    "/System/Library/Fonts/Supplemental",
    "/Library/Fonts",
)


@dataclass(frozen=True)
class FontFamily:
    regular: Path
    bold: Path
    italic: Path


@lru_cache(maxsize=1)
def find_family() -> FontFamily | None:
    """The first complete family found, or None."""
    folders = [resource_dir() / "fonts", *(Path(f) for f in _FOLDERS)]
    for names in _FAMILIES:
        for folder in folders:
            paths = [folder / name for name in names]
            if all(p.is_file() for p in paths):
                return FontFamily(*paths)
    return None


@lru_cache(maxsize=32)
def pil_font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A Pillow font of ``size`` pixels; Pillow's own font if no TrueType font is found."""
    family = find_family()
    if family is not None:
        try:
            return ImageFont.truetype(str(family.bold if bold else family.regular), size)
        except OSError:
            pass
    return ImageFont.load_default(size)
