"""Clean-ups of OCR text that need no dictionary.

Notes written in capitals come back with stray lower-case letters
("STRUcTueED", "IN TImES"): in a note whose letters are at least 70 % capitals,
a word of four or more letters with at least half capitals is written in
capitals. Measured on the real notes (PP-OCR, 224 px detection): CER 0.094 ->
0.090, no change on printed or handwriting-font notes. Short mixed words
("IoT", "KfW") are left alone.

A letter that looks like a digit, between digits in a run of digits and
marks with no other letter ("4G:1", "1O5"), is that digit
(:func:`digits_among_digits`): "PSALM 4G:1" -> "PSALM 46:1" on a detected
real note. "4G", "H2O2", "B2B" and "10am" stay.

The recogniser knows 18,710 characters, most of them Chinese; on a German or
English note a letter of another script is a misread ("VS D" read "vs 巨"):
:func:`latin_letters` puts the likeliest Latin letter of the same frame there.

A question mark written apart from the words ("WORD  ?") is found as a line of
its own, and a hand-written one is often read as a "2" (its hook is the 2's
curve, its dot the 2's foot): :func:`question_mark` makes such a lone "2" a
"?" when the note has no other digit and the recogniser found "?" nearly as
likely (within :data:`QUESTION_MARGIN` nats). Real notes, perfect crops: the
one lone "2" of the 98 ("WORD ? ML": "2" -0.45, "?" -1.27 nats) becomes "?";
the lone "?" of "NKING ?" has "2" 6.1 nats behind.

A mark written apart from its neighbours ("Q & A", "model ?") is often read
without the gap, as the best path drops a space the recogniser gave some
probability: :func:`spaced_marks` puts a space beside "&", "+" or "?" where the
line with it is at most :data:`SPACE_COST` nats less likely per space added
(the whole line's probability, summed over alignments). Real notes, perfect
crops: "MINUS Q&A" -> "MINUS Q & A" (2.1 nats for two spaces), "model?" ->
"model ?" (the spaced line is the likelier one); nothing else changed for any
cost from 1.1 to 4 nats (at 1: neither). With the board's "NOISE" for "NOSE"
(:mod:`.board_words`) the note "NOISE WORDS FOR QUESTIONS MINUS Q & A CONTENT
TYPE" is read exactly: 72 -> 73 of 98, CER 0.0516 -> 0.0507 (spaces alone:
CER 0.0511); detected notes 68 -> 69 of 97. Leave-one-photo-out over costs 0
(off), 1, 2, 4: the other photos tie, the shipped 2 is kept for each. Only
"&", "+" and "?" are looked at: the dash is spaced as often as not ("H2-H3",
"2-3%" against "LC/PSL - OTHERWISE" on the labels).
"""

from __future__ import annotations

import re

from ocr.ctc import CharProbs

_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)

NOTE_CAPITALS = 0.7
WORD_CAPITALS = 0.5
MIN_WORD = 4


