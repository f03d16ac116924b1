"""Synthetic sticky-note crops for OCR tests and the OCR benchmark.

Renders text with PIL on a coloured square, like an upright crop the detector
hands over. Printed notes use DejaVu; handwriting-like notes use fonts from the
Debian packages ``fonts-dkg-handwriting`` and ``fonts-comic-neue``.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

PRINTED_FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
)
HANDWRITING_FONTS = (
    "/usr/share/fonts/truetype/fifthhorseman/dkg.ttf",
    "/usr/share/fonts/truetype/fifthhorseman/dkgBd.ttf",
    "/usr/share/fonts/opentype/comic-neue/ComicNeue-Regular.otf",
    "/usr/share/fonts/opentype/comic-neue/ComicNeue-Bold.otf",
)

NOTE_COLOURS: dict[str, tuple[int, int, int]] = {
    "yellow": (250, 236, 110),
    "orange": (250, 170, 80),
    "pink": (245, 140, 180),
    "green": (170, 225, 120),
    "blue": (130, 195, 240),
    "white": (240, 240, 236),
}
INK = ((20, 20, 20), (25, 45, 140), (30, 30, 60), (150, 20, 30))

PHRASES = (
    "Bürgerbeteiligung stärken",
    "Öffentlichkeit einbeziehen",
    "Straße für alle",
    "Mehr Grünflächen",
    "Fußgänger zuerst",
    "Datenschutz prüfen",
    "Offene Daten für Bürger",
    "Größere Spielplätze",
    "Lärmschutz an der Hauptstraße",
    "Schöne Plätze schaffen",
    "Übersicht über Förderung",
    "Zuständigkeiten klären",
    "Ältere Menschen mitnehmen",
    "Digitale Verwaltung",
    "Verkehrsberuhigung",
    "Smart City Strategie",
    "Klimaschutz vor Ort",
    "Schulen besser vernetzen",
    "Wohnraum bezahlbar",
    "Radwege ausbauen",
    "Beteiligung früh öffnen",
    "Mobilität für Ältere",
    "Sensoren messen Luftqualität",
    "Gemeinsame Ziele festlegen",
    "Kommunikation verbessern",
    "Ehrenamt würdigen",
    "Transparente Entscheidungen",
    "Welche Strukturen braucht es?",
    "Better bike lanes",
    "Open data portal",
    "Citizen participation",
    "More trees in the park",
    "Quick wins first",
    "Clear ownership",
    "Shared workspace",
    "Faster permits",
    "Public WiFi downtown",
    "Involve young people",
    "Budget for pilots",
    "Measure air quality",
)


@dataclass(frozen=True)
class SynthNote:
    """A rendered note and the text on it."""

    text: str
    crop: np.ndarray
    colour: str
    font: str


def _fit_lines(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int
) -> list[str]:
    words = text.split()
    lines: list[str] = []
    current = ""
    for word in words:
        trial = f"{current} {word}".strip()
        if draw.textlength(trial, font=font) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def render_note(
    text: str,
    *,
    font_path: str,
    colour: str = "yellow",
    size: int = 300,
    font_size: int = 34,
    ink: tuple[int, int, int] = (20, 20, 20),
    seed: int = 0,
    noise: float = 4.0,
) -> np.ndarray:
    """Render ``text`` word-wrapped and centred on a square note; returns RGB uint8."""
    rng = random.Random(seed)
    bg = NOTE_COLOURS.get(colour, NOTE_COLOURS["yellow"])
    img = Image.new("RGB", (size, size), bg)
    draw = ImageDraw.Draw(img)
    margin = int(size * 0.12)
    while True:
        font = ImageFont.truetype(font_path, font_size)
        lines = _fit_lines(draw, text, font, size - 2 * margin)
        widest = max(draw.textlength(line, font=font) for line in lines)
        fits = widest <= size - 2 * margin and font_size * 1.35 * len(lines) <= size - 2 * margin
        if fits or font_size <= 12:
            break
        font_size -= 2
    line_h = int(font_size * 1.35)
    y = (size - line_h * len(lines)) // 2
    for line in lines:
        w = draw.textlength(line, font=font)
        x = (size - w) / 2 + rng.uniform(-6, 6)
        draw.text((x, y + rng.uniform(-2, 2)), line, font=font, fill=ink)
        y += line_h
    img = img.filter(ImageFilter.GaussianBlur(0.6))
    arr = np.asarray(img).astype(np.float32)
    # Uneven lighting and sensor noise, like a phone photo.
    gx = np.linspace(1.0 - 0.08 * rng.random(), 1.0, size, dtype=np.float32)
    arr *= gx[None, :, None]
    nrng = np.random.default_rng(seed)
    arr += nrng.normal(0.0, noise, arr.shape).astype(np.float32)
    return np.clip(arr, 0, 255).astype(np.uint8)


def available_fonts(paths: Sequence[str]) -> list[str]:
    return [p for p in paths if Path(p).exists()]


def make_notes(kind: str, count: int, *, seed: int = 1) -> list[SynthNote]:
    """``count`` notes of ``kind`` "printed" or "handwriting" (empty if no font is installed)."""
    fonts = available_fonts(PRINTED_FONTS if kind == "printed" else HANDWRITING_FONTS)
    if not fonts:
        return []
    rng = random.Random(seed)
    notes = []
    colours = list(NOTE_COLOURS)
    for i in range(count):
        text = PHRASES[i % len(PHRASES)] if i < len(PHRASES) else rng.choice(PHRASES)
        font = fonts[i % len(fonts)]
        colour = colours[(i * 7 + seed) % len(colours)]
        crop = render_note(
            text,
            font_path=font,
            colour=colour,
            size=rng.choice((260, 300, 340)),
            font_size=rng.randint(28, 40),
            ink=INK[i % len(INK)],
            seed=seed * 1000 + i,
        )
        notes.append(SynthNote(text, crop, colour, Path(font).name))
    return notes
