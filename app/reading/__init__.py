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

from app.messages import message as message_of
from app.reading.board_words import board_correct, lent_words, may_change, one_edit_keys
from app.reading.confidence import calibrated_confidence
from app.reading.engines import EngineStatus, checked_engines
from app.reading.guided import guided_correct
from app.reading.lexicon import Lexicon
from app.reading.postprocess import (
    digits_among_digits,
    latin_letters,
    normalise_capitals,
    normalise_capitals_in,
    question_mark,
    spaced_marks,
)
from app.reading.runner import Cancelled, ReadProgress, run_engine
from app.reading.separators import harmonise_marks
from app.reading.strategy import (
    ENGINE_CHOICES,
    Plan,
    plan,
    reconcile,
    wants_second_opinion,
)
from ocr.engines.base import DEFAULT_LANGUAGES, OcrEngine
from ocr.errors import EngineUnavailableError
from ocr.types import Reading

__all__ = [
    "ENGINE_CHOICES",
    "EngineStatus",
    "Lexicon",
    "ReadOutcome",
    "check_engines",
    "read_notes",
    "read_notes_detailed",
    "with_alternatives",
]

log = logging.getLogger(__name__)


@dataclass
class ReadOutcome:
    """Readings by crop (None: unread), why each unread one is unread, and a run-level message."""

    readings: list[Reading | None]
    errors: dict[int, str] = field(default_factory=dict)
    message: str = ""
    engine: str = ""
    cancelled: bool = False


def check_engines(
    languages: Sequence[str] = DEFAULT_LANGUAGES, *, refresh: bool = False
) -> list[EngineStatus]:
    """Status of every engine for ``languages``, checked once per process (``refresh``: again).

    For the About dialog, the settings and ``pinscribe ocr``; the engines
    checked here are the ones every reading uses (:mod:`app.reading.engines`).
    """
    return [c.status for c in checked_engines(languages, refresh=refresh).values()]


def apply_lexicon(reading: Reading, lexicon: Lexicon) -> Reading:
    """Correct each line with the lexicon (umlauts, near misses on weak lines)."""
    if not reading.lines:
        text, _changes = lexicon.correct_text(reading.text, reading.confidence)
        return reading if text == reading.text else replace(reading, text=text)
    lines = []
    changed = False
    for tb in reading.lines:
        guided = tb.probs is not None and GUIDED
        # With the recogniser's probabilities, dictionary words a slip away are
        # chosen by them (guided), not by the line's confidence alone.
        text, _changes = lexicon.correct_text(
            tb.text, tb.confidence, dictionary_near_misses=not guided
        )
        if tb.probs is not None and GUIDED:
            text = guided_correct(text, tb.probs, lexicon)
        changed = changed or text != tb.text
        lines.append(replace(tb, text=text))
    if not changed:
        return reading
    return replace(reading, text="\n".join(tb.text for tb in lines), lines=lines)


#: Lexicon corrections chosen with the recogniser's probabilities (:mod:`.guided`), in
#: place of the dictionary's near misses by line confidence: real notes, perfect crops
#: CER 0.0519 -> 0.0515, detected notes exact 65 -> 66 of 97, CER 0.0785 -> 0.0763
#: ("Cordery" no longer "Corder").
GUIDED = True

#: Marks that never make a note on their own ("(" read on a blank card).
STRAY_MARKS = "()[]{}<>.,;:'\"`´-_–—|/\\~^°"

#: How many other readings a note keeps for the review.
MAX_ALTERNATIVES = 3


def with_alternatives(reading: Reading, texts: Sequence[str]) -> Reading:
    """``reading`` with ``texts`` added to its alternatives (deduplicated, never its own text)."""
    seen = {" ".join(reading.text.split())}
    kept: list[str] = []
    for text in (*reading.alternatives, *texts):
        key = " ".join(text.split())
        if key and key not in seen:
            seen.add(key)
            kept.append(text)
    kept = kept[:MAX_ALTERNATIVES]
    return (
        reading
        if tuple(kept) == reading.alternatives
        else replace(reading, alternatives=tuple(kept))
    )


