"""Re-reading notes skips a note whose stored crop is damaged and reads the others.

A project may come from anyone: ``pinscribe ocr`` names the damaged note on stderr in
one line, reads every other note, and exits 1 at the end.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from app.cli import image_cmds
from app.errors import PinscribeError
from app.pipeline import import_photos
from app.reading.readers import reread_notes
from app.store import Project
from ocr.types import Reading
from tests.hostile import _png
from tests.test_cli import run
from tests.ui.boards import write_board

GARBAGE = b"garbage" * 10


def fake_reader(crops: list[np.ndarray]) -> list[Reading | None]:
    """Reads every crop as "read WxH" (its size), fully confident."""
    return [
        Reading(text=f"read {c.shape[1]}x{c.shape[0]}", confidence=1.0, lines=[], engine="fake")
        for c in crops
    ]


@pytest.fixture
def two_photos(tmp_path: Path) -> Path:
    """Two stations with a board photo of three notes each, none read yet."""
    path = tmp_path / "p.pinscribe"
    photo = write_board(tmp_path / "board.jpg", columns=3, rows=1)
    with Project.create(path, title="Smart City") as project:
        for name in ("Governance", "Mobilität"):
            station = project.stations.add(name, "?")
            assert import_photos(project, station.id, [photo], reader=None).imported
        assert [n.id for n in project.notes.list()] == [1, 2, 3, 4, 5, 6]
        assert [n.photo_id for n in project.notes.list()] == [1, 1, 1, 2, 2, 2]
    return path


def _damage(path: Path, note_id: int, crop: bytes) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("UPDATE note SET crop = ? WHERE id = ?", (crop, note_id))
    finally:
        conn.close()


def _damage_photo(path: Path, photo_id: int) -> None:
    """The photo's data made undecodable: only its notes' stored crops are left to read."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("UPDATE photo SET data = ? WHERE id = ?", (GARBAGE, photo_id))
    finally:
        conn.close()


def _texts(path: Path) -> dict[int, str | None]:
    with Project.open(path) as project:
        return {n.id: n.text for n in project.notes.list()}


@pytest.mark.parametrize("crop", [GARBAGE, _png(40_000, 40_000)], ids=["garbage", "bomb"])
def test_reread_notes_skips_a_damaged_crop_and_reads_the_others(
    two_photos: Path, crop: bytes
) -> None:
    _damage(two_photos, 2, crop)  # on the first photo, between two good notes
    _damage_photo(two_photos, 1)
    skipped: list[tuple[int, str]] = []
    with Project.open(two_photos) as project:
        count = reread_notes(
            project, fake_reader, unreadable=lambda i, e: skipped.append((i, str(e)))
        )
    assert count == 5
    assert [i for i, _ in skipped] == [2]
    texts = _texts(two_photos)
    assert texts[2] is None
    assert all(t and t.startswith("read ") for i, t in texts.items() if i != 2)


def test_reread_notes_without_a_handler_raises_a_one_line_error(two_photos: Path) -> None:
    _damage(two_photos, 5, GARBAGE)  # on the second photo: the first one's stay read
    _damage_photo(two_photos, 2)
    with Project.open(two_photos) as project, pytest.raises(PinscribeError) as caught:
        reread_notes(project, fake_reader)
    assert "damaged" in str(caught.value)
    texts = _texts(two_photos)
    assert [texts[i] is not None for i in range(1, 7)] == [True] * 3 + [False] * 3


def test_cli_ocr_names_the_damaged_note_reads_the_others_and_exits_1(
    two_photos: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(image_cmds, "make_reader", lambda *a, **k: fake_reader)
    _damage(two_photos, 1, GARBAGE)
    _damage(two_photos, 4, GARBAGE)
    _damage_photo(two_photos, 1)
    _damage_photo(two_photos, 2)
    code, out, err = run(capsys, "ocr", str(two_photos))
    assert code == 1
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("pinscribe: error: note 1: not read (")
    assert lines[1].startswith("pinscribe: error: note 4: not read (")
    assert "damaged" in lines[0]
    assert out == "Read 4 notes; 2 notes not read: their pictures are damaged.\n"
    texts = _texts(two_photos)
    assert texts[1] is None and texts[4] is None
    assert all(texts[i] for i in (2, 3, 5, 6))
    # run again: the read notes stay read, the damaged ones are named again
    code, out, err = run(capsys, "ocr", str(two_photos))
    assert code == 1
    assert out.startswith("Read 0 notes; 2 notes not read")


def test_cli_ocr_without_damage_exits_0(
    two_photos: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(image_cmds, "make_reader", lambda *a, **k: fake_reader)
    code, out, err = run(capsys, "ocr", str(two_photos))
    assert (code, out, err) == (0, "Read 6 notes.\n", "")


def test_notes_are_cut_from_the_photo_where_it_decodes(two_photos: Path) -> None:
    """The photo, not the stored JPEG crop, is read: a damaged crop beside a good photo reads."""
    seen: list[np.ndarray] = []

    def keeping(crops: list[np.ndarray]) -> list[Reading | None]:
        seen.extend(crops)
        return fake_reader(crops)

    _damage(two_photos, 2, GARBAGE)
    with Project.open(two_photos) as project:
        count = reread_notes(project, keeping, unreadable=lambda i, e: pytest.fail(str(e)))
        photo = project.photos.get(1)
        note = project.notes.get(2)
    assert count == 6
    assert _texts(two_photos)[2] == f"read {seen[1].shape[1]}x{seen[1].shape[0]}"
    from app.editing import photo_pixels
    from ocr.notes import note_crop

    with Project.open(two_photos) as project:
        expected = note_crop(photo_pixels(project, photo.id), note.polygon)
    assert np.array_equal(seen[1], expected)
