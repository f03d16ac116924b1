"""The review queue's own widgets: its text field and the buttons of other readings.

The text field turns the queue's keys into signals; a reading's button shortens its
text where room is short.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QSizePolicy, QWidget

from ui.plain import menu_text


class ChoiceButton(QPushButton):
    """A button whose long text ends in "…" where room is short.

    Instead of widening its window beyond the screen (an alternative reading of a
    long note); it shows as much of its text as its width allows. The text shows as
    written: a reading "R&D" is no Alt+D mnemonic.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        #: What the button shows: ``full_text``, or its start and "…".
        self.shown_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_full_text(self, text: str) -> None:
        self.full_text = text
        self._show(text)
        self.updateGeometry()
        self._elide()

    def _show(self, text: str) -> None:
        self.shown_text = text
        self.setText(menu_text(text))

    def _padding(self) -> int:
        return super().sizeHint().width() - self.fontMetrics().horizontalAdvance(self.shown_text)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        metrics = self.fontMetrics()
        extra = metrics.horizontalAdvance(self.full_text) - metrics.horizontalAdvance(
            self.shown_text
        )
        return QSize(hint.width() + max(0, extra), hint.height())

    def minimumSizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance("Alt+1: …") + self._padding()
        return QSize(width, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.width() - self._padding()
        metrics = self.fontMetrics()
        # The button is sized in whole pixels (horizontalAdvance); elidedText measures in
        # fractions and cut texts that fit by a fraction of a pixel ("Alt+1: Ha…" for "Hallo").
        if metrics.horizontalAdvance(self.full_text) <= room:
            shown = self.full_text
        else:
            shown = metrics.elidedText(self.full_text, Qt.TextElideMode.ElideRight, room)
        if shown != self.shown_text:
            self._show(shown)


class ReviewTextEdit(QPlainTextEdit):
    """The text field; turns the queue's keys into signals."""

    accepted = Signal()
    skipped = Signal()
    undoRequested = Signal()
    notANote = Signal()
    votesStep = Signal(int)
    zoomStep = Signal(float)
    alternativeChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown_text = ""

    def touched(self) -> bool:
        """Whether the user has changed the text shown."""
        return self.toPlainText() != self.shown_text

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
        elif key == Qt.Key.Key_Delete and not mods and not self.touched():
            self.notANote.emit()
        elif mods == Qt.KeyboardModifier.AltModifier and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.alternativeChosen.emit(int(key) - int(Qt.Key.Key_1))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and ctrl:
            self.votesStep.emit(1 if key == Qt.Key.Key_Up else -1)
        elif event.matches(QKeySequence.StandardKey.ZoomIn):
            self.zoomStep.emit(1.25)
        elif event.matches(QKeySequence.StandardKey.ZoomOut):
            self.zoomStep.emit(0.8)
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002 - Qt's name
        return False  # Tab belongs to the queue
