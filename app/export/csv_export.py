"""The notes as CSV: one row per note, ready for Excel (UTF-8 with BOM).

Cells that a spreadsheet would take for a formula (starting with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return) are neutralised with a leading single quote.
German projects get what a German Excel expects: ``;`` between cells, a decimal
comma, German headers and values ("ja"/"nein", "Gelb"); English ones ``,``, a decimal
point and English words. Every row also carries the workshop's title, date, time,
place and moderation, so a sheet of many workshops' notes stays sortable.
"""

from __future__ import annotations

import csv
import io
import json

from app.export.options import ExportOptions
from app.privacy.names import is_published, published_text
from app.privacy.photos import photo_label
from app.store import Project
from app.suggest.core import COLOUR_NAMES

#: The English column names (kept from the first version, new ones at the end).
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
    "header_card",
    "workshop",
    "date",
    "time",
    "place",
    "moderation",
)
GERMAN_COLUMNS = (
    "Nr.",
    "Station",
    "Leitfrage",
    "Thema",
    "Schlagwörter",
    "Farbe",
    "Stimmen",
    "Text",
    "Lesesicherheit",
    "Geprüft",
    "Foto",
    "Umriss",
    "Überschriftenkarte",
    "Workshop",
    "Datum",
    "Zeit",
    "Ort",
    "Moderation",
)
YES_NO = {"de": ("ja", "nein"), "en": ("yes", "no")}

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Prefix a single quote to a cell a spreadsheet would run as a formula."""
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def headers(language: str) -> tuple[str, ...]:
    return GERMAN_COLUMNS if language == "de" else COLUMNS


def note_records(
    project: Project, options: ExportOptions, language: str
) -> list[dict[str, object]]:
    """One dict per note (keys: :data:`COLUMNS`), typed: numbers stay numbers."""
    lang = language if language in YES_NO else "en"
    yes, no = YES_NO[lang]
    colours = COLOUR_NAMES[lang]
    workshop = project.workshop.get()
    stations = [
        s for s in project.stations.list() if options.stations is None or s.id in options.stations
    ]
    # photos are named by station and number, never by their file names
    photo_labels = {p.id: photo_label(project, p.id, language=lang) for p in project.photos.list()}
    themes = {t.id: t for t in project.themes.list()}
    records: list[dict[str, object]] = []
    for station in stations:
        notes = project.notes.list(station_id=station.id)
        if options.unreviewed == "omit":
            notes = [n for n in notes if n.reviewed]
        order = {t.id: i for i, t in enumerate(project.themes.list(station.id))}
        rest = len(order)  # notes in no theme come last
        notes.sort(
            key=lambda n: (
                rest if n.theme_id is None else order.get(n.theme_id, rest),
                -n.votes if options.by_votes else 0,
            )
        )
        for note in notes:
            if not is_published(note):
                continue
            theme = themes.get(note.theme_id) if note.theme_id is not None else None
            records.append(
                {
                    "id": note.id,
                    "station": station.name,
                    "question": station.question,
                    "theme": theme.name if theme else "",
                    "tags": ", ".join(note.tags),
                    "colour": colours.get(note.color, note.color),
                    "votes": note.votes,
                    "text": published_text(note) or "",
                    "confidence": None
                    if note.confidence is None
                    else round(note.confidence, 3),
                    "reviewed": yes if note.reviewed else no,
                    "photo": photo_labels.get(note.photo_id, ""),
                    "polygon": json.dumps([[round(x, 1), round(y, 1)] for x, y in note.polygon]),
                    "header_card": yes if note.kind == "header" else no,
                    "workshop": workshop.title,
                    "date": workshop.date,
                    "time": workshop.time_slot,
                    "place": workshop.place,
                    "moderation": workshop.moderation,
                }
            )
    return records


def _cell(value: object, language: str) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        text = f"{value:.3f}"
        return text.replace(".", ",") if language == "de" else text
    return neutralise(str(value))


def note_rows(
    project: Project, options: ExportOptions, language: str = "en"
) -> list[list[str]]:
    """The CSV's rows (header first), every text cell neutralised."""
    rows = [list(headers(language))]
    for record in note_records(project, options, language):
        rows.append([_cell(record[key], language) for key in COLUMNS])
    return rows


def render_csv(project: Project, options: ExportOptions, language: str) -> bytes:
    """The notes as CSV bytes (UTF-8 with BOM, CRLF line ends)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if language == "de" else ",", lineterminator="\r\n")
    writer.writerows(note_rows(project, options, language))
    return buffer.getvalue().encode("utf-8-sig")
