"""Decoding stored photos for display, in the background, downscaled for large photos."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

from app import editing
from app.store.project import Project
from ui.core.jobs import JobContext
from ui.core.project_jobs import reading

#: Longest side of the picture shown for a photo; larger photos are scaled down.
MAX_DISPLAY_SIDE = 4096


@dataclass(frozen=True)
class DisplayImage:
    photo_id: int
    image: QImage  # orientation applied, long side at most MAX_DISPLAY_SIDE


def decode_for_display(data: bytes, max_side: int = MAX_DISPLAY_SIDE) -> QImage:
    """Decode photo bytes upright (EXIF), at most ``max_side`` long; null if undecodable.

    The JPEG decoder scales while decoding, so a large photo is never held at
    full size.
    """
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and max(size.width(), size.height()) > max_side:
        scale = max_side / max(size.width(), size.height())
        reader.setScaledSize(QSize(round(size.width() * scale), round(size.height() * scale)))
    image = reader.read()
    buffer.close()
    if image.isNull():
        return image
    return image.convertToFormat(QImage.Format.Format_RGB32)


def load_display_image(path: Path, photo_id: int) -> Callable[[JobContext], DisplayImage]:
    """A job that reads a stored photo and decodes it for display."""

    def work(context: JobContext, project: Project) -> DisplayImage:
        image = decode_for_display(project.photos.data(photo_id))
        if image.isNull():  # a format Qt cannot read (HEIC): decode as the import did
            image = image_from_rgb(editing.photo_pixels(project, photo_id))
        return DisplayImage(photo_id, image)

    return reading(path, work)


def image_from_rgb(rgb: np.ndarray, max_side: int = MAX_DISPLAY_SIDE) -> QImage:
    """An RGB array as a QImage for display, at most ``max_side`` pixels long."""
    height, width = rgb.shape[:2]
    data = np.ascontiguousarray(rgb)
    image = QImage(data.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()
    if max(width, height) > max_side:
        image = image.scaled(
            max_side, max_side, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image.convertToFormat(QImage.Format.Format_RGB32)
