"""The whole journey by keyboard alone: new project, station, import, review, theme, export.

Only key events drive the app; the file dialogs are the test double (FakeDialogs)
that hands back the paths a user would pick.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.store.project import Project
from tests.ui.boards import write_board
from tests.ui.conftest import FakeDialogs
from ui.main_window import MainWindow
from ui.settings import IMPORT_READS_TEXT, AppSettings

Ctrl = Qt.KeyboardModifier.ControlModifier
Alt = Qt.KeyboardModifier.AltModifier


def key(qtbot, keys: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    """Press a key where the keyboard focus is (as a user does)."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    assert target is not None
    qtbot.keyClick(target, keys, modifiers)


def test_keyboard_only_journey(
    window: MainWindow, settings: AppSettings, dialogs: FakeDialogs, tmp_path: Path, qtbot
) -> None:
    settings.set(IMPORT_READS_TEXT, False)  # no OCR: the journey, not the reading
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # New project (Ctrl+N)
    dialogs.new_paths.append(str(tmp_path / "journey.pinscribe"))
    window.setFocus()
    key(qtbot, Qt.Key.Key_N, Ctrl)
    assert window.document is not None

    # A station: Tab to the stations list, Alt+A (Add…)
    dialogs.station_answers.append(("Mobilität", "Wie bewegen wir uns?"))
    window.project_view.stations_panel.view.setFocus()
    key(qtbot, Qt.Key.Key_A, Alt)
    qtbot.waitUntil(lambda: bool(dialogs.asked_station))  # a mnemonic clicks after a moment
    assert [s.name for s in window.document.project.stations.list()] == ["Mobilität"]

    # Import a photo (Ctrl+I) into the selected station
    dialogs.photo_paths.append([str(write_board(tmp_path / "board.jpg"))])
    with qtbot.waitSignal(window.workflow.importer.importFinished, timeout=60_000):
        key(qtbot, Qt.Key.Key_I, Ctrl)
    notes = window.document.project.notes.list()
    assert len(notes) == 6

    # Review (Ctrl+R): type the first note's text, Enter accepts it
    key(qtbot, Qt.Key.Key_R, Ctrl)
    review = window.workflow.review
    assert review is not None
    qtbot.waitUntil(lambda: review.text_edit.hasFocus())
    review.text_edit.selectAll()
    qtbot.keyClicks(review.text_edit, "Mehr Radwege")
    key(qtbot, Qt.Key.Key_Return)
    reviewed = [n for n in window.document.project.notes.list() if n.reviewed]
    assert [n.text for n in reviewed] == ["Mehr Radwege"]
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not review.isVisible())

    # A theme (Ctrl+T): arrows choose a card, Ctrl+G makes a theme, type its name, Enter
    window.activateWindow()  # the window manager's part when a dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    key(qtbot, Qt.Key.Key_T, Ctrl)
    page = window.workflow.themes
    assert page is not None
    qtbot.waitUntil(lambda: page.view.hasFocus() and len(page.scene.cards) == 6)
    key(qtbot, Qt.Key.Key_Right)
    assert len(page.scene.selected_ids()) == 1
    key(qtbot, Qt.Key.Key_G, Ctrl)
    qtbot.waitUntil(lambda: page.view.editor is not None and page.view.editor.hasFocus())
    qtbot.keyClicks(page.view.editor, "Radverkehr")
    key(qtbot, Qt.Key.Key_Return)
    themes = window.document.project.themes.list(window.document.project.stations.list()[0].id)
    assert [t.name for t in themes] == ["Radverkehr"]

    # Export (Ctrl+E), Alt+E presses "Export…"
    out = tmp_path / "summary"
    dialogs.export_paths.append(str(out))
    page.view.setFocus()
    key(qtbot, Qt.Key.Key_E, Ctrl)
    dialog = window.exporter.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.exported, timeout=60_000) as done:
        key(qtbot, Qt.Key.Key_E, Alt)  # "&Export…"
    written = Path(done.args[0])
    assert written.is_file() and written.stat().st_size > 0
    with Project.open(window.document.path, read_only=True) as project:
        assert len(project.notes.list()) == 6
