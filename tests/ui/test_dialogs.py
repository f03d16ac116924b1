from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui.dialogs import QtDialogs
from ui.stations.dialog import StationDialog


def test_station_dialog_needs_a_name(qtbot) -> None:
    dialog = StationDialog(None, new=True)
    qtbot.addWidget(dialog)
    assert not dialog._ok.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "  Energie ")
    assert dialog._ok.isEnabled()
    dialog.question_edit.setPlainText(" Woher kommt der Strom? ")
    assert dialog.values() == ("Energie", "Woher kommt der Strom?", "")
    dialog.statement_edit.setPlainText(" eins\nzwei ")
    assert dialog.values()[2] == "eins\nzwei"


def _answer_message_box(button_text: str | None) -> None:
    """Click a button of the message box about to open (None: Cancel)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        assert "Mobilität" in box.text()
        assert "Undo brings all of it back" in box.informativeText()
        for button in box.buttons():
            if button_text is None:
                wanted = box.buttonRole(button) == QMessageBox.ButtonRole.RejectRole
            else:
                wanted = button.text() == button_text
            if wanted:
                button.click()
                return

    QTimer.singleShot(0, click)


def test_delete_confirmation_names_the_station(qtbot) -> None:
    dialogs = QtDialogs()
    _answer_message_box("Delete")
    assert dialogs.confirm_delete_station(None, "Mobilität") is True
    _answer_message_box(None)
    assert dialogs.confirm_delete_station(None, "Mobilität") is False
