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
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import closing
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
from ocr.detect import find_notes
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


@dataclass(frozen=True)
class Detection:
    """One photo decoded and its notes found; nothing read or stored yet.

    The notes' crops are cut; their colours and votes may still be being measured
    in a second thread (:attr:`notes` waits for them), so that reading the crops
    (:func:`read_detection`) need not wait for them.
    """

    data: bytes
    width: int
    height: int
    mime: str
    crops: list[np.ndarray]  # the notes' crops, in the notes' order
    described: Future[list[DetectedNote]] = field(repr=False)

    @property
    def notes(self) -> list[DetectedNote]:
        """The notes in reading order, once described (what describing raised, raised here)."""
        return self.described.result()


def detect_photo(
    data: bytes,
    name: str,
    *,
    on_stage: Callable[[str, int, int], None] = lambda stage, done, total: None,
    at: Point | None = None,
) -> Detection:
    """Decode a photo and detect its notes (with ``at``: only the one holding that point).

    Returns as soon as the crops are cut: the notes' colours and votes (about a
    sixth of the detection's time on a 12-MP photo) are measured in a second
    thread, beside the reading, where the reader leaves a core idle between its
    phases. The notes are those :func:`~ocr.detect.detect_notes` finds.
    """
    on_stage("loading", 0, 0)
    image = load_image_bytes(data, name)
    if min(image.width, image.height) < MIN_SIDE:
        raise PinscribeError.coded(
            "import.too_small", name=name, width=image.width, height=image.height
        )
    on_stage("detecting", 0, 0)
    described: Future[list[DetectedNote]]
    if at is None:
        found = find_notes(image.rgb)
        crops = found.crops()
        described = _in_background(found.notes, crops) if crops else _done([])
    else:
        note = find_note_at(image.rgb, at, with_crop=True)
        notes = [note] if note is not None else []
        crops = [n.crop for n in notes if n.crop is not None]
        described = _done(notes)
    return Detection(data, image.width, image.height, mime_of(image.format), crops, described)


def _in_background(
    describe: Callable[[list[np.ndarray]], list[DetectedNote]], crops: list[np.ndarray]
) -> Future[list[DetectedNote]]:
    """``describe(crops)`` started in a thread of its own, which ends with it."""
    pool = ThreadPoolExecutor(1, thread_name_prefix="pinscribe-describe")
    try:
        return pool.submit(describe, crops)
    finally:
        pool.shutdown(wait=False)


def _done(notes: list[DetectedNote]) -> Future[list[DetectedNote]]:
    future: Future[list[DetectedNote]] = Future()
    future.set_result(notes)
    return future


def read_detection(
    detection: Detection,
    *,
    reader: Reader | None,
    on_stage: Callable[[str, int, int], None] = lambda stage, done, total: None,
) -> Analysis:
    """Read the notes of a detected photo (when ``reader`` is given).

    The crops are read while the notes may still be being described. If reading
    raises, the describing is waited for first: its thread holds the photo's pixels,
    which must be let go before the next photo is decoded.
    """
    crops = detection.crops
    readings: list[Reading | None] | None = None
    try:
        if reader is not None and crops:
            on_stage("reading", 0, len(crops))
            readings = list(reader(crops))
    except BaseException:
        wait([detection.described])  # what it raised, if anything, gives way to this error
        raise
    notes = detection.notes
    if readings is None or len(crops) != len(notes):
        readings = [None] * len(notes)
    elif notes:
        on_stage("reading", len(notes), len(notes))
    return Analysis(
        detection.data, detection.width, detection.height, detection.mime, notes, readings
    )


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
    detection = detect_photo(data, name, on_stage=on_stage, at=at)
    return read_detection(detection, reader=reader, on_stage=on_stage)


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


