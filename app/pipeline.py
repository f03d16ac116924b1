"""Importing photos into a station: load, detect notes, read them, store.

Each photo is stored with its notes in one transaction, so an interrupted or
failed import leaves every photo either complete or absent. A photo that fails is
reported and skipped; the others go on. Progress goes to a plain callback and a
cancel check is polled between steps, so the same code serves the CLI and the app's
background worker.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app import import_journal as jobs
from app.domain import Point
from app.duplicates import DuplicatePair, find_duplicates
from app.errors import PinscribeError
from app.images import encode_jpeg, format_of, mime_of
from app.messages import message as message_of
from app.photo_metadata import MetadataError, remove_personal_metadata
from app.project_settings import get_setting
from app.reading.note_fields import reading_fields
from app.store import Project
from ocr.detect import detect_notes
from ocr.detect.at_point import find_note_at
from ocr.errors import ImageLoadError, OcrError
from ocr.files import read_regular_file
from ocr.loading import load_image_bytes
from ocr.types import DetectedNote, Reading

#: Reads crops; returns one reading per crop, ``None`` where nothing could be read.
Reader = Callable[[list[np.ndarray]], list[Reading | None]]

#: Largest file we read at all (the decoder refuses huge pixel counts separately).
MAX_FILE_BYTES = 400 * 1024 * 1024
#: Smallest photo side that can show a note.
MIN_SIDE = 32


@dataclass(frozen=True)
class PhotoProgress:
    """Where an import stands: photo ``index`` (0-based) of ``count``, and its stage."""

    index: int
    count: int
    path: Path
    stage: str  # "loading", "detecting", "reading", "saving", "done", "failed", "skipped"
    notes_done: int = 0
    notes_total: int = 0
    message: str = ""


@dataclass(frozen=True)
class PhotoResult:
    path: Path
    photo_id: int
    notes: int
    read: int


@dataclass
class ImportResult:
    imported: list[PhotoResult] = field(default_factory=list)
    failed: list[tuple[Path, str]] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    cancelled: bool = False
    #: Notes seen twice in overlapping photos of the station, found after the import
    #: (``find_twice``); to merge with :func:`app.duplicates.merge_pairs`.
    seen_twice: list[DuplicatePair] = field(default_factory=list)
    #: True while the import runs, and after it if it stopped on an unexpected error.
    interrupted: bool = False


@dataclass(frozen=True)
class Analysis:
    """One photo decoded, its notes found and (optionally) read; nothing stored yet."""

    data: bytes
    width: int
    height: int
    mime: str
    notes: list[DetectedNote]
    readings: list[Reading | None]


def read_photo_file(path: Path) -> bytes:
    """Read a photo file's bytes, with a one-line message for every way that fails."""
    try:
        return read_regular_file(path, MAX_FILE_BYTES)
    except ImageLoadError as error:
        raise PinscribeError.carrying(error) from error


def analyse(
    data: bytes,
    name: str,
    *,
    reader: Reader | None,
    on_stage: Callable[[str, int, int], None] = lambda stage, done, total: None,
    at: Point | None = None,
) -> Analysis:
    """Decode a photo, detect its notes and read them (when ``reader`` is given).

    With ``at`` (x, y in the photo's pixels) only the one note holding that point
    is looked for: no note or one.
    """
    on_stage("loading", 0, 0)
    image = load_image_bytes(data, name)
    if min(image.width, image.height) < MIN_SIDE:
        raise PinscribeError.coded(
            "import.too_small", name=name, width=image.width, height=image.height
        )
    on_stage("detecting", 0, 0)
    if at is None:
        notes = detect_notes(image.rgb, with_crops=True)
    else:
        found = find_note_at(image.rgb, at, with_crop=True)
        notes = [found] if found is not None else []
    readings: list[Reading | None] = [None] * len(notes)
    crops = [n.crop for n in notes if n.crop is not None]
    if reader is not None and notes and len(crops) == len(notes):
        on_stage("reading", 0, len(notes))
        readings = list(reader(crops))
        on_stage("reading", len(notes), len(notes))
    return Analysis(data, image.width, image.height, mime_of(image.format), notes, readings)


def stored_photo(project: Project, data: bytes, mime: str) -> tuple[bytes, str]:
    """The bytes and type of a photo as the project stores it.

    Personal metadata is removed unless the project's ``photos.keep_metadata`` says keep.
    """
    if get_setting(project, "photos.keep_metadata") == "yes":
        return data, mime
    try:
        cleaned, image_format = remove_personal_metadata(data, format_of(mime))
    except (MetadataError, OSError, ValueError) as error:
        raise PinscribeError.coded("import.metadata_not_removed", reason=str(error)) from error
    return cleaned, mime_of(image_format)


