"""Open data: a folder ready for a municipal open-data portal (CKAN-based, e.g. GovData).

The folder holds the notes as CSV and JSON (UTF-8, only what is published: no file
names, names on notes as the organiser chose, notes left out stay out), the summary as
PDF, a short description of the columns, and ``metadata.jsonld``: the dataset described
in DCAT-AP.de (title, description, publisher, contact point, licence, temporal and
spatial coverage, keywords from the themes, and one distribution per file with its
media type and size).
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.errors import InvalidInputError, PinscribeError
from app.export.files import OutputExistsError
from app.export.summary import format_day
from app.leftovers import temp_prefix
from app.privacy.names import published_text
from app.privacy.photos import photo_label
from app.store import Project

#: The licences of the Datenlizenz Deutschland, as DCAT-AP.de names them.
LICENCES: dict[str, str] = {
    "dl-by-de/2.0": "http://dcat-ap.de/def/licenses/dl-by-de/2.0",
    "dl-zero-de/2.0": "http://dcat-ap.de/def/licenses/dl-zero-de/2.0",
}
DEFAULT_LICENCE = "dl-by-de/2.0"

#: What DCAT-AP.de requires ("Pflicht") of a dataset and of a distribution.
MANDATORY_DATASET = ("dct:title", "dct:description")
MANDATORY_DISTRIBUTION = ("dcat:accessURL", "dct:license")

CONTEXT = {
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "dcatde": "http://dcat-ap.de/def/dcatde/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "locn": "http://www.w3.org/ns/locn#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

COLUMNS = (
    ("station", "Station (Pinnwand) der Beteiligung"),
    ("frage", "Leitfrage der Station"),
    ("thema", "Thema, dem die Notiz zugeordnet ist (leer: keinem)"),
    ("text", "Text der Notiz, wie veröffentlicht (Namen ggf. als Initialen)"),
    ("art", "notiz oder ueberschrift (Überschriftenkarte einer Spalte)"),
    ("stimmen", "Anzahl der Stimmen (Klebepunkte)"),
    ("stimmen_geprueft", "ja, wenn die Stimmen von einer Person nachgezählt wurden"),
    ("geprueft", "ja, wenn der Text von einer Person geprüft wurde"),
    ("farbe", "Farbe der Notiz"),
    ("foto", "Foto, auf dem die Notiz steht (Station und Nummer, kein Dateiname)"),
)

OUR_FILES = frozenset(
    {"notizen.csv", "notizen.json", "zusammenfassung.pdf", "LIESMICH.txt", "metadata.jsonld"}
)

FILE_TYPES = {
    ".csv": ("text/csv", "CSV"),
    ".json": ("application/json", "JSON"),
    ".pdf": ("application/pdf", "PDF"),
    ".txt": ("text/plain", "TXT"),
}


@dataclass
class OpenDataOptions:
    publisher: str = ""
    contact_email: str = ""
    licence: str = DEFAULT_LICENCE
    #: Where the folder will be published (the files' addresses are made from it).
    base_url: str = ""
    stations: list[int] | None = None


def rows(project: Project, stations: list[int] | None = None) -> list[dict[str, Any]]:
    """One row per published note, in station and board order."""
    out = []
    for index, station in enumerate(project.stations.list(), start=1):
        if stations is not None and station.id not in stations:
            continue
        themes = {t.id: t.name for t in project.themes.list(station.id)}
        for note in project.notes.list(station_id=station.id):
            text = published_text(note)
            if text is None:
                continue
            out.append(
                {
                    "station": f"{index}. {station.name}",
                    "frage": station.question,
                    "thema": themes.get(note.theme_id, "") if note.theme_id else "",
                    "text": text,
                    "art": "ueberschrift" if note.kind == "header" else "notiz",
                    "stimmen": note.votes,
                    "stimmen_geprueft": "ja" if note.votes_checked else "nein",
                    "geprueft": "ja" if note.reviewed else "nein",
                    "farbe": note.color,
                    "foto": photo_label(project, note.photo_id),
                }
            )
    return out


def _csv(table: list[dict[str, Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[name for name, _ in COLUMNS], lineterminator="\n")
    writer.writeheader()
    writer.writerows(table)
    return buffer.getvalue().encode("utf-8")


def _readme(project: Project) -> bytes:
    workshop = project.workshop.get()
    lines = [
        f"{workshop.title}: Ergebnisse als offene Daten",
        "",
        "Dateien:",
        "  notizen.csv   die Notizen, eine Zeile je Notiz (UTF-8, Komma als Trennzeichen)",
        "  notizen.json  dieselben Notizen als JSON-Liste",
        "  zusammenfassung.pdf  die Zusammenfassung des Workshops",
        "  metadata.jsonld      Beschreibung des Datensatzes (DCAT-AP.de)",
        "",
        "Spalten von notizen.csv (und Schlüssel von notizen.json):",
        *(f"  {name}: {meaning}" for name, meaning in COLUMNS),
        "",
    ]
    return "\n".join(lines).encode("utf-8")


def metadata(
    project: Project, files: dict[str, int], options: OpenDataOptions
) -> dict[str, Any]:
    """The dataset and its distributions in DCAT-AP.de, as JSON-LD."""
    if options.licence not in LICENCES:
        raise InvalidInputError.coded(
            "opendata.licence_unknown", licence=options.licence, names=", ".join(LICENCES)
        )
    workshop = project.workshop.get()
    licence = {"@id": LICENCES[options.licence]}
    now = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
    keywords = sorted(
        {t.name.strip() for t in project.themes.list() if t.name.strip()}, key=str.casefold
    )
    description = workshop.description or workshop.subtitle or (
        f"Ergebnisse des Beteiligungsworkshops „{workshop.title}“"
        + (f" am {format_day(workshop.date, 'de')}" if workshop.date else "")
        + (f" in {workshop.place}" if workshop.place else "")
        + ": die Notizen der Pinnwände aller Stationen, nach Themen geordnet."
    )
    dataset: dict[str, Any] = {
        "@id": "#dataset",
        "@type": "dcat:Dataset",
        "dct:title": workshop.title or "Workshop",
        "dct:description": description,
        "dct:issued": {"@value": now, "@type": "xsd:dateTime"},
        "dct:language": {"@id": "http://publications.europa.eu/resource/authority/language/DEU"},
        "dcat:keyword": keywords,
        "dct:license": licence,
    }
    if options.publisher:
        dataset["dct:publisher"] = {"@type": "foaf:Organization", "foaf:name": options.publisher}
    if options.contact_email or options.publisher:
        contact: dict[str, Any] = {
            "@type": "vcard:Organization",
            "vcard:fn": options.publisher or workshop.moderation or workshop.title,
        }
        if options.contact_email:
            contact["vcard:hasEmail"] = {"@id": f"mailto:{options.contact_email}"}
        dataset["dcat:contactPoint"] = contact
    if workshop.date:
        period = {"@value": workshop.date, "@type": "xsd:date"}
        dataset["dct:temporal"] = {
            "@type": "dct:PeriodOfTime", "dcat:startDate": period, "dcat:endDate": period,
        }
    if workshop.place:
        dataset["dct:spatial"] = {"@type": "dct:Location", "locn:geographicName": workshop.place}
    distributions = []
    for name, size in files.items():
        media, file_type = FILE_TYPES[Path(name).suffix]
        distributions.append(
            {
                "@id": f"#{name}",
                "@type": "dcat:Distribution",
                "dct:title": name,
                "dcat:accessURL": {"@id": name},
                "dcat:downloadURL": {"@id": name},
                "dcat:mediaType": {"@id": f"https://www.iana.org/assignments/media-types/{media}"},
                "dct:format": {
                    "@id": f"http://publications.europa.eu/resource/authority/file-type/{file_type}"
                },
                "dcat:byteSize": {"@value": str(size), "@type": "xsd:decimal"},
                "dct:license": licence,
            }
        )
    dataset["dcat:distribution"] = [{"@id": d["@id"]} for d in distributions]
    context: dict[str, Any] = dict(CONTEXT)
    if options.base_url:
        context["@base"] = options.base_url.rstrip("/") + "/"
    return {"@context": context, "@graph": [dataset, *distributions]}


def export_opendata(
    project: Project,
    folder: Path,
    options: OpenDataOptions,
    *,
    summary: Callable[[Path], Path],
    overwrite: bool = False,
) -> list[Path]:
    """Write the open-data folder; ``summary(path)`` writes the PDF summary to ``path``.

    The folder is written beside its place and renamed when complete, so it is whole
    or absent. An existing folder is replaced only with ``overwrite``.
    """
    if folder.exists() and not folder.is_dir():
        raise PinscribeError.coded("opendata.not_a_folder", folder=folder)
    if folder.is_dir() and any(folder.iterdir()) and not overwrite:
        raise OutputExistsError.coded("opendata.folder_not_empty", folder=folder)
    if folder.is_dir() and overwrite and any(folder.iterdir()) and not _ours(folder):
        raise PinscribeError.coded("opendata.folder_foreign", folder=folder)
    # a folder of its own: "NAME.partial" beside it may be the user's
    folder.parent.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(dir=folder.parent, prefix=temp_prefix(folder)))
    try:
        os.chmod(partial, 0o755)
        table = rows(project, options.stations)
        contents = {
            "notizen.csv": _csv(table),
            "notizen.json": (json.dumps(table, ensure_ascii=False, indent=1) + "\n").encode(),
            "LIESMICH.txt": _readme(project),
        }
        for name, content in contents.items():
            (partial / name).write_bytes(content)
        summary(partial / "zusammenfassung.pdf")
        sizes = {
            name: (partial / name).stat().st_size
            for name in ("notizen.csv", "notizen.json", "zusammenfassung.pdf", "LIESMICH.txt")
        }
        meta = metadata(project, sizes, options)
        (partial / "metadata.jsonld").write_text(
            json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(partial, folder)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    return sorted(folder.iterdir())


def _ours(folder: Path) -> bool:
    """Whether ``folder`` holds only what an earlier open-data export wrote."""
    return all(p.name in OUR_FILES for p in folder.iterdir())


def default_options(project: Project, **given: Any) -> OpenDataOptions:
    """Options from the project's settings, overridden by what is ``given`` (not None)."""
    from app.project_settings import get_setting

    options = OpenDataOptions(
        publisher=get_setting(project, "opendata.publisher"),
        contact_email=get_setting(project, "opendata.contact"),
        licence=get_setting(project, "opendata.licence"),
        base_url=get_setting(project, "opendata.base_url"),
    )
    for key, value in given.items():
        if value is not None:
            setattr(options, key, value)
    return options