class _LookAhead:
    """Finds the notes of the next photo in a thread while this one is read.

    Reading keeps both cores busy only part of the time (detection runs on one
    core, and each batch of notes waits for its slowest line); finding the
    notes of photo n + 1 while photo n is read fills those gaps. Only decoding
    and detection run ahead, of a photo that is no duplicate (no database in
    the thread: checking and storing stay in the importing thread, in order);
    what they raise is raised when the photo's turn comes, so it is reported
    for that photo as before. At most one photo runs ahead; on cancel it is
    left to finish in its thread, unused.
    """

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="pinscribe-detect")
        self._ahead: tuple[Path, bytes, str, Future[Detection]] | None = None

    def start(self, path: Path, data: bytes, digest: str) -> None:
        self._ahead = (path, data, digest, self._pool.submit(detect_photo, data, path.name))

    def take(self, path: Path) -> tuple[bytes, str, Future[Detection]] | None:
        ahead, self._ahead = self._ahead, None
        if ahead is None or ahead[0] != path:
            return None
        return ahead[1], ahead[2], ahead[3]

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


#: Photos larger than this are not looked ahead at, nor while one is read: two photos in
#: memory at once must stay within the import's memory budget (1 GB for 100 MP alone).
LOOK_AHEAD_MAX_PIXELS = 24_000_000


def _pixels_of(data: bytes) -> int | None:
    """Width x height from the image header (no pixels decoded); None if it cannot tell."""
    import io

    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
    except Exception:  # noqa: BLE001 - any unreadable header: its turn reports it
        return None
    return width * height


def _look_ahead(
    project: Project,
    station_id: int,
    ahead: _LookAhead,
    path: Path,
    current: tuple[str, Detection],
) -> None:
    """Start finding the notes of ``path`` unless it cannot be read, is a duplicate or large.

    Either way its turn checks it again and reports what is wrong with it.
    """
    digest_now, detection = current
    if detection.width * detection.height > LOOK_AHEAD_MAX_PIXELS:
        return
    try:
        data = read_photo_file(path)
    except PinscribeError:
        return
    pixels = _pixels_of(data)
    if pixels is None or pixels > LOOK_AHEAD_MAX_PIXELS:
        return
    digest = hashlib.sha256(data).hexdigest()
    if digest != digest_now and project.photos.find_by_hash(station_id, digest) is None:
        ahead.start(path, data, digest)


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
    with closing(_LookAhead()) as ahead:
        for index, path in enumerate(paths):
            if cancelled():
                result.cancelled = True
                break

            def on_stage(
                stage: str, done: int, total: int, index: int = index, path: Path = path
            ) -> None:
                report(PhotoProgress(index, len(paths), path, stage, done, total))

            try:
                found = _photo_in_turn(project, station_id, path, ahead, on_stage)
                if found is None:
                    message = message_of("import.duplicate", name=path.name)
                    result.skipped.append((path, message))
                    report(PhotoProgress(index, len(paths), path, "skipped", message=message))
                    continue
                digest, detection = found
                if not detection.crops and not keep_empty:
                    raise PinscribeError.coded("import.no_notes", name=path.name)
                if index + 1 < len(paths) and not cancelled():
                    _look_ahead(project, station_id, ahead, paths[index + 1], found)
                analysis = read_detection(detection, reader=reader, on_stage=on_stage)
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


def _photo_in_turn(
    project: Project,
    station_id: int,
    path: Path,
    ahead: _LookAhead,
    on_stage: Callable[[str, int, int], None],
) -> tuple[str, Detection] | None:
    """The photo's SHA-256 and notes (found ahead if they were); None for a duplicate."""
    early = ahead.take(path)
    if early is None:
        data = read_photo_file(path)
        digest = hashlib.sha256(data).hexdigest()
    else:
        data, digest, detecting = early
    if project.photos.find_by_hash(station_id, digest) is not None:
        return None
    if early is None:
        return digest, detect_photo(data, path.name, on_stage=on_stage)
    on_stage("detecting", 0, 0)
    return digest, detecting.result()
