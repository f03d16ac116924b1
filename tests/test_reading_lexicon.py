"""app.reading: lexicon, word lists, and fixes to a reading after the engine."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import app.reading as reading
from app.reading import Lexicon, read_notes, read_notes_detailed
from app.reading.confidence import calibrated_confidence
from app.reading.hunspell import find_dictionaries
from app.reading.strategy import Plan
from app.reading.wordlists import find_word_sources
from ocr.engines import PpOcrEngine
from ocr.engines.base import make_reading
from ocr.types import Reading, TextBox
from tests.ctc_frames import char_probs
from tests.reading_fakes import FakeEngine, crop
from tests.real_notes import needs_real, real_crops, real_index

HAS_DICTS = len(find_dictionaries(("deu", "eng"))) == 2
HAS_WORDS = len(find_word_sources(("deu", "eng"))) == 2
needs_dicts = pytest.mark.skipif(
    not HAS_WORDS, reason="no word lists (pip install pyspellchecker, or hunspell-de-de/-en-us)"
)


# -- lexicon --------------------------------------------------------------------------------


def test_workshop_words_restore_umlauts() -> None:
    lex = Lexicon.workshop_only(["Bürgerbeteiligung", "Öffentlichkeit", "Straße und Verkehr"])
    assert lex.correct_text("Burgerbeteiligung starken", 0.99)[0] == "Bürgerbeteiligung starken"
    assert lex.correct_text("OFFENTLICHKEIT", 0.99)[0] == "ÖFFENTLICHKEIT"
    assert lex.correct_text("HauptstraBe", 0.99)[0] == "Hauptstraße"
    text, changes = lex.correct_text("Strasse", 0.99)
    assert text == "Straße" and changes[0].reason == "umlaut"


def test_lexicon_does_not_invent_words() -> None:
    lex = Lexicon.workshop_only(["Bürgerbeteiligung", "Verwaltung"])
    for text in ("Quixotik 2025", "BAR 350", "4,086m", "Tram", "Verwaltung"):
        assert lex.correct_text(text, 0.99)[0] == text
    # A near miss of the workshop's own words is corrected at any confidence ...
    assert lex.correct_text("Verwaltunq", 0.99)[0] == "Verwaltung"
    assert lex.correct_text("Verwaltunq", 0.6)[0] == "Verwaltung"
    # ... but only with a single closest word.
    two = Lexicon.workshop_only(["Wandel", "Handel"])
    assert two.correct_text("Nandel", 0.5)[0] == "Nandel"


@needs_dicts
def test_dictionaries_restore_umlauts_in_context() -> None:
    lex = Lexicon.for_workshop(["Bürgerbeteiligung in der Smart City"], ("deu", "eng"))
    assert lex.correct_text("Burger fragen", 0.99)[0] == "Bürger fragen"
    assert lex.correct_text("Burger and fries", 0.99)[0] == "Burger and fries"
    assert lex.correct_text("Datenschutz prifen", 0.99)[0] == "Datenschutz prüfen"
    assert lex.correct_text("Mobilitat fur Altere", 0.99)[0].startswith("Mobilität für")
    assert lex.correct_text("Offentlichkeit", 0.99)[0] == "Öffentlichkeit"
    # Known words, confident lines: unchanged.
    for text in ("Altere Daten", "Schöne Plätze", "Lexis Library", "Trade Export"):
        assert lex.correct_text(text, 0.99)[0] == text
    assert lex.correct_text("Lexis Librery", 0.99)[0] == "Lexis Librery"
    assert lex.correct_text("Lexis Librery", 0.7)[0] == "Lexis Library"


def test_read_notes_applies_lexicon_and_keeps_line_boxes() -> None:
    class Umlautless(FakeEngine):
        def read(self, crop: np.ndarray) -> Reading:
            return make_reading([TextBox("Burgerbeteiligung", 0.95, [(0.0, 0.0)] * 4)], "fake")

    lex = Lexicon.workshop_only(["Bürgerbeteiligung"])
    out = read_notes_detailed(
        [crop(0)], plan_override=Plan(Umlautless(), None), lexicon=lex
    ).readings[0]
    assert (
        out is not None
        and out.text == "Bürgerbeteiligung"
        and out.lines[0].text == "Bürgerbeteiligung"
    )


def test_app_reading_imports_no_qt_and_no_ocr_library() -> None:
    code = (
        "import sys, app.reading; "
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'rapidocr', 'onnxruntime', 'tesserocr', 'pytesseract', "
        "'requests')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_capitals_fixed_only_in_notes_written_in_capitals() -> None:
    from app.reading.postprocess import normalise_capitals

    assert normalise_capitals("(STRUcTueED) RTF") == "(STRUCTUEED) RTF"
    assert normalise_capitals("IN TImES") == "IN TIMES"
    assert normalise_capitals("IoT und KfW") == "IoT und KfW"
    assert normalise_capitals("STRAßE iST gUT") == "STRAßE iST gUT"


def test_hunspell_reader_expands_affixes(tmp_path: Path) -> None:
    from app.reading.hunspell import load_dictionary

    (tmp_path / "xx.aff").write_text(
        "SET UTF-8\nONLYINCOMPOUND o\nSFX N Y 2\nSFX N 0 en [^e]\nSFX N 0 n e\n"
        "PFX U Y 1\nPFX U 0 un .\n",
        encoding="utf-8",
    )
    (tmp_path / "xx.dic").write_text("3\nStraße/N\nklar/U\nFugen/o\n", encoding="utf-8")
    forms = load_dictionary(tmp_path / "xx.dic")
    assert {"straße", "straßen", "klar", "unklar"} <= forms.words
    assert "fugen" in forms.parts and "fugen" not in forms.words
    lex = Lexicon(["Workshop"], dictionaries=[tmp_path / "xx.dic"])
    assert lex.knows("Straßen") and lex.knows("unklar") and not lex.knows("Strassen")
    assert lex.correct_text("Strassen", 0.99)[0] == "Straßen"


def test_auto_gives_failed_notes_to_the_second_engine() -> None:
    outcome = read_notes_detailed(
        [crop(i) for i in range(3)], plan_override=Plan(FakeEngine(fail=[1]), FakeEngine(conf=0.7))
    )
    assert [r.text if r else None for r in outcome.readings] == ["note 0", "note 1", "note 2"]
    assert outcome.errors == {}
    assert read_notes_detailed([]).readings == []


def test_hunspell_word_lists_when_no_pyspellchecker(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.reading import wordlists

    if not HAS_DICTS:
        pytest.skip("hunspell-de-de / hunspell-en-us not installed")
    monkeypatch.setattr(wordlists, "_pyspellchecker_has", lambda name: False)
    sources = wordlists.find_word_sources(("deu", "eng", "xxx"))
    assert [(s.language, s.kind) for s in sources] == [("deu", "hunspell"), ("eng", "hunspell")]
    lex = Lexicon(["Bürgerbeteiligung"])
    assert all(s.kind == "hunspell" for s in lex.sources)
    assert lex.correct_text("Datenschutz prifen", 0.99)[0] == "Datenschutz prüfen"
    assert lex.correct_text("Lirmschutz an der HauptstraBe", 0.99)[0].endswith("Hauptstraße")


def test_a_lines_other_reading_becomes_an_alternative_of_the_note() -> None:
    from app.reading import _finish
    from ocr.engines.base import make_reading
    from ocr.types import TextBox

    lines = [
        TextBox("Cuong", 0.9, [], None, ("Cong",)),
        TextBox("Legislation", 0.95, []),
    ]
    reading = _finish(make_reading(lines, "ppocr"), np.full((64, 64, 3), 230, np.uint8), None)
    assert reading.text == "Cuong\nLegislation"
    assert "Cong\nLegislation" in reading.alternatives


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        ("PSALM 4G:1", "PSALM 46:1"),
        ("1O5 Plätze", "105 Plätze"),
        # A letter beside a number, or several letters, stay.
        ("4G Netz, H2O2, B2B, 10am, 2-3%", "4G Netz, H2O2, B2B, 10am, 2-3%"),
    ],
)
def test_a_digit_look_alike_letter_between_digits_is_the_digit(read: str, expected: str) -> None:
    from app.reading.postprocess import digits_among_digits

    assert digits_among_digits(read) == expected


def test_text_running_off_the_crop_lowers_the_confidence() -> None:
    from app.reading.calibration import COEFFICIENTS, FEATURES
    from app.reading.confidence import note_features, text_at_edge
    from tests.ocr_synth import HANDWRITING_FONTS, available_fonts, render_note

    fonts = available_fonts(HANDWRITING_FONTS)
    if not fonts:
        pytest.skip("handwriting fonts not installed")
    engine = PpOcrEngine()
    whole = render_note("Mehr Grünflächen", font_path=fonts[0], size=320, font_size=34, seed=5)
    cut = np.ascontiguousarray(whole[:, 70:])  # the note cut through its text on the left
    read_whole, read_cut = engine.read_batch([whole, cut])
    assert text_at_edge(read_whole, whole) == 0.0
    assert text_at_edge(read_cut, cut) == 1.0
    assert note_features(read_cut, None, None, cut)[-1] == 1.0
    # Fitted on the real notes: text at the edge makes an exact reading less likely.
    assert FEATURES[-1] == "text at the crop's edge" and COEFFICIENTS[-1] < 0
    same_text = reading._finish(read_whole, whole, None)
    at_edge = calibrated_confidence(same_text, cut[:, :200], None)
    assert at_edge < calibrated_confidence(same_text, whole, None)


def test_a_letter_of_another_script_is_read_as_the_likeliest_latin_one() -> None:
    from app.reading.postprocess import latin_letters
    from ocr.ctc import CharProbs

    alphabet = "DSv"
    # Frames: v, blank, s... as "v", "S", blank, then a frame where "other" (a CJK
    # letter) wins over "D".
    rows = [
        {"v": 0.9},
        {"_": 0.9},
        {"S": 0.9},
        {"_": 0.9},
        {"other": 0.6, "D": 0.35},
        {"_": 0.9},
    ]
    p = np.full((len(rows), len(alphabet) + 3), 1e-6)
    for t, named in enumerate(rows):
        for char, value in named.items():
            col = {"_": 0, "other": len(alphabet) + 2}.get(char)
            p[t, alphabet.index(char) + 1 if col is None else col] = value
    probs = CharProbs(np.log(p), alphabet)
    assert latin_letters("vS巨", probs) == "vSD"
    assert latin_letters("vS€", probs) == "vS€"  # not a letter: kept
    assert latin_letters("vSD", probs) == "vSD"
    assert latin_letters("vS巨", None) == "vS巨"


def test_a_bracket_alone_is_no_note_but_a_question_mark_is() -> None:
    from tests.ocr_synth import PRINTED_FONTS, available_fonts, render_note

    fonts = available_fonts(PRINTED_FONTS)
    if not fonts:
        pytest.skip("DejaVu fonts not installed")
    engine = PpOcrEngine()
    bold = next((f for f in fonts if f.endswith("DejaVuSans-Bold.ttf")), None)
    if bold is None:
        pytest.skip("DejaVu Sans Bold not installed")
    crops = [
        render_note(text, font_path=bold, size=300, font_size=120, seed=2)
        for text in ("(", "?", "Ja")
    ]
    raw = [r.text for r in engine.read_batch(crops)]
    assert raw[0] == "(", raw  # the recogniser reads the bracket
    bracket, question, yes = read_notes(crops, engine="ppocr")
    assert bracket is not None and bracket.text == "" and "(" in bracket.alternatives
    assert question is not None and question.text == raw[1]
    assert yes is not None and yes.text == "Ja"


def _probs_of(rows: list[dict[str, float]], alphabet: str = "2?7AB") -> object:
    """CharProbs with the named characters' probabilities per frame (the rest blank)."""
    return char_probs(rows, alphabet)


