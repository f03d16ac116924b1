"""Which engine reads a note, when the other one is asked, and how two readings are reconciled.

Chosen by measurement (``bench/ocr.py``; both engines tuned: PP-OCR as in
:mod:`ocr.engines.ppocr`, Tesseract via tesserocr as in
:mod:`ocr.engines.tesseract`; CER capped at 1 per note, whitespace normalised):

=================  ======  =========  ===========================
set                PP-OCR  Tesseract  per-note best of the two
=================  ======  =========  ===========================
real notes (98)    0.096   0.497      0.090 (oracle, unreachable)
printed (60)       0.000   0.000      0.000
handwriting (60)   0.024   0.188      0.024
=================  ======  =========  ===========================

(PP-OCR read note by note for the oracle column: 0.093 and 0.027.)

So "auto" reads with PP-OCR, and with Tesseract instead when PP-OCR is not
installed, fails to start or does not cover a requested language; notes PP-OCR
fails or times out on are handed to Tesseract. Tesseract as a second opinion
was measured and is off by default:

* the more confident reading of the two: real notes 0.093 -> 0.103 (with
  Tesseract on max RGB without binarisation and a threshold on PP-OCR's
  confidence: 0.207; Tesseract reads board texture and marker strokes as
  confident garbage);
* :func:`reconcile` on notes below calibrated confidence 0.6 (agreement raises
  confidence; the second reading wins only by a clear margin in confidence x
  share of lexicon words): no change at the default set-up (real 0.093,
  handwriting 0.019, rho -0.67), at 224 px detection real 0.088 -> 0.098;
  15-40 ms per asked note. The oracle leaves at most 0.003 to gain.

:func:`reconcile` stays for callers that ask both engines on purpose (re-reading
one note) and for ``read_notes_detailed(second_opinion=True)``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from app.messages import message
from app.reading.engines import checked_engines, make_engine
from app.reading.lexicon import Lexicon
from ocr.engines.base import OcrEngine
from ocr.types import Reading

ENGINE_CHOICES = ("auto", "ppocr", "tesseract")

__all__ = ["ENGINE_CHOICES", "Plan", "make_engine", "plan", "reconcile"]

#: Calibrated confidence below which "auto" asks the second engine.
SECOND_OPINION_BELOW = 0.6
#: How much better (reconcile score) the second reading must be to replace the first.
REPLACE_MARGIN = 0.15
#: Readings within this CER of each other count as agreeing.
AGREE_CER = 0.1

_WORDS = re.compile(r"\w+", re.UNICODE)


@dataclass
class Plan:
    """The engines a run uses; ``primary`` None means nothing can read (see ``message``)."""

    primary: OcrEngine | None
    secondary: OcrEngine | None
    message: str = ""


def plan(engine: str, languages: Sequence[str], *, refresh: bool = False) -> Plan:
    """Engines for ``engine`` ("auto", "ppocr", "tesseract"); a missing one is no exception.

    The engines come from :func:`~app.reading.engines.checked_engines`: built and
    checked once per process, so a plan costs nothing after the first.
    """
    if engine not in ENGINE_CHOICES:
        raise ValueError(
            f"Unknown OCR engine {engine!r}; choose one of {', '.join(ENGINE_CHOICES)}."
        )
    checked = checked_engines(languages, refresh=refresh)
    if engine != "auto":
        one = checked[engine]
        if not one.status.available:
            return Plan(None, None, one.status.message)
        return Plan(one.engine, None)
    available = [c.engine for c in checked.values() if c.status.available]
    problems = [c.status.message for c in checked.values() if not c.status.available]
    if not available:
        return Plan(None, None, message("read.no_engine", problems=" ".join(problems)))
    primary = available[0]
    secondary = available[1] if len(available) > 1 else None
    text = "" if primary.name == "ppocr" else message("read.fallback", problems=" ".join(problems))
    return Plan(primary, secondary, text.strip())


def normalise(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def text_distance(a: str, b: str) -> float:
    """Character error rate of ``b`` against ``a`` (whitespace normalised)."""
    from app.reading.lexicon import _distance

    na, nb = normalise(a), normalise(b)
    return _distance(na, nb) / max(len(na), 1)


def lexicon_share(text: str, lexicon: Lexicon | None, none: float = 1.0) -> float:
    """Share of words (3+ characters, with a letter) the lexicon knows; ``none`` if there are none.

    A word with a digit inside ("Grunfl8chen") counts as unknown.
    """
    words = [w for w in _WORDS.findall(text) if len(w) >= 3 and any(c.isalpha() for c in w)]
    if not words:
        return none
    if lexicon is None:
        return 1.0
    return sum(w.isalpha() and lexicon.knows(w) for w in words) / len(words)


def score(reading: Reading, lexicon: Lexicon | None) -> float:
    return reading.confidence * (0.5 + 0.5 * lexicon_share(reading.text, lexicon))


def wants_second_opinion(reading: Reading, confidence: float) -> bool:
    """Ask the other engine only about weak readings (empty ones included)."""
    return confidence < SECOND_OPINION_BELOW


def reconcile(first: Reading, second: Reading, lexicon: Lexicon | None) -> Reading:
    """One reading from two: agreement raises confidence; the second wins only clearly."""
    if not second.text.strip():
        return first
    if first.text.strip() and text_distance(first.text, second.text) <= AGREE_CER:
        # Near agreement: the better-scored spelling, more confident than either.
        boosted = min(1.0, max(first.confidence, second.confidence) + 0.1)
        better = score(second, lexicon) > score(first, lexicon)
        winner = second if better and normalise(first.text) != normalise(second.text) else first
        return replace(winner, confidence=boosted)
    if not first.text.strip():
        # An empty first reading: believe the second only if it looks like words.
        if second.confidence >= 0.8 and lexicon_share(second.text, lexicon, none=0.0) >= 0.6:
            return replace(second, confidence=second.confidence * 0.8)
        return first
    if score(second, lexicon) > score(first, lexicon) + REPLACE_MARGIN and lexicon_share(
        second.text, lexicon
    ) >= lexicon_share(first.text, lexicon):
        return replace(second, confidence=min(second.confidence, 0.7))
    return replace(first, confidence=first.confidence * 0.9)
