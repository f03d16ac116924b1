"""The note edits of app.editing and the store's snapshot and restore (no Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import editing
from app.errors import InvalidInputError
from app.store.project import Project
from tests.ui.boards import imported_project


@pytest.fixture
def board(tmp_path: Path):
    path, station_id, photo_id = imported_project(tmp_path)
    with Project.open(path) as project:
        yield project, station_id, photo_id


def test_split_halves_along_the_longer_side() -> None:
    first, second = editing.split_polygon([(0, 0), (200, 0), (200, 100), (0, 100)])
    assert first == [(0, 0), (100, 0), (100, 100), (0, 100)]
    assert second == [(100, 0), (200, 0), (200, 100), (100, 100)]
    top, bottom = editing.split_polygon([(0, 0), (100, 0), (100, 300), (0, 300)])
    assert top[2] == (100, 150) and bottom[0] == (0, 150)


def test_merged_polygon_surrounds_both() -> None:
    quad = editing.merged_polygon(
        [[(0, 0), (10, 0), (10, 10), (0, 10)], [(20, 0), (30, 0), (30, 10), (20, 10)]]
    )
    xs, ys = [p[0] for p in quad], [p[1] for p in quad]
    assert (min(xs), max(xs), min(ys), max(ys)) == (0, 30, 0, 10)


def test_edits_recompute_crop_and_restore_brings_notes_back(board) -> None:
    project, _, photo_id = board
    notes = project.notes.list(photo_id=photo_id)
    assert len(notes) == 6
    first = notes[0]
    project.notes.update(first.id, text="Bürger", reviewed=True, kind="header")
    project.tags.add([first.id], "Datenschutz")
    before = project.notes.snapshot([first.id])

    moved = [(x + 5, y + 5) for x, y in first.polygon]
    note = editing.set_polygon(project, first.id, moved)
    assert note.polygon == [(round(x, 2), round(y, 2)) for x, y in moved]
    assert note.text == "Bürger" and note.reviewed
    assert project.notes.crop(first.id) != dict(before[0].values)["crop"]

    halves = editing.split_note(project, first.id)
    assert [n.tags for n in halves] == [["Datenschutz"], ["Datenschutz"]]
    assert len(project.notes.list(photo_id=photo_id)) == 7
    merged = editing.merge_notes(project, [h.id for h in halves])
    assert merged.id == first.id
    assert len(project.notes.list(photo_id=photo_id)) == 6

    project.notes.restore(before)
    assert project.notes.snapshot([first.id]) == before
    assert dict(before[0].values)["kind"] == "header"  # every column comes back
    assert project.notes.search("burger")[0].id == first.id

    added = editing.add_note(project, photo_id, [(10, 10), (60, 10), (60, 60), (10, 60)])
    assert added.shape == "square" and project.notes.crop(added.id)
    project.notes.restore([], remove=[added.id])
    assert len(project.notes.list(photo_id=photo_id)) == 6
    with pytest.raises(InvalidInputError):
        editing.merge_notes(project, [first.id])
    assert project.tags.list()[0].name == "Datenschutz"


def test_reread_uses_the_reader(board) -> None:
    from ocr.types import Reading

    project, _, photo_id = board
    note = project.notes.list(photo_id=photo_id)[0]
    updated = editing.reread_note(
        project, note.id, lambda crops: [Reading("Hallo", 0.9)] * len(crops)
    )
    assert (updated.text, updated.confidence, updated.reviewed) == ("Hallo", 0.9, False)
