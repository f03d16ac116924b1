"""Writing exports to files, the format chosen by the file's suffix."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from app.errors import InvalidInputError, PinscribeError
from app.export.html import render_html
from app.export.markdown import render_markdown
from app.export.summary import build_summary
from app.store import Project

FORMATS = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}


def write_atomically(path: Path, content: bytes) -> None:
    """Write a file completely or not at all (temporary file, then rename)."""
    try:
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(content)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise PinscribeError(f"Cannot write {path}: {error.strerror or error}") from error


def export_summary(
    project: Project,
    out: Path,
    *,
    format: str | None = None,
    station_ids: list[int] | None = None,
    by_votes: bool = False,
) -> Path:
    """Export the themed summary to ``out``; returns the path written."""
    kind = format or FORMATS.get(out.suffix.lower())
    if kind is None:
        known = ", ".join(sorted(FORMATS))
        raise InvalidInputError(f"Unknown export format for {out.name!r}: use one of {known}.")
    if not out.parent.is_dir():
        raise PinscribeError(f"Folder does not exist: {out.parent}")
    summary = build_summary(project, station_ids=station_ids, by_votes=by_votes)
    text = render_markdown(summary) if kind == "markdown" else render_html(summary)
    write_atomically(out, text.encode("utf-8"))
    return out
