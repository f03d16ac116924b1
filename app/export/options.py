"""What an export contains, and which format a file name asks for."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.errors import InvalidInputError, PinscribeError

#: Formats by file suffix.
FORMATS: dict[str, str] = {
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".csv": "csv",
    ".json": "json",
    ".xlsx": "xlsx",
}

#: The format names :func:`app.export.files.export` accepts.
FORMAT_NAMES: tuple[str, ...] = ("docx", "pdf", "html", "markdown", "csv", "json", "xlsx")
#: What to do with notes no one has checked yet: mark them (with a footnote) or omit them.
UNREVIEWED_CHOICES: tuple[str, ...] = ("mark", "omit")
#: Where the notes go when themes have statements: beneath each statement, or an appendix.
EVIDENCE_CHOICES: tuple[str, ...] = ("beneath", "appendix")

#: Called with (steps done, steps in all) while an export runs.
ExportProgress = Callable[[int, int], None]
#: Asked between steps; an export stops (writing nothing) once it returns True.
Cancelled = Callable[[], bool]


class ExportCancelledError(PinscribeError):
    """The user cancelled an export; nothing was written."""


@dataclass
class ExportOptions:
    """What goes into an export.

    ``stations``: ids of the stations to include (``None``: all). ``pictures``: charts,
    the overview and the board photos with the notes outlined. ``crops``: each note's
    crop beside its text. ``recordings``: the graphic recordings. ``by_votes``: notes
    with most votes first in each theme. ``language``: "de" or "en" (``None``: the
    project's). ``unreviewed``: "mark" notes no one has checked yet (a marker and a
    footnote) or "omit" them. ``evidence``: the notes "beneath" their theme's statement,
    or in an "appendix" after the stations. ``with_photos``: a JSON export holds the
    photos' bytes too (base64), so an import gets them back.
    """

    stations: list[int] | None = None
    pictures: bool = True
    crops: bool = False
    recordings: bool = True
    by_votes: bool = False
    language: str | None = None
    unreviewed: str = "mark"
    evidence: str = "beneath"
    with_photos: bool = False


def resolve_format(out: Path, format: str | None = None) -> str:
    """The format to write: ``format`` if given (a name or a suffix), else ``out``'s suffix."""
    if format:
        name = format.lower().lstrip(".")
        if name in FORMAT_NAMES:
            return name
        if f".{name}" in FORMATS:
            return FORMATS[f".{name}"]
        raise InvalidInputError.coded(
            "export.format_unknown", format=format, names=", ".join(FORMAT_NAMES)
        )
    kind = FORMATS.get(out.suffix.lower())
    if kind is None:
        known = ", ".join(sorted(FORMATS))
        raise InvalidInputError.coded("export.suffix_unknown", name=out.name, known=known)
    return kind
