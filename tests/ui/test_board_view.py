"""The board view: outlines of the notes, corner drags, drawing, deleting, split, merge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from app.store.project import Project
from ui.main_window import MainWindow


def _count_decoding(monkeypatch) -> list[int]:
    """The ids of the photos decoded from now on (a 12-MP photo takes 0.2 s and 36 MB)."""
    from app import editing

    decoded: list[int] = []
    original = editing.photo_pixels

    def counting(project, photo_id):
        decoded.append(photo_id)
        return original(project, photo_id)

    monkeypatch.setattr(editing, "photo_pixels", counting)
    return decoded


def stored(window: MainWindow, note_id: int):
    with Project.open(window.document.path) as project:
        return project.notes.get(note_id)


def drag(qtbot, view, start: QPointF, end: QPointF) -> None:
    """Drag with the left button from one scene point to another."""
    a = view.mapFromScene(start)
    b = view.mapFromScene(end)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    for step in range(1, 5):
        qtbot.mouseMove(viewport, a + (b - a) * step / 4)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)


def test_shows_every_note_in_its_colour(window: MainWindow, board) -> None:
    view = board.view
    assert len(view.note_items) == 6
    notes = window.document.project.notes.list(photo_id=view.photo_id)
    assert {n.id for n in notes} == set(view.note_items)
    assert view.pixmap_item.scale() == pytest.approx(1.0)
    assert view.zoom() < 1.0  # fitted into the window
    view.zoom_actual()
    assert view.zoom() == pytest.approx(1.0)
    view.zoom_fit()


def test_move_a_corner_and_undo(window: MainWindow, board, qtbot) -> None:
    view = board.view
    note = window.document.project.notes.list(photo_id=view.photo_id)[0]
    view.select_notes([note.id])
    item = view.note_items[note.id]
    assert item.has_handles()
    assert board.note_panel.note.id == note.id
    corner = QPointF(*note.polygon[0])
    drag(qtbot, view, corner, corner + QPointF(-30, -20))
    moved = stored(window, note.id)
    assert moved.polygon[0] != note.polygon[0]
    assert moved.polygon[1:] == note.polygon[1:]
    assert window.document.undo_stack.count() == 1  # the whole drag is one step
    assert item.points()[0] == pytest.approx(moved.polygon[0], abs=0.01)

    window.undo_action.trigger()
    assert stored(window, note.id).polygon == note.polygon
    assert item.points()[0] == pytest.approx(note.polygon[0], abs=0.01)
    window.redo_action.trigger()
    assert stored(window, note.id).polygon == moved.polygon


def test_draw_delete_and_undo(window: MainWindow, board, qtbot) -> None:
    view = board.view
    board.draw_action.trigger()
    assert view.mode == "draw"
    drag(qtbot, view, QPointF(20, 20), QPointF(120, 100))
    assert view.mode == "select"
    notes = window.document.project.notes.list(photo_id=view.photo_id)
    assert len(notes) == 7
    new_id = view.selected_ids()[0]
    drawn = stored(window, new_id)
    assert drawn.polygon[0] == pytest.approx((20, 20), abs=3)
    assert view.note_items[new_id].has_handles()

    view.setFocus()
    board.delete_action.trigger()
    assert new_id not in view.note_items
    with pytest.raises(Exception, match="No note"):
        stored(window, new_id)
    window.undo_action.trigger()  # the note comes back, under its id, with its crop
    assert stored(window, new_id).polygon == drawn.polygon
    assert window.document.project.notes.crop(new_id)
    assert new_id in view.note_items
    window.undo_action.trigger()  # and the drawing is undone
    assert len(window.document.project.notes.list(photo_id=view.photo_id)) == 6


def test_split_merge_and_undo(window: MainWindow, board) -> None:
    view = board.view
    first, second = window.document.project.notes.list(photo_id=view.photo_id)[:2]
    window.document.project.notes.update(first.id, text="Bürger")
    view.select_notes([first.id])
    board.split_action.trigger()
    assert len(view.note_items) == 7
    halves = view.selected_ids()
    assert len(halves) == 2 and first.id in halves
    board.merge_action.trigger()
    assert len(view.note_items) == 6
    assert view.selected_ids() == [first.id]
    window.undo_action.trigger()
    window.undo_action.trigger()
    back = stored(window, first.id)
    assert (back.polygon, back.text) == (first.polygon, "Bürger")
    assert set(view.note_items) == {n.id for n in window.document.project.notes.list()}

    view.select_notes([first.id, second.id])
    assert not board.split_action.isEnabled()
    board.merge_action.trigger()
    assert len(view.note_items) == 5
    window.undo_action.trigger()
    assert len(view.note_items) == 6


def test_note_panel_edits_are_undo_steps(window: MainWindow, board, qtbot) -> None:
    view = board.view
    panel = board.note_panel
    note = window.document.project.notes.list(photo_id=view.photo_id)[0]
    view.select_notes([note.id])
    assert not panel.crop.pixmap().isNull()
    panel.text_edit.setPlainText("Mehr Grünflächen")
    panel.text_edit.editingFinished.emit()
    changed = stored(window, note.id)
    assert (changed.text, changed.reviewed) == ("Mehr Grünflächen", True)
    panel.votes_spin.setValue(3)
    panel.tag_edit.setText("Klima")
    panel.tag_edit.returnPressed.emit()
    assert stored(window, note.id).votes == 3
    assert stored(window, note.id).votes_checked  # counted by a person: checked
    assert stored(window, note.id).tags == ["Klima"]
    assert panel.tags_model.rows() == ["Klima"]
    for _ in range(3):
        window.undo_action.trigger()
    back = stored(window, note.id)
    assert (back.text, back.reviewed, back.votes, back.tags) == (None, False, 0, [])
    assert not back.votes_checked
    assert panel.text_edit.toPlainText() == ""


def test_zoom_with_the_wheel(board, qtbot) -> None:
    view = board.view
    before = view.zoom()
    pos = QPoint(view.viewport().width() // 2, view.viewport().height() // 2)
    from PySide6.QtCore import QPoint as P
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    event = QWheelEvent(
        QPointF(pos),
        QPointF(view.viewport().mapToGlobal(pos)),
        P(0, 0),
        P(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), event)
    assert view.zoom() == pytest.approx(before * 1.25)


def test_read_again_in_the_background(window: MainWindow, board, qtbot, monkeypatch) -> None:
    from ocr.types import Reading

    monkeypatch.setattr(
        "ui.board.page.make_reader",
        lambda engine, project=None, warn=None: lambda crops: [Reading("Neu gelesen", 0.8)],
    )
    decoded = _count_decoding(monkeypatch)
    view = board.view
    note = window.document.project.notes.list(photo_id=view.photo_id)[0]
    view.select_notes([note.id])
    with qtbot.waitSignal(window.document.notesChanged, timeout=10_000):
        board.reread_action.trigger()
    assert stored(window, note.id).text == "Neu gelesen"
    assert decoded == []  # cut from the pixels the view holds
    assert board.note_panel.text_edit.toPlainText() == "Neu gelesen"
    window.undo_action.trigger()
    assert stored(window, note.id).text is None


def test_new_crops_are_read_as_part_of_the_edit(
    window: MainWindow, board, qtbot, monkeypatch
) -> None:
    from ocr.types import Reading

    monkeypatch.setattr(
        "ui.board.page.make_reader",
        lambda engine, project=None, warn=None: lambda crops: [Reading("Gelesen", 0.7)],
    )
    decoded = _count_decoding(monkeypatch)
    view = board.view
    note = window.document.project.notes.list(photo_id=view.photo_id)[0]
    window.document.project.notes.update(note.id, text="Alt")
    view.select_notes([note.id])
    corner = QPointF(*note.polygon[2])
    with qtbot.waitSignal(window.document.notesChanged, timeout=10_000):
        drag(qtbot, view, corner, corner + QPointF(-15, -10))  # the drag's own change
    with qtbot.waitSignal(window.document.notesChanged, timeout=10_000):
        pass  # the reading, attached to the drag
    assert stored(window, note.id).text == "Gelesen"
    assert decoded == []  # the edit and its reading cut from the pixels the view holds
    assert window.document.undo_stack.count() == 1
    window.undo_action.trigger()
    assert (stored(window, note.id).text, stored(window, note.id).polygon) == ("Alt", note.polygon)
    window.redo_action.trigger()
    assert stored(window, note.id).text == "Gelesen"


def test_find_a_missed_note_with_one_click(window: MainWindow, board, qtbot, monkeypatch) -> None:
    import numpy as np

    from ocr.geometry import polygon_iou
    from ocr.types import Reading
    from ui.board import note_commands

    monkeypatch.setattr(
        "ui.board.page.make_reader",
        lambda engine, project=None, warn=None: lambda crops: [Reading("Gefunden", 0.8)],
    )
    view = board.view
    missed = window.document.project.notes.list(photo_id=view.photo_id)[4]
    window.document.run(note_commands.delete_notes(window.document, [missed.id]))
    window.document.undo_stack.clear()  # as if the detection had missed it
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert view.mode == "find" and board.find_action.isChecked()
    centre = QPointF(*(sum(c) / len(c) for c in zip(*missed.polygon, strict=True)))
    with qtbot.waitSignal(window.document.notesChanged, timeout=20_000):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(centre))
    with qtbot.waitSignal(window.document.notesChanged, timeout=20_000):
        pass  # the reading, attached to the same step
    notes = window.document.project.notes.list(photo_id=view.photo_id)
    assert len(notes) == 6
    found = stored(window, view.selected_ids()[0])
    assert polygon_iou(np.array(found.polygon), np.array(missed.polygon)) >= 0.8
    assert found.text == "Gefunden" and found.color == missed.color
    assert window.document.undo_stack.count() == 1  # one undo step
    assert window.document.undo_stack.text(0) == "Find note here"
    assert view.mode == "find"  # the next missed note is one click away

    inside = QPointF(*notes[0].polygon[0]) + QPointF(30, 30)  # a note already there
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(inside))
    assert view.selected_ids() == [notes[0].id]
    assert window.document.undo_stack.count() == 1

    window.undo_action.trigger()
    assert len(window.document.project.notes.list(photo_id=view.photo_id)) == 5
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert view.mode == "select"


def test_an_edit_before_the_photo_is_decoded_waits_for_it(window: MainWindow, board, qtbot) -> None:
    """The full-size decode runs in the background; an edit made sooner runs after it."""
    view = board.view
    note = window.document.project.notes.list(photo_id=view.photo_id)[0]
    view.pixels.clear()  # as if the decode had not finished yet
    view.select_notes([note.id])
    with qtbot.waitSignal(view.pixelsReady, timeout=10_000):
        board.split_action.trigger()
        assert len(view.note_items) == 6  # not on the GUI thread: waiting for the pixels
    assert len(view.note_items) == 7
    assert window.document.undo_stack.count() == 1


def test_photo_chooser_keeps_its_label_whole_as_notes_are_added(
    window: MainWindow, board, qtbot
) -> None:
    """ "board.jpg (6 notes)" becoming "(10 notes)" in a toolbar short of room (German
    labels on a 1024-px screen): actions move behind ›› rather than the photo's name
    and count being cut."""
    from PySide6.QtWidgets import QApplication

    from ui.board import note_commands

    window.resize(860, 740)
    QApplication.processEvents()
    combo = board.photo_combo
    for k in range(4):
        x = 20.0 + 30 * k
        polygon = [(x, 400.0), (x + 20, 400.0), (x + 20, 420.0), (x, 420.0)]
        window.document.run(note_commands.add_note(window.document, board.view.photo_id, polygon))
    QApplication.processEvents()
    assert "10" in combo.currentText()
    assert board.toolbar.width() < board.toolbar.sizeHint().width()  # short of room
    assert combo.width() >= combo.sizeHint().width()
    # What the toolbar may squeeze it to (Qt keeps the first label's minimum otherwise).
    assert combo.minimumSizeHint().expandedTo(combo.minimumSize()).width() >= (
        combo.sizeHint().width()
    )
