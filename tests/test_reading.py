"""app.reading: runner robustness, strategy, reconciliation, confidence, batches."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

import app.reading as reading
from app.reading import EngineStatus, Lexicon, check_engines, read_notes, read_notes_detailed
from app.reading import strategy as strategy_module
from app.reading.confidence import calibrated_confidence, ink_fraction
from app.reading.hunspell import find_dictionaries
from app.reading.runner import CallTimeout, call_with_timeout, run_engine
from app.reading.strategy import Plan, plan, reconcile
from app.reading.wordlists import find_word_sources
from ocr.engines import PpOcrEngine, TesseractEngine
from ocr.engines.base import OcrEngine
from ocr.errors import EngineUnavailableError
from ocr.types import Reading, TextBox
from tests.reading_fakes import FakeEngine, crop
from tests.real_notes import needs_real, real_crops

HAS_DICTS = len(find_dictionaries(("deu", "eng"))) == 2
HAS_WORDS = len(find_word_sources(("deu", "eng"))) == 2
needs_dicts = pytest.mark.skipif(
    not HAS_WORDS, reason="no word lists (pip install pyspellchecker, or hunspell-de-de/-en-us)"
)


def test_failing_note_does_not_stop_the_others() -> None:
    eng = FakeEngine(fail=[2])
    result = run_engine(eng, [crop(i) for i in range(5)], batch_size=4)
    texts = [r.text if r else None for r in result.readings]
    assert texts == ["note 0", "note 1", None, "note 3", "note 4"]
    assert "cannot read note 2" in result.errors[2]


FAST = {"startup_allowance": 0.0, "batch_note_seconds": 0.0}


def test_hanging_note_times_out_and_others_are_read() -> None:
    eng = FakeEngine(hang=[1])
    try:
        result = run_engine(
            eng, [crop(i) for i in range(4)], batch_size=2, **FAST, note_timeout=0.2
        )
    finally:
        eng.release.set()
    texts = [r.text if r else None for r in result.readings]
    assert texts == ["note 0", None, "note 2", "note 3"]
    assert "did not answer" in result.errors[1]


def test_engine_that_keeps_hanging_is_given_up() -> None:
    eng = FakeEngine(hang=list(range(10)))
    try:
        result = run_engine(
            eng, [crop(i) for i in range(6)], batch_size=2, **FAST, note_timeout=0.05
        )
    finally:
        eng.release.set()
    assert result.readings == [None] * 6
    assert len(result.errors) == 6
    assert any("stopped answering" in m for m in result.errors.values())


def test_empty_reading_is_a_reading_not_an_error() -> None:
    result = run_engine(FakeEngine(empty=[0]), [crop(0), crop(1)])
    assert result.readings[0] == Reading("", 0.0, [], "fake")
    assert result.errors == {}


def test_call_with_timeout_passes_errors_and_values() -> None:
    assert call_with_timeout(lambda: 3, 1.0) == 3
    with pytest.raises(ZeroDivisionError):
        call_with_timeout(lambda: 1 / 0, 1.0)
    with pytest.raises(CallTimeout):
        call_with_timeout(lambda: threading.Event().wait(2), 0.05)


def test_progress_and_cancel() -> None:
    seen: list[tuple[int, int]] = []
    outcome = read_notes_detailed(
        [crop(i) for i in range(40)],
        plan_override=Plan(FakeEngine(), None),
        progress=lambda d, t: seen.append((d, t)),
    )
    assert seen[-1] == (40, 40) and all(t == 40 for _, t in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert all(r is not None for r in outcome.readings)

    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return calls["n"] > 1  # let the first batch through

    outcome = read_notes_detailed(
        [crop(i) for i in range(40)], plan_override=Plan(FakeEngine(), None), cancelled=cancelled
    )
    assert outcome.cancelled
    read = [r for r in outcome.readings if r is not None]
    assert 0 < len(read) < 40


def test_missing_engine_gives_unread_notes_and_a_message() -> None:
    crops = [crop(i) for i in range(3)]
    outcome = read_notes_detailed(
        crops, plan_override=Plan(None, None, "Install OCR: pip install x")
    )
    assert outcome.readings == [None, None, None]
    assert "pip install" in outcome.message and set(outcome.errors) == {0, 1, 2}
    # An engine that turns out unavailable while reading: same, no exception.
    outcome = read_notes_detailed(crops, plan_override=Plan(FakeEngine(unavailable=True), None))
    assert outcome.readings == [None, None, None] and "pip install fake-ocr" in outcome.message


def test_auto_falls_back_when_the_first_engine_cannot_start() -> None:
    outcome = read_notes_detailed(
        [crop(1)],
        plan_override=Plan(FakeEngine(unavailable=True), FakeEngine(conf=0.8)),
        engine="auto",
    )
    assert outcome.readings[0] is not None and outcome.readings[0].text == "note 1"
    assert "instead" in outcome.message


def test_missing_tesseract_data_via_public_api(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))
    out = read_notes([crop(0)], engine="tesseract")
    assert out == [None]
    outcome = read_notes_detailed([crop(0)], engine="tesseract")
    assert "tesseract" in outcome.message.lower()
    status = {s.name: s for s in check_engines()}
    assert isinstance(status["tesseract"], EngineStatus)
    assert not status["tesseract"].available and status["tesseract"].message


# -- strategy -------------------------------------------------------------------------------


def _unavailable(self: OcrEngine) -> None:
    raise EngineUnavailableError(f"{self.name} missing; pip install it")


def _ok(self: OcrEngine) -> None:
    return None


def test_auto_prefers_ppocr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PpOcrEngine, "check_available", _ok)
    monkeypatch.setattr(TesseractEngine, "check_available", _ok)
    p = plan("auto", ("deu", "eng"))
    assert p.primary is not None and p.primary.name == "ppocr"
    assert p.secondary is not None and p.secondary.name == "tesseract"
    assert p.message == ""


def test_auto_uses_tesseract_without_ppocr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PpOcrEngine, "check_available", _unavailable)
    monkeypatch.setattr(TesseractEngine, "check_available", _ok)
    p = plan("auto", ("deu", "eng"))
    assert p.primary is not None and p.primary.name == "tesseract" and p.secondary is None
    assert "PP-OCR unavailable" in p.message


def test_no_engine_at_all(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PpOcrEngine, "check_available", _unavailable)
    monkeypatch.setattr(TesseractEngine, "check_available", _unavailable)
    p = plan("auto", ("deu",))
    assert p.primary is None and "pip install" in p.message
    assert read_notes([crop(0)]) == [None]
    p = plan("ppocr", ("deu",))
    assert p.primary is None and "ppocr missing" in p.message


def test_explicit_choice_and_bad_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(TesseractEngine, "check_available", _ok)
    p = plan("tesseract", ("deu", "eng"))
    assert p.primary is not None and p.primary.name == "tesseract" and p.secondary is None
    with pytest.raises(ValueError):
        plan("abbyy", ("deu",))


def _r(text: str, conf: float, engine: str = "a") -> Reading:
    return Reading(text, conf, [TextBox(text, conf, [])], engine)


def test_reconcile_agreement_raises_confidence() -> None:
    out = reconcile(_r("Straße frei", 0.5), _r("Straße frei", 0.7, "b"), None)
    assert out.text == "Straße frei" and out.engine == "a" and out.confidence == pytest.approx(0.8)


def test_reconcile_keeps_first_unless_second_is_clearly_better() -> None:
    lex = Lexicon.workshop_only(["Mehr Grünflächen schaffen"])
    first = _r("Mehr Grunfl8chen schaffen", 0.45)
    # Near agreement: the spelling the lexicon knows, confidence raised.
    near = reconcile(first, _r("Mehr Grünflächen schaffen", 0.5, "b"), lex)
    assert near.engine == "b" and near.confidence == pytest.approx(0.6)
    # Disagreement: the second wins only by a clear margin.
    weak = _r("Mehr Gruenes dort", 0.5, "b")
    assert reconcile(first, weak, lex).engine == "a"
    strong = _r("Mehr Grünflächen", 0.95, "b")
    assert reconcile(first, strong, lex).engine == "b"
    assert reconcile(first, _r("", 0.0, "b"), lex) == first
    # An empty first reading is replaced only by word-like confident text.
    assert reconcile(_r("", 0.0), _r("x7 #q", 0.9, "b"), lex).text == ""
    assert reconcile(_r("", 0.0), _r("Mehr schaffen", 0.9, "b"), lex).text == "Mehr schaffen"


def test_strategy_constants_are_sane() -> None:
    assert strategy_module.ENGINE_CHOICES == ("auto", "ppocr", "tesseract")
    assert reading.ENGINE_CHOICES == strategy_module.ENGINE_CHOICES


# -- confidence -----------------------------------------------------------------------------


def test_confidence_ranks_odd_readings_low() -> None:
    good = _r("Legislation amendments", 0.9)
    odd = _r("STRUcTueED RTF", 0.9)
    assert calibrated_confidence(odd, None) < calibrated_confidence(good, None)
    # The weakest line counts: one weak line makes the note less likely exact.
    weak = Reading("abc\nxyz", 0.9, [TextBox("abc", 0.99, []), TextBox("xyz", 0.5, [])])
    strong = Reading("abc\nxyz", 0.9, [TextBox("abc", 0.99, []), TextBox("xyz", 0.99, [])])
    assert calibrated_confidence(weak, None) < calibrated_confidence(strong, None)
    assert 0.0 < calibrated_confidence(weak, None) < 1.0
    # Words no dictionary knows lower it too.
    lex = Lexicon.workshop_only(["Legislation", "amendments"])
    assert calibrated_confidence(good, None, lex) > calibrated_confidence(
        _r("Legislaton amenmats", 0.9), None, lex
    )


def test_empty_reading_confident_only_on_a_blank_note() -> None:
    empty = Reading("", 0.0, [], "x")
    blank, inked = crop(0, ink=False), crop(0, ink=True)
    assert ink_fraction(blank) < 0.002 < ink_fraction(inked)
    assert calibrated_confidence(empty, blank) > 0.8
    assert calibrated_confidence(empty, inked) < 0.2


# -- finishing one batch while the engine reads the next ---------------------------------------


class StepEngine(FakeEngine):
    """Records when each batch starts and ends reading (to see what overlaps what)."""

    def __init__(self) -> None:
        super().__init__()
        self.events: list[str] = []

    def read_batch(self, crops: Sequence[np.ndarray]) -> list[Reading]:
        marks = [int(c[0, 0, 0]) for c in crops]
        self.events.append(f"start {marks[0]}")
        self.release.wait(0.2)  # long enough for the runner to hand the last batch over
        out = [self.read(c) for c in crops]
        self.events.append(f"end {marks[0]}")
        return out


def test_runner_hands_each_batch_over_while_reading_the_next() -> None:
    eng = StepEngine()
    handed: list[list[int]] = []

    def on_read(indices: list[int], readings: Sequence[Reading | None]) -> None:
        assert all(readings[i] is not None for i in indices)
        eng.events.append(f"handed {indices[0]}")
        handed.append(indices)

    result = run_engine(eng, [crop(i) for i in range(10)], batch_size=4, on_read=on_read)
    assert handed == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
    # Batch 0 is finished after batch 4 started reading and before it ends; the last at the end.
    assert eng.events == [
        "start 0", "end 0", "start 4", "handed 0", "end 4", "start 8", "handed 4", "end 8",
        "handed 8",
    ]  # fmt: skip
    assert [r.text for r in result.readings if r] == [f"note {i}" for i in range(10)]


def test_runner_hands_over_what_was_read_before_a_cancel_and_survives_a_bad_callback() -> None:
    handed: list[int] = []
    asked = {"n": 0}

    def cancelled() -> bool:
        asked["n"] += 1
        return asked["n"] > 6  # two batches through (the second note by note: 4 asks)

    result = run_engine(
        FakeEngine(fail=[5]),
        [crop(i) for i in range(12)],
        batch_size=4,
        cancelled=cancelled,
        on_read=lambda indices, _r: handed.extend(indices),
    )
    assert result.cancelled and sorted(handed) == [0, 1, 2, 3, 4, 6, 7]  # 5 failed: not read

    def broken(indices: list[int], _r: Sequence[Reading | None]) -> None:
        raise RuntimeError("callback broke")

    result = run_engine(FakeEngine(), [crop(i) for i in range(9)], batch_size=4, on_read=broken)
    assert [r.text for r in result.readings if r] == [f"note {i}" for i in range(9)]


def test_a_note_finished_early_is_finished_again_if_the_photo_changes_its_marks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A decimal mark harmonised after the early finish: the note is finished again."""
    calls: list[str] = []
    real_finish = reading._finish

    def counting(r: Reading, c: np.ndarray, lex: Lexicon | None) -> Reading:
        calls.append(r.text)
        return real_finish(r, c, lex)

    def harmonise(
        readings: Sequence[Reading | None], crops: Sequence[np.ndarray] | None = None
    ) -> list[Reading | None]:
        out = list(readings)
        first = out[0]
        assert first is not None
        out[0] = Reading("note 0,5", first.confidence, [], first.engine)
        return out

    monkeypatch.setattr(reading, "_finish", counting)
    monkeypatch.setattr(reading, "harmonise_marks", harmonise)
    out = read_notes_detailed([crop(i) for i in range(20)], plan_override=Plan(FakeEngine(), None))
    assert [r.text for r in out.readings if r][:2] == ["note 0,5", "note 1"]
    assert calls.count("note 0") == 1 and calls.count("note 0,5") == 1
    assert all(calls.count(f"note {i}") == 1 for i in range(1, 20))


