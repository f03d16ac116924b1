"""A project open read-only: no control invites an edit that cannot be saved."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from app.store.project import Project
from tests.ui.boards import board_bytes, imported_project
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


def _drag(qtbot, view, start: QPoint, end: QPoint, during=None) -> None:
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * step / 5)
    if during is not None:
        during()
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def test_board_drags_are_refused_up_front(window: MainWindow, tmp_path: Path, qtbot, monkeypatch):
    monkeypatch.setattr("ui.board.page.make_reader", lambda engine, project=None, warn=None: None)
    path, _, _ = imported_project(tmp_path)
    open_read_only(window, path, monkeypatch)
    view = window.project_view.station_detail.board.view
    qtbot.waitUntil(lambda: not view.pixmap_item.pixmap().isNull(), timeout=10_000)
    note = window.document.project.notes.list(photo_id=view.photo_id)[0]
    view.select_notes([note.id])
    item = view.note_items[note.id]
    assert item.has_handles()  # a handle to drag: the drag itself is refused
    corner = view.mapFromScene(QPointF(*note.polygon[0]))
    seen: list[list[tuple[float, float]]] = []
    _drag(qtbot, view, corner, corner + QPoint(-40, -30), lambda: seen.append(item.points()))
    assert seen[0] == note.polygon  # not even the preview moved
    assert item.points() == note.polygon
    message = window.statusBar().currentMessage()
    assert path.name in message and "read-only" in message
    window.statusBar().clearMessage()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)  # nudge
    assert item.points() == note.polygon
    assert "read-only" in window.statusBar().currentMessage()
    assert window.document.undo_stack.count() == 0
    with Project.open(path, read_only=True) as project:
        assert project.notes.get(note.id).polygon == note.polygon


def test_canvas_drags_are_refused_up_front(
    window: MainWindow, tmp_path: Path, qtbot, monkeypatch
) -> None:
    path = tmp_path / "themes.pinscribe"
    with Project.create(path, title="Themes") as project:
        station = project.stations.add("Mobilität")
        photo = project.photos.add(
            station.id, board_bytes(), filename="b.jpg", width=1200, height=900, mime="image/jpeg"
        )
        ids = [
            project.notes.add(photo.id, [(x, 0), (x + 8, 0), (x + 8, 8), (x, 8)], text=t).id
            for x, t in ((0, "Radwege"), (20, "Busse"))
        ]
        first = project.themes.add(station.id, "Rad")
        second = project.themes.add(station.id, "Bus")
        project.notes.set_theme(ids[1:], second.id)
    open_read_only(window, path, monkeypatch)
    page = window.workflow.themes
    assert page is not None
    window.workflow.themes_action.trigger()
    qtbot.waitUntil(lambda: page.isVisible() and len(page.scene.cards) == 2)
    page.view.zoom_fit()
    scene, view = page.scene, page.view
    card = scene.cards[ids[0]]
    scene.select_notes([ids[0]])
    before = card.pos()
    start = view.mapFromScene(card.sceneBoundingRect().center())
    end = view.mapFromScene(scene.frames[first.id].slot.center())
    positions: list[QPointF] = []
    _drag(qtbot, view, start, end, lambda: positions.append(card.pos()))
    assert positions == [before] and card.pos() == before
    assert "read-only" in window.statusBar().currentMessage()
    assert scene.selected_ids() == [ids[0]]  # selecting still works

    window.statusBar().clearMessage()
    frame = scene.frames[second.id]
    frame_before = frame.pos()
    start = view.mapFromScene(frame.title_rect().center())
    end = view.mapFromScene(scene.frames[first.id].slot.topLeft() + QPointF(10, 10))
    _drag(qtbot, view, start, end, lambda: positions.append(frame.pos()))
    assert positions[-1] == frame_before
    assert "read-only" in window.statusBar().currentMessage()
    assert window.document.undo_stack.count() == 0
    with Project.open(path, read_only=True) as project:
        assert [t.name for t in project.themes.list(station.id)] == ["Rad", "Bus"]
        assert project.notes.get(ids[0]).theme_id is None
