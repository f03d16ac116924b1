"""The selected note: its crop large, its text, colour, votes, tags, theme and review state.

Every change is an undo command (:mod:`ui.board.note_commands`); the panel shows the
stored note again when the document says it changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain import Note
from app.errors import PinscribeError
from ui.board import note_commands
from ui.board.crop_view import CropView
from ui.core.commands import SnapshotCommand
from ui.core.document import NotesChange, ProjectDocument
from ui.core.item_models import Column, RowsModel
from ui.plain import plain_label

translate = QCoreApplication.translate


def color_names() -> dict[str, str]:
    """The note colours as the user reads them."""
    return {
        "yellow": translate("Colors", "yellow"),
        "orange": translate("Colors", "orange"),
        "pink": translate("Colors", "pink"),
        "green": translate("Colors", "green"),
        "blue": translate("Colors", "blue"),
        "purple": translate("Colors", "purple"),
        "white": translate("Colors", "white"),
        "other": translate("Colors", "other"),
    }


class NoteTextEdit(QPlainTextEdit):
    """A text field that reports when editing ends: focus leaves, or Ctrl+Enter."""

    editingFinished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.editingFinished.emit()
            return
        super().keyPressEvent(event)


class NotePanel(QWidget):
    rereadRequested = Signal(int)  # note id

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.note: Note | None = None
        self._loading = False
        # The note text last put into the editor, and the editor's text then: Qt's editor
        # shows some texts otherwise (line breaks CR LF, CR and U+2028 become LF; a leading
        # BOM goes), so only a change from what it showed is the user's typing.
        self._source = ""
        self._shown_text = ""

        self.title = plain_label()
        self.crop = CropView()
        self.text_edit = NoteTextEdit()
        self.text_edit.setAccessibleName(self.tr("Note text"))
        self.text_edit.setPlaceholderText(self.tr("The note's text"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.text_edit.setToolTip(self.tr("Edit the text; Ctrl+Enter saves and marks it reviewed"))
        self.color_combo = QComboBox()
        for key, name in color_names().items():
            self.color_combo.addItem(name, key)
        self.votes_spin = QSpinBox()
        self.votes_spin.setRange(0, 999)
        self.votes_spin.setKeyboardTracking(False)
        self.theme_combo = QComboBox()
        self.reviewed_check = QCheckBox(self.tr("&Reviewed"))
        #: The note's tags (their names are the rows: never read back from the display).
        self.tags_model = RowsModel([Column(self.tr("Tag"), str)], self)
        self.tags_list = QListView()
        self.tags_list.setAccessibleName(self.tr("Tags of the note"))
        self.tags_list.setModel(self.tags_model)
        self.tags_list.setFlow(QListView.Flow.LeftToRight)
        self.tags_list.setWrapping(True)
        self.tags_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 3)
        self.tag_edit = QLineEdit()
        self.tag_edit.setAccessibleName(self.tr("New tag for the note"))
        self.tag_edit.setPlaceholderText(self.tr("Add a tag…"))
        self.remove_tag_button = QPushButton(self.tr("Remove tag"))
        self.reread_button = QPushButton(self.tr("Read a&gain"))
        self.reread_button.setToolTip(self.tr("Read this note's text again with OCR"))

        tags_box = QVBoxLayout()
        tags_box.setContentsMargins(0, 0, 0, 0)
        tags_box.addWidget(self.tags_list)
        tags_box.addWidget(self.tag_edit)
        tags_row = QHBoxLayout()
        tags_row.addStretch()
        tags_row.addWidget(self.remove_tag_button)
        tags_box.addLayout(tags_row)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Colour:"), self.color_combo)
        form.addRow(self.tr("V&otes:"), self.votes_spin)
        form.addRow(self.tr("The&me:"), self.theme_combo)
        form.addRow(self.tr("Tags:"), tags_box)
        self.fields = QWidget()
        fields_layout = QVBoxLayout(self.fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addWidget(self.text_edit)
        review_row = QHBoxLayout()
        review_row.addWidget(self.reviewed_check)
        review_row.addStretch()
        review_row.addWidget(self.reread_button)
        fields_layout.addLayout(review_row)
        fields_layout.addLayout(form)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.crop, 1)
        layout.addWidget(self.fields)

        self.text_edit.editingFinished.connect(self._commit_text)
        self.color_combo.activated.connect(self._commit_color)
        self.votes_spin.valueChanged.connect(self._commit_votes)
        self.theme_combo.activated.connect(self._commit_theme)
        self.reviewed_check.clicked.connect(self._commit_reviewed)
        self.tag_edit.returnPressed.connect(self._add_tag)
        self.remove_tag_button.clicked.connect(self._remove_tag)
        self.reread_button.clicked.connect(
            lambda: self.note and self.rereadRequested.emit(self.note.id)
        )
        self.tags_list.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        document.notesChanged.connect(self._notes_changed)
        self.show_notes([])

    def show_notes(self, note_ids: list[int]) -> None:
        """Show the one selected note, or say how many are selected."""
        self._commit_text()
        note = None
        if len(note_ids) == 1:
            try:
                note = self.document.project.notes.get(note_ids[0])
            except PinscribeError:
                note = None
        self._show(note)
        if note is None:
            self.title.setText(
                self.tr("%1 notes selected").replace("%1", str(len(note_ids)))
                if note_ids
                else self.tr("No note selected")
            )
            self.crop.set_crop(None, self.tr("Select a note on the photo to check it here."))

    def _show(self, note: Note | None, *, keep_typing: bool = False) -> None:
        self._loading = True
        # With ``keep_typing`` (the note changed elsewhere, e.g. a background reading
        # arrived), text typed into the note shown and not yet committed stays: the
        # commit compares it with the note as it is then.
        typing = (
            keep_typing
            and note is not None
            and self.note is not None
            and self.note.id == note.id
            and self.text_edit.toPlainText() != self._shown_text
        )
        self.note = note
        self.fields.setEnabled(note is not None)
        if note is not None:
            self.title.setText(self.tr("Note %1").replace("%1", str(note.id)))
            self.crop.set_crop(self.document.project.notes.crop(note.id))
            if not typing and (
                (note.text or "") != self._source
                or self.text_edit.toPlainText() != self._shown_text
            ):
                self.text_edit.setPlainText(note.text or "")
                self._source, self._shown_text = note.text or "", self.text_edit.toPlainText()
            elif typing and (note.text or "") != self._source:
                # typing stays, but "nothing typed" now means the note's new text
                shown = QTextDocument()
                shown.setPlainText(note.text or "")
                self._source, self._shown_text = note.text or "", shown.toPlainText()
            self.color_combo.setCurrentIndex(max(0, self.color_combo.findData(note.color)))
            self.votes_spin.setValue(note.votes)
            self.reviewed_check.setChecked(note.reviewed)
            self.theme_combo.clear()
            self.theme_combo.addItem(self.tr("(no theme)"), None)
            if note.station_id is not None:
                for theme in self.document.project.themes.list(note.station_id):
                    self.theme_combo.addItem(theme.name, theme.id)
            self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(note.theme_id)))
            self.tags_model.set_rows(note.tags)
        else:
            self.text_edit.clear()
            self._source = self._shown_text = ""
            self.tags_model.set_rows([])
            self.theme_combo.clear()
        self._update_buttons()
        self._loading = False

    def _notes_changed(self, change: NotesChange) -> None:
        if self.note is None or self._loading:
            return
        if self.note.id in change.note_ids or (
            not change.note_ids and self.note.photo_id in change.photo_ids
        ):
            try:
                self._show(self.document.project.notes.get(self.note.id), keep_typing=True)
            except PinscribeError:
                self.show_notes([])

    def _update_buttons(self) -> None:
        self.remove_tag_button.setEnabled(self.tags_list.selectionModel().hasSelection())

    # Commits: each one undo command

    def _run(self, make: Callable[[int], SnapshotCommand]) -> None:
        if self.note is None or self._loading:
            return
        self._loading = True  # the change's signals must not commit anything again
        try:
            self.document.run(make(self.note.id))
        except PinscribeError as error:
            self.document.report(error)
        finally:
            self._loading = False
        try:
            self._show(self.document.project.notes.get(self.note.id))
        except PinscribeError:
            self._show(None)

    def _commit_text(self) -> None:
        if self.note is None or self._loading:
            return
        typed = self.text_edit.toPlainText()
        if typed == self._shown_text:
            return  # nothing typed: the note's text stays as stored, however the editor shows it
        text = typed.strip()
        if text != (self.note.text or "").strip():
            self._run(lambda i: note_commands.review_note(self.document, i, text))

    def _commit_color(self) -> None:
        color = self.color_combo.currentData()
        if self.note is not None and color != self.note.color:
            label = self.tr("Change colour")
            self._run(lambda i: note_commands.edit_note(self.document, i, label, color=color))

    def _commit_votes(self, votes: int) -> None:
        if self.note is not None and votes != self.note.votes:
            label = self.tr("Change votes")
            # A count typed by hand is a checked count (the report says how many are).
            self._run(
                lambda i: note_commands.edit_note(
                    self.document, i, label, votes=votes, votes_checked=True
                )
            )

    def _commit_theme(self) -> None:
        theme_id = self.theme_combo.currentData()
        if self.note is not None and theme_id != self.note.theme_id:
            self._run(lambda i: note_commands.set_theme(self.document, i, theme_id))

    def _commit_reviewed(self, checked: bool) -> None:
        label = self.tr("Mark reviewed") if checked else self.tr("Mark not reviewed")
        self._run(lambda i: note_commands.edit_note(self.document, i, label, reviewed=checked))

    def _add_tag(self) -> None:
        name = self.tag_edit.text().strip()
        if name:
            self.tag_edit.clear()
            self._run(lambda i: note_commands.add_tag(self.document, [i], name))

    def _remove_tag(self) -> None:
        chosen = self.tags_list.selectionModel().selectedIndexes()
        if chosen:
            name = str(self.tags_model.row(chosen[0]))
            self._run(lambda i: note_commands.remove_tag(self.document, [i], name))
