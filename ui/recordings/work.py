"""The background work of the recordings window, as jobs for :mod:`ui.core.jobs`.

Loading reads on a read-only connection of its own (:func:`ui.core.project_jobs.reading`);
changes (adding, straightening, reading the lettering) are :data:`ProjectWork` for the
project's one background writer, ``document.writer``, as imports are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QImageReader

from app import editing, recordings
from app.board_mosaic import board_mosaic
from app.domain import Point
from app.reading.readers import make_reader
from app.store.project import Project
from app.store.recordings import Recording
from ui.core.jobs import JobContext
from ui.core.photo_loader import decode_for_display
from ui.core.project_jobs import ProjectWork, reading

THUMBNAIL_SIDE = 96


def rgb_image(rgb: np.ndarray) -> QImage:
    """A numpy RGB array as a QImage (a copy)."""
    height, width = rgb.shape[:2]
    data = np.ascontiguousarray(rgb[:, :, :3], dtype=np.uint8)
    image = QImage(data.data, width, height, 3 * width, QImage.Format.Format_RGB888)
    return image.convertToFormat(QImage.Format.Format_RGB32)


@dataclass(frozen=True)
class Entry:
    """One recording as the list shows it."""

    photo_id: int
    filename: str
    station_id: int | None
    thumbnail: QImage


@dataclass(frozen=True)
class Pictures:
    """What the editor shows for one recording."""

    recording: Recording
    original: QImage  # downscaled for display
    size: tuple[int, int]  # the original photo's full size
    flattened: QImage
    flat_size: tuple[int, int]

    def whole_photo(self) -> bool:
        return whole_photo(self.recording, self.size)


def whole_photo(recording: Recording, size: tuple[int, int]) -> bool:
    """Whether no poster edge was found, so that the whole photo is used."""
    corners = recording.corners
    if recording.found or not corners:
        return False
    w, h = size
    frame = [(0, 0), (w - 1, 0), (w - 1, h - 1), (0, h - 1)]
    return all(
        abs(x - fx) <= 1.5 and abs(y - fy) <= 1.5
        for (x, y), (fx, fy) in zip(corners, frame, strict=True)
    )


def _flattened(project: Project, photo_id: int, max_side: int) -> tuple[QImage, tuple[int, int]]:
    data = project.recordings.flattened(photo_id)
    image = decode_for_display(data, max_side) if data is not None else QImage()
    if image.isNull():
        rgb = recordings.flattened_image(project, photo_id)
        image = rgb_image(rgb)
        size = (rgb.shape[1], rgb.shape[0])
        if max(size) > max_side:
            image = image.scaled(
                max_side,
                max_side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        return image, size
    return image, _jpeg_size(data, image)


def _jpeg_size(data: bytes | None, image: QImage) -> tuple[int, int]:
    if data is None:
        return image.width(), image.height()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    size = QImageReader(buffer).size()
    buffer.close()
    return (size.width(), size.height()) if size.isValid() else (image.width(), image.height())


def load_entries(path: Path) -> Callable[[JobContext], list[Entry]]:
    """The recordings with small pictures of their flattened image."""

    def work(context: JobContext, project: Project) -> list[Entry]:
        entries = []
        for recording in recordings.list_recordings(project):
            if context.cancelled():
                break
            photo = project.photos.get(recording.photo_id)
            thumbnail, _ = _flattened(project, recording.photo_id, THUMBNAIL_SIDE)
            entries.append(Entry(photo.id, photo.filename, photo.station_id, thumbnail))
        return entries

    return reading(path, work)


def load_pictures(path: Path, photo_id: int) -> Callable[[JobContext], Pictures]:
    """The original photo and the flattened recording, decoded for display."""

    def work(context: JobContext, project: Project) -> Pictures:
        photo = project.photos.get(photo_id)
        original = decode_for_display(project.photos.data(photo_id))
        if original.isNull():  # a format Qt cannot read (HEIC)
            original = rgb_image(editing.photo_pixels(project, photo_id))
        flattened, flat_size = _flattened(project, photo_id, 4096)
        return Pictures(
            project.recordings.get(photo_id),
            original,
            (photo.width, photo.height),
            flattened,
            flat_size,
        )

    return reading(path, work)


def add_work(station_id: int | None, files: Sequence[str]) -> ProjectWork[list[int]]:
    """Import poster photos as recordings; produces each new id, returns them all."""

    def work(context: JobContext, project: Project) -> list[int]:
        ids = []
        for index, file in enumerate(files):
            if context.cancelled():
                break
            context.progress((index, len(files)))
            photo_id = recordings.add_recording(project, file, station_id)
            ids.append(photo_id)
            context.produce(photo_id)
        return ids

    return work


def straighten_work(
    photo_id: int, *, corners: Sequence[Point] | None = None, detect: bool = False
) -> ProjectWork[str]:
    """Make the flattened image again from the stored settings; returns the message."""

    def work(context: JobContext, project: Project) -> str:
        done = recordings.straighten(
            project,
            photo_id,
            corners=list(corners) if corners is not None else None,
            detect=detect,
        )
        return done.message

    return work


def read_work(photo_id: int) -> ProjectWork[str]:
    """Read the recording's lettering; returns the words."""

    def work(context: JobContext, project: Project) -> str:
        reader = make_reader(None, project=project, warn=lambda message: None)
        if reader is None:
            raise RuntimeError("No OCR engine is available.")
        return recordings.read_recording(project, photo_id, reader)

    return work


@dataclass(frozen=True)
class Mosaic:
    image: QImage | None
    message: str


def mosaic_work(path: Path, station_id: int) -> Callable[[JobContext], Mosaic]:
    """The station's board photos stitched into one picture (or why not)."""

    def work(context: JobContext, project: Project) -> Mosaic:
        result = board_mosaic(project, station_id)
        image = rgb_image(result.image) if result.image is not None else None
        return Mosaic(image, result.message)

    return reading(path, work)
