"""The review queue: unreviewed notes one by one, least confident reading first.

Keyboard first: the text field has the focus with its text selected, so Enter
accepts a correct note and typing replaces a wrong text before Enter. Tab or
Ctrl+Right skips, Ctrl+Z undoes the last step and goes back to its note.
Shift+Enter puts a line break into the text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain import Note
from app.errors import PinscribeError
from ui.board import note_commands
from ui.board.crop_view import CropView
from ui.core.document import ProjectDocument
from ui.screens import resize_to_screen


class ReviewTextEdit(QPlainTextEdit):
    """The text field; turns the queue's keys into signals."""

    accepted = Signal()
    skipped = Signal()
    undoRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not shift:
            self.accepted.emit()
        elif key == Qt.Key.Key_Tab or (key == Qt.Key.Key_Right and ctrl):
            self.skipped.emit()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undoRequested.emit()
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        return False  # Tab belongs to the queue


class ReviewQueue(QDialog):
    """Walks through the unreviewed notes of the project (or of one station)."""

    noteShown = Signal(int)  # note id

    def __init__(
        self,
        document: ProjectDocument,
        station_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review the notes"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.document = document
        self.station_id = station_id
        self.queue: list[int] = [
            n.id
            for n in document.project.notes.list(
                station_id=station_id, unreviewed=True, order="confidence"
            )
        ]
        self.position = 0
        self.note: Note | None = None

        self.counter = QLabel()
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.crop = CropView(minimum=240)
        self.text_edit = ReviewTextEdit()
        self.text_edit.setAccessibleName(self.tr("Note text"))
        self.text_edit.setPlaceholderText(self.tr("Type the note's text"))
        font = self.text_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.text_edit.setFont(font)
        self.accept_button = QPushButton(self.tr("Accept (Enter)"))
        self.skip_button = QPushButton(self.tr("Skip (Tab)"))
        self.undo_button = QPushButton(self.tr("Back (Ctrl+Z)"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (self.accept_button, self.skip_button, self.undo_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
        hint = QLabel(self.tr("Shift+Enter starts a new line."))
        hint.setEnabled(False)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.info)
        right_layout.addWidget(self.text_edit, 1)
        right_layout.addWidget(hint)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.crop)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counter, 1)
        for button in (self.undo_button, self.skip_button, self.accept_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self.text_edit.accepted.connect(self.accept_note)
        self.text_edit.skipped.connect(self.skip)
        self.text_edit.undoRequested.connect(self.undo)
        self.accept_button.clicked.connect(self.accept_note)
        self.skip_button.clicked.connect(self.skip)
        self.undo_button.clicked.connect(self.undo)
        self.close_button.clicked.connect(self.close)
        resize_to_screen(self, 960, 560)
        self._show_current()

    # Moving through the queue

    def accept_note(self) -> None:
        """Save the text if it changed, mark the note reviewed (one undo step), go on."""
        if self.note is None:
            return
        text = self.text_edit.toPlainText().strip()
        changed = text != (self.note.text or "").strip()
        command = note_commands.review_note(self.document, self.note.id, text if changed else None)
        try:
            self.document.run(command)
        except PinscribeError as error:
            self.document.report(error)
            return
        self.position += 1
        self._show_current()

    def skip(self) -> None:
        if self.note is not None:
            self.position += 1
            self._show_current()

    def undo(self) -> None:
        """Undo the last step and show the note it changed."""
        stack = self.document.undo_stack
        if not stack.canUndo():
            return
        command = stack.command(stack.index() - 1)
        note_ids = list(getattr(command, "note_ids", []))
        stack.undo()
        if note_ids:
            note_id = note_ids[0]
            if note_id not in self.queue:
                self.queue.insert(self.position, note_id)
            self.position = self.queue.index(note_id)
        self._show_current()

    def _show_current(self) -> None:
        self.note = None
        while self.position < len(self.queue):
            try:
                self.note = self.document.project.notes.get(self.queue[self.position])
                break
            except PinscribeError:  # deleted meanwhile
                self.queue.pop(self.position)
        self._update_counter()
        done = self.note is None
        self.accept_button.setEnabled(not done)
        self.skip_button.setEnabled(not done)
        self.undo_button.setEnabled(self.document.undo_stack.canUndo())
        self.text_edit.setReadOnly(done)
        if self.note is None:
            self.crop.set_crop(None, self.tr("That was the last note of the queue."))
            self.info.setText(self.tr("Nothing left to review here."))
            self.text_edit.clear()
            return
        note = self.note
        self.crop.set_crop(self.document.project.notes.crop(note.id), self.tr("(no crop)"))
        confidence = (
            self.tr("not read yet")
            if note.confidence is None
            else self.tr("read with %1 % confidence").replace(
                "%1", str(round(note.confidence * 100))
            )
        )
        self.info.setText(
            self.tr("Note %1 of the queue, %2").replace("%1", str(self.position + 1))
            .replace("%2", confidence)
        )
        self.text_edit.setPlainText(note.text or "")
        self.text_edit.selectAll()
        self.text_edit.setFocus()
        self.noteShown.emit(note.id)

    def _update_counter(self) -> None:
        notes = self.document.project.notes
        total = notes.count(station_id=self.station_id)
        reviewed = notes.count(station_id=self.station_id, reviewed=True)
        self.counter.setText(
            self.tr("%1 of %2 reviewed").replace("%1", str(reviewed)).replace("%2", str(total))
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.deleteLater()
