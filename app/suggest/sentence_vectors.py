"""Sentence vectors that know what words mean, in German and English.

Microsoft's multilingual-e5-small (about 100 languages in one vector space, German
and English among them), run with numpy by :mod:`app.suggest.e5_small` from
``resources/models/e5-small-de-en.npz`` (20.5 MiB, MIT): nothing is downloaded at
run time. "Radwege" and "Busverbindungen", or "Bürokratie" and "Verwaltung", get
close vectors though they share no letters, and so do "Mehr Radwege" and "More
cycle lanes".

A note written in block capitals, as header cards and much handwriting are, is
read as words ("PROZESSE" as "Prozesse"): the encoder would otherwise see texts in
capitals as alike, whatever they mean. Abbreviations in mixed text ("ÖPNV") stay.

Loading takes under a second, encoding some 15-20 ms per note: call it
off the GUI thread.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from functools import lru_cache

import numpy as np

from app.suggest.e5_small import E5Small, load

#: Length of a vector.
DIMENSIONS = 384
#: Vectors of this many recent texts are kept, so a second suggestion run is quick.
CACHE_SIZE = 4096

_cache: OrderedDict[str, np.ndarray] = OrderedDict()
_lock = threading.Lock()


_WORD = re.compile(r"[^\W\d_]+")


def plain(text: str) -> str:
    """The text on one line; a text in block capitals with its words capitalised only."""
    text = " ".join(text.split())
    if text.upper() != text or text.lower() == text:
        return text
    return _WORD.sub(lambda m: m.group().capitalize(), text)


@lru_cache(maxsize=1)
def _encoder() -> E5Small:
    return load()


def sentence_vectors(texts: list[str]) -> np.ndarray:
    """One unit vector (of :data:`DIMENSIONS`) per text, a ``len(texts) x 384`` array.

    Raises :class:`app.suggest.e5_small.ModelError` if the model file is missing or
    damaged (an incomplete installation).
    """
    texts = [plain(t) for t in texts]
    with _lock:
        missing = list(dict.fromkeys(t for t in texts if t not in _cache))
        if missing:
            encoded = np.asarray(_encoder().encode(missing), dtype=np.float32)
            for text, vector in zip(missing, encoded, strict=True):
                _cache[text] = vector
        for text in texts:
            _cache.move_to_end(text)
        rows = [_cache[t] for t in texts]
        while len(_cache) > max(CACHE_SIZE, len(texts)):
            _cache.popitem(last=False)
    if not rows:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return np.vstack(rows)