def _capitals(reading: Reading) -> Reading:
    note_text = reading.text
    if normalise_capitals(note_text) == note_text:
        return reading
    lines = [replace(tb, text=normalise_capitals_in(tb.text, note_text)) for tb in reading.lines]
    text = "\n".join(tb.text for tb in lines) if lines else normalise_capitals(note_text)
    return replace(reading, text=text, lines=lines)


def _digits(reading: Reading) -> Reading:
    """Letters of other scripts read as Latin ones, digit look-alikes between digits as digits.

    A line read as a lone "2" that the recogniser nearly read as "?" is a question mark; a
    mark written apart from its neighbours is spaced (:func:`.postprocess.spaced_marks`).
    """
    if not reading.lines:
        text = digits_among_digits(reading.text)
        return reading if text == reading.text else replace(reading, text=text)
    lines = [
        replace(
            tb,
            text=question_mark(
                digits_among_digits(spaced_marks(latin_letters(tb.text, tb.probs), tb.probs)),
                tb.probs,
                reading.text,
            ),
        )
        for tb in reading.lines
    ]
    if all(a.text == b.text for a, b in zip(lines, reading.lines, strict=True)):
        return reading
    return replace(reading, text="\n".join(tb.text for tb in lines), lines=lines)


def _line_alternatives(reading: Reading) -> list[str]:
    """The note's text with one line read another way (e.g. the recogniser's first look)."""
    out = []
    texts = [tb.text for tb in reading.lines]
    for i, tb in enumerate(reading.lines):
        for other in tb.alternatives:
            out.append("\n".join([*texts[:i], other, *texts[i + 1 :]]))
    return out


def _finish(reading: Reading, crop: np.ndarray, lexicon: Lexicon | None) -> Reading:
    """Capitals, lexicon corrections, then the calibrated confidence.

    Capitals first, so that a corrected word takes the note's case ("BooS" ->
    "BOOS" -> "BOOST", not "Boost"); the odd words the confidence counts are
    those the engine read. The engine's text with and without capitals
    normalised become the alternatives.
    """
    raw = reading.text
    if raw.strip() and not raw.strip().strip(STRAY_MARKS + " \n"):
        # A bracket, comma or dash alone is the board's texture or the outline's
        # shadow, never a note: read as empty (the mark stays an alternative).
        reading = replace(reading, text="", lines=[])
    reading = _digits(_capitals(reading))
    before_lexicon = reading.text
    if lexicon is not None:
        reading = apply_lexicon(reading, lexicon)
    reading = with_alternatives(reading, [before_lexicon, raw, *_line_alternatives(reading)])
    confidence = calibrated_confidence(reading, crop, lexicon, odd_text=raw)
    return replace(reading, confidence=confidence)


def _finished(
    reading: Reading,
    i: int,
    crops: list[np.ndarray],
    lexicon: Lexicon | None,
    early: dict[int, tuple[Reading, Reading]],
) -> Reading:
    """:func:`_finish` of crop ``i``'s reading, taken from ``early`` if it finished this one."""
    done = early.get(i)
    if done is not None and done[0] is reading:
        return done[1]
    return _finish(reading, crops[i], lexicon)


#: Dictionary words read clearly on the notes lend themselves to the notes beside them
#: (:mod:`.board_words`): real notes, perfect crops, exact 71 -> 72 of 98, CER 0.0522 -> 0.0516.
BOARD_WORDS = True