def test_a_lone_2_nearly_read_as_a_question_mark_is_one() -> None:
    from app.reading.postprocess import question_mark

    close = _probs_of([{"_": 0.9}, {"2": 0.55, "?": 0.4}, {"_": 0.9}])
    far = _probs_of([{"_": 0.9}, {"2": 0.95, "?": 0.04}, {"_": 0.9}])
    assert question_mark("2", close, "WORD\n2\nML") == "?"
    assert question_mark(" 2 ", close, "WORD\n 2 \nML") == " ? "
    assert question_mark("2", far, "WORD\n2\nML") == "2"  # the recogniser was sure
    assert question_mark("2", close, "Phase\n2\nof 3") == "2"  # other digits: a number
    assert question_mark("2", close, "2") == "2"  # no words: a number card
    assert question_mark("A2", close, "WORD\nA2") == "A2"  # not a lone 2
    assert question_mark("2", None, "WORD\n2") == "2"


@needs_real
def test_a_handwritten_question_mark_read_as_2_becomes_a_question_mark() -> None:
    """real_01's card "WORD ? ML": PP-OCR reads its question mark, a line of its own, as "2"."""
    eng = PpOcrEngine()
    if not eng.is_available():
        pytest.skip("PP-OCR not installed")
    note = real_crops("real_01")[real_index("real_01", "WORD ? ML")]
    raw = eng.read(note)
    assert [tb.text for tb in raw.lines] == ["WORD", "2", "ML"]  # the engine's own reading
    (read,) = read_notes([note], engine="ppocr")
    assert read is not None and read.text.split("\n") == ["WORD", "?", "ML"]
    assert "WORD\n2\nML" in read.alternatives
