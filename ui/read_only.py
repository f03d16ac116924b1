"""A project open read-only: every control that would change it is disabled, and stays so.

Controls enable themselves as the selection changes (Delete when notes are
selected); :class:`ReadOnlyGuard` turns them off again each time, so the user
never starts an edit that cannot be saved. Controls that only show or filter
are marked with :func:`mark_view_only` and left alone; text fields become
read-only (their text can still be selected and copied).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QToolButton,
    QWidget,
)

VIEW_ONLY = "pinscribeViewOnly"


def mark_view_only(*widgets: QWidget) -> None:
    """These controls show or filter; they stay usable in a read-only project."""
    for widget in widgets:
        widget.setProperty(VIEW_ONLY, True)


def is_editing_control(widget: QWidget) -> bool:
    """A control that changes the project (toolbar buttons follow their actions)."""
    if widget.property(VIEW_ONLY) or isinstance(widget, QToolButton):
        return False
    return isinstance(
        widget,
        QLineEdit | QPlainTextEdit | QTextEdit | QComboBox | QAbstractSpinBox | QAbstractButton,
    )


class ReadOnlyGuard(QObject):
    """Keeps the editing controls under ``roots`` and the given actions disabled."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._widgets: list[QWidget] = []
        self._actions: list[QAction] = []

    def lock(self, roots: Iterable[QWidget], actions: Iterable[QAction]) -> None:
        for root in roots:
            for widget in [root, *root.findChildren(QWidget)]:
                if not is_editing_control(widget):
                    continue
                if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
                    widget.setReadOnly(True)
                    continue
                if widget in self._widgets:
                    continue
                self._widgets.append(widget)
                widget.setEnabled(False)
                widget.installEventFilter(self)
        for action in actions:
            if action not in self._actions:
                self._actions.append(action)
                action.setEnabled(False)
                action.changed.connect(self._action_changed)

    def _action_changed(self) -> None:
        for action in self._actions:
            if action.isEnabled():
                action.setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.EnabledChange
            and isinstance(watched, QWidget)
            and watched.isEnabled()
        ):
            watched.setEnabled(False)
        return False

    def release(self) -> None:
        """Stop guarding (the project closes; the next one may be writable)."""
        for action in self._actions:
            action.changed.disconnect(self._action_changed)
        for widget in self._widgets:
            widget.removeEventFilter(self)
        self._actions, self._widgets = [], []
