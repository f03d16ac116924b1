"""A project open read-only: no control invites an edit that cannot be saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from app.store.project import Project
from tests.ui.boards import imported_project
from ui.main_window import MainWindow
from ui.read_only import is_editing_control


def open_read_only(window: MainWindow, path: Path, monkeypatch) -> None:
    """Open the project as the app does when another Pinscribe holds it."""
    monkeypatch.setattr(
        "ui.main_window.project_safety.open_project",
        lambda parent, dialogs, p: Project.open(p, read_only=True),
    )
    assert window.open_project(str(path))
    assert window.document.project.read_only


def editable(widget: QWidget) -> bool:
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    return widget.isEnabled()


def test_every_editing_control_is_off(window: MainWindow, tmp_path: Path, qtbot, monkeypatch):
    monkeypatch.setattr("ui.board.page.make_reader", lambda engine, project=None, warn=None: None)
    path, _, _ = imported_project(tmp_path)
    open_read_only(window, path, monkeypatch)
    view, workflow = window.project_view, window.workflow
    board = view.station_detail.board
    note = window.document.project.notes.list(photo_id=board.view.photo_id)[0]
    board.view.select_notes([note.id])  # selecting enables Delete, Split… in a writable one
    workflow.themes_action.trigger()
    roots = [view, workflow.themes, view.workshop_dialog]
    left_on = [
        f"{type(w).__name__} {w.objectName() or getattr(w, 'text', lambda: '')()}"
        for root in roots
        for w in [root, *root.findChildren(QWidget)]
        if is_editing_control(w) and editable(w)
    ]
    assert left_on == []
    panel = board.note_panel
    assert panel.text_edit.isReadOnly() and not panel.votes_spin.isEnabled()
    assert not view.stations_panel.add_button.isEnabled()
    assert view.workshop_form.title_edit.isReadOnly()
    for action in (
        board.delete_action, board.split_action, board.draw_action,
        workflow.import_action, workflow.review_action,
        workflow.themes.new_theme_action, workflow.themes.suggest_action,
    ):  # fmt: skip
        assert not action.isEnabled(), action.text()
    # What only shows stays usable.
    assert board.photo_combo.isEnabled() and view.details_button.isEnabled()
    assert workflow.themes.fit_action.isEnabled()

    # The next project, writable, gets its controls back.
    window.close_project()
    monkeypatch.undo()
    monkeypatch.setattr("ui.board.page.make_reader", lambda engine, project=None, warn=None: None)
    (tmp_path / "writable").mkdir()
    other, _, _ = imported_project(tmp_path / "writable")
    assert window.open_project(str(other))
    board = window.project_view.station_detail.board
    note = window.document.project.notes.list(photo_id=board.view.photo_id)[0]
    board.view.select_notes([note.id])
    assert board.delete_action.isEnabled() and window.workflow.import_action.isEnabled()
    assert not board.note_panel.text_edit.isReadOnly()
