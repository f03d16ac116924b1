"""Keys: no shortcut bound twice, window commands from text fields, mnemonics that work."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.boards import imported_project
from tests.ui.conftest import FakeDialogs
from ui.application import install_translators
from ui.main_window import MainWindow
from ui.settings import AppSettings
from ui.shortcuts import bindings, clashes


@pytest.fixture(params=["en", "de"])
def language(request) -> Iterator[str]:
    app = QApplication.instance()
    installed = install_translators(app, request.param)
    yield request.param
    for translator in installed:
        app.removeTranslator(translator)


@pytest.fixture
def board_window(
    qtbot, language: str, settings: AppSettings, dialogs: FakeDialogs, tmp_path: Path, monkeypatch
) -> Iterator[MainWindow]:
    """The main window (in the language) with a station's board and its themes page."""
    monkeypatch.setattr("ui.board.page.make_reader", lambda engine, project=None, warn=None: None)
    path, _, _ = imported_project(tmp_path)
    win = MainWindow(settings, dialogs)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.open_project(str(path))
    yield win
    win.close()


def describe(pairs) -> list[str]:
    return [f"{a.keys}: {a.what!r} and {b.what!r}" for a, b in pairs]


def test_no_key_is_bound_twice(board_window: MainWindow) -> None:
    """Every shortcut and Alt+letter of the window, its board, themes page and docks."""
    found = bindings(board_window)
    keys = {b.keys for b in found}
    assert {"Ctrl+E", "Ctrl+Shift+G", "Ctrl+Shift+R", "Ctrl+G", "S", "Ctrl+I"} <= keys
    assert describe(clashes(found)) == []


def test_recordings_and_unsort_have_keys_of_their_own(board_window: MainWindow) -> None:
    page = board_window.workflow.themes
    assert page is not None
    assert page.unsort_action.shortcut().toString() == "Ctrl+Shift+G"
    assert board_window.recordings.action.shortcut().toString() == "Ctrl+Shift+R"


def test_export_from_a_text_field(board_window: MainWindow, qtbot, monkeypatch) -> None:
    """Ctrl+E exports while the search field or the note's text box has focus."""
    opened: list[int] = []
    monkeypatch.setattr(board_window.exporter, "open_dialog", lambda: opened.append(1))
    board_window.exporter.action.triggered.disconnect()
    board_window.exporter.action.triggered.connect(lambda: board_window.exporter.open_dialog())
    field = board_window.workflow.search_field
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert opened == [1]
    assert field.text() == ""  # the key did not reach the field


def test_votes_mnemonic_from_the_board(board_window: MainWindow, qtbot) -> None:
    """The votes label's Alt+letter reaches the votes field while the board has focus."""
    board = board_window.project_view.station_detail.board
    view, panel = board.view, board.note_panel
    note = board_window.document.project.notes.list(photo_id=view.photo_id)[0]
    view.select_notes([note.id])
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    label = next(lb for lb in panel.findChildren(QLabel) if lb.buddy() is panel.votes_spin)
    letter = label.text()[label.text().index("&") + 1].upper()
    qtbot.keyClick(view, Qt.Key(ord(letter)), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(panel.votes_spin.hasFocus)
