"""The dialog for a theme's summary statement: the bullet the report shows for it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


class StatementDialog(QDialog):
    """Edits a theme's statement (plain text; one point a line)."""

    def __init__(self, parent: QWidget | None, theme: str, statement: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Canvas", "Summary of the theme"))
        label = QLabel(
            translate(
                "Canvas",
                "What the notes of “%1” say, in your words. The report shows it as a "
                "bullet with the notes beneath as evidence.",
            ).replace("%1", theme)
        )
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        self.edit = QPlainTextEdit(statement)
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(
            translate("Canvas", "e.g. Lean processes with clear communication")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(buttons)
        # Wide enough for its title ("Zusammenfassung des Themas") in the title bar.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)

    def value(self) -> str:
        return self.edit.toPlainText().strip()


def qt_ask_statement(parent: QWidget, theme: str, statement: str) -> str | None:
    """The edited statement; None when cancelled."""
    dialog = StatementDialog(parent, theme, statement)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()
    finally:
        dialog.deleteLater()