@needs_real
def test_finishing_while_reading_gives_the_readings_of_finishing_after(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Real notes of real_11, read in batches of 4 with the lexicon: the same texts,
    confidences and alternatives whether each batch is finished early or all at the end."""
    from app.reading.separators import harmonise_marks

    eng = PpOcrEngine()
    if not eng.is_available():
        pytest.skip("PP-OCR not installed")
    crops = real_crops("real_11")
    lexicon = Lexicon(["Smart City", "Bürgerbeteiligung"])
    monkeypatch.setattr("app.reading.runner.BATCH_SIZE", 4)
    monkeypatch.setattr(
        "app.reading.run_engine",
        lambda *a, **k: run_engine(*a, **{**k, "batch_size": 4}),
    )
    early = read_notes_detailed(crops, lexicon=lexicon, plan_override=Plan(eng, None)).readings
    late = [
        None if r is None else reading._finish(r, crops[i], lexicon)
        for i, r in enumerate(harmonise_marks(run_engine(eng, crops, batch_size=4).readings))
    ]
    assert len(early) == len(late) == len(crops) >= 10
    for a, b in zip(early, late, strict=True):
        assert a is not None and b is not None
        assert (a.text, a.alternatives) == (b.text, b.alternatives)
        assert a.confidence == pytest.approx(b.confidence)