def _capitals(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def normalise_capitals(text: str) -> str:
    """Upper-case the stray lower-case letters of a note written in capitals."""
    return normalise_capitals_in(text, text)


def normalise_capitals_in(text: str, note: str) -> str:
    """Like :func:`normalise_capitals` for one line ``text`` of the note ``note``."""
    if _capitals(note) < NOTE_CAPITALS:
        return text

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        if len(word) >= MIN_WORD and _capitals(word) >= WORD_CAPITALS:
            return "".join(c if c == "ß" else c.upper() for c in word)
        return word

    return _LETTERS.sub(fix, text)


#: Letters that stand for a digit when they sit between digits.
_DIGIT_LIKE = {
    "O": "0",
    "o": "0",
    "G": "6",
    "S": "5",
    "s": "5",
    "B": "8",
    "Z": "2",
    "z": "2",
    "l": "1",
    "I": "1",
}
#: Runs of digits, marks between them and letters (a "word" with digits in it).
_NUMBER_RUN = re.compile(r"\w+(?:[.,:/]\w+)*", re.UNICODE)


def digits_among_digits(text: str) -> str:
    """A digit look-alike letter between digits read as that digit (see the module docstring)."""

    def fix(match: re.Match[str]) -> str:
        run = match.group(0)
        letters = [i for i, c in enumerate(run) if c.isalpha()]
        if len(letters) != 1 or sum(c.isdigit() for c in run) < 2:
            return run
        i = letters[0]
        digit = _DIGIT_LIKE.get(run[i])
        before = run[i - 1 : i]
        after = run[i + 1 : i + 3].lstrip(".,:/")[:1]
        if digit is None or not before.isdigit() or not after.isdigit():
            return run
        return run[:i] + digit + run[i + 1 :]

    return _NUMBER_RUN.sub(fix, text)


def latin_letters(text: str, probs: CharProbs | None) -> str:
    """``text`` (one line) with letters outside the recogniser's Latin alphabet replaced.

    Each such letter becomes the likeliest kept character of its frame; the text
    must be the best path of ``probs`` (else it is returned as it is).
    """
    if probs is None or all(not c.isalpha() or c in probs.alphabet for c in text):
        return text
    path = probs.greedy()
    if len(path) != len(text):
        return text
    chars = list(text)
    for i, (char, frame) in enumerate(path):
        if char == "\0" and chars[i].isalpha():
            chars[i] = probs.best_kept(frame)
    return "".join(chars).strip()


#: How much less likely (natural log) "?" may be than the lone "2" it replaces.
QUESTION_MARGIN = 2.0


def question_mark(line: str, probs: CharProbs | None, note: str) -> str:
    """A line read as a lone "2" is "?" when the recogniser nearly read that (module docstring).

    ``note``: the whole note's text; with another digit in it the "2" stays (a list, a number).
    """
    if probs is None or line.strip() != "2" or sum(c.isdigit() for c in note) != 1:
        return line
    if not any(c.isalpha() for c in note):
        return line
    behind = probs.log_likelihood("2", 0, probs.frames) - probs.log_likelihood("?", 0, probs.frames)
    if behind > QUESTION_MARGIN:
        return line
    return line.replace("2", "?")


#: Marks that may be written apart from the words beside them.
SPACED_MARKS = "&+?"
#: How much less likely (natural log) the line may be per space put beside a mark.
SPACE_COST = 2.0
#: A word of an address, where marks are never spaced ("a+b@web.de", "x.de/?q=1&r=2").
_ADDRESS = re.compile(r"[@/=]|www\.", re.IGNORECASE)


def _keeps_its_place(text: str, i: int) -> bool:
    """Whether the mark ``text[i]`` is one no space may go beside, however wide the gap.

    Marks in a run ("C++", "??"), in a web or e-mail address, and a leading "+"
    ("+49") are written that way.
    """
    if (i > 0 and text[i - 1] in SPACED_MARKS) or text[i + 1 : i + 2] in tuple(SPACED_MARKS):
        return True
    start, end = text.rfind(" ", 0, i) + 1, text.find(" ", i)
    if _ADDRESS.search(text[start : len(text) if end < 0 else end]):
        return True
    return text[i] == "+" and start == i


def spaced_marks(text: str, probs: CharProbs | None) -> str:
    """``text`` (one line read from ``probs``) with spaces beside marks the frames allow.

    For each mark of :data:`SPACED_MARKS` touching a neighbour, the line with a
    space before it, after it, or both, is kept when it is at most
    :data:`SPACE_COST` nats less likely per space added than the line without
    them, and likelier by that measure than the other choices (module docstring).
    Marks that keep their place (:func:`_keeps_its_place`) are left as read.
    """
    if probs is None or not any(m in text for m in SPACED_MARKS):
        return text
    best = probs.log_likelihood(text, 0, probs.frames)
    i = 0
    while i < len(text):
        if text[i] not in SPACED_MARKS or _keeps_its_place(text, i):
            i += 1
            continue
        before = i > 0 and text[i - 1] != " "
        after = i + 1 < len(text) and text[i + 1] != " "
        left, mark, right = text[:i], text[i], text[i + 1 :]
        chosen, chosen_score, shift = text, best, 0
        for add_before, add_after in ((True, False), (False, True), (True, True)):
            if (add_before and not before) or (add_after and not after):
                continue
            other = left + " " * add_before + mark + " " * add_after + right
            score = probs.log_likelihood(other, 0, probs.frames)
            if score + SPACE_COST * (add_before + add_after) > chosen_score + SPACE_COST * (
                len(chosen) - len(text)
            ):
                chosen, chosen_score, shift = other, score, int(add_before)
        text, best = chosen, chosen_score
        i += shift + 1
    return text
