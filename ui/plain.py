"""User text shown as written: never as Qt rich text (a project may come from anyone).

``QLabel`` and tooltips guess whether a string is HTML (``Qt::mightBeRichText``): a
station named ``<img src=...>`` would load files, render links or crash the app. Every
widget that shows text from a project uses :func:`plain_label` or :func:`tip`.

Menus, actions, buttons and tab titles read ``&`` as a mnemonic: "R&D" would show
"RD" with the D underlined (and Alt+D would press it). User text there goes through
:func:`menu_text`; an undo command's text through :func:`command_text`, since the
Edit menu shows it as "Undo …". A window title reads ``[*]`` as the "modified"
mark: user text there goes through :func:`window_title`.
"""

from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text as plain text, whatever it contains."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


#: Lines up to this long show unwrapped in a tooltip; Qt wraps rich text far narrower.
TIP_LINE = 80


def tip(text: str) -> str:
    """A tooltip showing ``text`` as written (escaped into explicit rich text).

    Qt wraps a rich-text tooltip to a narrow block ("Mobilität & / Verkehr"); short
    lines are kept whole, longer ones wrap at spaces.
    """
    if not text:
        return ""
    short = all(len(line) <= TIP_LINE for line in text.splitlines())
    return f"<p style='white-space:{'pre' if short else 'pre-wrap'}'>{html.escape(text)}</p>"


def menu_text(text: str) -> str:
    """``text`` for a menu, an action, a button or a tab title, shown as written.

    ``&`` becomes ``&&`` (one ``&`` shown, no mnemonic). Such a title is one line: a
    tab would split the shortcut column off in a menu, so tabs and line breaks become
    spaces.
    """
    return _one_line(text).replace("&", "&&")


def command_text(text: str) -> str:
    """An undo command's text, for ``QUndoCommand(text)`` and ``setText``.

    Qt keeps what comes before a line break as the command's ``text()`` and what
    follows as its ``actionText()``, which "Undo %1" / "Redo %1" put into the Edit
    menu: that one is escaped with :func:`menu_text`, so both show ``text`` as
    written ("Undo rename Mobility & Transport").
    """
    line = _one_line(text)
    return f"{line}\n{menu_text(line)}" if line else ""


def fill(template: str, *values: str) -> str:
    """``template`` with ``%1``, ``%2`` … replaced by ``values``, in one pass.

    Chained ``replace("%1", a).replace("%2", b)`` would replace a "%2" that ``a``
    holds (a station named "50%2 off") with ``b``.
    """

    def value(match: re.Match[str]) -> str:
        index = int(match[1]) - 1
        return values[index] if index < len(values) else match[0]

    return re.sub(r"%([1-9])", value, template)


def window_title(text: str) -> str:
    """User text for ``setWindowTitle``, shown as written.

    Qt takes ``[*]`` in a window title for the place of the "modified" mark and
    hides it (a file "Plan[*].pinscribe"); ``[*][*]`` shows one ``[*]``.
    """
    return text.replace("[*]", "[*][*]")


def _one_line(text: str) -> str:
    return text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ").replace("\t", " ")
