"""The notes as an Excel workbook (openpyxl).

A sheet of the workshop, one of all notes, and one per station.

Numbers are numbers (votes, confidence as a percentage), text is text: openpyxl would
write a cell starting with ``=`` as a formula, so every text cell is typed as a string
(shown exactly as written, never run). Headers and values follow the project's
language; header rows are bold and frozen, with a filter.
"""

from __future__ import annotations

import io
import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from app.export.csv_export import COLUMNS, headers, note_records
from app.export.options import ExportOptions
from app.export.richtext import plain
from app.export.summary import LABELS, format_date
from app.store import Project

#: Columns left out of the sheets (the outline is for machines, the CSV and JSON have it).
_HIDDEN = {"polygon", "workshop", "date", "time", "place", "moderation"}
_WIDTHS = {"text": 60, "question": 40, "station": 28, "theme": 24, "tags": 20}
_SHEET_NAME = re.compile(r"[\[\]:*?/\\]")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")

SHEET_WORDS = {
    "de": {"workshop": "Workshop", "all": "Alle Notizen", "field": "Feld", "value": "Wert"},
    "en": {"workshop": "Workshop", "all": "All notes", "field": "Field", "value": "Value"},
}


def _text(value: str) -> str:
    return _ILLEGAL.sub("", value)


def _strings(sheet: Worksheet) -> None:
    """Type every text cell as a string: a note "=1+1" stays text, never a formula."""
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unique sheet name (at most 31 characters, no brackets, colons, slashes, ...)."""
    base = _SHEET_NAME.sub("-", name).strip("' ") or "Station"
    title, number = base[:31], 2
    while title.casefold() in taken:
        suffix = f" ({number})"
        title, number = base[: 31 - len(suffix)] + suffix, number + 1
    taken.add(title.casefold())
    return title


def _table(sheet: Worksheet, records: list[dict[str, object]], language: str) -> None:
    keys = [k for k in COLUMNS if k not in _HIDDEN]
    names = dict(zip(COLUMNS, headers(language), strict=True))
    sheet.append([names[k] for k in keys])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for record in records:
        row: list[object] = []
        for key in keys:
            value = record[key]
            if key == "confidence" and isinstance(value, float):
                row.append(value)
            elif isinstance(value, str):
                row.append(_text(value))
            else:
                row.append(value)
        sheet.append(row)
    confidence = keys.index("confidence") + 1
    for (cell,) in sheet.iter_rows(min_row=2, min_col=confidence, max_col=confidence):
        cell.number_format = "0.0%"
    text = keys.index("text") + 1
    for (cell,) in sheet.iter_rows(min_row=2, min_col=text, max_col=text):
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index, key in enumerate(keys, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS.get(key, 12)
    _strings(sheet)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def render_xlsx(project: Project, options: ExportOptions, language: str) -> bytes:
    """The workbook's bytes."""
    lang = language if language in SHEET_WORDS else "en"
    words, labels = SHEET_WORDS[lang], LABELS[lang]
    workshop = project.workshop.get()
    records = note_records(project, options, lang)
    book = Workbook()
    info = book.active
    assert info is not None
    info.title = words["workshop"]
    info.append([words["field"], words["value"]])
    for cell in info[1]:
        cell.font = Font(bold=True)
    date = format_date(workshop.date, lang) if workshop.date else ""
    facts = [
        (labels.get("title", "Titel" if lang == "de" else "Title"), workshop.title),
        ("Untertitel" if lang == "de" else "Subtitle", workshop.subtitle),
        (labels["date"], date),
        (labels["time"], workshop.time_slot),
        (labels["place"], workshop.place),
        (labels["moderation"], workshop.moderation),
        ("Einführung" if lang == "de" else "Introduction", plain(workshop.introduction)),
        ("Ablauf" if lang == "de" else "Method", plain(workshop.description)),
        (labels["credits"], plain(workshop.credits)),
    ]
    for field, value in facts:
        info.append([field, _text(value)])
    _strings(info)
    info.column_dimensions["A"].width = 22
    info.column_dimensions["B"].width = 90
    for (cell,) in info.iter_rows(min_row=2, min_col=2, max_col=2):
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    taken = {info.title.casefold()}
    _table(book.create_sheet(sheet_title(words["all"], taken)), records, lang)
    stations = [
        s for s in project.stations.list() if options.stations is None or s.id in options.stations
    ]
    for number, station in enumerate(stations, start=1):
        sheet = book.create_sheet(sheet_title(f"{number} {station.name}", taken))
        _table(sheet, [r for r in records if r["station"] == station.name], lang)
    book.properties.title = _text(workshop.title)
    book.properties.creator = _text(workshop.moderation) or "Pinscribe"
    book.properties.language = "de-DE" if lang == "de" else "en-GB"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
