"""The review queue: keyboard only, least confident first, one undo step per note."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
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
    assert queue.counter.text() == "6 of 6 notes left to review"

    type_text(field, "Mehr Grünflächen")  # fix the text by typing it
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.toPlainText() == "Bürgerbeteiligung"
    qtbot.keyClick(field, Qt.Key.Key_Return)  # correct: one key
    assert field.toPlainText() == "Radwege ausbauen"
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # skip
    assert field.toPlainText() == "Lärm"
    assert queue.counter.text() == "4 of 6 notes left to review"

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
    assert queue.counter.text() == "6 of 6 notes left to review"

    qtbot.keyClick(field, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert field.toPlainText() == "Bürgerbeteiligung"


def test_queue_follows_into_the_board(window: MainWindow, queue, qtbot) -> None:
    board = window.project_view.station_detail.board
    assert board.view.selected_ids() == [queue.note.id]
    for _ in range(6):
        qtbot.keyClick(queue.text_edit, Qt.Key.Key_Return)
    assert queue.note is None
    assert queue.counter.text() == "0 of 6 notes left to review"
    assert not queue.accept_button.isEnabled()


def least_confident(queue) -> int:
    return queue.note.id


def test_not_a_note_is_thrown_out_and_back_brings_it(window: MainWindow, queue, qtbot) -> None:
    field = queue.text_edit
    first = queue.note.id
    qtbot.keyClick(field, Qt.Key.Key_Delete)  # untouched text: Delete means "not a note"
    with Project.open(window.document.path) as project:
        assert first not in {n.id for n in project.notes.list()}
    assert queue.note is not None and queue.note.id != first
    assert queue.counter.text() == "5 of 5 notes left to review"
    assert window.document.undo_stack.count() == 1
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert queue.note.id == first
    assert queue.counter.text() == "6 of 6 notes left to review"


def test_delete_edits_the_text_once_typing_began(queue, qtbot) -> None:
    field = queue.text_edit
    note_id = queue.note.id
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClick(field, Qt.Key.Key_Left)
    type_text(field, "x")
    qtbot.keyClick(field, Qt.Key.Key_Delete)  # deletes a character, not the note
    assert queue.note.id == note_id
    assert field.toPlainText() == "Mehr Grünflachex"


def test_alternative_chosen_with_alt_key(window: MainWindow, tmp_path: Path, qtbot) -> None:
    path, _, photo_id = imported_project(tmp_path)
    with Project.open(path) as project:
        notes = project.notes.list(photo_id=photo_id)
        for i, note in enumerate(notes):
            project.notes.update(note.id, text=f"Note {i}", confidence=0.5 + i / 100)
        project.notes.update(
            notes[0].id, text="Trede fExprt", alternatives=["Trede f Expert", "Tredef Export"]
        )
    assert window.open_project(str(path))
    window.workflow.review_action.trigger()
    queue = window.workflow.review
    qtbot.waitExposed(queue)
    assert queue.note.id == notes[0].id
    assert queue.alternative_buttons[0].isVisible()
    assert queue.alternative_buttons[0].full_text == "Alt+1: Trede f Expert"
    assert queue.alternative_buttons[0].text().startswith("Alt+1: Trede")  # "…" when narrow
    assert not queue.alternative_buttons[2].isVisible()
    qtbot.keyClick(queue.text_edit, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    with Project.open(path) as project:
        note = project.notes.get(notes[0].id)
    assert (note.text, note.reviewed) == ("Trede f Expert", True)
    assert queue.note.id == notes[1].id
    assert window.document.undo_stack.count() == 1


def test_long_alternatives_never_widen_the_queue_beyond_the_screen(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    """Three long other readings (a card of six lines) shorten with "…" on a small
    screen; the dialog and its Accept button stay on the screen (1024×768)."""
    path, _, photo_id = imported_project(tmp_path)
    long = "BOOST CONTENT TYPES LIKELY TO PROVIDE ANSWERS ONCE A QUESTION HAS BEEN"
    with Project.open(path) as project:
        notes = project.notes.list(photo_id=photo_id)
        for i, other in enumerate(notes):
            project.notes.update(other.id, text=f"Note {i}", confidence=0.5 + i / 100)
        note = notes[0]
        project.notes.update(
            note.id, text=long, confidence=0.1, alternatives=[long + " X", long + " Y", long]
        )
    assert window.open_project(str(path))
    window.workflow.review_action.trigger()
    queue = window.workflow.review
    qtbot.waitExposed(queue)
    assert queue.note.id == note.id
    assert queue.minimumSizeHint().width() <= 780
    queue.resize(1000, 600)
    QApplication.processEvents()
    assert queue.width() == 1000  # not pushed wider by the buttons
    first = queue.alternative_buttons[0]
    assert first.text().startswith("Alt+1: BOOST") and first.text().endswith("…")
    assert first.fontMetrics().horizontalAdvance(first.text()) < first.width()  # not cut off
    narrow = first.text()
    queue.resize(1800, 600)
    QApplication.processEvents()
    assert len(first.text()) > len(narrow)  # more room, more of the reading
    qtbot.keyClick(queue.text_edit, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    with Project.open(path) as project:
        assert project.notes.get(note.id).text == long + " Y"  # the whole reading, not "…"


def test_votes_and_colour_corrected_in_the_queue(window: MainWindow, queue, qtbot) -> None:
    field = queue.text_edit
    note_id = queue.note.id
    assert queue.votes_box.value() == queue.note.votes
    start = queue.note.votes
    qtbot.keyClick(field, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    queue.color_box.setCurrentIndex(queue.color_box.findData("blue"))
    qtbot.keyClick(field, Qt.Key.Key_Return)
    with Project.open(window.document.path) as project:
        note = project.notes.get(note_id)
    assert (note.votes, note.votes_checked, note.color, note.reviewed) == (
        start + 2, True, "blue", True
    )
    assert window.document.undo_stack.count() == 1  # text, votes and colour: one step


def test_queue_follows_deletions_elsewhere(window: MainWindow, queue, qtbot) -> None:
    from ui.board import note_commands

    current = queue.note.id
    later = queue.queue[-1]
    window.document.run(note_commands.delete_notes(window.document, [later]))
    assert later not in queue.queue
    assert queue.note.id == current
    assert queue.counter.text() == "5 of 5 notes left to review"
    window.document.run(note_commands.delete_notes(window.document, [current]))
    assert queue.note is not None and queue.note.id != current  # not stuck on a gone note
    assert current not in queue.queue
    assert queue.counter.text() == "4 of 4 notes left to review"
    window.document.undo_stack.undo()  # the note comes back elsewhere: it rejoins the queue
    assert current in queue.queue


def test_escape_closes_the_queue_for_good(window: MainWindow, queue, qtbot) -> None:
    """After Escape no hidden queue follows the edits: a change on the themes tab
    leaves the user there instead of pulling the window to the queue's note."""
    from ui.board import note_commands

    waiting = queue.queue[-1]
    qtbot.keyClick(queue.text_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.workflow.review is None)
    window.workflow.themes_action.trigger()
    tabs = window.project_view.station_detail.tabs
    themes = tabs.currentIndex()
    assert themes != 0
    window.document.run(
        note_commands.edit_note(window.document, waiting, "Edit text", text="Neu gelesen")
    )
    assert tabs.currentIndex() == themes


