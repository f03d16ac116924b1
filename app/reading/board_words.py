"""Words the board itself spells out clearly, to correct the notes beside them.

A photo's notes share their words ("Lexis Library" on two cards, "Lexcis
Library" misread on the third). Dictionary words read on a line of confidence
:data:`CONFIDENCE` or more on any note of the photo are lent to its notes: a
word no list knows, one edit from exactly one lent word, becomes that word
when the recogniser found it at most :data:`~app.reading.guided.MARGIN` nats
less likely than what it read (:func:`board_correct`, after the lexicon's own
corrections, so a dictionary word the lexicon chose is never overruled). Only
the recogniser's own readings are used, never a label, and only dictionary
words: a confident misread that is no word teaches nothing.

Measured on the 98 labelled real notes, perfect crops, each photo's notes
read together: exact 71 -> 72 of 98 ("Lexcis Library" -> "Lexis Library"),
CER 0.0522 -> 0.0516, nothing else changed, for every threshold from 0.8 to
0.995 (so the leave-one-photo-out choice is the same). Lending the words as
workshop words instead (the lexicon's near misses at any confidence, shorter
words allowed) also fixed "Lexcis" but pulled detected "(STRUCTUREO)" to the
board's "STRUCTURE" instead of the dictionary's "STRUCTURED", and at 0.9
"Inhegrated" to "Integrate".

A misread may also be a word of its own ("NOSE WORDS" for "NOISE WORDS", with
"NOISE" clear on another note of the photo): a dictionary word one letter
shorter than exactly one lent word, that letter inserted anywhere but last
(an ending: "Idee" beside the board's "Ideen" is a word of its own), becomes that
word when the recogniser found it at most :data:`REAL_WORD_MARGIN` nats less
likely (:func:`board_correct`). Real notes, perfect crops: only "NOSE" ->
"NOISE" (0.97 nats) changed, for any margin from 1 to 7 nats (with the spaced
"Q & A" of :func:`~app.reading.postprocess.spaced_marks` that note is exact:
72 -> 73 of 98; leave-one-photo-out over 0 (off), 1, 3, 7: the other photos
tie, the shipped 3 is kept). Lent words a substitution or a deletion away were
not tried on dictionary words: a board's "form" would turn every "from".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from app.reading.guided import MARGIN, correct_words
from app.reading.lexicon import Lexicon, _distance
from ocr.ctc import CharProbs
from ocr.types import Reading

#: Lines read with at least this confidence lend their dictionary words to the photo's notes.
CONFIDENCE = 0.95
#: Words shorter than this are not lent (short words are near misses of too much).
MIN_LENGTH = 4
#: How much less likely (natural log) a lent word may be than the dictionary word it replaces.
REAL_WORD_MARGIN = 3.0

_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)


def lent_words(readings: Iterable[Reading | None], lexicon: Lexicon) -> set[str]:
    """Dictionary words (lower case) read clearly on the notes and not yet workshop words."""
    out: set[str] = set()
    for reading in readings:
        if reading is None:
            continue
        for line in reading.lines:
            if line.confidence < CONFIDENCE:
                continue
            for word in _LETTERS.findall(line.text):
                lower = word.lower()
                if len(lower) >= MIN_LENGTH and lexicon.strength(word) == 2:
                    out.add(lower)
    return out


def may_change(
    reading: Reading, words: set[str], lexicon: Lexicon, keys: dict[str, set[str]] | None = None
) -> bool:
    """Whether ``reading`` has a word no list knows one edit from one of ``words``.

    ``keys``: :func:`one_edit_keys` of ``words``, if made already.
    """
    keys = one_edit_keys(words) if keys is None else keys
    return any(
        _near(word, words, lexicon, keys) or _longer(word, words, lexicon, keys)
        for word in _LETTERS.findall(reading.text)
    )


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def one_edit_keys(words: set[str]) -> dict[str, set[str]]:
    """Each word and its one-letter deletions -> the words: two words an edit apart share a key."""
    keys: dict[str, set[str]] = {}
    for word in words:
        for key in {word} | _deletions(word):
            keys.setdefault(key, set()).add(word)
    return keys


def _near(
    word: str, words: set[str], lexicon: Lexicon, keys: dict[str, set[str]] | None = None
) -> list[str]:
    """The lent words one edit from ``word``, if no list knows it (3 letters or more)."""
    lower = word.lower()
    if len(lower) < 3:
        return []
    keys = one_edit_keys(words) if keys is None else keys
    found: set[str] = set()
    for key in {lower} | _deletions(lower):
        found |= keys.get(key, set())
    near = sorted(w for w in found if _distance(w, lower) == 1)
    return near if near and lexicon.strength(word) == 0 else []


def _longer(word: str, words: set[str], lexicon: Lexicon, keys: dict[str, set[str]]) -> list[str]:
    """The lent words one inserted letter from ``word``, if it is a dictionary word (3 letters+).

    Not a lent word that only adds a last letter: that is mostly an ending ("Idee"
    and the board's "Ideen", "team" and "teams"), a word of its own.
    """
    lower = word.lower()
    if len(lower) < 3 or lexicon.strength(word) == 0:
        return []
    return sorted(w for w in keys.get(lower, set()) if len(w) == len(lower) + 1 and w[:-1] != lower)


def board_correct(
    reading: Reading, words: set[str], lexicon: Lexicon, keys: dict[str, set[str]] | None = None
) -> Reading:
    """``reading`` with each word no list knows replaced by the one lent word an edit away.

    Only where the recogniser found that word at most :data:`~app.reading.guided.MARGIN`
    nats less likely than what it read (lines with probabilities only). A dictionary
    word becomes the one lent word a letter longer that fits it within
    :data:`REAL_WORD_MARGIN` nats.
    """
    lines = [
        tb
        if tb.probs is None
        else replace(tb, text=_correct_line(tb.text, tb.probs, words, lexicon, keys))
        for tb in reading.lines
    ]
    if all(a.text == b.text for a, b in zip(lines, reading.lines, strict=True)):
        return reading
    return replace(reading, text="\n".join(tb.text for tb in lines), lines=lines)


def _correct_line(
    text: str,
    probs: CharProbs,
    words: set[str],
    lexicon: Lexicon,
    keys: dict[str, set[str]] | None,
) -> str:
    keys = one_edit_keys(words) if keys is None else keys

    def candidates(word: str, start: int, end: int) -> list[str]:
        near = _near(word, words, lexicon, keys)
        return near if len(near) == 1 else []

    text = correct_words(text, probs, candidates, MARGIN, ties=True)

    def longer(word: str, start: int, end: int) -> list[str]:
        found = _longer(word, words, lexicon, keys)
        return found if len(found) == 1 else []

    return correct_words(text, probs, longer, REAL_WORD_MARGIN)
