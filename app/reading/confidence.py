"""A note's confidence that ranks probably-wrong readings first in the review queue.

The engines' own scores say how sure the recogniser was of each line; on the
labelled real notes (PP-OCR at the default set-up, 98 notes, 86 with text) the
weakest line ranks errors a little better than the length-weighted mean
(Spearman rho of confidence against CER on notes with text: mean -0.64, weakest
line -0.66; at 224 px detection -0.64 and -0.69). Signs of a misread no
recogniser scores are added: a capital inside a lower-case word ("STRUcTueED")
or letters and digits mixed in a word ("4G:1"): -0.67. An empty reading is
confident only if the crop looks blank (little ink), since a detector miss also
reads as empty: over all 98 notes rho goes from -0.32 (raw) to -0.51.
A penalty for words the lexicon does not know was tried and dropped: it made the
ranking worse (-0.69 -> -0.59 at 224 px) on real notes full of acronyms and
jargon. On handwriting fonts the mean ranks better (-0.57 vs -0.53): real notes
decided.
"""

from __future__ import annotations

import re

import numpy as np

from app.reading.calibration import features, probability
from app.reading.lexicon import Lexicon
from ocr.types import Reading

_WORDS = re.compile(r"\w+", re.UNICODE)
_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)


def ink_fraction(crop: np.ndarray) -> float:
    """Share of the inner crop much darker than the note (max over R, G, B vs. its median)."""
    if crop.ndim != 3 or crop.shape[0] < 8 or crop.shape[1] < 8:
        return 0.0
    h, w = crop.shape[:2]
    inner = crop[h // 8 : h - h // 8, w // 8 : w - w // 8]
    bright = inner.max(axis=2).astype(np.int16)
    level = int(np.median(bright))
    return float(np.mean(bright < level - 70))


def _odd_words(text: str) -> float:
    """Share of words with a case or digit pattern no spelling has."""
    words = [w for w in _WORDS.findall(text) if len(w) >= 2]
    if not words:
        return 0.0
    odd = 0
    for w in words:
        inner_cap = any(a.islower() and b.isupper() for a, b in zip(w, w[1:], strict=False))
        digits = sum(ch.isdigit() for ch in w)
        mixed = 0 < digits < len(w) and not re.fullmatch(r"\d+[a-zA-Z]{1,3}|[A-Z]\d+", w)
        odd += inner_cap or mixed
    return odd / len(words)


def unknown_share(text: str, lexicon: Lexicon | None) -> float | None:
    """Share of words (3+ letters) the lexicon does not know; None without a lexicon."""
    if lexicon is None:
        return None
    words = [w for w in _LETTERS.findall(text) if len(w) >= 3]
    if not words:
        return 0.0
    return sum(lexicon.strength(w) == 0 for w in words) / len(words)


#: A line box this close to the crop's border (share of its shorter side) reaches the edge.
EDGE = 0.01


def text_at_edge(reading: Reading, crop: np.ndarray | None) -> float:
    """1.0 if a line of ``reading`` reaches the border of ``crop``, else 0.0.

    Text running off the crop was cut by the photo's edge or by the note's
    outline: more of it may lie beyond. Real notes (perfect crops): such notes
    47 % exact, the others 81 %.
    """
    if crop is None or not reading.lines:
        return 0.0
    h, w = crop.shape[:2]
    margin = EDGE * min(h, w)
    for line in reading.lines:
        pts = np.asarray(line.box, dtype=float).reshape(-1, 2)
        if not len(pts):
            continue
        x0, y0 = pts.min(axis=0)
        x1, y1 = pts.max(axis=0)
        if min(x0, y0, w - 1 - x1, h - 1 - y1) <= margin:
            return 1.0
    return 0.0


def note_features(
    reading: Reading,
    lexicon: Lexicon | None,
    odd_text: str | None = None,
    crop: np.ndarray | None = None,
) -> list[float]:
    """The features :mod:`~app.reading.calibration` scores (``odd_text``: before capitals)."""
    odd = _odd_words(reading.text if odd_text is None else odd_text)
    return features(reading, unknown_share(reading.text, lexicon), odd, text_at_edge(reading, crop))


def calibrated_confidence(
    reading: Reading,
    crop: np.ndarray | None,
    lexicon: Lexicon | None = None,
    odd_text: str | None = None,
) -> float:
    """0..1: the fitted chance that the note was read exactly right (see :mod:`.calibration`)."""
    if not reading.text.strip():
        if crop is None or crop.ndim != 3 or min(crop.shape[:2]) < 16:
            return 0.3  # cannot tell a blank note from a missed one
        ink = ink_fraction(crop)
        return 0.9 if ink < 0.002 else 0.5 if ink < 0.01 else 0.1
    return probability(note_features(reading, lexicon, odd_text, crop))
