"""Confidence as the chance that a note was read exactly right, fitted on labelled real notes.

The engine's line scores say how sure the recogniser was, not how often a whole
note comes out letter for letter right: PP-OCR showed wrong readings at
98-100 %. So the shown confidence is a logistic model of "read exactly" on a few
signs of a misread (:func:`features`), fitted on the 98 labelled real notes of
``../shared/data/real`` and checked leave-one-photo-out (fit on 13 photos,
score the 14th): ``bench/ocr.py --figures`` prints the reliability table and
refits the coefficients (``--fit``). Leave-one-photo-out on the 98 real notes
(readings of issue 15's third round: marks by their ink, reading order, joined
words): at >= 0.9 32 notes (33 %), 97 % of them exact (the one miss "BAR 356"
for "BAR 350", read at 0.99). Without the feature "text at the crop's edge"
(added in that round) 35 notes, 94 %: the other miss, ",446m" read "1,446m",
is a note cut by the photo's edge. The engine's weakest line score before: 69
notes at >= 0.9, 71 % exact. A reading without a lexicon counts 30 % of its
words unknown.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np

from ocr.types import Reading

_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
_TOKENS = re.compile(r"\S+")

#: Names of the features, in the order of :data:`COEFFICIENTS` (after the intercept).
FEATURES = (
    "logit weakest line",
    "logit mean line",
    "share of unknown words",
    "share of odd words",
    "log characters",
    "lines",
    "share of digit tokens",
    "share of one- and two-letter tokens",
    "text at the crop's edge",
)

#: Fitted by ``bench/ocr.py --fit`` on the 98 labelled real notes (all 14 photos).
COEFFICIENTS: tuple[float, ...] = (
    1.1238,
    0.9747,
    0.4961,
    -0.2968,
    -0.0525,
    -0.2928,
    -0.5009,
    -0.0281,
    0.199,
    -0.3273,
)
#: Feature means and spreads the coefficients were fitted on (features are standardised).
MEANS: tuple[float, ...] = (3.4323, 3.7631, 0.1797, 0.0178, 2.4978, 2.0698, 0.2795, 0.1072, 0.3953)
SCALES: tuple[float, ...] = (1.975, 1.7922, 0.3254, 0.0735, 0.7822, 1.469, 0.4248, 0.2205, 0.4889)
#: Strength of the fit's L2 penalty. Leave-one-photo-out at >= 0.9 (readings of
#: the second look, the beam search and the marks): 1.0: 24 notes, 92 % exact;
#: 1.5 to 3: 23 notes, 96 %; 5: 22 notes, 95 %; 10: 18 notes, 94 %. Third round
#: (with the crop's edge, L2 kept): 1.0: 34 notes, 97 %; 2.0: 32, 97 %; 3.0: 31, 97 %;
#: 5.0: 29, 97 %.
L2 = 2.0
#: The share of unknown words assumed when no lexicon is at hand.
UNKNOWN_WITHOUT_LEXICON = 0.3


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def features(
    reading: Reading, unknown_share: float | None, odd_share: float, at_edge: float = 0.0
) -> list[float]:
    """The signs of a misread for a reading with text (see :data:`FEATURES`).

    ``at_edge``: 1 if a line of text reaches the crop's edge (a note cut by the
    photo's edge or by its outline, text that may go on beyond), else 0.
    """
    confs = [tb.confidence for tb in reading.lines] or [reading.confidence]
    tokens = _TOKENS.findall(reading.text)
    n = max(len(tokens), 1)
    return [
        _logit(min(confs)),
        _logit(float(np.mean(confs))),
        UNKNOWN_WITHOUT_LEXICON if unknown_share is None else unknown_share,
        odd_share,
        math.log(1 + len(reading.text.strip())),
        float(max(len(reading.lines), 1)),
        sum(any(c.isdigit() for c in t) for t in tokens) / n,
        sum(len(t) <= 2 for t in tokens) / n,
        at_edge,
    ]


def probability(
    values: Sequence[float],
    coefficients: Sequence[float] = COEFFICIENTS,
    means: Sequence[float] = MEANS,
    scales: Sequence[float] = SCALES,
) -> float:
    """The fitted chance of "read exactly" for one note's features."""
    z = coefficients[0] + sum(
        c * (v - m) / s for c, v, m, s in zip(coefficients[1:], values, means, scales, strict=True)
    )
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def fit(
    rows: Sequence[Sequence[float]], exact: Sequence[bool], l2: float = L2
) -> tuple[tuple[float, ...], tuple[float, ...], tuple[float, ...]]:
    """Coefficients, means and scales of an L2-regularised logistic regression (Newton steps)."""
    x = np.asarray(rows, dtype=float)
    y = np.asarray(exact, dtype=float)
    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales[scales < 1e-9] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - means) / scales])
    w = np.zeros(z.shape[1])
    penalty = np.eye(z.shape[1]) * l2
    penalty[0, 0] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(z @ w, -30, 30)))
        grad = z.T @ (p - y) + penalty @ w
        hess = (z * (p * (1 - p))[:, None]).T @ z + penalty + np.eye(len(w)) * 1e-9
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return (
        tuple(float(v) for v in w),
        tuple(float(v) for v in means),
        tuple(float(v) for v in scales),
    )
