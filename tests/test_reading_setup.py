"""OCR set-up once per run: engines built and checked once, kept by every photo of an import."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from contextlib import closing
from pathlib import Path

import numpy as np
import pytest

from app.pipeline import import_photos
from app.reading import check_engines, engines
from app.reading.note_fields import reading_fields
from app.reading.readers import make_reader
from app.store import Project
from ocr.engines.tesseract import TesseractEngine, tesseract_program_version
from ocr.errors import EngineUnavailableError
from ocr.types import Reading
from tests.ui.boards import write_board


def _count_builds(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Count engine builds (the real ones still happen) and Tesseract checks."""
    built: Counter[str] = Counter()
    real_make = engines.make_engine
    real_check = TesseractEngine._check

    def make(name: str, languages: tuple[str, ...]) -> object:
        built[name] += 1
        return real_make(name, languages)

    def check(self: TesseractEngine) -> None:
        built["tesseract checks"] += 1
        real_check(self)

    monkeypatch.setattr(engines, "make_engine", make)
    monkeypatch.setattr(TesseractEngine, "_check", check)
    return built


def test_one_engine_build_per_import_of_several_photos(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not any(s.available for s in check_engines()):
        pytest.skip("no OCR engine installed")
    engines.reset_engines()
    built = _count_builds(monkeypatch)
    station = project.stations.add("Mobilität")
    photos = [
        write_board(tmp_path / f"board{i}.jpg", columns=2, rows=1, words=words)
        for i, words in enumerate((("Radwege", "Bäume"), ("Plätze", "Wege"), ("Busse", "Parks")))
    ]
    reader = make_reader(None, project=project)
    assert reader is not None
    result = import_photos(project, station.id, photos, reader=reader)
    assert [p.read for p in result.imported] == [2, 2, 2]
    assert built == Counter({"ppocr": 1, "tesseract": 1, "tesseract checks": 1})
    # A second import (another reader) in the same process builds nothing new.
    again = make_reader(None, project=project)
    assert again is not None
    more = write_board(tmp_path / "more.jpg", words=("Licht",))
    assert import_photos(project, station.id, [more], reader=again).imported
    assert built == Counter({"ppocr": 1, "tesseract": 1, "tesseract checks": 1})
    # The About dialog and ``pinscribe ocr`` ask the same, already made check.
    check_engines()
    assert built["tesseract checks"] == 1
    check_engines(refresh=True)
    assert built["tesseract checks"] == 2


def test_tesseract_version_has_a_timeout(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    pytesseract = pytest.importorskip("pytesseract")
    slow = tmp_path / "tesseract"
    slow.write_text("#!/bin/sh\nsleep 30\n")
    slow.chmod(0o755)
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(slow))
    with pytest.raises(EngineUnavailableError) as info:
        tesseract_program_version(timeout=0.5)
    assert "did not answer within 0.5 s" in str(info.value)


def test_tesseract_version_reads_the_program(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    pytesseract = pytest.importorskip("pytesseract")
    odd = tmp_path / "tesseract"
    odd.write_text("#!/bin/sh\necho 'tesseract v5.3.0-odd build'\n")
    odd.chmod(0o755)
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", str(odd))
    assert tesseract_program_version() == "5.3.0"
    odd.write_text("#!/bin/sh\necho 'no version here'\n")
    with pytest.raises(EngineUnavailableError):
        tesseract_program_version()


def test_reading_fields_carry_the_alternatives(project: Project, tmp_path: Path) -> None:
    station = project.stations.add("Mobilität")
    import_photos(project, station.id, [write_board(tmp_path / "b.jpg", columns=1, rows=1)])
    note = project.notes.list()[0]
    assert note.alternatives == []
    reading = Reading("Bürger", 0.7, engine="ppocr", alternatives=("Burger", "Bürqer"))
    note = project.notes.update(note.id, **reading_fields(reading))
    assert (note.text, note.alternatives) == ("Bürger", ["Burger", "Bürqer"])
    assert project.notes.ocr_engine(note.id) == "ppocr"


def test_alternatives_from_a_stranger_are_validated(project: Project, tmp_path: Path) -> None:
    station = project.stations.add("Mobilität")
    import_photos(project, station.id, [write_board(tmp_path / "b.jpg", columns=1, rows=1)])
    note_id = project.notes.list()[0].id
    for stored, expected in (
        ('{"not": "a list"}', []),
        ("not json", []),
        (json.dumps(["ok", 3, None, "", "x" * 5000]), ["ok", "x" * 2000]),
    ):
        # As a stranger's file would hold it, written behind the store's back.
        with closing(sqlite3.connect(project.path)) as conn, conn:
            conn.execute("UPDATE note SET alternatives = ? WHERE id = ?", (stored, note_id))
        assert project.notes.get(note_id).alternatives == expected


def test_detect_json_lists_alternatives(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from app.cli import main

    if not any(s.available for s in check_engines()):
        pytest.skip("no OCR engine installed")
    photo = write_board(tmp_path / "b.jpg", columns=2, rows=1, words=("Radwege", "Bäume"))
    assert main(["detect", str(photo)]) == 0
    record = json.loads(capsys.readouterr().out)
    assert len(record["notes"]) == 2
    for note in record["notes"]:
        assert isinstance(note["alternatives"], list)
        assert all(isinstance(a, str) and a != note["text"] for a in note["alternatives"])


def test_readings_keep_what_the_engine_read_as_alternatives() -> None:
    from app.reading import Lexicon, _finish, with_alternatives
    from ocr.types import TextBox

    lexicon = Lexicon.workshop_only(["Bürgerbeteiligung"])
    raw = Reading("BurgerbeteiIigung", 0.8, [TextBox("BurgerbeteiIigung", 0.8, [])], "ppocr")
    crop = np.full((64, 64, 3), 230, np.uint8)
    done = _finish(raw, crop, lexicon)
    assert done.text == "Bürgerbeteiligung"
    assert done.alternatives == ("BurgerbeteiIigung",)
    more = with_alternatives(done, ["Bürgerbeteiligung", " a ", "b", "c", "d"])
    assert more.alternatives == ("BurgerbeteiIigung", " a ", "b")  # never its own text, three


def test_the_reader_passes_on_why_an_engine_failed_on_a_note(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An engine that crashes on one note: the reader's ``warn`` hears the engine's reason."""
    from ocr.engines.ppocr import PpOcrEngine

    if not any(s.available and s.name == "ppocr" for s in check_engines()):
        pytest.skip("PP-OCR not installed")
    real_batch = PpOcrEngine.read_batch

    def batch(self: PpOcrEngine, crops: list[np.ndarray]) -> list[Reading]:
        raise RuntimeError("batch refused")  # the runner goes on note by note

    def one(self: PpOcrEngine, crop: np.ndarray) -> Reading:
        if crop.shape[0] == 77:
            raise MemoryError("out of memory on this note")
        return real_batch(self, [crop])[0]

    monkeypatch.setattr(PpOcrEngine, "read_batch", batch)
    monkeypatch.setattr(PpOcrEngine, "read", one)
    said: list[str] = []
    reader = make_reader("ppocr", project=project, warn=said.append)
    assert reader is not None
    white = np.full((80, 120, 3), 255, np.uint8)
    readings = reader([white, np.full((77, 120, 3), 255, np.uint8), white])
    assert readings[0] is not None and readings[1] is None and readings[2] is not None
    assert any("out of memory on this note" in text for text in said), said
