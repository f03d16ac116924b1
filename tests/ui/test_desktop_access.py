"""Keyboard and screen reader: every focusable widget has a name; notes reach AT-SPI."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget

from tests.ui.boards import imported_project
from tests.ui.test_canvas import canvas_file  # noqa: F401 (fixture)
from ui.main_window import MainWindow


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    """Widgets that take focus (Tab or click) but that a screen reader cannot name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if widget.focusProxy() is not None:
            continue  # the proxy is checked itself
        if not accessible_name(widget):
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                         f"{type(widget.parentWidget()).__name__}")  # fmt: skip
    return found


def test_every_focusable_widget_has_a_name(window: MainWindow, tmp_path: Path, qtbot) -> None:
    path, _, _ = imported_project(tmp_path)
    assert window.open_project(str(path))
    board = window.project_view.station_detail.board
    note = window.document.project.notes.list(photo_id=board.view.photo_id)[0]
    board.view.select_notes([note.id])
    missing = unnamed(window)
    window.workflow.themes_action.trigger()
    missing += unnamed(window.workflow.themes)
    dialogs = [window.project_view.workshop_dialog, window.exporter.open_dialog()]
    window.workflow.open_review()
    dialogs.append(window.workflow.review)
    for dialog in dialogs:
        assert dialog is not None
        dialog.show()
        missing += unnamed(dialog)
        dialog.close()
    assert sorted(set(missing)) == []


def test_board_notes_by_keyboard(window: MainWindow, tmp_path: Path, qtbot, monkeypatch):
    """Arrows choose a note on the photo (told to screen readers), Shift+arrow moves it."""
    monkeypatch.setattr("ui.board.page.make_reader", lambda engine, project=None, warn=None: None)
    path, _, _ = imported_project(tmp_path)
    assert window.open_project(str(path))
    board = window.project_view.station_detail.board
    view = board.view
    qtbot.waitUntil(lambda: not view.pixmap_item.pixmap().isNull(), timeout=10_000)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    first = view.selected_ids()
    assert len(first) == 1
    assert accessible_name(view).startswith("Note:")
    qtbot.keyClick(view, Qt.Key.Key_Right)
    second = view.selected_ids()
    assert len(second) == 1 and second != first
    before = window.document.project.notes.get(second[0]).polygon
    steps = window.document.undo_stack.count()
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.document.undo_stack.count() == steps + 1, timeout=10_000)
    after = window.document.project.notes.get(second[0]).polygon
    assert all(ay > by for (_, ay), (_, by) in zip(after, before, strict=True))


def test_move_to_theme_by_keyboard_and_double_click(window: MainWindow, canvas_file, qtbot):  # noqa: F811
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.canvas.move_dialog import MoveToThemeDialog

    assert window.open_project(str(canvas_file))
    page = window.workflow.themes
    window.workflow.themes_action.trigger()
    qtbot.waitUntil(lambda: page.isVisible() and len(page.scene.cards) == 5)
    view = page.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    (note_id,) = page.scene.selected_ids()
    assert accessible_name(view).startswith("Note: ")

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MoveToThemeDialog)
        qtbot.keyClicks(dialog.filter, "ra")  # "Rad"
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose)
    qtbot.keyClick(view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    theme = next(t for t in page.scene.themes if t.name == "Rad")
    assert window.document.project.notes.get(note_id).theme_id == theme.id

    card = page.scene.cards[note_id]
    qtbot.waitUntil(lambda: card.isVisible())
    page.view.zoom_fit()
    point = view.mapFromScene(card.sceneBoundingRect().center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    panel = window.project_view.station_detail.board.note_panel
    qtbot.waitUntil(lambda: panel.note is not None and panel.note.id == note_id)
    assert window.project_view.station_detail.tabs.currentIndex() == 0
