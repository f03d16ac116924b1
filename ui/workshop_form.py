"""The form of the workshop's details and the organiser's texts for the report.

Each field is saved (as an undo step) when left. The long texts (introduction, method,
credits, closing) are plain text with a little Markdown: blank lines between
paragraphs, "- " for bullets, "1. " for numbered points, **bold**.

The form lives in :class:`WorkshopDialog` (Edit ▸ Workshop Details…, or the
button over the stations), so the board gets the window's width.
"""

from __future__ import annotations

import datetime
import re

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
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
        #: How the date field shows the stored ISO date, in Qt's QDate format: the
        #: German translation is "dd.MM.yyyy" (either way is read back).
        self.date_format = self.tr("yyyy-MM-dd", "date format of the date field (Qt's QDate)")
        self.time_slot_edit = QLineEdit()
        self.time_slot_edit.setPlaceholderText(self.tr("e.g. 14:00–15:30"))
        self.place_edit = QLineEdit()
        self.moderation_edit = QLineEdit()
        self.introduction_edit = self._long_text(
            self.tr("Welcome, context, talks… Blank line: new paragraph; “- ”: bullet.")
        )
        self.description_edit = self._long_text(self.tr("How the workshop ran: groups, stations…"))
        self.credits_edit = self._long_text(self.tr("Photos: …, graphic recording: …"))
        self.closing_edit = self._long_text(self.tr("Imprint, contact, event page"))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("German"), "de")
        self.language_combo.addItem(self.tr("English"), "en")

        self._lines: dict[str, tuple[QLineEdit, str]] = {
            "title": (self.title_edit, self.tr("title")),
            "subtitle": (self.subtitle_edit, self.tr("subtitle")),
            "time_slot": (self.time_slot_edit, self.tr("time slot")),
            "place": (self.place_edit, self.tr("place")),
            "moderation": (self.moderation_edit, self.tr("moderation")),
        }
        self._texts: dict[str, tuple[PlainTextField, str]] = {
            "introduction": (self.introduction_edit, self.tr("introduction")),
            "description": (self.description_edit, self.tr("method")),
            "credits": (self.credits_edit, self.tr("credits")),
            "closing": (self.closing_edit, self.tr("closing")),
        }
        self.tabs = QTabWidget()
        details = QWidget()
        form = QFormLayout(details)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("S&ubtitle:"), self.subtitle_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("Tim&e:"), self.time_slot_edit)
        form.addRow(self.tr("&Place:"), self.place_edit)
        form.addRow(self.tr("&Moderation:"), self.moderation_edit)
        form.addRow(self.tr("Summary lan&guage:"), self.language_combo)
        texts = QWidget()
        text_form = QFormLayout(texts)
        text_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        text_form.addRow(self.tr("&Introduction:"), self.introduction_edit)
        text_form.addRow(self.tr("Met&hod:"), self.description_edit)
        text_form.addRow(self.tr("&Credits:"), self.credits_edit)
        text_form.addRow(self.tr("Cl&osing:"), self.closing_edit)
        self.tabs.addTab(details, self.tr("Details"))
        self.tabs.addTab(texts, self.tr("Texts for the report"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        for field, (edit, label) in self._lines.items():
            edit.editingFinished.connect(
                lambda f=field, e=edit, lab=label: self._save(f, lab, e.text().strip())
            )
        self.date_edit.editingFinished.connect(self._save_date)
        for field, (text_edit, label) in self._texts.items():
            text_edit.editingFinished.connect(
                lambda f=field, e=text_edit, lab=label: self._save(
                    f, lab, e.toPlainText().strip()
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
        self.date_edit.setText(self.shown_date(workshop.date))
        for field, (text_edit, _) in self._texts.items():
            if text_edit.toPlainText() != getattr(workshop, field):
                text_edit.setPlainText(getattr(workshop, field))
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(workshop.language)))

    def shown_date(self, iso: str) -> str:
        """The stored date (YYYY-MM-DD) as the app's language writes it ("05.02.2025")."""
        date = QDate.fromString(iso, Qt.DateFormat.ISODate)
        return QLocale().toString(date, self.date_format) if date.isValid() else iso

    def _long_text(self, hint: str) -> PlainTextField:
        """A multi-line field for the organiser's text (plain text, a little Markdown)."""
        edit = PlainTextField()
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(hint)
        edit.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        return edit

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
        # Room for an introduction of a few paragraphs (less on a small screen).
        resize_to_screen(self, line * 48, line * 40)

    def open_form(self) -> None:
        """Show the dialog with the first field focused."""
        self.show()
        self.raise_()
        self.activateWindow()
        self.form.title_edit.setFocus()