def test_back_undoes_only_the_queues_own_step(window: MainWindow, queue, qtbot) -> None:
    from ui.board import note_commands

    field = queue.text_edit
    reviewed = queue.note.id
    qtbot.keyClick(field, Qt.Key.Key_Return)
    other = queue.queue[-1]
    window.document.run(
        note_commands.edit_note(window.document, other, "Edit text", text="Edited elsewhere")
    )
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with Project.open(window.document.path) as project:
        assert project.notes.get(reviewed).reviewed is False
        assert project.notes.get(other).text == "Edited elsewhere"  # not undone
    assert queue.note.id == reviewed


def test_back_keeps_what_was_changed_on_the_note_elsewhere_since(
    window: MainWindow, queue, qtbot
) -> None:
    """Back after other edits takes back the review, not a colour set on the board since."""
    from ui.board import note_commands

    field = queue.text_edit
    reviewed = queue.note.id
    qtbot.keyClick(field, Qt.Key.Key_Return)
    other = queue.queue[-1]
    window.document.run(
        note_commands.edit_note(window.document, reviewed, "Change colour", color="pink")
    )
    window.document.run(
        note_commands.edit_note(window.document, other, "Edit text", text="Edited elsewhere")
    )
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with Project.open(window.document.path) as project:
        assert project.notes.get(reviewed).reviewed is False
        assert project.notes.get(reviewed).color == "pink"  # not undone by Back
        assert project.notes.get(other).text == "Edited elsewhere"


