"""The notes as CSV: one row per note, ready for Excel (UTF-8 with BOM).

Cells that a spreadsheet would take for a formula (starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) are neutralised with a leading single quote.
German summaries use ``;`` as the separator, as a German Excel expects; English ones ``,``.
"""

from __future__ import annotations

import csv
import io
import json

from app.export.options import ExportOptions
from app.store import Project

COLUMNS = (
    "id",
    "station",
    "question",
    "theme",
    "tags",
    "colour",
    "votes",
    "text",
    "confidence",
    "reviewed",
    "photo",
    "polygon",
)

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Prefix a single quote to a cell a spreadsheet would run as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def note_rows(project: Project, options: ExportOptions) -> list[list[str]]:
    """The CSV's rows (header first), every text cell neutralised."""
    stations = [
        s for s in project.stations.list() if options.stations is None or s.id in options.stations
    ]
    photos = {p.id: p for p in project.photos.list()}
    themes = {t.id: t for t in project.themes.list()}
    rows = [list(COLUMNS)]
    for station in stations:
        notes = project.notes.list(station_id=station.id)
        order = {t.id: i for i, t in enumerate(project.themes.list(station.id))}
        rest = len(order)  # notes in no theme come last
        notes.sort(
            key=lambda n: (
                rest if n.theme_id is None else order.get(n.theme_id, rest),
                -n.votes if options.by_votes else 0,
            )
        )
        for note in notes:
            theme = themes.get(note.theme_id) if note.theme_id is not None else None
            photo = photos.get(note.photo_id)
            cells = [
                str(note.id),
                station.name,
                station.question,
                theme.name if theme else "",
                ", ".join(note.tags),
                note.color,
                str(note.votes),
                note.text or "",
                "" if note.confidence is None else f"{note.confidence:.3f}",
                "yes" if note.reviewed else "no",
                photo.filename if photo else "",
                json.dumps([[round(x, 1), round(y, 1)] for x, y in note.polygon]),
            ]
            rows.append([neutralise(cell) for cell in cells])
    return rows


def render_csv(project: Project, options: ExportOptions, language: str) -> bytes:
    """The notes as CSV bytes (UTF-8 with BOM, CRLF line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if language == "de" else ",", lineterminator="\r\n")
    writer.writerows(note_rows(project, options))
    return buffer.getvalue().encode("utf-8-sig")
