"""One way of writing numbers per photo: the decimal or thousands mark the board uses.

A hand-written comma between digits is often read as a full stop, and the
other way round ("4,086m" read "4.086m"). The notes of one photo are mostly
written alike, so where the recogniser was unsure between "." and "," between
two digits (the other mark at least :data:`UNSURE` likely), the mark the other
numbers of the photo were read with confidently (:data:`SURE`) is taken.
Nothing changes without such evidence from the same photo.

Measured on the 98 real notes: two notes more read exactly ("6,727m" and
"4,086m", on photos with other confident commas); the notes with no
confident mark on their photo stay as read.

Before that, the ink decides where it can (:func:`ocr.marks.measure_mark`, with
the note's crop): a mark that hangs below the digits' baseline as a stroke is a
comma, a blob on the baseline a full stop, however sure the recogniser was; a
mark so decided also counts as sure for the photo's way of writing. Real notes:
"8,261m", "4,419m" and "1,01m" (twice), read with a full stop at 0.95-0.999,
come out right (exact 62 % -> 66 %).

The letter of a unit after a number ("481k", "8,261m") is written alike on a
photo too: where the recogniser was unsure of its case (the other case at least
:data:`UNSURE` likely), the case that letter was read with confidently
(:data:`SURE`) after the photo's other numbers is taken (:func:`harmonise_units`).
Real notes, perfect crops: "115K" (K 0.59, k 0.41) next to "481k" (k 0.99)
becomes "115k", exact 73 -> 74 of 98, CER 0.0507 -> 0.0482; detected notes
69 -> 70 of 97. Of the 23 unit letters of the 98 notes no other one was unsure
(the next: "283k", K 0.095), so nothing else changed. The thresholds are the
marks' own, chosen before: nothing was tuned.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

import numpy as np

from ocr.ctc import CharProbs
from ocr.marks import measure_mark
from ocr.types import Reading, TextBox

#: A mark read with at least this probability counts as the photo's way of writing.
SURE = 0.9
#: A mark is unsure when the other mark has at least this probability.
UNSURE = 0.1
_MARKS = ".,"
_BETWEEN_DIGITS = re.compile(r"(?<=\d)[.,](?=\d)")
#: A letter right after a digit and before no other letter: a unit ("481k", "3m").
_UNIT = re.compile(r"(?<=\d)[^\W\d_](?![^\W\d_])")
#: What is found on a line (marks, unit letters) for :func:`_rewritten`.
_Found = TypeVar("_Found")


@dataclass(frozen=True)
class _Mark:
    """A mark between digits on the best path: as read, its probability, the other mark's."""

    char: str
    p: float
    other: float
    shape: str | None  # "," or "." when the ink decides, else None

    @property
    def sure(self) -> str | None:
        """The mark, when the ink or the recogniser is sure of it."""
        return self.shape or (self.char if self.p >= SURE else None)


def _marks(line: TextBox, crop: np.ndarray | None = None) -> list[_Mark]:
    """Marks between digits on the best path of ``line``, their shape measured in ``crop``."""
    probs = line.probs
    assert probs is not None
    path = probs.greedy()
    out = []
    for k in range(1, len(path) - 1):
        char, frame = path[k]
        if char in _MARKS and path[k - 1][0].isdigit() and path[k + 1][0].isdigit():
            other = "," if char == "." else "."
            p = np.exp(probs.logp[frame])
            out.append(
                _Mark(
                    char,
                    float(p[probs.alphabet.find(char) + 1]),
                    float(p[probs.alphabet.find(other) + 1]),
                    _shape(line, probs, path[k - 1][1], path[k + 1][1], crop),
                )
            )
    return out


def _shape(
    line: TextBox, probs: CharProbs, before: int, after: int, crop: np.ndarray | None
) -> str | None:
    """A comma or a full stop if the ink between frames ``before`` and ``after`` is clearly one."""
    start, end = probs.position(before), probs.position(after)
    if crop is None or start is None or end is None or len(line.box) != 4:
        return None
    shape = measure_mark(crop, np.asarray(line.box, dtype=np.float32), start, end)
    return None if shape is None else shape.reads_as


def _usual_mark(marks: Sequence[Sequence[_Mark]]) -> str | None:
    votes: Counter[str] = Counter(m.sure for line in marks for m in line if m.sure)
    if not votes:
        return None
    (top, count), *rest = votes.most_common()
    return top if not rest or count > rest[0][1] else None