def test_skipped_notes_come_round_again_and_count_stays_right(queue, qtbot) -> None:
    field = queue.text_edit
    for _ in range(6):
        qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert queue.note is not None  # skipped notes are still to do
    assert queue.counter.text() == "6 of 6 notes left to review"
    for _ in range(6):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert queue.note is None
    assert queue.info.text() == "Nothing left to review here."


def test_station_photo_and_surroundings_shown(queue, qtbot) -> None:
    assert "Governance" in queue.place.text() and "board.jpg" in queue.place.text()
    zoom = queue.view.zoom()
    qtbot.keyClick(queue.text_edit, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert queue.view.zoom() > zoom
    qtbot.keyClick(queue.text_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert queue.surroundings_button.isChecked()
    qtbot.waitUntil(lambda: queue.view.outline is not None, timeout=10_000)


def test_counted_dots_are_circled(window: MainWindow, tmp_path: Path, qtbot) -> None:
    import cv2
    import numpy as np

    from app.images import encode_jpeg

    crop = np.full((300, 300, 3), (250, 225, 90), np.uint8)
    for x, y in ((90, 150), (200, 220)):
        cv2.circle(crop, (x, y), 14, (210, 30, 40), -1, cv2.LINE_AA)
    path, _, photo_id = imported_project(tmp_path)
    with Project.open(path) as project:
        note, *others = project.notes.list(photo_id=photo_id)
        project.notes.update(note.id, crop=encode_jpeg(crop), votes=1, confidence=0.01)
        for other in others:
            project.notes.update(other.id, confidence=0.9)
    assert window.open_project(str(path))
    window.workflow.review_action.trigger()
    queue = window.workflow.review
    qtbot.waitExposed(queue)
    assert queue.note.id == note.id
    assert len(queue.view.circles) == 2
    assert queue.votes_box.value() == 1  # the stored count, to correct with a key
    qtbot.keyClick(queue.text_edit, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(queue.text_edit, Qt.Key.Key_Return)
    with Project.open(path) as project:
        checked = project.notes.get(note.id)
    assert (checked.votes, checked.votes_checked) == (2, True)


def test_a_note_found_with_one_click_is_confirmed_with_enter(
    window: MainWindow, queue, qtbot
) -> None:
    """A missed note: A, one click inside it, Enter. It comes read, as the queue's current note."""
    from ui.board import note_commands

    board = window.project_view.station_detail.board
    view = board.view
    qtbot.waitUntil(view.pixels_ready, timeout=10_000)
    for _ in range(2):  # two notes reviewed first: the found one is not simply the next
        qtbot.keyClick(queue.text_edit, Qt.Key.Key_Return)
    missed = next(n for n in window.document.project.notes.list() if n.id in queue.queue[3:])
    window.document.run(note_commands.delete_notes(window.document, [missed.id]))
    window.document.undo_stack.clear()  # as if the detection had missed it
    assert queue.counter.text() == "3 of 5 notes left to review"
    shown = queue.note.id

    window.activateWindow()  # the user turns to the board
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert view.mode == "find"
    centre = QPointF(*(sum(c) / len(c) for c in zip(*missed.polygon, strict=True)))
    with qtbot.waitSignal(view.noteAdded, timeout=20_000) as added:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(centre))
    found = added.args[0]
    assert queue.note.id == found and found != shown  # the current note of the review
    assert queue.counter.text() == "4 of 6 notes left to review"
    assert queue.text_edit.hasFocus() or QApplication.focusWidget() is queue.text_edit
    assert queue.note.text is None  # still being read: Enter now must not confirm it empty
    qtbot.keyClick(queue.text_edit, Qt.Key.Key_Return)
    assert not window.document.project.notes.get(found).reviewed
    assert "still being read" in queue.info.text()
    qtbot.waitUntil(lambda: "Note" in queue.text_edit.toPlainText(), timeout=30_000)
    text = queue.text_edit.toPlainText()  # the real engine's reading, shown when it lands
    assert queue.text_edit.textCursor().selectedText() == text  # typing would replace it
    assert text == window.document.project.notes.get(found).text

    qtbot.keyClick(queue.text_edit, Qt.Key.Key_Return)  # confirmed: one key
    note = window.document.project.notes.get(found)
    assert note.reviewed and note.text == text
    assert queue.note.id == shown  # and on with the queue where it was
    assert queue.counter.text() == "3 of 6 notes left to review"
    stack = window.document.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == ["Find note here", "Review note"]


def test_long_readings_are_cut_where_their_button_ends(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    """On a 1024×768 screen the queue opens 942 px wide; readings of any length and
    script end in "…" where their button ends, the queue keeps its size and the crop
    its share. A wider queue shows more of a reading (long readings differ at their
    ends), not a fixed 40 characters. The tooltip holds the whole reading as typed."""
    from PySide6.QtGui import QTextDocument

    from tests.ui.test_menu_text import shown

    path, _, photo_id = imported_project(tmp_path)
    sentence = "Mehr sichere Radwege zwischen den Stadtteilen und dem Zentrum, auch im Winter"
    readings = [sentence * 3, "W" * 300, " ".join(['<b>R&D</b><img src="x.png">'] * 12)]
    with Project.open(path) as project:
        notes = project.notes.list(photo_id=photo_id)
        for i, other in enumerate(notes):
            project.notes.update(other.id, text=f"Note {i}", confidence=0.5 + i / 100)
        note = notes[0]
        project.notes.update(note.id, text="x", confidence=0.1, alternatives=readings)
    assert window.open_project(str(path))
    window.workflow.review_action.trigger()
    queue = window.workflow.review
    qtbot.waitExposed(queue)
    assert queue.note.id == note.id
    queue.resize(942, 600)
    QApplication.processEvents()
    assert queue.width() == 942
    assert queue.view.width() >= 942 * 0.45  # the crop is not squeezed by the readings
    for button, reading in zip(queue.alternative_buttons, readings, strict=True):
        text = shown(button.text())
        assert text.endswith("…") and reading.startswith(text[len("Alt+1: ") : -1].strip())
        assert button.fontMetrics().horizontalAdvance(text) < button.width()
        assert button.mapTo(queue, button.rect().topRight()).x() < queue.width()
        document = QTextDocument()
        document.setHtml(button.toolTip())
        assert document.toPlainText() == reading
    queue.resize(1800, 600)
    QApplication.processEvents()
    first = shown(queue.alternative_buttons[0].text())
    assert len(first) > 60 and first.endswith("…"), first
    qtbot.keyClick(queue.text_edit, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    with Project.open(path) as project:
        assert project.notes.get(note.id).text == readings[2]


def test_short_readings_show_whole(window: MainWindow, tmp_path: Path, qtbot) -> None:
    """A reading that fits its button is shown whole, not cut by a fraction of a pixel."""
    from tests.ui.test_menu_text import shown

    path, _, photo_id = imported_project(tmp_path)
    readings = ["Bergerite", "Birgerrate", "Hallo"]
    with Project.open(path) as project:
        notes = project.notes.list(photo_id=photo_id)
        for i, other in enumerate(notes):
            project.notes.update(other.id, text=f"Note {i}", confidence=0.5 + i / 100)
        project.notes.update(notes[0].id, text="Bergerrite", confidence=0.1, alternatives=readings)
    assert window.open_project(str(path))
    window.workflow.review_action.trigger()
    queue = window.workflow.review
    qtbot.waitExposed(queue)
    for width in (942, 1800):
        queue.resize(width, 600)
        QApplication.processEvents()
        texts = [shown(b.text()) for b in queue.alternative_buttons]
        assert texts == [f"Alt+{k}: {r}" for k, r in enumerate(readings, start=1)]
