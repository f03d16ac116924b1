"""Background readings beside the user's edits: typing, undo, and failures that reach the user."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.store.project import Project
from ocr.types import Reading
from tests.reading_fakes import crashing_reader
from tests.ui.test_review import queue, type_text  # noqa: F401 - the review's fixture
from ui.board import note_commands
from ui.core.document import NotesChange
from ui.main_window import MainWindow


def _background_reading(window: MainWindow, note_id: int, **fields: object) -> None:
    """What the re-reading job does: write through its own connection, then announce it."""
    with Project.open(window.document.path) as project:
        note = project.notes.update(note_id, **fields)
    window.document.notesChanged.emit(NotesChange(frozenset({note.photo_id}), frozenset({note_id})))


def _stored(window: MainWindow, note_id: int):
    with Project.open(window.document.path) as project:
        return project.notes.get(note_id)


def test_typed_text_stays_when_a_reading_of_the_note_arrives(window: MainWindow, board) -> None:
    panel = board.note_panel
    note = window.document.project.notes.list(photo_id=board.view.photo_id)[0]
    board.view.select_notes([note.id])
    assert panel.note is not None and panel.note.id == note.id
    type_text(panel.text_edit, "Getippt")
    _background_reading(window, note.id, text="Neu gelesen", confidence=0.9)
    assert panel.text_edit.toPlainText() == "Getippt"
    panel.text_edit.editingFinished.emit()
    now = _stored(window, note.id)
    assert (now.text, now.reviewed) == ("Getippt", True)


def test_an_untouched_editor_shows_the_new_reading(window: MainWindow, board) -> None:
    panel = board.note_panel
    note = window.document.project.notes.list(photo_id=board.view.photo_id)[0]
    board.view.select_notes([note.id])
    _background_reading(window, note.id, text="Neu gelesen", confidence=0.9)
    assert panel.text_edit.toPlainText() == "Neu gelesen"


def test_the_review_keeps_typed_text_too(window: MainWindow, queue) -> None:  # noqa: F811
    note = queue.note
    type_text(queue.text_edit, "Getippt")
    _background_reading(window, note.id, text="Neu gelesen", confidence=0.3)
    assert queue.note.id == note.id and queue.text_edit.toPlainText() == "Getippt"


def test_undo_leaves_a_later_reading_of_another_note(window: MainWindow, board) -> None:
    document = window.document
    a, b, *_ = document.project.notes.list(photo_id=board.view.photo_id)
    document.run(note_commands.review_note(document, a.id, "Vom Nutzer"))
    _background_reading(window, b.id, text="Neu gelesen", confidence=0.8, alternatives=["Neu"])
    document.undo_stack.undo()
    assert (_stored(window, a.id).text, _stored(window, a.id).reviewed) == (a.text, False)
    now = _stored(window, b.id)
    assert (now.text, now.confidence, now.alternatives) == ("Neu gelesen", 0.8, ["Neu"])


def test_undo_leaves_a_later_reading_of_the_same_note(window: MainWindow, board) -> None:
    document = window.document
    note = document.project.notes.list(photo_id=board.view.photo_id)[0]
    label = "Change colour"
    document.run(note_commands.edit_note(document, note.id, label, color="pink"))
    _background_reading(window, note.id, text="Neu gelesen", confidence=0.8, alternatives=["Neu"])
    document.undo_stack.undo()
    now = _stored(window, note.id)
    assert now.color == note.color  # the user's edit is undone
    assert (now.text, now.confidence, now.alternatives) == ("Neu gelesen", 0.8, ["Neu"])
    document.undo_stack.redo()
    now = _stored(window, note.id)
    assert (now.color, now.text) == ("pink", "Neu gelesen")


def test_read_again_says_why_the_engine_did_not_read(
    window: MainWindow, board, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr("ui.board.page.make_reader", crashing_reader)
    note = window.document.project.notes.list(photo_id=board.view.photo_id)[0]
    with qtbot.waitSignal(board.problem, timeout=10_000) as said:
        board.reread(note.id)
    assert "out of memory" in said.args[1]
    with qtbot.waitSignal(board.problem, timeout=10_000) as said:  # the reader says it once
        board.reread(note.id)
    assert "out of memory" in said.args[1]


def test_relearning_says_why_the_engine_did_not_read(
    window: MainWindow, board, qtbot, monkeypatch
) -> None:
    from ui.core.jobs import job_failures

    monkeypatch.setattr("app.reading.learning.make_reader", crashing_reader)
    learning = window.workflow.learning
    reported: list[str] = []
    job_failures().reported.connect(lambda name, message: reported.append(message))
    learning._stations = {window.document.project.stations.list()[0].id}
    with qtbot.waitSignal(learning.relearned, timeout=30_000):
        learning.start()
    assert any("out of memory" in m for m in reported), reported
    assert any("out of memory" in reason for _, reason in window.workflow.problems.problems())


def test_read_again_drops_its_reading_when_the_note_changed_meanwhile(
    window: MainWindow, board, qtbot, monkeypatch
) -> None:
    note = window.document.project.notes.list(photo_id=board.view.photo_id)[0]
    path = window.document.path

    def reviewing_meanwhile(engine, project=None, warn=None):
        def read(crops):
            with Project.open(path) as other:  # the user, while the engine reads
                other.notes.update(note.id, text="Vom Nutzer", reviewed=True)
            return [Reading("Neu gelesen", 0.8)]

        return read

    monkeypatch.setattr("ui.board.page.make_reader", reviewing_meanwhile)
    with qtbot.waitSignal(board.problem, timeout=10_000) as said:
        board.reread(note.id)
    assert said.args[1] == (
        f"Note {note.id} changed while it was read again; the new reading was not kept."
    )
    now = _stored(window, note.id)
    assert (now.text, now.reviewed) == ("Vom Nutzer", True)
    assert window.document.undo_stack.count() == 0


def test_read_again_says_when_a_note_has_nothing_to_read(
    window: MainWindow, board, qtbot, monkeypatch
) -> None:
    """No photo that decodes and no stored crop: that is the reason given, not the engine's."""
    import sqlite3

    monkeypatch.setattr(
        "ui.board.page.make_reader",
        lambda engine, project=None, warn=None: lambda crops: [Reading("Neu", 0.8)] * len(crops),
    )
    note = window.document.project.notes.list(photo_id=board.view.photo_id)[0]
    board.view.pixels.clear()  # as for a note of another photo than the one shown
    conn = sqlite3.connect(window.document.path, isolation_level=None)
    try:
        conn.execute("UPDATE photo SET data = ? WHERE id = ?", (b"garbage", note.photo_id))
        conn.execute("UPDATE note SET crop = NULL WHERE id = ?", (note.id,))
    finally:
        conn.close()
    with qtbot.waitSignal(board.problem, timeout=10_000) as said:
        board.reread(note.id)
    assert said.args[1] == f"Note {note.id} has neither a photo nor a stored picture to read."
    assert _stored(window, note.id).text == note.text


