"""Lexicon corrections chosen with the recogniser's character probabilities (CTC)."""

from __future__ import annotations

import pytest

from app.reading.guided import guided_correct
from app.reading.lexicon import Lexicon
from ocr.ctc import CharProbs, beam_words
from tests.ctc_frames import char_probs

ALPHABET = "abcdefghijklmnopqrstuvwxyzLB"


def _probs(frames: list[dict[str, float]]) -> CharProbs:
    return char_probs(frames, ALPHABET)


def _word(text: str, doubt: dict[int, dict[str, float]] | None = None) -> list[dict[str, float]]:
    frames: list[dict[str, float]] = []
    for i, char in enumerate(text):
        frames.append((doubt or {}).get(i, {char: 0.95}))
        frames.append({"_": 0.95})
    return frames


def test_greedy_path_and_likelihood() -> None:
    probs = _probs(_word("Librarg", {6: {"g": 0.6, "y": 0.35}}))
    assert "".join(c for c, _ in probs.greedy()) == "Librarg"
    read = probs.log_likelihood("Librarg", 0, probs.frames)
    assert read > probs.log_likelihood("Library", 0, probs.frames) > read - 2
    assert probs.log_likelihood("Libxarg", 0, probs.frames) < read - 10


def test_a_near_second_choice_that_is_a_word_wins() -> None:
    lexicon = Lexicon.workshop_only(["Library", "Lexis"])
    probs = _probs(_word("Librarg", {6: {"g": 0.6, "y": 0.35}}))
    assert guided_correct("Librarg", probs, lexicon) == "Library"
    # A word the recogniser found very unlikely is not forced in.
    sure = _probs(_word("Librarg", {6: {"g": 0.999, "y": 1e-5}}))
    assert guided_correct("Librarg", sure, lexicon) == "Librarg"


def test_known_words_and_shorter_candidates_stay() -> None:
    lexicon = Lexicon.workshop_only(["corder", "library"])
    probs = _probs(_word("library"))
    assert guided_correct("library", probs, lexicon) == "library"
    named = _probs(_word("cordery", {6: {"y": 0.5, "_": 0.45}}))
    assert guided_correct("cordery", named, lexicon) == "cordery"


def test_beam_search_finds_a_word_two_edits_from_the_reading() -> None:
    # "ukely": the recogniser half saw "li" where it read "u"; one edit is not enough.
    frames = [
        {"u": 0.5, "l": 0.45},
        {"_": 0.6, "i": 0.38},
        *_word("kely"),
    ]
    probs = _probs(frames)
    assert "".join(c for c, _ in probs.greedy()) == "ukely"
    lexicon = Lexicon.workshop_only(["likely", "lively"])
    found = dict(beam_words(probs, 0, probs.frames, lexicon.is_prefix, lexicon.is_word))
    assert "likely" in found
    assert "lively" not in found  # no frame suggests a "v"
    assert guided_correct("ukely", probs, lexicon) == "likely"


def test_beam_search_folds_case() -> None:
    # The matrix has "L" only as a capital: the lower-case dictionary word still fits.
    probs = _probs(_word("Lib"))
    lexicon = Lexicon.workshop_only(["lib"])
    found = beam_words(probs, 0, probs.frames, lexicon.is_prefix, lexicon.is_word)
    assert [w for w, _ in found] == ["lib"]


def test_prefix_lookups_follow_new_workshop_words() -> None:
    lexicon = Lexicon.workshop_only(["Taxonomy"])
    assert lexicon.is_prefix("tax") and not lexicon.is_prefix("tay")
    lexicon.add("Tayside")
    assert lexicon.is_prefix("tay") and lexicon.is_word("tayside")


def test_two_common_words_written_as_one_are_a_candidate() -> None:
    # "filesystem" is in no word list, "file" and "system" are common English words.
    lexicon = Lexicon([], languages=("eng",))
    if not any(forms.counts for _, forms in lexicon._forms):
        pytest.skip("no word list with word counts (pyspellchecker) installed")
    assert not lexicon.is_word("filesystem")
    assert "filesystem" in lexicon.candidates("filesystam")
    probs = _probs(_word("filesystam", {8: {"a": 0.6, "e": 0.35}}))
    assert guided_correct("filesystam", probs, lexicon) == "filesystem"
    # Short pieces are no common words: no pair of them is offered.
    assert not any(" " in c or c == "legistaton" for c in lexicon.candidates("Legislaton"))


def test_the_frames_decide_the_case_of_the_first_letter() -> None:
    # "bibrarg": the first frame was nearly an "L" (a capital), the last nearly a "y".
    lexicon = Lexicon.workshop_only(["library"])
    probs = _probs(_word("bibrarg", {0: {"b": 0.5, "L": 0.45}, 6: {"g": 0.6, "y": 0.35}}))
    assert guided_correct("bibrarg", probs, lexicon) == "Library"


def test_a_word_six_nats_less_likely_than_the_misread_is_taken() -> None:
    lexicon = Lexicon.workshop_only(["library"])
    probs = _probs(_word("librarg", {6: {"g": 0.995, "y": 0.0025}}))  # log ratio 6.0
    assert guided_correct("librarg", probs, lexicon) == "library"


def test_with_probabilities_a_dictionary_near_miss_is_left_to_them(tmp_path) -> None:
    from app.reading import apply_lexicon
    from ocr.engines.base import make_reading
    from ocr.types import TextBox

    dic = tmp_path / "en_US.dic"
    dic.write_text("2\ncorder\nlibrary\n")
    lexicon = Lexicon(dictionaries=[dic])
    # "cordery", its last letter read clearly: the dictionary's "corder" is one
    # deletion away, but the frames hold a "y".
    probs = _probs(_word("cordery"))
    with_probs = make_reading([TextBox("cordery", 0.9, [], probs)], "ppocr")
    assert apply_lexicon(with_probs, lexicon).text == "cordery"
    # Without probabilities the line's confidence decides, as before.
    plain = make_reading([TextBox("cordery", 0.9, [])], "tesseract")
    assert apply_lexicon(plain, lexicon).text == "corder"
