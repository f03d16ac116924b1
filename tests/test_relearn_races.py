"""Re-reading notes in the background (relearn, "Read again") beside the user's own edits.

A fake reader stands in for OCR: it names the crop it was given, so a test sees
which pixels were read, and it can make the user's edits while it "reads".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from app import editing
from app.errors import PinscribeError
from app.images import decode_rgb
from app.reading.learning import relearn
from app.reading.strategy import Plan
from app.store import Project
from ocr.notes import note_crop
from ocr.types import Reading
from tests.reading_fakes import FakeEngine, crashing_reader
from tests.ui.boards import imported_project


def _reader(
    seen: list[np.ndarray] | None = None, during: Callable[[], None] | None = None
) -> Callable[[list[np.ndarray]], list[Reading | None]]:
    def read(crops: list[np.ndarray]) -> list[Reading | None]:
        if seen is not None:
            seen.extend(crops)
        if during is not None:
            during()
        return [Reading(f"gelesen {c.shape[1]}x{c.shape[0]}", 0.5) for c in crops]

    return read


def _damage_photo(project: Project, photo_id: int) -> None:
    project.photos.replace_data(photo_id, b"not a picture", "image/jpeg")


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return imported_project(tmp_path)[0]


def test_a_damaged_crop_is_skipped_and_the_others_are_read(path: Path) -> None:
    with Project.open(path) as project:
        notes = project.notes.list()
        _damage_photo(project, notes[0].photo_id)  # so the stored crops are what is read
        project.notes.update(notes[1].id, crop=b"\xff\xd8 damaged")
        warnings: list[str] = []
        changed = relearn(project, reader=_reader(), warn=warnings.append)
        assert notes[1].id not in changed
        assert set(changed) == {n.id for n in notes} - {notes[1].id}
        assert project.notes.get(notes[1].id).text == notes[1].text
        assert any("damaged" in w for w in warnings), warnings


def test_a_note_changed_while_it_was_read_keeps_the_change(path: Path) -> None:
    with Project.open(path) as project:
        notes = project.notes.list()
        edited, reviewed, deleted, moved, *others = notes

        def user_edits() -> None:  # the window's own connection, while the job reads
            with Project.open(path) as window:
                window.notes.update(edited.id, text="vom Nutzer")
                window.notes.update(reviewed.id, reviewed=True)
                window.notes.delete([deleted.id])
                window.notes.update(moved.id, color="pink")

        changed = relearn(project, reader=_reader(during=user_edits))
        assert set(changed) == {n.id for n in others}
        assert project.notes.get(edited.id).text == "vom Nutzer"
        assert project.notes.get(reviewed.id).text == reviewed.text
        assert not project.notes.exists(deleted.id)
        assert project.notes.get(moved.id).text == moved.text
        assert all(project.notes.get(n.id).text.startswith("gelesen") for n in others)


def test_store_updates_only_an_unchanged_note(path: Path) -> None:
    with Project.open(path) as project:
        note = project.notes.list()[0]
        assert project.notes.update_unchanged(note, text="neu") is not None
        assert project.notes.update_unchanged(note, text="zu spät") is None  # read before "neu"
        assert project.notes.get(note.id).text == "neu"
        project.notes.delete([note.id])
        assert project.notes.update_unchanged(note, text="weg") is None


def test_rereading_cuts_the_note_from_the_photo_at_full_resolution(path: Path) -> None:
    with Project.open(path) as project:
        note = project.notes.list()[0]
        rgb = editing.photo_pixels(project, note.photo_id)
        full = note_crop(rgb, note.polygon)
        stored = decode_rgb(project.notes.crop(note.id) or b"")
        assert not np.array_equal(full, stored)  # the stored crop is a JPEG of it
        seen: list[np.ndarray] = []
        relearn(project, [note.station_id or 0], reader=_reader(seen))
        assert any(np.array_equal(full, c) for c in seen)
        seen.clear()
        editing.read_note(project, note.id, _reader(seen))
        assert len(seen) == 1 and np.array_equal(full, seen[0])


def test_rereading_falls_back_to_the_stored_crop_without_the_photo(path: Path) -> None:
    with Project.open(path) as project:
        note = project.notes.list()[0]
        _damage_photo(project, note.photo_id)
        stored = decode_rgb(project.notes.crop(note.id) or b"")
        seen: list[np.ndarray] = []
        assert editing.read_note(project, note.id, _reader(seen)) is not None
        assert len(seen) == 1 and np.array_equal(stored, seen[0])
        project.notes.update(note.id, crop=b"damaged")
        with pytest.raises(PinscribeError):
            editing.read_note(project, note.id, _reader())


def test_rereading_says_why_the_engine_did_not_read(path: Path, monkeypatch) -> None:
    monkeypatch.setattr("app.reading.learning.make_reader", crashing_reader)
    with Project.open(path) as project:
        warnings: list[str] = []
        assert relearn(project, warn=warnings.append) == []
        assert warnings[0] == "Not read: the OCR engine failed (Crash: out of memory)."
        assert len(warnings) == 2 and "not read again: 6" in warnings[1]


def test_undo_keeps_a_later_reading_unless_the_outline_goes_back(path: Path) -> None:
    with Project.open(path) as project:
        note = project.notes.list()[0]
        before = project.notes.snapshot([note.id])
        project.notes.update(note.id, color="pink")  # the user's edit
        after = project.notes.snapshot([note.id])
        project.notes.update(note.id, text="neu", confidence=0.4, alternatives=["neo"])
        project.notes.restore(project.notes.keep_newer(before, after))  # undo
        now = project.notes.get(note.id)
        assert (now.color, now.text, now.confidence, now.alternatives) == (
            note.color,
            "neu",
            0.4,
            ["neo"],
        )
        # An outline edit undone takes a later reading (of the crop that goes) with it.
        before = project.notes.snapshot([note.id])
        editing.set_polygon(project, note.id, [(x + 5, y + 5) for x, y in note.polygon])
        after = project.notes.snapshot([note.id])
        project.notes.update(note.id, text="vom neuen Umriss", confidence=0.9)
        project.notes.restore(project.notes.keep_newer(before, after))
        now = project.notes.get(note.id)
        assert (now.polygon, now.text, now.confidence) == (note.polygon, "neu", 0.4)


@pytest.mark.parametrize(
    ("engine", "said"),
    [
        (FakeEngine(unavailable=True), "Fake OCR is not installed"),  # the engine's own reason
        (FakeEngine(fail=range(256)), "Notes not read again: 6"),  # per note: only a count
    ],
)
def test_a_failing_engine_is_heard_through_the_projects_reader(
    path: Path, monkeypatch, engine: FakeEngine, said: str
) -> None:
    monkeypatch.setattr("app.reading.plan", lambda name, languages: Plan(engine, None, ""))
    with Project.open(path) as project:
        warnings: list[str] = []
        assert relearn(project, warn=warnings.append) == []
        assert any(said in w for w in warnings), warnings


def test_the_store_keeps_a_readings_fields_together_as_the_reading_sets_them() -> None:
    """``Notes.keep_newer``'s reading fields are those a reading sets (app.reading.note_fields)."""
    from app.reading.note_fields import READING_FIELDS
    from app.store.notes import _READING

    assert set(READING_FIELDS) == _READING
