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

from dataclasses import dataclass

import numpy as np

#: Characters kept: printable ASCII and Latin-1 and Latin Extended-A letters.
ALPHABET = "".join(chr(c) for c in (*range(0x21, 0x7F), *range(0xC0, 0x180)) if chr(c) != "×")
_FLOOR = 1e-8


@dataclass(frozen=True)
class CharProbs:
    """``logp``: frames x (blank, ``alphabet``..., space, other) log-probabilities."""

    logp: np.ndarray
    alphabet: str

    @classmethod
    def from_softmax(cls, probs: np.ndarray, columns: np.ndarray, alphabet: str) -> CharProbs:
        """Keep ``columns`` (blank first, then ``alphabet``, then space) of a frames x C softmax."""
        kept = probs[:, columns].astype(np.float32)
        other = np.clip(1.0 - kept.sum(axis=1, keepdims=True), _FLOOR, 1.0)
        return cls(np.log(np.clip(np.hstack([kept, other]), _FLOOR, 1.0)), alphabet)

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
