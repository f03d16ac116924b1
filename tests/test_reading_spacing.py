"""Marks written apart get spaces; a misread that is a word; unit letters in the photo's case."""

from __future__ import annotations

import numpy as np
import pytest

from app.reading import Lexicon, read_notes_detailed
from app.reading.board_words import board_correct, may_change, one_edit_keys
from app.reading.postprocess import SPACE_COST, spaced_marks
from app.reading.strategy import Plan
from app.reading.wordlists import find_word_sources
from ocr.ctc import CharProbs
from ocr.engines import PpOcrEngine
from ocr.types import Reading, TextBox
from tests.ctc_frames import char_probs
from tests.real_notes import needs_real, real_crops, real_index

ALPHABET = "ABDEINOQRSWz&?+"

needs_words = pytest.mark.skipif(
    len(find_word_sources(("deu", "eng"))) < 2, reason="no German and English word lists"
)


def _probs(frames: list[dict[str, float]], alphabet: str = ALPHABET) -> CharProbs:
    return char_probs(frames, alphabet)


def _line(text: str, gap: dict[str, float], alphabet: str = ALPHABET) -> CharProbs:
    """``text`` read one character a frame, ``gap`` between every two characters."""
    frames: list[dict[str, float]] = []
    for i, char in enumerate(text):
        if i:
            frames.append(gap)
        frames.append({char: 0.95})
    return _probs(frames, alphabet)


def test_a_mark_written_apart_gets_its_spaces() -> None:
    # The recogniser's best path drops the gaps, but gave a space a third of each.
    apart = {"_": 0.6, " ": 0.35}
    assert spaced_marks("Q&A", _line("Q&A", apart)) == "Q & A"
    assert spaced_marks("DONE?", _line("DONE?", apart)) == "DONE ?"
    assert spaced_marks("A+B&Q", _line("A+B&Q", apart)) == "A + B & Q"


def test_a_mark_written_close_stays_and_other_text_is_left_alone() -> None:
    tight = {"_": 0.98, " ": 0.001}
    assert spaced_marks("Q&A", _line("Q&A", tight)) == "Q&A"
    assert spaced_marks("DONE?", _line("DONE?", tight)) == "DONE?"
    apart = {"_": 0.6, " ": 0.35}
    assert spaced_marks("QA", _line("QA", apart)) == "QA"  # no mark: no look
    assert spaced_marks("Q & A", _line("Q & A", apart)) == "Q & A"  # spaced already
    assert spaced_marks("Q&A", None) == "Q&A"  # no probabilities (Tesseract)


@pytest.mark.parametrize(
    "text",
    ["C++", "??", "a+b@web.de", "https://x.de/?q=1&r=2", "www.x.de?", "+49 30 1234", "AB/Q&A"],
)
def test_marks_in_runs_addresses_and_signs_keep_their_place_however_wide_the_gaps(
    text: str,
) -> None:
    alphabet = ALPHABET + "Cabdehpqrstwx0123456789@./:="
    apart = {"_": 0.6, " ": 0.35}
    assert spaced_marks(text, _line(text, apart, alphabet)) == text


def test_a_space_costs_at_most_the_space_cost() -> None:
    # A gap where the space is e^-(SPACE_COST + 1) as likely as the blank: too far.
    blank = 0.9
    far = {"_": blank, " ": blank * float(np.exp(-(SPACE_COST + 1)))}
    assert spaced_marks("Q&A", _line("Q&A", far)) == "Q&A"
    near = {"_": blank, " ": blank * float(np.exp(-(SPACE_COST - 1)))}
    assert spaced_marks("Q&A", _line("Q&A", near)) == "Q & A"


def _note(text: str, probs: CharProbs | None = None) -> Reading:
    box = TextBox(text, 0.9, [(0, 0), (1, 0), (1, 1), (0, 1)], probs)
    return Reading(text, 0.9, [box], "ppocr")


@needs_words
def test_a_word_one_letter_short_of_a_board_word_becomes_it() -> None:
    lexicon = Lexicon()
    words = {"noise"}
    keys = one_edit_keys(words)
    assert lexicon.strength("NOSE") > 0  # a word of its own: the lexicon leaves it
    assert may_change(_note("NOSE WORDS"), words, lexicon, keys)
    assert not may_change(_note("NOISE WORDS"), words, lexicon, keys)
    assert not may_change(_note("NOISY WORDS"), words, lexicon, keys)  # not a letter short
    # The recogniser read "NOSE" but found "NOISE" nearly as likely.
    doubt = _probs(
        [{"N": 0.95}, {"_": 0.95}, {"O": 0.95}, {"_": 0.7, "I": 0.25}, {"S": 0.95}]
        + [{"_": 0.95}, {"E": 0.95}]
    )
    fixed = board_correct(_note("NOSE", doubt), words, lexicon, keys)
    assert fixed.text == "NOISE"
    sure = _probs(
        [{"N": 0.95}, {"_": 0.95}, {"O": 0.95}, {"_": 0.999, "I": 1e-5}, {"S": 0.95}]
        + [{"_": 0.95}, {"E": 0.95}]
    )
    assert board_correct(_note("NOSE", sure), words, lexicon, keys).text == "NOSE"
    # Two lent words a letter longer: neither is taken.
    both = {"noise", "noose"}
    assert board_correct(_note("NOSE", doubt), both, lexicon, one_edit_keys(both)).text == "NOSE"


@needs_words
def test_a_word_is_not_given_the_ending_of_a_board_word() -> None:
    """A singular ("IDEE") beside the board's plural ("Ideen") is no misread, ink after it."""
    lexicon = Lexicon()
    words = {"ideen"}
    assert lexicon.strength("IDEE") > 0
    letters = [{"I": 0.95}, {"_": 0.95}, {"D": 0.95}, {"_": 0.95}, {"E": 0.95}, {"_": 0.95}]
    tail = _probs([*letters, {"E": 0.95}, {"_": 0.75, "N": 0.2}])
    assert board_correct(_note("IDEE", tail), words, lexicon, one_edit_keys(words)).text == "IDEE"


@needs_words
@needs_real
def test_noise_words_q_and_a_on_real_08_is_read_exactly() -> None:
    """real_08: PP-OCR reads "NOSE WORDS" and "MINUS Q&A"; "NOISE" is clear on another card."""
    eng = PpOcrEngine()
    if not eng.is_available():
        pytest.skip("PP-OCR not installed")
    at = real_index("real_08", "NOISE WORDS FOR QUESTIONS MINUS Q & A CONTENT TYPE")
    crops = real_crops("real_08")
    raw = eng.read(crops[at])
    assert [tb.text for tb in raw.lines][0::2] == ["NOSE WORDS", "MINUS Q&A"]  # the engine
    out = read_notes_detailed(crops, lexicon=Lexicon(), plan_override=Plan(eng, None))
    note = out.readings[at]
    assert note is not None
    assert note.text.split("\n") == ["NOISE WORDS", "FOR QUESTIONS", "MINUS Q & A", "CONTENT TYPE"]


@needs_real
def test_115k_on_real_03_takes_the_unit_case_of_481k() -> None:
    """real_03: PP-OCR reads "115K" (K 0.59, k 0.41) beside a confident "481k"."""
    eng = PpOcrEngine()
    if not eng.is_available():
        pytest.skip("PP-OCR not installed")
    crops = real_crops("real_03")
    assert [eng.read(c).text for c in crops[:2]] == ["481k", "115K"]  # the engine
    out = read_notes_detailed(crops, plan_override=Plan(eng, None))
    assert [r.text if r else None for r in out.readings[:2]] == ["481k", "115k"]
