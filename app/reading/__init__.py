"""Reading the text on note crops: engine choice, lexicon correction, calibrated confidence.

Public API::

    read_notes(crops, *, engine="auto", languages=("deu", "eng"), lexicon=None,
               progress=None, cancelled=None) -> list[Reading | None]
    read_notes_detailed(...same...) -> ReadOutcome   # plus messages per note
    check_engines(languages=("deu", "eng")) -> list[EngineStatus]

No Qt, no database, no network. A missing engine yields unread notes (None)
and a message, never an exception.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from app.reading.confidence import calibrated_confidence
from app.reading.lexicon import Lexicon
from app.reading.postprocess import normalise_capitals, normalise_capitals_in
from app.reading.runner import Cancelled, ReadProgress, run_engine
from app.reading.strategy import (
    ENGINE_CHOICES,
    Plan,
    make_engine,
    plan,
    reconcile,
    wants_second_opinion,
)
from ocr.engines.base import DEFAULT_LANGUAGES
from ocr.errors import EngineUnavailableError
from ocr.types import Reading, TextBox

__all__ = [
    "ENGINE_CHOICES",
    "EngineStatus",
    "Lexicon",
    "ReadOutcome",
    "check_engines",
    "read_notes",
    "read_notes_detailed",
]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EngineStatus:
    """Whether an engine can run here; ``message`` says how to install what is missing."""

    name: str
    available: bool
    version: str
    message: str


@dataclass
class ReadOutcome:
    """Readings by crop (None: unread), why each unread one is unread, and a run-level message."""

    readings: list[Reading | None]
    errors: dict[int, str] = field(default_factory=dict)
    message: str = ""
    engine: str = ""
    cancelled: bool = False


def check_engines(languages: Sequence[str] = DEFAULT_LANGUAGES) -> list[EngineStatus]:
    """Status of every engine for ``languages`` (for the settings dialog and ``pinscribe ocr``)."""
    out = []
    for name in ("ppocr", "tesseract"):
        eng = make_engine(name, languages)
        try:
            eng.check_available()
            out.append(EngineStatus(name, True, eng.version, "ready"))
        except EngineUnavailableError as exc:
            out.append(EngineStatus(name, False, "", str(exc)))
    return out


def apply_lexicon(reading: Reading, lexicon: Lexicon) -> Reading:
    """Correct each line with the lexicon (umlauts, near misses on weak lines)."""
    if not reading.lines:
        text, _changes = lexicon.correct_text(reading.text, reading.confidence)
        return reading if text == reading.text else replace(reading, text=text)
    lines = []
    changed = False
    for tb in reading.lines:
        text, changes = lexicon.correct_text(tb.text, tb.confidence)
        changed = changed or bool(changes)
        lines.append(TextBox(text, tb.confidence, tb.box))
    if not changed:
        return reading
    return replace(reading, text="\n".join(tb.text for tb in lines), lines=lines)


def _finish(reading: Reading, crop: np.ndarray, lexicon: Lexicon | None) -> Reading:
    """Lexicon corrections, calibrated confidence, then capitals (their slips lower confidence)."""
    if lexicon is not None:
        reading = apply_lexicon(reading, lexicon)
    confidence = calibrated_confidence(reading, crop)
    note_text = reading.text
    if normalise_capitals(note_text) != note_text:
        lines = [
            TextBox(normalise_capitals_in(tb.text, note_text), tb.confidence, tb.box)
            for tb in reading.lines
        ]
        text = "\n".join(tb.text for tb in lines) if lines else normalise_capitals(note_text)
        reading = replace(reading, text=text, lines=lines)
    return replace(reading, confidence=confidence)


def read_notes_detailed(
    crops: Sequence[np.ndarray],
    *,
    engine: str = "auto",
    languages: Sequence[str] = DEFAULT_LANGUAGES,
    lexicon: Lexicon | None = None,
    progress: ReadProgress | None = None,
    cancelled: Cancelled | None = None,
    plan_override: Plan | None = None,
    second_opinion: bool = False,
) -> ReadOutcome:
    """Read every crop; see :func:`read_notes`.

    With engine "auto", notes the first engine fails or times out on are given to
    the second engine. ``second_opinion``: also ask it about weak readings and
    reconcile (off by default: on the benchmark it changed no text and did not
    improve the confidence ranking). ``plan_override`` is for tests and
    benchmarks.
    """
    crops = list(crops)
    if not crops:
        return ReadOutcome([])
    if isinstance(languages, str):
        languages = tuple(languages.replace(",", "+").split("+"))
    chosen = plan_override or plan(engine, tuple(languages))
    if chosen.primary is None:
        msg = chosen.message or "No OCR engine is available."
        log.warning("OCR skipped: %s", msg)
        if progress is not None:
            progress(len(crops), len(crops))
        return ReadOutcome([None] * len(crops), {i: msg for i in range(len(crops))}, msg)
    try:
        first = run_engine(chosen.primary, crops, progress=progress, cancelled=cancelled)
    except EngineUnavailableError as exc:
        if chosen.secondary is None or engine != "auto":
            msg = str(exc)
            log.warning("OCR skipped: %s", msg)
            return ReadOutcome([None] * len(crops), {i: msg for i in range(len(crops))}, msg)
        log.warning(
            "%s failed to start, reading with %s: %s",
            chosen.primary.name,
            chosen.secondary.name,
            exc,
        )
        fallback = Plan(chosen.secondary, None, f"{exc} Read with {chosen.secondary.name} instead.")
        return read_notes_detailed(
            crops,
            engine="auto",
            languages=languages,
            lexicon=lexicon,
            progress=progress,
            cancelled=cancelled,
            plan_override=fallback,
        )
    readings: list[Reading | None] = [
        None if r is None else _finish(r, crops[i], lexicon) for i, r in enumerate(first.readings)
    ]
    outcome = ReadOutcome(
        readings, dict(first.errors), chosen.message, chosen.primary.name, first.cancelled
    )
    if chosen.secondary is None or first.cancelled or engine != "auto":
        return outcome
    # Notes the first engine failed on, and (if asked for) weak readings.
    ask = [
        i
        for i, r in enumerate(readings)
        if r is None or (second_opinion and wants_second_opinion(r, r.confidence))
    ]
    if not ask:
        return outcome
    try:
        second = run_engine(chosen.secondary, crops, indices=ask, cancelled=cancelled)
    except EngineUnavailableError as exc:
        log.info("Second OCR engine unavailable: %s", exc)
        return outcome
    for i in ask:
        other = second.readings[i]
        if other is None:
            continue
        other = _finish(other, crops[i], lexicon)
        mine = readings[i]
        readings[i] = other if mine is None else reconcile(mine, other, lexicon)
        outcome.errors.pop(i, None)
    outcome.cancelled = second.cancelled
    return outcome


def read_notes(
    crops: Sequence[np.ndarray],
    *,
    engine: str = "auto",
    languages: Sequence[str] = DEFAULT_LANGUAGES,
    lexicon: Lexicon | None = None,
    progress: ReadProgress | None = None,
    cancelled: Cancelled | None = None,
) -> list[Reading | None]:
    """Read the text on upright RGB note crops, in order; None where a note could not be read.

    ``engine``: "auto" (PP-OCR; Tesseract when PP-OCR cannot run),
    "ppocr" or "tesseract". ``languages``: Tesseract codes, German and English
    by default. ``lexicon``: workshop words and dictionaries for umlaut
    restoration and near-miss correction. ``progress(done, total)`` is called
    as notes are read; ``cancelled()`` is polled between batches. Confidence
    in the readings is calibrated: low means "probably wrong".
    """
    return read_notes_detailed(
        crops,
        engine=engine,
        languages=languages,
        lexicon=lexicon,
        progress=progress,
        cancelled=cancelled,
    ).readings
