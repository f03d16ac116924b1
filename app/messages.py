"""Messages of the core a user may see, each with a code, so the app can translate them.

``str(error)`` stays English (the CLI prints it); an error raised with
:meth:`app.errors.PinscribeError.coded` also carries its ``code`` and
``params``, and ``ui/messages.py`` shows it in the user's language. Messages
that reach the window only as text (an import's failures) are recognised by
:func:`parse`.
"""

from __future__ import annotations

import re
import string

#: code -> English template ({name} placeholders).
MESSAGES: dict[str, str] = {
    "note.not_found": "No note with id {id}.",
    "station.not_found": "No station with id {id}.",
    "theme.not_found": "No theme with id {id}.",
    "photo.not_found": "No photo with id {id}.",
    "region.not_found": "No region with id {id}.",
    "recording.not_found": "No graphic recording with id {id}.",
    "station.name_needed": "A station needs a name.",
    "station.exists": "A station named {name!r} already exists.",
    "theme.name_needed": "A theme needs a name.",
    "tag.name_needed": "A tag needs a name.",
    "note.votes_negative": "Votes cannot be negative.",
    "note.outline_short": "A note's outline needs at least three points.",
    "date.invalid": "Invalid date {value!r}: use YYYY-MM-DD, e.g. 2025-02-05.",
    "project.read_only_medium": (
        "{path} is on a read-only medium or folder; changes cannot be saved. "
        "Save a copy elsewhere to edit it."
    ),
    "project.read_only": "{path} is open read-only; changes are not saved.",
    "project.busy": "{path} is busy or locked; try again.",
    "save.disk_full": (
        "Cannot save to {name}: the disk is full. Free some space and try again. "
        "Nothing of this change was saved."
    ),
    "save.not_writable": (
        "Cannot save to {name}: the file or its folder cannot be written. "
        "Nothing of this change was saved."
    ),
    "save.damaged": (
        "Cannot save to {name}: the file is damaged; use an earlier copy of it. "
        "Nothing of this change was saved."
    ),
    "save.locked": (
        "Cannot save to {name}: another program is writing it; try again. "
        "Nothing of this change was saved."
    ),
    "save.conflict": (
        "Cannot save to {name}: the change refers to something that no longer exists "
        "(deleted meanwhile). Nothing of this change was saved."
    ),
    "save.failed": (
        "Cannot save to {name}: the project file refused the change. "
        "Nothing of this change was saved."
    ),
    "project.not_found": "Project file not found: {path}",
    "project.not_a_project": "Not a Pinscribe project: {path}",
    "project.exists": "A file already exists at {path}; choose another name.",
    "project.in_use": (
        "{name} is open in another Pinscribe ({who}); close it there, or open this one read-only."
    ),
    "project.in_use_elsewhere": (
        "{name} is open in another Pinscribe ({who}); close it there, or open this one "
        "read-only (or, if it is not open there, use --break-lock)."
    ),
    "project.opening": "{name} is being opened by another process; try again.",
    "import.no_notes": "{name}: no notes found on this photo; not imported",
    "import.failed": "{name}: could not be processed ({reason})",
}


def message(code: str, **params: object) -> str:
    """The English text of a message."""
    return MESSAGES[code].format(**params)


def fields(code: str) -> list[str]:
    """The names of a message's parameters, in order of appearance."""
    return [f for _, f, _, _ in string.Formatter().parse(MESSAGES[code]) if f]


def _pattern(template: str) -> re.Pattern[str]:
    parts = []
    for literal, name, _spec, conversion in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name:
            quote = "'" if conversion == "r" else ""
            parts.append(f"{quote}(?P<{name}>.+?){quote}")
    return re.compile("^" + "".join(parts) + "$", re.S)


_PATTERNS = {code: _pattern(template) for code, template in MESSAGES.items()}


def parse(text: str) -> tuple[str, dict[str, str]] | None:
    """The code and parameters of a message given as English text, if it is one."""
    for code, pattern in _PATTERNS.items():
        match = pattern.match(text)
        if match:
            return code, match.groupdict()
    return None
