"""Every key binding of a window in one list, and window shortcuts that text fields let through.

:func:`bindings` lists what a key does in a window: action shortcuts, ``QShortcut``
objects and the Alt+letter mnemonics of menus, labels, buttons, group boxes and tabs.
:func:`clashes` finds keys bound twice where both could fire at once (Qt then does
nothing and prints "Ambiguous shortcut overload"). :class:`KeepWindowShortcuts`
lets chosen window shortcuts (Ctrl+E: export) work while a text field has focus,
where the field would otherwise take the key (Ctrl+E: end of line).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QWidget,
)


@dataclass(frozen=True)
class Binding:
    keys: str  # portable text, e.g. "Ctrl+Shift+G"
    what: str  # the action's or label's text
    scope: QWidget  # where the key works: the window, or a widget and its children


def _scope(widget: QWidget, context: Qt.ShortcutContext) -> QWidget:
    if context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return widget.window()
    return widget


def _mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.PortableText)


def bindings(root: QWidget) -> list[Binding]:
    """Every key binding of ``root``'s window (and of the widgets inside it)."""
    found: list[Binding] = []
    seen: set[int] = set()
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        for action in widget.actions():
            if id(action) in seen or action.isSeparator():
                continue
            seen.add(id(action))
            # A menu's actions work through the menu's window (the main window).
            owner = (widget.parentWidget() if isinstance(widget, QMenu) else None) or widget
            for keys in action.shortcuts():
                found.append(
                    Binding(keys.toString(), action.text(), _scope(owner, action.shortcutContext()))
                )
        found.extend(_mnemonics(widget))
    for shortcut in root.findChildren(QShortcut):
        parent = shortcut.parent()
        if isinstance(parent, QWidget):
            found.append(
                Binding(shortcut.key().toString(), shortcut.whatsThis() or parent.objectName(),
                        _scope(parent, shortcut.context()))
            )  # fmt: skip
    return [b for b in found if b.keys]


def _mnemonics(widget: QWidget) -> Iterable[Binding]:
    window = widget.window()
    if isinstance(widget, QMenuBar):
        for action in widget.actions():
            yield Binding(_mnemonic(action.text()), action.text(), window)
    elif isinstance(widget, QLabel | QAbstractButton) and _has_mnemonic(widget):
        yield Binding(_mnemonic(widget.text()), widget.text(), window)
    elif isinstance(widget, QGroupBox):
        yield Binding(_mnemonic(widget.title()), widget.title(), window)
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            yield Binding(_mnemonic(widget.tabText(index)), widget.tabText(index), window)


def _has_mnemonic(widget: QLabel | QAbstractButton) -> bool:
    if isinstance(widget, QLabel):
        return widget.buddy() is not None  # a label's Alt+letter focuses its buddy
    return True


def _overlap(a: QWidget, b: QWidget) -> bool:
    return a is b or a.isAncestorOf(b) or b.isAncestorOf(a)


def clashes(found: list[Binding]) -> list[tuple[Binding, Binding]]:
    """Pairs of bindings of one key that can be active at the same time."""
    pairs = []
    for i, a in enumerate(found):
        for b in found[i + 1 :]:
            if a.keys == b.keys and a.what != b.what and _overlap(a.scope, b.scope):
                pairs.append((a, b))
    return pairs


class KeepWindowShortcuts(QObject):
    """Lets the shortcuts of ``actions`` fire while a widget of ``window`` has focus.

    Text fields claim keys such as Ctrl+E (end of line) before window shortcuts
    see them; for the few commands that must work everywhere (export, import,
    review, themes) the claim is withdrawn.
    """

    def __init__(self, window: QWidget, actions: Iterable[QAction]) -> None:
        super().__init__(window)
        self.window = window
        self.actions = list(actions)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # removed by Qt when this object goes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(watched, QWidget):
            return False
        if watched.window() is not self.window or not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination())
        for action in self.actions:
            if action.isEnabled() and any(
                pressed.matches(keys) == QKeySequence.SequenceMatch.ExactMatch
                for keys in action.shortcuts()
            ):
                event.ignore()
                return True  # the field does not claim the key: the shortcut fires
        return False
