"""Colours, fonts and words for synthetic boards."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import ImageFont

# Base RGB of paper colours, by the colour name the detector should report.
NOTE_COLORS: dict[str, list[tuple[int, int, int]]] = {
    "yellow": [(250, 226, 90), (252, 234, 140), (250, 205, 45), (247, 220, 60)],
    "orange": [(250, 150, 50), (248, 170, 90), (240, 125, 40)],
    "pink": [(245, 120, 170), (250, 175, 200), (240, 100, 100), (225, 60, 80), (248, 150, 190)],
    "green": [(130, 205, 100), (185, 225, 80), (175, 228, 165), (90, 185, 110)],
    "blue": [(90, 170, 230), (150, 200, 240), (70, 190, 225), (60, 130, 210)],
    "purple": [(160, 110, 205), (140, 90, 190), (175, 125, 215)],
    "white": [(248, 248, 244), (242, 242, 238)],
}

#: Pale, desaturated cards (pale blue, sage, pale pink, cream) for the "pale" tiers.
PALE_COLORS: dict[str, list[tuple[int, int, int]]] = {
    "blue": [(185, 212, 236), (170, 200, 225)],
    "green": [(192, 218, 170), (175, 205, 160)],
    "pink": [(246, 196, 206)],
    "yellow": [(250, 238, 165)],
    "white": [(250, 250, 247), (236, 236, 232)],
}

#: Colours that are "pastel" (light, low chroma) variants.
PASTEL = {(252, 234, 140), (248, 170, 90), (250, 175, 200), (175, 228, 165), (150, 200, 240)}

INK_COLORS = [(20, 20, 25), (25, 35, 110), (30, 30, 30), (150, 20, 30), (15, 70, 40)]
DOT_COLORS = [(220, 30, 40), (205, 25, 35), (30, 150, 60), (30, 80, 200)]

WORDS = (
    "Datenschutz Beteiligung Smart City Verwaltung Bürger Daten offen Plattform Mobilität "
    "Energie Klima Bildung Quartier Förderung Strategie digital Transparenz Kooperation "
    "Netzwerk Sensoren Parken Radwege Kommunikation Vertrauen Prozesse Ressourcen Nutzen "
    "privacy citizens open data workshop feedback ideas budget team roadmap pilot users "
    "testing mobile access barrier free city hall events app sharing lighting school "
    "Pinnwand Moderation Zukunft Wohnen Grün Sicherheit Kultur Sport Wasser Lärm Bäume"
).split()


def pick_color(
    rng: np.random.Generator, name: str, pastel_ok: bool, pale: float = 0.0
) -> tuple[int, int, int]:
    """A base RGB for a note of colour ``name`` (a pale card with chance ``pale``)."""
    opts = NOTE_COLORS[name]
    if pale > 0 and name in PALE_COLORS and rng.random() < pale:
        opts = PALE_COLORS[name]
    if not pastel_ok:
        opts = [c for c in opts if c not in PASTEL] or opts
    c = opts[int(rng.integers(len(opts)))]
    jitter = rng.integers(-6, 7, size=3)
    return tuple(int(np.clip(v + j, 0, 255)) for v, j in zip(c, jitter, strict=True))  # type: ignore[return-value]


_FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",  # fonts-dkg-handwriting
    "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf",  # fonts-humor-sans
    "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",  # fonts-comic-neue
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
]
_BOLD_CANDIDATES = [
    "/usr/share/fonts/truetype/fifthhorseman/dkgBd.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
]


def font_paths(bold: bool = False) -> list[str]:
    """Installed font files usable for note text, handwriting-like first."""
    return [p for p in (_BOLD_CANDIDATES if bold else _FONT_CANDIDATES) if Path(p).exists()]


@lru_cache(maxsize=256)
def get_font(
    size: int, index: int = 0, bold: bool = False
) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """A font of ``size`` px; Pillow's default font when no TrueType font is installed."""
    paths = font_paths(bold)
    if paths:
        return ImageFont.truetype(paths[index % len(paths)], size)
    return ImageFont.load_default(size)


def random_text(rng: np.random.Generator, max_words: int = 5) -> str:
    n = int(rng.integers(1, max_words + 1))
    return " ".join(WORDS[int(i)] for i in rng.integers(0, len(WORDS), size=n))
