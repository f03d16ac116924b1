"""Lexicon corrections chosen with the recogniser's own character probabilities.

For each word of a line the lexicon does not know, its candidates
(:meth:`~app.reading.lexicon.Lexicon.candidates`) are scored on the frames the
word was read from (:meth:`ocr.ctc.CharProbs.log_likelihood`); the best one
replaces the word when the recogniser found it at most :data:`MARGIN` nats less
likely than what it read. Only for engines that give the probabilities (PP-OCR).
Candidates shorter than the word are not taken: a dropped letter fits the frames
too easily ("Cordery" -> "Corder", "Tolley" -> "Tolly").

Measured on the 98 real notes (PP-OCR, workshop words of ``bench/ocr.py``):
CER 0.086 -> 0.082, exact 53 % -> 56 %; the same for margins 3 to 7 nats
(so a leave-one-photo-out choice of the margin changes nothing); second halves
of each photo after the first half was reviewed: 56 % -> 60 % exact.

The candidates also include the dictionary words a CTC prefix beam search over
the word's frames finds (:func:`ocr.ctc.beam_words`, case folded, :data:`BEAM`
best): the recogniser's own second thoughts, however many edits away ("UKELY"
-> "LIKELY", "Legrslatior" -> "Legislation", "OTHERNVE" -> "OTHERWISE"). Real
notes: CER 0.082 -> 0.079, exact 56 % -> 58 %; margins 5 to 10 within one note
(leave-one-photo-out choice: 58 %). Two words written as one (compounds) were
tried in the search and dropped: nonsense pairs ("wit" + "kir") fit misreads
too well (CER 0.0720 -> 0.0731). About 10 ms per note with unknown words.

Also measured and dropped (issue 15, fourth round; 71 of 98 exact before): words
known only as compounds ("discovey", "Amenmats") opened to corrections within
3-7 nats (no change: "discovey" went to "discover", not "discovery");
candidates one letter shorter within 2-8 nats ("Lexcis" -> "Lexis" at 6, but
"Cordery" -> "Corder" from 4, "Tolley" -> "Tolly" at 8: 69-70). The word forms
of ``simplemma`` added to the dictionaries (English 83,000, German 771,000
more): 68-69 ("TUPES" and "CHUNKIN" became words or were corrected).

Also measured and dropped (issue 15, fifth round; 72 of 98 exact before): a
letter 5-gram model of spelling (Witten-Bell, trained on the 75,000 words
``pyspellchecker`` gives frequencies for, weighted ``1 + log(count / floor)``;
built in 1.9 s) added to the scores, ``w`` times its log-probability, for words
of five letters or more: at w 0.1-0.2 (margin 7) words improve ("Orgital" ->
"Digital", "beochureibe" -> "beschreiben"; CER 0.0516 -> 0.0506) but no note
becomes exact, as each such note has other misreads; at w 0.3-0.5 "Cuong"
becomes "Cuing" (70-71 of 98). Adding the spellings of any letters an
unconstrained CTC beam search finds (10 best; "versionng" -> "versioning",
which no word list has), an insertion bonus (1.5 per letter) or shorter
candidates: 70-71 ("within" -> "withir", "Taxonomy" -> "Taconomy", "Cordery"
-> "Corder"). Leave-one-photo-out choice of w: 0 for every photo (72 of 98).
The code is in the branch history (commit "experiment (issue 15): letter 5-gram").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from app.reading.lexicon import Lexicon, _match_case
from ocr.ctc import CharProbs, beam_words

#: How much less likely (natural log) a known word may be than the misread it replaces.
#: Third round of issue 15 (marks, order, joins in place), leave-one-photo-out over
#: 4-12 nats: 7 chosen for 12 of 13 photos (real notes, perfect crops: exact 69 %
#: either way, CER 0.0538 -> 0.0529; detected notes 64 -> 65 of 97; at 5: 68 of 98,
#: at 7-10: 69, at 12: 64).
MARGIN = 7.0
#: Dictionary words found by a beam search over the word's frames, added to the candidates.
BEAM = 5
_TOKEN = re.compile(r"[^\W\d_]+", re.UNICODE)


def _span(path: list[tuple[str, int]], first: int, last: int, frames: int) -> tuple[int, int]:
    """Frames of the characters ``first``..``last`` of ``path``, out to their neighbours."""
    start = path[first - 1][1] + 1 if first > 0 else 0
    end = path[last + 1][1] if last + 1 < len(path) else frames
    return start, end


def _casings(word: str, candidate: str) -> list[str]:
    """``candidate`` cased as ``word`` is, and with its first letter's case the other way.

    The recogniser may have misread the first letter's case with the letter
    ("fGxprt" for "Export"): the frames decide between the two.
    """
    cased = _match_case(word, candidate)
    if cased.isupper() and len(cased) > 1:
        return [cased]
    other = cased[:1].lower() if cased[:1].isupper() else cased[:1].upper()
    return [cased, other + cased[1:]]


#: The words a word as read may become, given the frames (start, end) it was read from.
Candidates = Callable[[str, int, int], Iterable[str]]


def correct_words(
    text: str, probs: CharProbs, candidates: Candidates, margin: float, ties: bool = False
) -> str:
    """``text`` with each word replaced by the candidate the frames make likeliest.

    ``text`` is the line as read, maybe corrected already (same words in order); a word
    changed since the recogniser read it is kept. A candidate must score more than the
    word as read less ``margin`` nats (at least as much, when ``ties``), and more than
    the candidates before it.
    """
    path = probs.greedy()
    read = "".join(c for c, _ in path)
    tokens = list(_TOKEN.finditer(text))
    read_tokens = list(_TOKEN.finditer(read))
    if len(tokens) != len(read_tokens):
        return text
    out = []
    pos = 0
    for token, seen in zip(tokens, read_tokens, strict=True):
        word = token.group(0)
        out.append(text[pos : token.start()])
        pos = token.end()
        if word.lower() != seen.group(0).lower():
            out.append(word)
            continue
        start, end = _span(path, seen.start(), seen.end() - 1, probs.frames)
        found = list(candidates(word, start, end))
        if not found:
            out.append(word)
            continue
        best, best_score = word, probs.log_likelihood(seen.group(0), start, end) - margin
        for candidate in found:
            for cased in _casings(word, candidate):
                score = probs.log_likelihood(cased, start, end)
                if score > best_score or (ties and score == best_score):
                    best, best_score = cased, score
        out.append(best)
    out.append(text[pos:])
    return "".join(out)


def guided_correct(
    text: str, probs: CharProbs, lexicon: Lexicon, margin: float | None = None
) -> str:
    """``text`` with unknown words replaced where the recogniser's probabilities allow it.

    ``text`` is the line as read, maybe corrected already (same words in order).
    """

    def candidates(word: str, start: int, end: int) -> list[str]:
        if len(word) < 3 or lexicon.strength(word) > 0:
            return []
        found = set(lexicon.candidates(word))
        if BEAM:
            found |= {
                w
                for w, _ in beam_words(probs, start, end, lexicon.is_prefix, lexicon.is_word)[:BEAM]
            }
        # A dropped letter fits the frames too easily ("Cordery" -> "Corder").
        return [c for c in sorted(found) if len(c) >= len(word)]

    return correct_words(text, probs, candidates, MARGIN if margin is None else margin)
