"""The review queue on a project from a stranger: damaged crops, photos and stations.

A note whose picture cannot be decoded is shown with a notice instead of its crop; a
note whose photo or station row is damaged or missing is shown with its place said
to be damaged. Either way the queue opens and goes on with the other notes.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from app.pipeline import import_photos
from app.store.project import Project
from tests.hostile import _png
from tests.ui.boards import imported_project, write_board
from ui.main_window import MainWindow
from ui.review.note_view import NoteView
from ui.review.queue import ReviewQueue

# Qt complains about a truncated JPEG (and shows what it could decode of it) and refuses
# a picture claiming too many pixels: both only warn. (On the test, not the module: the
# marker of tests/ui/conftest.py would come first.)
qt_warnings = pytest.mark.qt_log_ignore(
    "Corrupt JPEG data",
    "QImageIOHandler: Rejecting image",
    "This plugin does not support propagateSizeHints",
)


def _sql(path: Path, statement: str, params: tuple[object, ...] = ()) -> None:
    """Change the file the way a stranger could: plain SQL, no checks."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(statement, params)
    finally:
        conn.close()


def _read_all(path: Path) -> list[int]:
    """Give every note a text, least confident first in id order; returns the ids."""
    with Project.open(path) as project:
        notes = project.notes.list()
        for number, note in enumerate(notes):
            project.notes.update(note.id, text=f"Note {note.id}", confidence=0.1 + number / 100)
        return [n.id for n in notes]


def _open_queue(window: MainWindow, path: Path, qtbot) -> ReviewQueue:
    assert window.open_project(str(path))
    window.workflow.review_action.trigger()
    review = window.workflow.review
    assert review is not None, "the review queue did not open"
    qtbot.waitExposed(review)
    return review


def _notice(view: NoteView) -> str | None:
    """The placeholder text the view shows instead of a picture, if any."""
    texts = [i.text() for i in view.scene_.items() if isinstance(i, QGraphicsSimpleTextItem)]
    return texts[0] if texts else None


def _review_all(review: ReviewQueue, qtbot, count: int) -> list[int]:
    """Confirm every note with Enter; returns the ids in the order shown."""
    shown = []
    for _ in range(count + 1):
        if review.note is None:
            break
        shown.append(review.note.id)
        qtbot.keyClick(review.text_edit, Qt.Key.Key_Return)
    return shown


