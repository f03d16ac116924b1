"""Errors and messages of the core, shown in the user's language.

:data:`TEMPLATES` holds a translatable text for every code of
:mod:`app.messages`, with ``%1``, ``%2`` … for its parameters in the order of
:func:`app.messages.fields`. SQLite's own messages ("FOREIGN KEY constraint
failed") never reach a user: they become a plain "could not be saved".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication

from app.errors import PinscribeError
from app.messages import MESSAGES, fields, parse

CONTEXT = "Messages"

#: Marks a text for translation and returns it unchanged (PySide6 types it as ``object``).
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)

TEMPLATES: dict[str, str] = {
    "note.not_found": QT_TRANSLATE_NOOP("Messages", "No note with id %1."),
    "station.not_found": QT_TRANSLATE_NOOP("Messages", "No station with id %1."),
    "theme.not_found": QT_TRANSLATE_NOOP("Messages", "No theme with id %1."),
    "photo.not_found": QT_TRANSLATE_NOOP("Messages", "No photo with id %1."),
    "region.not_found": QT_TRANSLATE_NOOP("Messages", "No region with id %1."),
    "recording.not_found": QT_TRANSLATE_NOOP("Messages", "No graphic recording with id %1."),
    "station.name_needed": QT_TRANSLATE_NOOP("Messages", "A station needs a name."),
    "station.exists": QT_TRANSLATE_NOOP("Messages", "A station named “%1” already exists."),
    "theme.name_needed": QT_TRANSLATE_NOOP("Messages", "A theme needs a name."),
    "tag.name_needed": QT_TRANSLATE_NOOP("Messages", "A tag needs a name."),
    "note.votes_negative": QT_TRANSLATE_NOOP("Messages", "Votes cannot be negative."),
    "note.outline_short": QT_TRANSLATE_NOOP(
        "Messages", "A note's outline needs at least three points."
    ),
    "date.invalid": QT_TRANSLATE_NOOP(
        "Messages", "“%1” is not a date. Please enter it as 2025-02-05 or 05.02.2025."
    ),
    "project.read_only_medium": QT_TRANSLATE_NOOP(
        "Messages",
        "%1 is on a read-only medium or folder; changes cannot be saved. "
        "Save a copy elsewhere to edit it.",
    ),
    "project.read_only": QT_TRANSLATE_NOOP(
        "Messages", "%1 is open read-only; changes are not saved."
    ),
    "project.busy": QT_TRANSLATE_NOOP("Messages", "%1 is busy or locked; try again."),
    "save.disk_full": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot save to %1: the disk is full. Free some space and try again. "
        "Nothing of this change was saved.",
    ),
    "save.not_writable": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot save to %1: the file or its folder cannot be written. "
        "Nothing of this change was saved.",
    ),
    "save.damaged": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot save to %1: the file is damaged; use an earlier copy of it. "
        "Nothing of this change was saved.",
    ),
    "save.locked": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot save to %1: another program is writing it; try again. "
        "Nothing of this change was saved.",
    ),
    "save.conflict": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot save to %1: the change refers to something that no longer exists "
        "(deleted meanwhile). Nothing of this change was saved.",
    ),
    "save.failed": QT_TRANSLATE_NOOP(
        "Messages",
        "Cannot save to %1: the project file refused the change. "
        "Nothing of this change was saved.",
    ),
    "project.not_found": QT_TRANSLATE_NOOP("Messages", "Project file not found: %1"),
    "project.not_a_project": QT_TRANSLATE_NOOP("Messages", "Not a Pinscribe project: %1"),
    "project.exists": QT_TRANSLATE_NOOP(
        "Messages", "A file already exists at %1; choose another name."
    ),
    "project.in_use": QT_TRANSLATE_NOOP(
        "Messages",
        "%1 is open in another Pinscribe (%2); close it there, or open this one read-only.",
    ),
    "project.in_use_elsewhere": QT_TRANSLATE_NOOP(
        "Messages",
        "%1 is open in another Pinscribe (%2); close it there, or open this one read-only "
        "(or, if it is not open there, use --break-lock).",
    ),
    "project.opening": QT_TRANSLATE_NOOP(
        "Messages", "%1 is being opened by another process; try again."
    ),
    "import.no_notes": QT_TRANSLATE_NOOP(
        "Messages", "%1: no notes found on this photo; not imported"
    ),
    "import.failed": QT_TRANSLATE_NOOP("Messages", "%1: could not be processed (%2)"),
}


def _translated(code: str, params: dict[str, object]) -> str | None:
    template = TEMPLATES.get(code)
    if template is None or code not in MESSAGES:
        return None
    text = QCoreApplication.translate(CONTEXT, template)
    values = [str(params.get(name, "")) for name in fields(code)]
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


def user_message(error: BaseException | str) -> str:
    """What to tell the user about ``error`` (an exception or a core message as text)."""
    if isinstance(error, PinscribeError) and error.code:
        shown = _translated(error.code, error.params)
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