def test_undo_of_read_again_takes_a_later_reading_with_it(window: MainWindow, board) -> None:
    """The reading is what "Read again" changed: undo puts the reviewed text back whole."""
    document = window.document
    note = document.project.notes.list(photo_id=board.view.photo_id)[0]
    document.run(note_commands.review_note(document, note.id, "Geprüft"))
    document.run(note_commands.apply_reading(document, note.id, Reading("Gelesen", 0.5)))
    _background_reading(window, note.id, text="Wieder gelesen", confidence=0.6)  # unreviewed
    document.undo_stack.undo()
    now = _stored(window, note.id)
    assert (now.text, now.reviewed) == ("Geprüft", True)  # never an unread text marked reviewed


def test_undo_of_unmarking_reviewed_brings_back_the_users_text(window: MainWindow, board) -> None:
    """Reviewed, unticked, re-read in the background, untick undone: the user's text is back."""
    document = window.document
    note = document.project.notes.list(photo_id=board.view.photo_id)[0]
    document.run(note_commands.review_note(document, note.id, "Vom Nutzer"))
    document.run(note_commands.edit_note(document, note.id, "Mark not reviewed", reviewed=False))
    _background_reading(window, note.id, text="OCR gelesen", confidence=0.4)
    document.undo_stack.undo()
    now = _stored(window, note.id)
    assert (now.text, now.reviewed) == ("Vom Nutzer", True)


def test_redo_of_marking_reviewed_keeps_the_text_the_user_checked(
    window: MainWindow, board
) -> None:
    """Marked reviewed, undone, re-read in the background, redone: the checked text is back."""
    document = window.document
    note = document.project.notes.list(photo_id=board.view.photo_id)[0]
    document.run(note_commands.edit_note(document, note.id, "Mark reviewed", reviewed=True))
    document.undo_stack.undo()
    _background_reading(window, note.id, text="OCR neu", confidence=0.4)
    document.undo_stack.redo()
    now = _stored(window, note.id)
    assert (now.text, now.reviewed) == (note.text, True)


