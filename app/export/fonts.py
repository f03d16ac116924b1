"""Finding a TrueType font family with umlauts for charts and PDFs.

DejaVu Sans is preferred (``resources/fonts/`` of a bundle, then the system's);
Arial or Liberation Sans serve where DejaVu is missing.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fontTools.ttLib import TTLibError
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


#: Fonts that fill in glyphs the main family lacks (all that are found are used, in turn).
_FALLBACKS = (
    "DejaVuSerif.ttf",
    "LiberationSans-Regular.ttf",
    "LiberationSerif-Regular.ttf",
    "NotoSans-Regular.ttf",
    "NotoSansSymbols-Regular.ttf",
    "NotoSansSymbols2-Regular.ttf",
    "NotoSansMath-Regular.ttf",
    "FreeSans.ttf",
    "FreeSerif.ttf",
    "opens___.ttf",  # OpenSymbol (LibreOffice)
    "DroidSansFallbackFull.ttf",
)
_FALLBACK_FOLDERS = (
    "/usr/share/fonts/truetype/noto",
    "/usr/share/fonts/truetype/freefont",
    "/usr/share/fonts/truetype/liberation2",
    "/usr/share/fonts/truetype/libreoffice",
    "/usr/share/fonts/truetype/droid",
    "/usr/share/fonts/noto",
    "/usr/share/fonts/gnu-free",
)


@lru_cache(maxsize=1)
def fallback_fonts() -> tuple[Path, ...]:
    """TrueType fonts found here to fill in glyphs the main family lacks."""
    family = find_family()
    folders = [resource_dir() / "fonts", *(Path(f) for f in (*_FOLDERS, *_FALLBACK_FOLDERS))]
    found: list[Path] = []
    for name in _FALLBACKS:
        for folder in folders:
            path = folder / name
            if path.is_file() and (family is None or path != family.regular):
                found.append(path)
                break
    return tuple(found)


#: What fontTools (and fpdf2, which parses fonts with it) raises on a damaged font file:
#: its own TTLibError, I/O errors, and the struct/lookup/assert errors of its table parsers.
DAMAGED_FONT_ERRORS: tuple[type[Exception], ...] = (
    TTLibError,
    OSError,
    struct.error,
    ValueError,
    KeyError,
    IndexError,
    AssertionError,
)


@lru_cache(maxsize=16)
def _cmap(path: Path) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    try:
        with TTFont(str(path), lazy=True, fontNumber=0) as font:
            return frozenset(font.getBestCmap() or {})
    except DAMAGED_FONT_ERRORS:  # a damaged font file covers nothing
        return frozenset()


def has_glyph(path: Path, char: str) -> bool:
    """Whether the font at ``path`` has a glyph for ``char``."""
    return ord(char) in _cmap(path)


def missing(text: str, fonts: tuple[Path, ...]) -> set[str]:
    """The characters of ``text`` that none of ``fonts`` can draw (spaces aside)."""
    return {
        char
        for char in set(text)
        if not char.isspace() and not any(has_glyph(font, char) for font in fonts)
    }
