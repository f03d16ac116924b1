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
Ink is measured against the paper around it, channel by channel (see
:func:`ink_fraction`); the measure before (max of R, G, B 70 below its median)
took dark-red writing on orange or pink and any writing in dim light for blank.
Written notes called blank, old -> new (``bench/small_notes.py``; labelled real
86 written notes as shot / dim / 70 px wide / both: 4/76/10/82 -> 0/0/0/0; 102
written notes of the untouched synthetic tier: 19/102/24/102 -> 2/3/5/4); blank
notes called written: real 2/0/2/0 -> 2/2/2/2 (the two carry drawings),
synthetic 10/0/10/0 of 98 -> 0/2/0/1.
A penalty for words the lexicon does not know was tried and dropped: it made the
ranking worse (-0.69 -> -0.59 at 224 px) on real notes full of acronyms and
jargon. On handwriting fonts the mean ranks better (-0.57 vs -0.53): real notes
decided.
"""

from __future__ import annotations

import functools
import re

import cv2
import numpy as np

from app.reading.calibration import features, probability
from app.reading.lexicon import Lexicon
from ocr.types import Reading

_WORDS = re.compile(r"\w+", re.UNICODE)
_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)


#: Side the crop is brought to before measuring ink, so the measure does not depend on scale.
_INK_SIDE = 160
#: A pixel is ink when some channel is this share of the paper's level darker than the paper.
_INK_DROP = 0.25
#: Below this share of stroke pixels a crop looks blank; above :data:`_INK_SURE`, written.
_BLANK_BELOW = 0.003
#: ... plus this many times the pixel noise (sigma): the closing lifts the paper by about that.
_NOISE_SIGMAS = 2.0
#: Ink wider than this (px at :data:`_INK_SIDE`) in every direction is a blob, not a stroke.
_BLOB_WIDTH = 6
#: ... if it is no larger than this share of the note (a dot or pin; a filled drawing counts).
_BLOB_MAX = 0.3
_INK_SURE = 0.006


def ink_fraction(crop: np.ndarray) -> float:
    """Share of the inner crop covered by strokes darker than the paper around them.

    The paper's level is measured locally (a closing with a window of 1/8 of
    the note), so shadows, light gradients and glare are paper; a pixel is ink
    when, in any channel, it is ``_INK_DROP`` of the paper's brightest channel
    below the paper there: dark red on orange drops in green and blue although
    its red stays high, and a dim photo is measured relative to its own light.
    Solid round blobs (vote dots, pins, pin holes) are not strokes and are left out.
    """
    if crop.ndim != 3 or crop.shape[0] < 8 or crop.shape[1] < 8:
        return 0.0
    h, w = crop.shape[:2]
    f = _INK_SIDE / max(h, w)
    size = (max(8, round(w * f)), max(8, round(h * f)))
    img = cv2.resize(
        np.ascontiguousarray(crop[:, :, :3]),
        size,
        interpolation=cv2.INTER_AREA if f < 1 else cv2.INTER_CUBIC,
    ).astype(np.float32)
    h, w = img.shape[:2]
    k = max(3, (max(h, w) // 8) | 1)
    paper = cv2.morphologyEx(
        img, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))
    )
    level = np.maximum(_channel_max(paper), 8.0)
    noise = _noise(crop) * min(1.0, f)  # averaging f^-2 pixels into one lowers the noise
    ink = _channel_max(paper - img) > _INK_DROP * level + _NOISE_SIGMAS * noise
    ink = ink.astype(np.uint8)
    # Thick solid blobs (vote dots, pins, pin holes: wider than a pen's stroke) are no writing.
    blobs = cv2.morphologyEx(ink, cv2.MORPH_OPEN, _disc(_BLOB_WIDTH))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(blobs, connectivity=8)
    big = stats[:, [cv2.CC_STAT_WIDTH, cv2.CC_STAT_HEIGHT]].max(axis=1) > _BLOB_MAX * max(h, w)
    big[0] = True  # the background
    if n > 1 and not big.all():
        dots = (~big)[labels].astype(np.uint8)
        ink[cv2.dilate(dots, _disc(5)) > 0] = 0
    inside, area = _inner_ellipse(h, w)
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    stroke = stats[:, cv2.CC_STAT_AREA] >= 3  # specks of one or two pixels are noise
    stroke[0] = False  # the background
    return float(np.count_nonzero(stroke[labels] & inside) / area)


def _channel_max(img: np.ndarray) -> np.ndarray:
    """The largest of the three channels, pixel by pixel (``img.max(axis=2)``, 5 x faster)."""
    return np.maximum(np.maximum(img[:, :, 0], img[:, :, 1]), img[:, :, 2])


@functools.lru_cache(maxsize=64)
def _inner_ellipse(h: int, w: int) -> tuple[np.ndarray, int]:
    """The inner ellipse (away from the note's edges and the board around round notes); area."""
    yy, xx = np.mgrid[0:h, 0:w]
    inside = ((xx - (w - 1) / 2) / (0.42 * w)) ** 2 + ((yy - (h - 1) / 2) / (0.42 * h)) ** 2 <= 1
    inside.setflags(write=False)
    return inside, max(int(np.count_nonzero(inside)), 1)


def _noise(crop: np.ndarray) -> float:
    """The pixel noise (sigma) of the noisiest channel, from deviations to the 3 x 3 median."""
    rgb = np.ascontiguousarray(crop[:, :, :3])
    dev = cv2.absdiff(rgb, cv2.medianBlur(rgb, 3)).reshape(-1, 3)
    return 1.4826 * max(_median_u8(dev[:, c]) for c in range(3))


def _median_u8(values: np.ndarray) -> float:
    """``np.median`` of uint8 values, from their histogram (a sixth of the time on a crop)."""
    counts = np.cumsum(cv2.calcHist([np.ascontiguousarray(values)], [0], None, [256], [0, 256]))
    n = int(counts[-1])
    if n == 0:
        return float("nan")
    low = int(np.searchsorted(counts, (n - 1) // 2, side="right"))
    high = int(np.searchsorted(counts, n // 2, side="right"))
    return (low + high) / 2


def _disc(size: int) -> np.ndarray:
    return cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (size, size))


def looks_blank(crop: np.ndarray) -> bool:
    """True when the note shows no strokes (see :func:`ink_fraction`)."""
    return ink_fraction(crop) < _BLANK_BELOW


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
        return 0.9 if ink < _BLANK_BELOW else 0.3 if ink < _INK_SURE else 0.1
    return probability(note_features(reading, lexicon, odd_text, crop))
