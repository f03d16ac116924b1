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


UNIT_ALPHABET = "0123456789kKmMBX"


def _unit_note(text: str, unit: dict[str, float], at: int = -1) -> Reading:
    """A note whose matrix spells ``text``, its letter ``at`` (the last) as ``unit`` says."""
    p = np.full((2 * len(text), len(UNIT_ALPHABET) + 3), 1e-6)
    for i, char in enumerate(text):
        named = unit if i == at % len(text) else {char: 0.97}
        for c, value in named.items():
            p[2 * i, UNIT_ALPHABET.index(c) + 1] = value
        p[2 * i + 1, 0] = 0.97
    for row in p:
        row[0] += max(0.0, 1.0 - row.sum())
    return make_reading([TextBox(text, 0.9, [], CharProbs(np.log(p), UNIT_ALPHABET))], "ppocr")


def test_an_unsure_unit_letter_takes_the_case_of_the_photos_sure_ones() -> None:
    photo = [
        _unit_note("481k", {"k": 0.99}),
        _unit_note("115K", {"K": 0.58, "k": 0.41}),
        _unit_note("329K", {"K": 0.85, "k": 0.05}),  # hardly a "k" in its frame: stays
        _unit_note("3m", {"m": 0.99}),
    ]
    out = harmonise_marks(photo)
    assert [r.text if r else None for r in out] == ["481k", "115k", "329K", "3m"]
    assert out[1] is not None and out[1].lines[0].alternatives == ("115K",)


def test_a_unit_letter_stays_without_evidence_from_the_photo() -> None:
    alone = [_unit_note("115K", {"K": 0.58, "k": 0.41}), _unit_note("3m", {"m": 0.99})]
    assert harmonise_marks(alone) == alone  # no sure "k" on the photo
    tied = [
        _unit_note("481k", {"k": 0.99}),
        _unit_note("613K", {"K": 0.99}),
        _unit_note("115K", {"K": 0.58, "k": 0.41}),
    ]
    assert [r.text for r in harmonise_marks(tied) if r] == ["481k", "613K", "115K"]


def test_only_a_unit_letter_as_read_on_the_path_is_changed() -> None:
    sure = _unit_note("3m", {"m": 0.99})
    # "10MB": the unsure "M" is followed by a letter, so it is no unit letter.
    mega = _unit_note("10MB", {"M": 0.58, "m": 0.41}, at=2)
    assert harmonise_marks([sure, mega]) == [sure, mega]
    # A line whose text no longer has the path's letter there keeps its text.
    unsure = _unit_note("115M", {"M": 0.58, "m": 0.41})
    line = unsure.lines[0]
    other = make_reading([TextBox("115X", line.confidence, [], line.probs)], "ppocr")
    assert [r.text for r in harmonise_marks([sure, other]) if r] == ["3m", "115X"]
    assert [r.text for r in harmonise_marks([sure, unsure]) if r] == ["3m", "115m"]
