"""The form of the workshop's details; each field is saved (as an undo step) when left.

The form lives in :class:`WorkshopDialog` (Edit ▸ Workshop Details…, or the
button over the stations), so the board gets the window's width.
"""

from __future__ import annotations

import datetime
import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.errors import PinscribeError
from ui.core.commands import EditWorkshopCommand
from ui.core.document import ProjectDocument
from ui.screens import resize_to_screen

_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def parse_date(text: str) -> str | None:
    """An ISO date from ``2025-02-05`` or ``5.2.2025``; "" for blank; None if invalid."""
    text = text.strip()
    if not text:
        return ""
    match = _GERMAN_DATE.match(text)
    try:
        if match:
            day, month, year = (int(g) for g in match.groups())
            return datetime.date(year, month, day).isoformat()
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return datetime.date.fromisoformat(text).isoformat()
    except ValueError:
        return None
    return None


class PlainTextField(QPlainTextEdit):
    """A multi-line field that, like QLineEdit, says when editing is finished."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


class WorkshopForm(QWidget):
    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.title_edit = QLineEdit()
        self.subtitle_edit = QLineEdit()
        self.date_edit = QLineEdit()
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD or DD.MM.YYYY"))
        self.place_edit = QLineEdit()
        self.moderation_edit = QLineEdit()
        self.description_edit = PlainTextField()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("German"), "de")
        self.language_combo.addItem(self.tr("English"), "en")

        self._lines: dict[str, tuple[QLineEdit, str]] = {
            "title": (self.title_edit, self.tr("title")),
            "subtitle": (self.subtitle_edit, self.tr("subtitle")),
            "place": (self.place_edit, self.tr("place")),
            "moderation": (self.moderation_edit, self.tr("moderation")),
        }
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("S&ubtitle:"), self.subtitle_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Place:"), self.place_edit)
        form.addRow(self.tr("&Moderation:"), self.moderation_edit)
        form.addRow(self.tr("Desc&ription:"), self.description_edit)
        form.addRow(self.tr("Summary lan&guage:"), self.language_combo)

        for field, (edit, label) in self._lines.items():
            edit.editingFinished.connect(
                lambda f=field, e=edit, lab=label: self._save(f, lab, e.text().strip())
            )
        self.date_edit.editingFinished.connect(self._save_date)
        self.description_edit.editingFinished.connect(
            lambda: self._save(
                "description", self.tr("description"), self.description_edit.toPlainText().strip()
            )
        )
        self.language_combo.activated.connect(
            lambda _: self._save(
                "language", self.tr("summary language"), str(self.language_combo.currentData())
            )
        )
        document.workshopChanged.connect(self.load)
        self.load()

    def load(self) -> None:
        """Show the stored values."""
        workshop = self._document.project.workshop.get()
        for field, (edit, _) in self._lines.items():
            edit.setText(getattr(workshop, field))
            edit.setCursorPosition(0)
        self.date_edit.setText(workshop.date)
        if self.description_edit.toPlainText() != workshop.description:
            self.description_edit.setPlainText(workshop.description)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(workshop.language)))

    def _save(self, field: str, label: str, value: str) -> None:
        if getattr(self._document.project.workshop.get(), field) == value:
            return
        try:
            self._document.run(EditWorkshopCommand(self._document, field, label, value))
        except PinscribeError as error:
            self.load()  # before the dialog, whose focus change would save again
            self._document.report(error)

    def _save_date(self) -> None:
        text = self.date_edit.text().strip()
        value = parse_date(text)
        if value is None:
            self.load()  # before the dialog, whose focus change would save again
            message = self.tr("“%1” is not a date. Please enter it as 2025-02-05 or 05.02.2025.")
            self._document.errorOccurred.emit(message.replace("%1", text))
            return
        self._save("date", self.tr("date"), value)


class WorkshopDialog(QDialog):
    """The workshop's details in a window of their own; fields save as they are left."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workshop Details"))
        self.form = WorkshopForm(document)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take focus
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        line = self.fontMetrics().lineSpacing()
        resize_to_screen(self, line * 36, line * 24)

    def open_form(self) -> None:
        """Show the dialog with the first field focused."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.form.title_edit.setFocus()
