"""The review queue: keyboard only, least confident first, one undo step per note."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from app.store.project import Project
from tests.ui.boards import imported_project
from ui.main_window import MainWindow


@pytest.fixture
def queue(window: MainWindow, tmp_path: Path, qtbot):
    path, _, photo_id = imported_project(tmp_path)
    with Project.open(path) as project:
        notes = project.notes.list(photo_id=photo_id)
        texts = ["Radwege ausbauen", "Mehr Grünflachen", "Bürgerbeteiligung", "Lärm", "A", "B"]
        confidences = (0.9, 0.2, 0.5, 0.95, 0.96, 0.97)
        for note, text, confidence in zip(notes, texts, confidences, strict=True):
            project.notes.update(note.id, text=text, confidence=confidence)
    assert window.open_project(str(path))
    window.workflow.review_action.trigger()
    review = window.workflow.review
    qtbot.waitExposed(review)
    return review


def type_text(widget, text: str) -> None:
    """Type text with umlauts (QTest.keyClicks only knows ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def stored(window: MainWindow):
    with Project.open(window.document.path) as project:
        return {n.text: n.reviewed for n in project.notes.list()}


def test_review_three_notes_by_keyboard(window: MainWindow, queue, qtbot) -> None:
    field = queue.text_edit
    assert field.toPlainText() == "Mehr Grünflachen"  # least confident first
    assert field.textCursor().selectedText() == "Mehr Grünflachen"  # typing replaces it
    assert queue.counter.text() == "0 of 6 reviewed"

    type_text(field, "Mehr Grünflächen")  # fix the text by typing it
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.toPlainText() == "Bürgerbeteiligung"
    qtbot.keyClick(field, Qt.Key.Key_Return)  # correct: one key
    assert field.toPlainText() == "Radwege ausbauen"
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # skip
    assert field.toPlainText() == "Lärm"
    assert queue.counter.text() == "2 of 6 reviewed"

    texts = stored(window)
    assert texts["Mehr Grünflächen"] is True
    assert texts["Bürgerbeteiligung"] is True
    assert texts["Radwege ausbauen"] is False
    assert "Mehr Grünflachen" not in texts
    assert window.document.undo_stack.count() == 2

    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.toPlainText() == "Bürgerbeteiligung"  # back to the undone note
    assert stored(window)["Bürgerbeteiligung"] is False
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.toPlainText() == "Mehr Grünflachen"
    assert queue.counter.text() == "0 of 6 reviewed"

    qtbot.keyClick(field, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert field.toPlainText() == "Bürgerbeteiligung"


def test_queue_follows_into_the_board(window: MainWindow, queue, qtbot) -> None:
    board = window.project_view.station_detail.board
    assert board.view.selected_ids() == [queue.note.id]
    for _ in range(6):
        qtbot.keyClick(queue.text_edit, Qt.Key.Key_Return)
    assert queue.note is None
    assert queue.counter.text() == "6 of 6 reviewed"
    assert not queue.accept_button.isEnabled()