def test_a_text_the_editor_shows_otherwise_is_not_taken_for_typing(
    window: MainWindow, board
) -> None:
    """CR LF in a stored text (a file may hold it) shows as LF: that is no typing."""
    document = window.document
    panel = board.note_panel
    note = document.project.notes.list(photo_id=board.view.photo_id)[0]
    document.project.notes.update(note.id, text="Zeile eins\r\nZeile zwei")
    board.view.select_notes([])
    board.view.select_notes([note.id])
    assert panel.note is not None and panel.note.id == note.id
    panel.text_edit.editingFinished.emit()  # in and out of the field: nothing typed
    assert _stored(window, note.id).text == "Zeile eins\r\nZeile zwei"
    _background_reading(window, note.id, text="Neu gelesen", confidence=0.9)
    assert panel.text_edit.toPlainText() == "Neu gelesen"
    panel.text_edit.editingFinished.emit()
    now = _stored(window, note.id)
    assert (now.text, now.reviewed) == ("Neu gelesen", False)


def test_back_keeps_text_the_user_typed_on_the_board_since(
    window: MainWindow,
    queue,  # noqa: F811 - the review's fixture
    qtbot,
) -> None:
    """Back takes the queue's step back, not a text the user typed on the board since."""
    field = queue.text_edit
    reviewed = queue.note.id
    qtbot.keyClick(field, Qt.Key.Key_Return)  # the queue's step: accept the reading
    # on the board, the user types a better text (the note panel's commit)
    window.document.run(note_commands.review_note(window.document, reviewed, "Vom Brett getippt"))
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Back
    with Project.open(window.document.path) as project:
        now = project.notes.get(reviewed)
    assert now.text == "Vom Brett getippt", (now.text, now.reviewed)


def test_read_again_twice_reports_no_change(window: MainWindow, board, qtbot, monkeypatch) -> None:
    """A second reading that the note already holds is no change to report."""
    monkeypatch.setattr(
        "ui.board.page.make_reader",
        lambda engine, project=None, warn=None: lambda crops: [Reading("Neu", 0.8)] * len(crops),
    )
    board._ocr = None
    note = window.document.project.notes.list(photo_id=board.view.photo_id)[0]
    said = []
    board.problem.connect(lambda *args: said.append(args))
    board.reread(note.id)
    board.reread(note.id)  # e.g. the button clicked twice
    qtbot.waitUntil(lambda: not board._reader_jobs.active(), timeout=10_000)
    qtbot.wait(50)
    assert _stored(window, note.id).text == "Neu"
    assert said == [], said


def test_panel_typed_back_after_a_reading_shows_what_is_stored(window: MainWindow, board) -> None:
    """Typing taken back after a reading arrived: the panel and the project agree."""
    panel = board.note_panel
    note = window.document.project.notes.list(photo_id=board.view.photo_id)[0]
    window.document.project.notes.update(note.id, text="Alt")
    board.view.select_notes([])
    board.view.select_notes([note.id])
    assert panel.text_edit.toPlainText() == "Alt"
    type_text(panel.text_edit, "x")  # the user starts typing ...
    _background_reading(window, note.id, text="Neu gelesen", confidence=0.9)
    panel.text_edit.undo()  # ... and takes it back: the editor shows "Alt" again
    assert panel.text_edit.toPlainText() == "Alt"
    panel.text_edit.editingFinished.emit()  # leaves the field
    now = _stored(window, note.id)
    shown = panel.text_edit.toPlainText()
    # the panel shows one text, the project holds another
    assert shown == now.text, (shown, now.text, now.reviewed)


def test_panel_typed_back_then_reviewed_marks_no_unseen_text(window: MainWindow, board) -> None:
    """Ticking Reviewed never marks a text the panel did not show."""
    panel = board.note_panel
    note = window.document.project.notes.list(photo_id=board.view.photo_id)[0]
    window.document.project.notes.update(note.id, text="Alt")
    board.view.select_notes([])
    board.view.select_notes([note.id])
    type_text(panel.text_edit, "x")
    _background_reading(window, note.id, text="Neu gelesen", confidence=0.9)
    panel.text_edit.undo()
    panel.text_edit.editingFinished.emit()
    assert panel.text_edit.toPlainText() == "Alt"  # what the user sees when ticking the box
    panel.reviewed_check.click()
    now = _stored(window, note.id)
    assert (now.text, now.reviewed) != ("Neu gelesen", True), "marked a text never shown"
