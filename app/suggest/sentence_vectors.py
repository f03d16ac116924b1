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

from app.suggest.e5_small import ALL_PIECES, MAX_CHARS, E5Small, Pooling, load

#: Length of a vector.
DIMENSIONS = 384
#: Vectors of this many recent texts are kept, so a second suggestion run is quick.
CACHE_SIZE = 4096

_cache: OrderedDict[tuple[Pooling, str], np.ndarray] = OrderedDict()
_lock = threading.Lock()


_WORD = re.compile(r"[^\W\d_]+")


def plain(text: str) -> str:
    """The text on one line; a text in block capitals with its words capitalised only.

    Only the part the encoder reads is kept (its first :data:`MAX_CHARS`
    characters), so the texts the cache holds are no longer than notes.
    """
    text = " ".join(text[:MAX_CHARS].split())
    if text.upper() != text or text.lower() == text:
        return text
    return _WORD.sub(lambda m: m.group().capitalize(), text)


@lru_cache(maxsize=1)
def _encoder() -> E5Small:
    return load()


def sentence_vectors(texts: list[str], pooling: Pooling = ALL_PIECES) -> np.ndarray:
    """One unit vector (of :data:`DIMENSIONS`) per text, a ``len(texts) x 384`` array.

    ``pooling``: :data:`app.suggest.e5_small.ALL_PIECES` or ``TEXT_PIECES``.
    Raises :class:`app.suggest.e5_small.ModelError` if the model file is missing or
    damaged (an incomplete installation).
    """
    keys = [(pooling, plain(t)) for t in texts]
    with _lock:
        missing = list(dict.fromkeys(k for k in keys if k not in _cache))
        if missing:
            encoded = _encoder().encode([t for _, t in missing], pooling)
            for key, vector in zip(missing, np.asarray(encoded, dtype=np.float32), strict=True):
                _cache[key] = vector
        for key in keys:
            _cache.move_to_end(key)
        rows = [_cache[k] for k in keys]
        while len(_cache) > max(CACHE_SIZE, len(texts)):
            _cache.popitem(last=False)
    if not rows:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    return np.vstack(rows)