def _truncated_crop(path: Path, note_id: int) -> bytes:
    with Project.open(path) as project:
        data = project.notes.crop(note_id)
    assert data is not None
    return data[: len(data) // 2]


@qt_warnings
@pytest.mark.parametrize("damage", ["garbage", "truncated", "bomb"])
def test_a_damaged_crop_shows_a_notice_and_the_queue_goes_on(
    window: MainWindow, tmp_path: Path, qtbot, damage: str
) -> None:
    path, _, _ = imported_project(tmp_path)
    ids = _read_all(path)
    first = ids[0]  # the least confident: the queue shows it first
    crop = {
        "garbage": b"garbage" * 10,
        "truncated": _truncated_crop(path, first),
        "bomb": _png(40_000, 40_000),  # a tiny file that claims 1.6 billion pixels
    }[damage]
    _sql(path, "UPDATE note SET crop = ? WHERE id = ?", (crop, first))

    review = _open_queue(window, path, qtbot)
    assert review.note is not None and review.note.id == first
    assert review.text_edit.toPlainText() == f"Note {first}"
    assert review.dots_label.text().startswith("0 dot")
    if damage != "truncated":  # Qt shows what it could decode of a truncated JPEG
        assert _notice(review.view) == "(the crop is damaged; Ctrl+L shows the photo)"
    # the photo around it still shows
    review.surroundings_button.setChecked(True)
    qtbot.waitUntil(lambda: review.view.outline is not None, timeout=10_000)
    review.surroundings_button.setChecked(False)

    assert _review_all(review, qtbot, len(ids)) == ids
    assert review.info.text() == "Nothing left to review here."
    with Project.open(path) as project:
        assert all(n.reviewed for n in project.notes.list())


def _two_stations(tmp_path: Path) -> Path:
    """Two stations, one board photo each (two notes on each)."""
    path = tmp_path / "two.pinscribe"
    with Project.create(path, title="Smart City") as project:
        for number, name in enumerate(("Governance", "Mobilität")):
            station = project.stations.add(name, "?")
            photo = write_board(tmp_path / f"board{number}.jpg", columns=2, rows=1)
            assert import_photos(project, station.id, [photo], reader=None).imported
    return path


#: Damage to photo 1 or to its station 1: (SQL, whether its photo still shows, place).
PLACES = {
    "photo-data-garbage": (
        "UPDATE photo SET data = x'00ff00ff' WHERE id = 1", False,
        "Station: Governance · photo: board0.jpg",
    ),
    "photo-data-bomb": (
        f"UPDATE photo SET data = x'{_png(60_000, 60_000).hex()}' WHERE id = 1", False,
        "Station: Governance · photo: board0.jpg",
    ),
    "photo-width-zero": (
        "UPDATE photo SET width = 0 WHERE id = 1", False,
        "Station: Governance · photo: (damaged, id 1)",
    ),
    "photo-filename-blob": (
        "UPDATE photo SET filename = x'ff00' WHERE id = 1", False,
        "Station: Governance · photo: (damaged, id 1)",
    ),
    "station-id-nowhere": (
        "UPDATE photo SET station_id = 999 WHERE id = 1", True,
        "Station: (damaged, id 999) · photo: board0.jpg",
    ),
    "station-deleted": (
        "DELETE FROM station WHERE id = 1", True,
        "Station: (damaged, id 1) · photo: board0.jpg",
    ),
    "station-name-blob": (
        "UPDATE station SET name = x'ff00' WHERE id = 1", True,
        "Station: (damaged, id 1) · photo: board0.jpg",
    ),
    "station-position-text": (
        "UPDATE station SET position = 'first' WHERE id = 1", True,
        "Station: (damaged, id 1) · photo: board0.jpg",
    ),
}


@qt_warnings
@pytest.mark.parametrize("name", list(PLACES))
def test_a_damaged_photo_or_station_leaves_the_queue_working(
    window: MainWindow, tmp_path: Path, qtbot, name: str
) -> None:
    statement, photo_shows, place = PLACES[name]
    path = _two_stations(tmp_path)
    ids = _read_all(path)
    with Project.open(path) as project:
        on_photo_1 = [n.id for n in project.notes.list(photo_id=1)]
    assert on_photo_1 == ids[:2]
    _sql(path, statement)

    review = _open_queue(window, path, qtbot)
    assert review.queue == ids  # all four notes are listed
    assert review.note is not None and review.note.id == ids[0]
    assert review.place.text() == place
    review.surroundings_button.setChecked(True)
    if photo_shows:
        qtbot.waitUntil(lambda: review.view.outline is not None, timeout=10_000)
    else:  # it does not wait for ever
        qtbot.waitUntil(
            lambda: _notice(review.view) == "(the photo cannot be shown)", timeout=10_000
        )
    review.surroundings_button.setChecked(False)

    qtbot.keyClick(review.text_edit, Qt.Key.Key_Return)
    qtbot.keyClick(review.text_edit, Qt.Key.Key_Return)
    # the notes of the other photo and station show as ever
    assert review.note is not None and review.note.id == ids[2]
    assert review.place.text() == "Station: Mobilität · photo: board1.jpg"
    assert _notice(review.view) is None  # its crop
    assert _review_all(review, qtbot, 2) == ids[2:]
    with Project.open(path) as project:
        assert all(n.reviewed for n in project.notes.list())


#: Damage to the row of note 1 itself: the store leaves it out (and reports it).
NOTE_ROWS = {
    "votes-text": "UPDATE note SET votes = 'many' WHERE id = 1",
    "polygon-not-json": "UPDATE note SET polygon = 'not json' WHERE id = 1",
    "photo-id-nowhere": "UPDATE note SET photo_id = 999 WHERE id = 1",
}


@qt_warnings
@pytest.mark.parametrize("name", list(NOTE_ROWS))
def test_a_damaged_note_row_leaves_the_others_in_the_queue(
    window: MainWindow, tmp_path: Path, qtbot, name: str
) -> None:
    """Worked on main already: kept as a guard beside the fixes above."""
    path = _two_stations(tmp_path)
    ids = _read_all(path)
    _sql(path, NOTE_ROWS[name])
    review = _open_queue(window, path, qtbot)
    assert review.queue == ids[1:]
    station = review.station_id
    with Project.open(path) as project:
        shown = len(project.notes.list(station_id=station))  # the damaged one is not listed
    assert review.counter.text() == f"{shown} of {shown} notes left to review"
    assert _review_all(review, qtbot, len(ids)) == ids[1:]
    assert review.info.text() == "Nothing left to review here."
    assert review.counter.text() == f"0 of {shown} notes left to review"  # none left unshown


@qt_warnings
def test_the_place_shows_names_with_percent_signs_as_written(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    path = _two_stations(tmp_path)
    ids = _read_all(path)
    _sql(path, "UPDATE station SET name = '50%2 off' WHERE id = 1")
    _sql(path, "UPDATE photo SET filename = '%1.jpg' WHERE id = 1")
    review = _open_queue(window, path, qtbot)
    assert review.note is not None and review.note.id == ids[0]
    assert review.place.text() == "Station: 50%2 off · photo: %1.jpg"