def _harmonised(line: TextBox, marks: list[_Mark], usual: str | None) -> TextBox:
    found = list(_BETWEEN_DIGITS.finditer(line.text))
    if len(found) != len(marks):
        return line  # the text no longer follows the recogniser's path
    chars = list(line.text)
    for match, mark in zip(found, marks, strict=True):
        if mark.shape is not None:
            chars[match.start()] = mark.shape
        elif usual is not None and mark.char != usual and mark.other >= UNSURE:
            chars[match.start()] = usual
    text = "".join(chars)
    if text == line.text:
        return line
    # The recogniser's own marks stay on offer for the review.
    return replace(line, text=text, alternatives=(*line.alternatives, line.text))


def harmonise_marks(
    readings: Sequence[Reading | None], crops: Sequence[np.ndarray] | None = None
) -> list[Reading | None]:
    """``readings`` (one photo's) with marks between digits as the ink and the photo say.

    Unit letters after numbers then take the photo's case (:func:`harmonise_units`).

    ``crops``: the notes' crops, in the order of ``readings``, for the marks' shapes.
    """
    found: list[list[list[_Mark]]] = []
    for i, reading in enumerate(readings):
        crop = crops[i] if crops is not None else None
        found.append(
            [
                _marks(line, crop) if line.probs is not None else []
                for line in (reading.lines if reading is not None else ())
            ]
        )
    usual = _usual_mark([line for note in found for line in note])
    return harmonise_units(_rewritten(readings, found, lambda line, m: _harmonised(line, m, usual)))


def _rewritten(
    readings: Sequence[Reading | None],
    found: list[list[list[_Found]]],
    rewrite: Callable[[TextBox, list[_Found]], TextBox],
) -> list[Reading | None]:
    """``readings`` with each line that ``found`` something in it rewritten by ``rewrite``."""
    out: list[Reading | None] = []
    for reading, items in zip(readings, found, strict=True):
        if reading is None or not any(items):
            out.append(reading)
            continue
        lines = [
            rewrite(line, item) if item else line
            for line, item in zip(reading.lines, items, strict=True)
        ]
        if lines == reading.lines:
            out.append(reading)
            continue
        out.append(replace(reading, text="\n".join(line.text for line in lines), lines=lines))
    return out


@dataclass(frozen=True)
class _Unit:
    """A unit letter on the best path: as read, its probability, the other case's."""

    char: str
    p: float
    other: float

    @property
    def sure(self) -> str | None:
        return self.char if self.p >= SURE else None


def _units(line: TextBox) -> list[_Unit]:
    """Unit letters (after a digit, before no letter) on the best path of ``line``."""
    probs = line.probs
    assert probs is not None
    path = probs.greedy()
    out = []
    for k in range(1, len(path)):
        char, frame = path[k]
        after = path[k + 1][0] if k + 1 < len(path) else ""
        if not (char.isalpha() and path[k - 1][0].isdecimal() and not after.isalpha()):
            continue
        other = char.swapcase()
        p = np.exp(probs.logp[frame])
        at = probs.alphabet.find(other)
        out.append(
            _Unit(
                char,
                float(p[probs.alphabet.find(char) + 1]),
                float(p[at + 1]) if at >= 0 and other != char else 0.0,
            )
        )
    return out


def _usual_cases(units: Sequence[_Unit]) -> dict[str, str]:
    """Per letter (lower case), the case the photo reads it with confidently, if one wins."""
    votes: dict[str, Counter[str]] = {}
    for unit in units:
        if unit.sure:
            votes.setdefault(unit.char.lower(), Counter())[unit.sure] += 1
    usual = {}
    for letter, counted in votes.items():
        (top, count), *rest = counted.most_common()
        if not rest or count > rest[0][1]:
            usual[letter] = top
    return usual


def _units_harmonised(line: TextBox, units: list[_Unit], usual: dict[str, str]) -> TextBox:
    """``line`` with its unsure unit letters, still as read on the path, in the ``usual`` case."""
    found = list(_UNIT.finditer(line.text))
    if len(found) != len(units):
        return line  # the text no longer follows the recogniser's path
    chars = list(line.text)
    for match, unit in zip(found, units, strict=True):
        wanted = usual.get(unit.char.lower())
        at = match.start()
        if wanted is not None and line.text[at] == unit.char != wanted and unit.other >= UNSURE:
            chars[at] = wanted
    text = "".join(chars)
    if text == line.text:
        return line
    return replace(line, text=text, alternatives=(*line.alternatives, line.text))


def harmonise_units(readings: Sequence[Reading | None]) -> list[Reading | None]:
    """``readings`` (one photo's) with unsure unit letters in the case the photo uses."""
    found = [
        [
            _units(line) if line.probs is not None else []
            for line in (reading.lines if reading is not None else ())
        ]
        for reading in readings
    ]
    usual = _usual_cases([u for note in found for line in note for u in line])
    if not usual:
        return list(readings)
    return _rewritten(readings, found, lambda line, u: _units_harmonised(line, u, usual))
