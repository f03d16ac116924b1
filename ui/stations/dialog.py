"""The dialog that asks for a station's name and guiding question."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)


class StationDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        name: str = "",
        question: str = "",
        *,
        new: bool,
        statement: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New station") if new else self.tr("Edit station"))
        self.name_edit = QLineEdit(name)
        self.name_edit.setPlaceholderText(self.tr("e.g. Governance and organisation"))
        self.question_edit = QPlainTextEdit(question)
        self.question_edit.setPlaceholderText(
            self.tr("The guiding question on the board, e.g. What does a smart city need?")
        )
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.statement_edit = QPlainTextEdit(statement)
        self.statement_edit.setPlaceholderText(
            self.tr("The summary for the report, one point a line (optional)")
        )
        self.statement_edit.setTabChangesFocus(True)
        self.statement_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.statement_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 12)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name_edit.textChanged.connect(self._update_ok)
        self._update_ok()

        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Question:"), self.question_edit)
        form.addRow(self.tr("&Summary:"), self.statement_edit)
        form.addRow(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)

    def _update_ok(self) -> None:
        self._ok.setEnabled(bool(self.name_edit.text().strip()))

    def values(self) -> tuple[str, str, str]:
        """Name, question and summary statement."""
        return (
            self.name_edit.text().strip(),
            self.question_edit.toPlainText().strip(),
            self.statement_edit.toPlainText().strip(),
        )