def store_analysis(
    project: Project,
    station_id: int | None,
    filename: str,
    analysis: Analysis,
    kind: str = "board",
    *,
    sha256: str | None = None,
) -> PhotoResult:
    """Store a photo (see :func:`stored_photo`) and its notes in one transaction.

    ``sha256``: the photo file's, if known (stored to skip the file when imported again).
    """
    read = 0
    data, mime = stored_photo(project, analysis.data, analysis.mime)
    rows: list[tuple[list[tuple[float, float]], dict[str, object]]] = []
    with project.transaction():
        photo = project.photos.add(
            station_id,
            data,
            filename=filename,
            width=analysis.width,
            height=analysis.height,
            mime=mime,
            kind=kind,
            sha256=sha256 or hashlib.sha256(analysis.data).hexdigest(),
        )
        for note, reading in zip(analysis.notes, analysis.readings, strict=True):
            fields: dict[str, object] = {
                "crop": encode_jpeg(note.crop) if note.crop is not None else None,
                "color": note.color,
                "rgb": note.rgb,
                "shape": note.shape,
                "detection_confidence": note.confidence,
                "votes": note.votes,
                "cut": note.cut,
            }
            if reading is not None:
                fields.update(reading_fields(reading))
                read += 1
            rows.append((list(note.polygon), fields))
        project.notes.add_many(photo.id, rows)
    return PhotoResult(Path(filename), photo.id, len(analysis.notes), read)


def import_photos(
    project: Project,
    station_id: int,
    paths: Sequence[Path],
    *,
    reader: Reader | None = None,
    progress: Callable[[PhotoProgress], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    on_photo: Callable[[PhotoResult], None] | None = None,
    keep_empty: bool = False,
    find_twice: bool = False,
) -> ImportResult:
    """Import board photos into a station; see the module docstring.

    A photo on which no note is found is refused unless ``keep_empty`` (so that
    notes can be drawn on it by hand). With ``find_twice``, the notes seen twice in
    overlapping photos of the station are looked for afterwards (``seen_twice``);
    the command line and the app both merge them with
    :func:`app.duplicates.merge_pairs`.
    """
    project.stations.get(station_id)
    result = ImportResult()
    report = progress or (lambda p: None)
    jobs.start(project, station_id, list(paths))
    try:
        _import_each(
            project, station_id, paths, result, reader, report, cancelled, on_photo, keep_empty
        )
    finally:
        if not result.interrupted:
            jobs.finish(project)
    if find_twice and result.imported and not cancelled():
        result.seen_twice = find_duplicates(project, station_id)
    return result


def _import_each(
    project: Project,
    station_id: int,
    paths: Sequence[Path],
    result: ImportResult,
    reader: Reader | None,
    report: Callable[[PhotoProgress], None],
    cancelled: Callable[[], bool],
    on_photo: Callable[[PhotoResult], None] | None,
    keep_empty: bool,
) -> None:
    result.interrupted = True  # until the loop ends normally or by cancel
    for index, path in enumerate(paths):
        if cancelled():
            result.cancelled = True
            break

        def on_stage(
            stage: str, done: int, total: int, index: int = index, path: Path = path
        ) -> None:
            report(PhotoProgress(index, len(paths), path, stage, done, total))

        try:
            data = read_photo_file(path)
            digest = hashlib.sha256(data).hexdigest()
            duplicate = project.photos.find_by_hash(station_id, digest)
            if duplicate is not None:
                message = message_of("import.duplicate", name=path.name)
                result.skipped.append((path, message))
                report(PhotoProgress(index, len(paths), path, "skipped", message=message))
                continue
            analysis = analyse(data, path.name, reader=reader, on_stage=on_stage)
            if not analysis.notes and not keep_empty:
                raise PinscribeError.coded("import.no_notes", name=path.name)
            if cancelled():  # nothing half-written: this photo is simply not stored
                result.cancelled = True
                break
            on_stage("saving", 0, 0)
            with project.transaction():
                done = store_analysis(project, station_id, path.name, analysis, sha256=digest)
                jobs.mark_done(project, path)
        except (PinscribeError, OcrError) as error:
            result.failed.append((path, str(error)))
            report(PhotoProgress(index, len(paths), path, "failed", message=str(error)))
            continue
        except Exception as error:  # noqa: BLE001 - one bad photo must not stop the others
            message = message_of(
                "import.failed", name=path.name, reason=f"{type(error).__name__}: {error}"
            )
            result.failed.append((path, message))
            report(PhotoProgress(index, len(paths), path, "failed", message=message))
            continue
        result.imported.append(done)
        report(PhotoProgress(index, len(paths), path, "done", done.notes, done.notes))
        if on_photo is not None:
            on_photo(done)
    result.interrupted = False
