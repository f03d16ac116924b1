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
from app.errors import PinscribeError
from app.images import encode_jpeg, mime_of
from app.store import Project
from ocr.detect import detect_notes
from ocr.errors import OcrError
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
    name = path.name or str(path)
    if not path.exists():
        raise PinscribeError(f"{name}: file not found")
    if path.is_dir():
        raise PinscribeError(f"{name}: is a folder, not a photo")
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise PinscribeError(f"{name}: file is too large ({size // 2**20} MB)")
        return path.read_bytes()
    except OSError as error:
        raise PinscribeError(f"{name}: cannot be read ({error.strerror or error})") from error


def analyse(
    data: bytes,
    name: str,
    *,
    reader: Reader | None,
    on_stage: Callable[[str, int, int], None] = lambda stage, done, total: None,
) -> Analysis:
    """Decode a photo, detect its notes and read them (when ``reader`` is given)."""
    on_stage("loading", 0, 0)
    image = load_image_bytes(data, name)
    if min(image.width, image.height) < MIN_SIDE:
        raise PinscribeError(
            f"{name}: too small to be a photo of a board ({image.width} × {image.height} pixels)"
        )
    on_stage("detecting", 0, 0)
    notes = detect_notes(image.rgb, with_crops=True)
    readings: list[Reading | None] = [None] * len(notes)
    crops = [n.crop for n in notes if n.crop is not None]
    if reader is not None and notes and len(crops) == len(notes):
        on_stage("reading", 0, len(notes))
        readings = list(reader(crops))
        on_stage("reading", len(notes), len(notes))
    return Analysis(data, image.width, image.height, mime_of(image.format), notes, readings)


def store_analysis(
    project: Project, station_id: int | None, filename: str, analysis: Analysis, kind: str = "board"
) -> PhotoResult:
    """Store a photo and its notes in one transaction."""
    read = 0
    with project.transaction():
        photo = project.photos.add(
            station_id,
            analysis.data,
            filename=filename,
            width=analysis.width,
            height=analysis.height,
            mime=analysis.mime,
            kind=kind,
        )
        for note, reading in zip(analysis.notes, analysis.readings, strict=True):
            fields: dict[str, object] = {
                "crop": encode_jpeg(note.crop) if note.crop is not None else None,
                "color": note.color,
                "rgb": note.rgb,
                "shape": note.shape,
                "detection_confidence": note.confidence,
                "votes": note.votes,
            }
            if reading is not None:
                fields.update(
                    text=reading.text,
                    confidence=reading.confidence,
                    ocr_engine=reading.engine or None,
                )
                read += 1
            project.notes.add(photo.id, note.polygon, **fields)
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
) -> ImportResult:
    """Import board photos into a station; see the module docstring.

    A photo on which no note is found is refused unless ``keep_empty`` (so that
    notes can be drawn on it by hand).
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
            duplicate = project.photos.find_by_hash(station_id, hashlib.sha256(data).hexdigest())
            if duplicate is not None:
                message = f"{path.name}: already imported into this station"
                result.skipped.append((path, message))
                report(PhotoProgress(index, len(paths), path, "skipped", message=message))
                continue
            analysis = analyse(data, path.name, reader=reader, on_stage=on_stage)
            if not analysis.notes and not keep_empty:
                raise PinscribeError(f"{path.name}: no notes found on this photo; not imported")
            if cancelled():  # nothing half-written: this photo is simply not stored
                result.cancelled = True
                break
            on_stage("saving", 0, 0)
            with project.transaction():
                done = store_analysis(project, station_id, path.name, analysis)
                jobs.mark_done(project, path)
        except (PinscribeError, OcrError) as error:
            result.failed.append((path, str(error)))
            report(PhotoProgress(index, len(paths), path, "failed", message=str(error)))
            continue
        except Exception as error:  # noqa: BLE001 - one bad photo must not stop the others
            message = f"{path.name}: could not be processed ({type(error).__name__}: {error})"
            result.failed.append((path, message))
            report(PhotoProgress(index, len(paths), path, "failed", message=message))
            continue
        result.imported.append(done)
        report(PhotoProgress(index, len(paths), path, "done", done.notes, done.notes))
        if on_photo is not None:
            on_photo(done)
    result.interrupted = False