def _with_board_words(
    readings: list[Reading | None],
    read: Sequence[Reading | None],
    crops: list[np.ndarray],
    lexicon: Lexicon,
) -> None:
    """Correct the finished notes with the words the photo's notes spell clearly.

    A note changed keeps its text before as its first alternative, and its
    confidence is calibrated again (``read``: the engine's readings, by crop).
    """
    words = lent_words(read, lexicon)
    if not words:
        return
    keys = one_edit_keys(words)
    for i, (done, raw) in enumerate(zip(readings, read, strict=True)):
        if done is None or raw is None or not may_change(done, words, lexicon, keys):
            continue
        lent = board_correct(done, words, lexicon, keys)
        if lent is done:
            continue
        lent = with_alternatives(replace(lent, alternatives=()), [done.text, *done.alternatives])
        confidence = calibrated_confidence(lent, crops[i], lexicon, odd_text=raw.text)
        readings[i] = replace(lent, confidence=confidence)


def _unread(count: int, message: str) -> ReadOutcome:
    log.warning("OCR skipped: %s", message)
    return ReadOutcome([None] * count, {i: message for i in range(count)}, message)


def _ask_second_engine(
    outcome: ReadOutcome,
    secondary: OcrEngine,
    crops: list[np.ndarray],
    lexicon: Lexicon | None,
    second_opinion: bool,
    cancelled: Cancelled | None,
) -> None:
    """Give the notes the first engine failed on (and, if asked, weak ones) to ``secondary``."""
    readings = outcome.readings
    ask = [
        i
        for i, r in enumerate(readings)
        if r is None or (second_opinion and wants_second_opinion(r, r.confidence))
    ]
    if not ask:
        return
    try:
        second = run_engine(secondary, crops, indices=ask, cancelled=cancelled)
    except EngineUnavailableError as exc:
        log.info("Second OCR engine unavailable: %s", exc)
        return
    for i in ask:
        other = second.readings[i]
        if other is None:
            continue
        other = _finish(other, crops[i], lexicon)
        mine = readings[i]
        readings[i] = (
            other
            if mine is None
            else with_alternatives(reconcile(mine, other, lexicon), [mine.text, other.text])
        )
        outcome.errors.pop(i, None)
    outcome.cancelled = second.cancelled


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
    improve the confidence ranking). ``plan_override``: the engines to use
    (a reader builds its plan once and passes it for every photo; tests and
    benchmarks pass their own).
    """
    crops = list(crops)
    if not crops:
        return ReadOutcome([])
    if isinstance(languages, str):
        languages = tuple(languages.replace(",", "+").split("+"))
    chosen = plan_override or plan(engine, tuple(languages))
    if chosen.primary is None:
        if progress is not None:
            progress(len(crops), len(crops))
        return _unread(len(crops), chosen.message or message_of("read.no_engine_available"))
    # Each batch is finished while the engine reads the next one; a note whose
    # text harmonise_marks then changes (a photo-wide decision) is finished again.
    early: dict[int, tuple[Reading, Reading]] = {}

    def finish_early(indices: list[int], read: Sequence[Reading | None]) -> None:
        for i in indices:
            r = read[i]
            if r is not None:
                early[i] = (r, _finish(r, crops[i], lexicon))

    try:
        first = run_engine(
            chosen.primary,
            crops,
            progress=progress,
            cancelled=cancelled,
            on_read=finish_early,
        )
    except EngineUnavailableError as exc:
        if chosen.secondary is None or engine != "auto":
            return _unread(len(crops), str(exc))
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
    read = harmonise_marks(first.readings, crops)
    readings: list[Reading | None] = [
        None if r is None else _finished(r, i, crops, lexicon, early) for i, r in enumerate(read)
    ]
    if lexicon is not None and BOARD_WORDS:
        _with_board_words(readings, read, crops, lexicon)
    outcome = ReadOutcome(
        readings, dict(first.errors), chosen.message, chosen.primary.name, first.cancelled
    )
    if chosen.secondary is not None and not first.cancelled and engine == "auto":
        _ask_second_engine(outcome, chosen.secondary, crops, lexicon, second_opinion, cancelled)
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
