"""Careless use of the CLI: photos that are not regular files or too large, texts too
long to read back, terminal escapes, bad numbers, ids and settings.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import Project, lock
from tests.hostile_cli.helpers import ROOT, no_traceback
from tests.test_hostile import run
from tests.ui.boards import write_board


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder", "dev-zero-link"])
def test_photo_that_is_not_a_regular_file(project: Path, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "photo.jpg"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "dev-zero":
        path = Path("/dev/zero")
    else:
        path.symlink_to("/dev/zero")
    for argv in (
        ["detect", "--no-ocr", str(path)],
        ["import", str(project), "--station", "A", "--no-ocr", str(path)],
        ["recording", "add", str(project), str(path)],
    ):
        code, _, err = run(argv)
        assert code == 1 and "Traceback" not in err
    assert not lock.lock_path(project).exists()


def test_fifo_photo_does_not_hang_a_real_process(tmp_path: Path) -> None:
    fifo = tmp_path / "photo.jpg"
    os.mkfifo(fifo)
    done = subprocess.run(
        [sys.executable, "-m", "ui.entry", "detect", "--no-ocr", str(fifo)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.returncode == 1 and "not a regular file" in done.stderr


def test_oversized_photo_is_refused_before_reading(tmp_path: Path, monkeypatch) -> None:
    from app import pipeline

    monkeypatch.setattr(pipeline, "MAX_FILE_BYTES", 1000)
    big = write_board(tmp_path / "big.jpg", width=400, height=300)
    code, _, err = run(["detect", "--no-ocr", str(big)])
    no_traceback(code, err)
    assert "too large" in err


@pytest.mark.parametrize(
    "argv",
    [
        ["note", "set", "{P}", "{N}", "--text", "y " * 50_001],
        ["note", "set", "{P}", "{N}", "--tag", "x" * 10_001],
        ["station", "add", "{P}", "x" * 10_001],
        ["station", "set", "{P}", "Governance", "--question", "q" * 100_001],
        ["theme", "add", "{P}", "x" * 10_001, "--station", "Governance"],
        ["theme", "cross", "add", "{P}", "x" * 10_001],
        ["workshop", "set", "{P}", "--title", "t" * 100_001],
    ],
    ids=["note-text", "tag", "station", "question", "theme", "cross-theme", "title"],
)
def test_texts_longer_than_read_back_are_refused(tmp_path: Path, argv: list[str]) -> None:
    """Stored, they would be read back as damaged: the note, station... left out of all."""
    from tests.ui.boards import imported_project

    path, _station_id, _photo_id = imported_project(tmp_path, width=640, height=480)
    with Project.open(path) as opened:
        note = opened.notes.list()[0].id
    before = [run(["notes", str(path), "--json"]), run(["workshop", "show", str(path), "--json"])]
    before.append(run(["station", "list", str(path), "--json"]))
    code, _, err = run([a.replace("{P}", str(path)).replace("{N}", str(note)) for a in argv])
    no_traceback(code, err)
    assert "is longer than" in err
    after = [run(["notes", str(path), "--json"]), run(["workshop", "show", str(path), "--json"])]
    after.append(run(["station", "list", str(path), "--json"]))
    assert after == before


def test_notes_escape_terminal_control_characters(tmp_path: Path) -> None:
    from tests.ui.boards import imported_project

    path, _station, _photo = imported_project(tmp_path)
    with Project.open(path) as opened:
        note = opened.notes.list()[0]
        opened.notes.update(note.id, text="\x1b[2J\x1b]0;pwned\x07 clear")
        opened.stations.update(1, name="Gov\x9b31m")
    for argv in (
        ["notes", str(path)],
        ["station", "list", str(path)],
        ["notes", str(path), "--json"],
    ):
        code, out, err = run(argv)
        assert code == 0, err
        assert not any(c in out for c in "\x1b\x07\x9b"), out
    assert "\\x1b[2J" in run(["notes", str(path)])[1]


@pytest.mark.parametrize(
    "corners", ["nan,0,1,0,1,1,0,1", "inf,0,1,0,1,1,0,1", "1e300,0,1,0,1,1,0,1", "1,2,3"]
)
def test_recording_corners_must_be_finite(project: Path, corners: str) -> None:
    code, _, err = run(["recording", "set", str(project), "1", "--corners", corners])
    assert code == 2 and "Traceback" not in err


@pytest.mark.parametrize(
    "change",
    [
        ["--paper", "nanxnan"],
        ["--paper", "1e308x1"],
        ["--paper", "1000x1"],
        ["--corners", "0,0,499,0,499,1,0,1"],  # a sliver: its shape 499 to 1
        ["--corners", "0,0,499,0,499,0,0,0"],  # on one line: no area
        ["--corners", "0,0,499,0,499,0,0,0", "--paper", "A1"],
    ],
)
def test_recording_of_no_poster_shape_is_refused(tmp_path: Path, change: list[str]) -> None:
    """Stored, such a shape read back as damaged; corners on a line raised ZeroDivisionError."""
    from app.recordings import add_recording

    path = tmp_path / "mine.pinscribe"
    poster = write_board(tmp_path / "poster.jpg", width=500, height=400, columns=1, rows=1)
    with Project.create(path, title="Mine") as opened:
        rec = add_recording(opened, poster)
    before = run(["recording", "list", str(path), "--json"])
    code, _, err = run(["recording", "set", str(path), str(rec), *change])
    no_traceback(code, err)
    assert "Unknown paper" in err or "needs four corners" in err
    assert run(["recording", "list", str(path), "--json"]) == before


@pytest.mark.parametrize("ident", ["99999999999999999999999", "-1", "0", "x"])
def test_huge_and_bad_ids(project: Path, ident: str) -> None:
    for argv in (
        ["recording", "set", str(project), ident, "--paper", "A1"],
        ["recording", "export", str(project), ident, "-o", "x.png"],
        ["theme", "assign", str(project), "T", ident, "--station", "A"],
    ):
        code, _, err = run(argv)
        assert code == 2 and "Traceback" not in err, err


def test_unknown_recording_id_is_one_line(project: Path) -> None:
    code, _, err = run(["recording", "set", str(project), "12345", "--paper", "A1"])
    no_traceback(code, err)


def test_bad_settings_are_refused_when_set(project: Path) -> None:
    for key, value in (("ocr.languages", "../../x"), ("ocr.engine", "rm -rf /")):
        code, _, err = run(["config", str(project), key, value])
        no_traceback(code, err)
