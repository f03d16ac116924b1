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
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from app.reading.guided import MARGIN, _casings, _span
from app.reading.lexicon import Lexicon, _distance
from ocr.ctc import CharProbs
from ocr.types import Reading

#: Lines read with at least this confidence lend their dictionary words to the photo's notes.
CONFIDENCE = 0.95
#: Words shorter than this are not lent (short words are near misses of too much).
MIN_LENGTH = 4

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


def may_change(reading: Reading, words: set[str], lexicon: Lexicon) -> bool:
    """Whether ``reading`` has a word no list knows one edit from one of ``words``."""
    return any(_near(word, words, lexicon) for word in _LETTERS.findall(reading.text))


def _near(word: str, words: set[str], lexicon: Lexicon) -> list[str]:
    """The lent words one edit from ``word``, if no list knows it (3 letters or more)."""
    lower = word.lower()
    if len(lower) < 3 or lexicon.strength(word) > 0:
        return []
    return [w for w in words if abs(len(w) - len(lower)) <= 1 and _distance(w, lower) == 1]


def board_correct(reading: Reading, words: set[str], lexicon: Lexicon) -> Reading:
    """``reading`` with each word no list knows replaced by the one lent word an edit away.

    Only where the recogniser found that word at most :data:`~app.reading.guided.MARGIN`
    nats less likely than what it read (lines with probabilities only).
    """
    lines = [
        tb
        if tb.probs is None
        else replace(tb, text=_correct_line(tb.text, tb.probs, words, lexicon))
        for tb in reading.lines
    ]
    if all(a.text == b.text for a, b in zip(lines, reading.lines, strict=True)):
        return reading
    return replace(reading, text="\n".join(tb.text for tb in lines), lines=lines)


def _correct_line(text: str, probs: CharProbs, words: set[str], lexicon: Lexicon) -> str:
    path = probs.greedy()
    read = "".join(c for c, _ in path)
    tokens = list(_LETTERS.finditer(text))
    seen_tokens = list(_LETTERS.finditer(read))
    if len(tokens) != len(seen_tokens):
        return text
    out, pos = [], 0
    for token, seen in zip(tokens, seen_tokens, strict=True):
        word, lower = token.group(0), token.group(0).lower()
        out.append(text[pos : token.start()])
        pos = token.end()
        near = [] if lower != seen.group(0).lower() else _near(word, words, lexicon)
        if len(near) != 1:
            out.append(word)
            continue
        start, end = _span(path, seen.start(), seen.end() - 1, probs.frames)
        best, best_score = word, probs.log_likelihood(seen.group(0), start, end) - MARGIN
        for cased in _casings(word, near[0]):
            score = probs.log_likelihood(cased, start, end)
            if score >= best_score:
                best, best_score = cased, score
        out.append(best)
    out.append(text[pos:])
    return "".join(out)
