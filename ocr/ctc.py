"""A recognised line's per-frame character probabilities, for scoring other spellings of a word.

PP-OCR's recogniser is a CTC model: for every frame (a few pixels of the line)
it gives a probability for each character and for "blank". The greedy reading
takes the best character per frame; :meth:`CharProbs.log_likelihood` says how
well any other spelling fits the same frames (summed over all alignments, the
CTC forward algorithm), so a dictionary word can be preferred to a misread when
the recogniser itself found it nearly as likely.

Only the Latin characters are kept (about 190 of PP-OCRv6's 18,710), with the
rest of the probability in one "other" column: a line's matrix stays a few
kilobytes.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

#: Characters kept: printable ASCII and Latin-1 and Latin Extended-A letters.
ALPHABET = "".join(chr(c) for c in (*range(0x21, 0x7F), *range(0xC0, 0x180)) if chr(c) != "×")
_FLOOR = 1e-8


@dataclass(frozen=True)
class CharProbs:
    """``logp``: frames x (blank, ``alphabet``..., space, other) log-probabilities.

    ``line_frames``: how many frames the line image itself spans (the rest is
    padding to the widest line of its batch), so that frame ``f`` lies at
    ``(f + 0.5) / line_frames`` of the line's length; None if unknown.
    """

    logp: np.ndarray
    alphabet: str
    line_frames: float | None = None

    @classmethod
    def from_softmax(
        cls,
        probs: np.ndarray,
        columns: np.ndarray,
        alphabet: str,
        line_frames: float | None = None,
    ) -> CharProbs:
        """Keep ``columns`` (blank first, then ``alphabet``, then space) of a frames x C softmax."""
        kept = probs[:, columns].astype(np.float32)
        other = np.clip(1.0 - kept.sum(axis=1, keepdims=True), _FLOOR, 1.0)
        return cls(np.log(np.clip(np.hstack([kept, other]), _FLOOR, 1.0)), alphabet, line_frames)

    def position(self, frame: int) -> float | None:
        """Where ``frame`` lies along the line, as a share of its length (None if unknown)."""
        if not self.line_frames:
            return None
        return (frame + 0.5) / self.line_frames

    @property
    def frames(self) -> int:
        return int(self.logp.shape[0])

    def _index(self, char: str) -> int:
        if char == " ":
            return len(self.alphabet) + 1
        pos = self.alphabet.find(char)
        return pos + 1 if pos >= 0 else len(self.alphabet) + 2

    def greedy(self) -> list[tuple[str, int]]:
        """The best path, collapsed: (character, frame); NUL for a character not kept."""
        best = self.logp.argmax(axis=1)
        out: list[tuple[str, int]] = []
        previous = -1
        space, other = len(self.alphabet) + 1, len(self.alphabet) + 2
        for frame, k in enumerate(best.tolist()):
            if k != previous and k != 0:
                char = " " if k == space else "\0" if k == other else self.alphabet[k - 1]
                out.append((char, frame))
            previous = k
        return out

    def best_kept(self, frame: int) -> str:
        """The likeliest kept character (a letter of ``alphabet``, or space) at ``frame``."""
        row = self.logp[frame, 1 : len(self.alphabet) + 2]
        k = int(row.argmax())
        return " " if k == len(self.alphabet) else self.alphabet[k]

    def log_likelihood(self, label: str, start: int, end: int) -> float:
        """Log P(``label`` | frames ``start``..``end``-1), summed over CTC alignments."""
        frames = self.logp[max(start, 0) : min(end, self.frames)]
        if not len(frames):
            return float("-inf")
        ext = [0]
        for char in label:
            ext += [self._index(char), 0]
        ext_arr = np.asarray(ext)
        n = len(ext)
        # Skipping a blank is allowed between two different characters.
        skip = np.zeros(n, dtype=bool)
        skip[2:] = (ext_arr[2:] != 0) & (ext_arr[2:] != ext_arr[:-2])
        alpha = np.full(n, -np.inf)
        alpha[0] = frames[0, ext[0]]
        if n > 1:
            alpha[1] = frames[0, ext[1]]
        for row in frames[1:]:
            stay = alpha
            step = np.concatenate([[-np.inf], alpha[:-1]])
            jump = np.where(skip, np.concatenate([[-np.inf, -np.inf], alpha[:-2]]), -np.inf)
            alpha = np.logaddexp(np.logaddexp(stay, step), jump) + row[ext_arr]
        return float(np.logaddexp(alpha[-1], alpha[-2]) if n > 1 else alpha[-1])


#: Per frame, characters below this probability are not extended by :func:`beam_words`.
_BEAM_FLOOR = float(np.log(1e-3))


@functools.lru_cache(maxsize=4)
def _fold_matrix(alphabet: str) -> tuple[np.ndarray, str]:
    """0/1 matrix summing the columns of a :class:`CharProbs` into case-folded letters."""
    letters: list[str] = []
    for char in alphabet:
        low = char.lower()
        if len(low) == 1 and low not in letters:
            letters.append(low)
    matrix = np.zeros((len(alphabet) + 3, len(letters) + 1), dtype=np.float32)
    matrix[0, 0] = 1.0  # blank
    for k, char in enumerate(alphabet, start=1):
        low = char.lower()
        if len(low) == 1:
            matrix[k, letters.index(low) + 1] = 1.0
    return matrix, "".join(letters)


def _folded(probs: CharProbs, start: int, end: int) -> tuple[np.ndarray, str]:
    """Frames ``start``..``end``-1 with upper and lower case merged: (logp, letters).

    Column 0 is blank; column k is ``letters[k - 1]`` (lower case, one per letter).
    """
    matrix, letters = _fold_matrix(probs.alphabet)
    frames = np.exp(probs.logp[max(start, 0) : min(end, probs.frames)])
    # einsum, not ``@``: a product this small through OpenBLAS wakes its threads,
    # which on two busy cores took 20-40 ms wall (7 ms CPU) instead of 0.3 ms;
    # the sums are the same, bit for bit (checked on 260 real lines).
    return np.log(np.clip(np.einsum("fc,cl->fl", frames, matrix), _FLOOR, 1.0)), letters


def _lae(a: float, b: float) -> float:
    """log(exp(a) + exp(b)) for plain floats (numpy's is slow on scalars)."""
    if a < b:
        a, b = b, a
    if b == -math.inf:
        return a
    return a + math.log1p(math.exp(b - a))


def beam_words(
    probs: CharProbs,
    start: int,
    end: int,
    is_prefix: Callable[[str], bool],
    is_word: Callable[[str], bool],
    beam: int = 12,
) -> list[tuple[str, float]]:
    """Words (lower case) the frames ``start``..``end``-1 may spell, best first, with log-scores.

    A CTC prefix beam search, case folded, that extends a prefix only while
    ``is_prefix`` holds (a dictionary), keeping the complete words
    (``is_word``) at the end: the recogniser's own alternatives, restricted to
    known words.
    """
    logp, letters = _folded(probs, start, end)
    neg = -math.inf
    # prefix -> [log P ending in blank, log P ending in its last letter]
    beams: dict[str, list[float]] = {"": [0.0, neg]}
    for row_arr in logp:
        row = row_arr.tolist()
        cand = (np.flatnonzero(row_arr[1:] > _BEAM_FLOOR) + 1).tolist()
        nxt: dict[str, list[float]] = {}
        for prefix, (pb, pnb) in beams.items():
            total = _lae(pb, pnb)
            here = nxt.setdefault(prefix, [neg, neg])
            here[0] = _lae(here[0], total + row[0])
            last = letters.find(prefix[-1]) + 1 if prefix else 0
            if last:
                here[1] = _lae(here[1], pnb + row[last])
            for k in cand:
                ext = prefix + letters[k - 1]
                if not is_prefix(ext):
                    continue
                there = nxt.setdefault(ext, [neg, neg])
                there[1] = _lae(there[1], (pb if k == last else total) + row[k])
        ranked = sorted(nxt.items(), key=lambda kv: -_lae(*kv[1]))
        beams = dict(ranked[:beam])
    words = [(w, _lae(*s)) for w, s in beams.items() if w and is_word(w)]
    return sorted(words, key=lambda ws: -ws[1])
