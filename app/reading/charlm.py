"""A character n-gram model of how words are spelled, from the word lists' frequencies.

Interpolated Witten-Bell smoothing over the letters of a word (lower case),
with the start padded and an end mark, so that "versioning" scores far above
"versionng" and "amendments" above "amerdmeds" without either being looked up:
the model knows which letters follow which in German and English.

Trained on the words the word lists give frequencies for (those of
``pyspellchecker``: German 18,000, English 57,000), each weighted by
``1 + log(count / floor)``; built in about a second, once per process.
"""

from __future__ import annotations

import math
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

#: Letters of context (the model is an (ORDER + 1)-gram model).
ORDER = 4
_START, _END = "\x02", "\x03"


class CharLM:
    """Log-probabilities of words, letter by letter (see the module docstring)."""

    def __init__(self, weighted_words: Iterable[tuple[str, float]], order: int = ORDER) -> None:
        self.order = order
        grams: Counter[str] = Counter()
        for word, weight in weighted_words:
            padded = _START * order + word + _END
            for n in range(1, order + 2):
                for i in range(order + 1 - n, len(padded) - n + 1):
                    grams[padded[i : i + n]] += weight
        totals: dict[str, float] = defaultdict(float)
        followers: dict[str, int] = defaultdict(int)
        for gram, count in grams.items():
            totals[gram[:-1]] += count
            followers[gram[:-1]] += 1
        self._grams = dict(grams)
        self._totals = dict(totals)
        self._followers = dict(followers)
        self._vocabulary = max(self._followers.get("", 1), 1) + 1
        self._memo: dict[str, float] = {}

    def _prob(self, context: str, char: str) -> float:
        """P(``char`` | ``context``), Witten-Bell interpolated down to uniform."""
        p = 1.0 / self._vocabulary
        for n in range(len(context) + 1):
            h = context[len(context) - n :]
            total = self._totals.get(h)
            if not total:
                break
            kinds = self._followers[h]
            p = (self._grams.get(h + char, 0.0) + kinds * p) / (total + kinds)
        return p

    def log_prob(self, word: str) -> float:
        """Natural log of P(``word``), its end included (case folded)."""
        w = word.lower()
        hit = self._memo.get(w)
        if hit is not None:
            return hit
        padded = _START * self.order + w + _END
        total = 0.0
        for i in range(self.order, len(padded)):
            total += math.log(self._prob(padded[i - self.order : i], padded[i]))
        if len(self._memo) > 100_000:
            self._memo.clear()
        self._memo[w] = total
        return total


def from_counts(counts: Iterable[tuple[Mapping[str, int], int]], order: int = ORDER) -> CharLM:
    """A model of the words of ``counts`` (word -> count, with the list's floor count)."""

    def weighted() -> Iterable[tuple[str, float]]:
        for words, floor in counts:
            for word, count in words.items():
                if word.isalpha():
                    yield word, 1.0 + math.log(max(count, floor) / max(floor, 1))

    return CharLM(weighted(), order)


_LOCK = threading.Lock()
_MODELS: dict[tuple[int, ...], CharLM] = {}


def shared(key: tuple[int, ...], counts: Iterable[tuple[Mapping[str, int], int]]) -> CharLM:
    """One model per set of word lists (``key``: their ids), built on first use."""
    with _LOCK:
        model = _MODELS.get(key)
        if model is None:
            model = from_counts(counts)
            _MODELS[key] = model
        return model
