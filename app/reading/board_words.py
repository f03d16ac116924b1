"""Words the board itself spells out clearly, to correct the notes beside them.

A photo's notes share their words ("Lexis Library" on one card, "Lexcis
Library" misread on the next). Dictionary words read with line confidence of
at least :data:`CONFIDENCE` on any note of the photo join the lexicon as
workshop words for that photo's notes (:meth:`~app.reading.lexicon.Lexicon.with_words`),
so the lexicon's workshop rules (near misses at any line confidence) prefer
them. Only the recogniser's own readings are used, never a label, and only
words of the dictionaries: a confident misread that is no word teaches nothing.

Measured on the 98 labelled real notes, perfect crops, each photo's notes
read together (``bench/ocr.py --figures``): exact 71 -> 72 of 98 ("Lexcis
Library" -> "Lexis Library"), CER 0.0522 -> 0.0524; the same for thresholds
0.97 to 0.995 (so the leave-one-photo-out choice is the same), while 0.90 or
0.95 pulled a misread "Inhegrated" to the board's "Integrate" (71). Words of
3 or 5 letters at least instead of 4: the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from app.reading.lexicon import Lexicon, _distance
from ocr.types import Reading

#: Lines read with at least this confidence lend their dictionary words to the photo's notes.
CONFIDENCE = 0.98
#: Words shorter than this are not lent (short words are near misses of too much).
MIN_LENGTH = 4
#: A note is corrected again only if a word it read is this close to a lent word (edits).
NEAR = 2

_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)


def board_words(readings: Iterable[Reading | None], lexicon: Lexicon) -> set[str]:
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


def may_change(reading: Reading, words: set[str], lexicon: Lexicon) -> bool:
    """Whether ``reading`` has a word the lexicon does not know within :data:`NEAR` of ``words``."""
    for word in _LETTERS.findall(reading.text):
        lower = word.lower()
        if len(lower) < 3 or lexicon.strength(word) >= 2:
            continue
        for known in words:
            if abs(len(known) - len(lower)) <= NEAR and _distance(known, lower) <= NEAR:
                return True
    return False
