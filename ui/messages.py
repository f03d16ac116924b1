"""Errors and messages of the core, shown in the user's language.

The translatable text of every code of :mod:`app.messages` is in
:data:`ui.message_templates.TEMPLATES`. SQLite's own messages ("FOREIGN KEY constraint
failed") never reach a user: they become a plain "could not be saved".
"""

from __future__ import annotations

import re
import sqlite3

from PySide6.QtCore import QCoreApplication

from app.messages import MESSAGES, fields, parse
from ui.message_templates import CONTEXT, TEMPLATES


def _translated(code: str, params: dict[str, object]) -> str | None:
    template = TEMPLATES.get(code)
    if template is None or code not in MESSAGES:
        return None
    text = QCoreApplication.translate(CONTEXT, template)
    # A parameter may itself be a message of the core (an import's reason).
    values = [_nested(str(params.get(name, ""))) for name in fields(code)]
    # One pass, so a value containing "%2" is not replaced again.
    out, i = [], 0
    while i < len(text):
        if text[i] == "%" and i + 1 < len(text) and text[i + 1].isdigit():
            index = int(text[i + 1]) - 1
            out.append(values[index] if 0 <= index < len(values) else "")
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def _nested(value: str) -> str:
    parts = _messages_in(value) if len(value) < 4000 else None
    if parts is None:
        return value
    return " ".join(_translated(*parsed) or value for parsed in parts)  # type: ignore[arg-type]


def _messages_in(text: str) -> list[tuple[str, dict[str, str]]] | None:
    """``text`` as one message of the core, or as several in a row ("… found. … missing.")."""
    parsed = parse(text)
    if parsed is not None:
        return [parsed]
    for cut in re.finditer(r"(?<=[.)]) ", text):
        head = parse(text[: cut.start()])
        if head is not None:
            rest = _messages_in(text[cut.end() :])
            if rest is not None:
                return [head, *rest]
    return None


def user_message(error: BaseException | str) -> str:
    """What to tell the user about ``error`` (an exception or a core message as text).

    Errors of ``app`` and ``ocr`` made with ``coded()`` carry their code; other text
    that is a message of the core is recognised (:func:`app.messages.parse`).
    """
    code = getattr(error, "code", "")
    if isinstance(error, BaseException) and isinstance(code, str) and code:
        shown = _translated(code, getattr(error, "params", {}))
        if shown is not None:
            return shown
    if isinstance(error, sqlite3.Error):
        return QCoreApplication.translate(
            "Messages",
            "The project file could not be read or changed. Nothing was lost; try again.",
        )
    text = error if isinstance(error, str) else str(error) or type(error).__name__
    parsed = parse(text)
    if parsed is not None:
        shown = _translated(*parsed)  # type: ignore[arg-type]
        if shown is not None:
            return shown
    return text
