"""Recogniser matrices written by hand, for the tests of what is read from them."""

from __future__ import annotations

import numpy as np

from ocr.ctc import CharProbs


def char_probs(frames: list[dict[str, float]], alphabet: str) -> CharProbs:
    """A line's matrix: per frame, the probabilities named ("_" blank, " " space; rest blank)."""
    p = np.full((len(frames), len(alphabet) + 3), 1e-6)  # blank, letters, space, other
    for t, named in enumerate(frames):
        for char, value in named.items():
            index = (
                0 if char == "_" else len(alphabet) + 1 if char == " " else alphabet.index(char) + 1
            )
            p[t, index] = value
        p[t, 0] += max(0.0, 1.0 - p[t].sum())
    return CharProbs(np.log(p), alphabet)
