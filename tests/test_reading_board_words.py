"""Board words: dictionary words read clearly on a photo's notes correct the notes beside them."""

from __future__ import annotations

import pytest

import app.reading as reading
from app.reading import Lexicon, read_notes_detailed
from app.reading.board_words import lent_words, may_change
from app.reading.strategy import Plan
from app.reading.wordlists import find_word_sources
from ocr.engines import PpOcrEngine
from ocr.types import Reading, TextBox
from tests.real_notes import needs_real, real_crops, real_index

needs_words = pytest.mark.skipif(
    len(find_word_sources(("deu", "eng"))) < 2, reason="no German and English word lists"
)


def _note(*lines: tuple[str, float]) -> Reading:
    boxes = [TextBox(text, conf, [(0, 0), (1, 0), (1, 1), (0, 1)]) for text, conf in lines]
    return Reading("\n".join(t for t, _ in lines), min(c for _, c in lines), boxes, "ppocr")


@needs_words
def test_only_clear_dictionary_words_are_lent() -> None:
    lexicon = Lexicon(["Library"])
    notes = [
        _note(("Lexis Library", 0.99), ("Xqzvw", 0.99)),  # not a word: not lent
        _note(("Taxonomy", 0.90)),  # read unsure: not lent
        _note(("Ox", 0.99)),  # too short
        None,
    ]
    assert lent_words(notes, lexicon) == {"lexis"}  # "library" is a workshop word already


@needs_words
def test_a_note_is_finished_again_only_with_an_unknown_word_near_a_lent_one() -> None:
    lexicon = Lexicon()
    assert may_change(_note(("Lexcis Library", 0.9)), {"lexis"}, lexicon)
    assert not may_change(_note(("Lexis Library", 0.9)), {"lexis"}, lexicon)  # known already
    assert not may_change(_note(("Quorkbl", 0.9)), {"lexis"}, lexicon)  # nothing near
    assert not may_change(_note(("Lexxcis", 0.9)), {"lexis"}, lexicon)  # two edits away


@needs_words
@needs_real
def test_a_word_read_clearly_on_one_card_corrects_its_misread_on_another(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """real_05: "Lexis Library" is read clearly on two cards, "Lexcis Library" on the third."""
    eng = PpOcrEngine()
    if not eng.is_available():
        pytest.skip("PP-OCR not installed")
    at = real_index("real_05", "Lexis Library 2-3%")
    crops = real_crops("real_05")
    lexicon = Lexicon(["Smart City"])

    def third_card() -> Reading:
        out = read_notes_detailed(crops, lexicon=lexicon, plan_override=Plan(eng, None))
        note = out.readings[at]
        assert note is not None
        return note

    monkeypatch.setattr(reading, "BOARD_WORDS", False)
    before = third_card()
    assert before.text.split("\n")[0] == "Lexcis Library"  # what the engine and lexicon read
    monkeypatch.setattr(reading, "BOARD_WORDS", True)
    after = third_card()
    assert after.text.split("\n")[0] == "Lexis Library"
    assert after.alternatives[0] == before.text  # the reading before is offered first
    assert after.confidence != before.confidence  # calibrated again for the new text
