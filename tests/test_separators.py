"""One way of writing numbers per photo: unsure marks between digits follow the sure ones."""

from __future__ import annotations

import numpy as np

from app.reading.separators import harmonise_marks
from ocr.ctc import CharProbs
from ocr.engines.base import make_reading
from ocr.types import Reading, TextBox

ALPHABET = "0123456789.,m"


def _line(text: str, mark: dict[str, float] | None = None) -> TextBox:
    """A line whose matrix spells ``text``, its mark between digits as ``mark`` says."""
    p = np.full((2 * len(text), len(ALPHABET) + 3), 1e-6)
    for i, char in enumerate(text):
        named = mark if mark is not None and char in ".," else {char: 0.97}
        for c, value in named.items():
            p[2 * i, ALPHABET.index(c) + 1] = value
        p[2 * i + 1, 0] = 0.97
    for row in p:
        row[0] += max(0.0, 1.0 - row.sum())
    return TextBox(text, 0.9, [], CharProbs(np.log(p), ALPHABET))


def _note(text: str, mark: dict[str, float] | None = None) -> Reading:
    return make_reading([_line(text, mark)], "ppocr")


def test_an_unsure_mark_follows_the_photos_sure_ones() -> None:
    photo = [
        _note("7,550m", {",": 0.99}),
        _note("5,160m", {",": 0.98, ".": 0.01}),
        _note("4.086m", {".": 0.75, ",": 0.2}),
        _note("4.419m", {".": 0.97, ",": 0.01}),  # sure of its full stop: stays
        None,
    ]
    out = harmonise_marks(photo)
    assert [r.text if r else None for r in out] == ["7,550m", "5,160m", "4,086m", "4.419m", None]
    assert out[2] is not None and out[2].lines[0].text == "4,086m"


def test_nothing_changes_without_evidence_from_the_photo() -> None:
    alone = [_note("1.01m", {".": 0.8, ",": 0.18}), _note("mm")]
    assert harmonise_marks(alone) == alone
    tied = [
        _note("7,550m", {",": 0.99}),
        _note("8.261m", {".": 0.99}),
        _note("4.086m", {".": 0.75, ",": 0.2}),
    ]
    assert [r.text for r in harmonise_marks(tied) if r] == ["7,550m", "8.261m", "4.086m"]
