"""The lexicon picks the smallest repair when several umlaut spellings are words."""

from __future__ import annotations

import pytest

from app.reading import Lexicon
from app.reading.wordlists import find_word_sources

pytestmark = pytest.mark.skipif(
    len(find_word_sources(("deu", "eng"))) < 2, reason="no word lists installed"
)


@pytest.mark.parametrize(
    ("read", "expected"),
    [("GroBe Strahlkraft", "Große Strahlkraft"), ("HauptstraBe", "Hauptstraße")],
)
def test_fewest_changes_win(read: str, expected: str) -> None:
    lexicon = Lexicon.for_workshop([], ("deu", "eng"))
    assert lexicon.correct_text(read, 0.9)[0] == expected


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        ("(CORRECTLY SPELLED WORD5)", "(CORRECTLY SPELLED WORDS)"),
        ("Te1efon und Gr0ße", "Telefon und Große"),
        # Numbers and a number after a word stay as read.
        ("Top5 Teil2 2024 A4 H2 B2B", "Top5 Teil2 2024 A4 H2 B2B"),
    ],
)
def test_a_digit_inside_a_word_is_read_as_its_look_alike_letter(read: str, expected: str) -> None:
    lexicon = Lexicon.for_workshop([], ("deu", "eng"))
    assert lexicon.correct_text(read, 0.9)[0] == expected


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        ("B00ST BY LOCATION", "BOOST BY LOCATION"),
        # Two digits, but a number: stays.
        ("Raum 2024 B2B", "Raum 2024 B2B"),
    ],
)
def test_two_digits_inside_a_word_are_read_as_letters(read: str, expected: str) -> None:
    lexicon = Lexicon.for_workshop([], ("deu", "eng"))
    assert lexicon.correct_text(read, 0.9)[0] == expected


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        ("BOOS T", "BOOST"),
        ("Stra ße", "Straße"),
        # Two words stay two words; so do the pieces of a longer word.
        ("For A", "For A"),
        ("in to the", "in to the"),
        ("IT'S ONLY", "IT'S ONLY"),
        ("VS D", "VS D"),
    ],
)
def test_a_word_split_by_a_space_is_joined(read: str, expected: str) -> None:
    lexicon = Lexicon.for_workshop([], ("deu", "eng"))
    assert lexicon.correct_text(read, 0.9)[0] == expected
