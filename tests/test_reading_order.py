"""Lines of a note read in rows, top to bottom, each row left to right (real PP-OCR)."""

from __future__ import annotations

import os

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from ocr.engines import PpOcrEngine
from ocr.errors import EngineUnavailableError
from ocr.reading_order import reading_order
from tests.ocr_synth import PRINTED_FONTS, available_fonts

FONTS = available_fonts(PRINTED_FONTS)


def _box(x0: float, y0: float, x1: float, y1: float) -> list[tuple[float, float]]:
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def test_rows_then_left_to_right() -> None:
    # "WORD ?" with the question mark written higher, then "ML" below.
    assert reading_order(
        [_box(248, 26, 314, 106), _box(21, 34, 235, 159), _box(60, 157, 192, 247)]
    ) == [1, 0, 2]
    # A short line above a longer one, their tops close: the upper first.
    assert reading_order([_box(11, 9, 161, 52), _box(45, 0, 128, 24), _box(18, 42, 232, 86)]) == [
        1,
        0,
        2,
    ]
    assert reading_order([]) == []


@pytest.mark.skipif(not FONTS, reason="DejaVu fonts not installed")
def test_a_word_written_higher_at_the_right_is_read_after_its_neighbour() -> None:
    engine = PpOcrEngine()
    try:
        engine.check_available()
    except EngineUnavailableError as exc:  # pragma: no cover - depends on the machine
        if os.environ.get("CI"):
            pytest.fail(f"PP-OCR must run in CI: {exc}")
        pytest.skip(f"PP-OCR not available: {exc}")
    img = Image.new("RGB", (400, 300), (250, 236, 110))
    draw = ImageDraw.Draw(img)
    draw.text((30, 60), "NOISE", font=ImageFont.truetype(FONTS[0], 52), fill=(30, 30, 30))
    draw.text((250, 38), "D", font=ImageFont.truetype(FONTS[0], 64), fill=(30, 30, 30))
    draw.text((30, 160), "WORD", font=ImageFont.truetype(FONTS[0], 52), fill=(30, 30, 30))
    reading = engine.read(np.asarray(img))
    assert reading.text.split() == ["NOISE", "D", "WORD"], reading.text
