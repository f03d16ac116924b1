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
