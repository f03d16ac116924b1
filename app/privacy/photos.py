"""A photo as published: cropped to the board and with its redactions applied.

The stored photo is never changed: exports ask :func:`published_photo` for the pixels
and shift the notes' outlines by its ``offset``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from app.domain import Rect
from app.errors import InvalidInputError
from app.store import Project
from ocr.loading import load_image_bytes
from ocr.redact import crop, redact


@dataclass
class PublishedPhoto:
    rgb: np.ndarray
    #: Where the published picture starts in the stored photo (the crop's corner).
    offset: tuple[float, float]


def published_photo(
    project: Project, photo_id: int, rgb: np.ndarray | None = None
) -> PublishedPhoto:
    """The photo's pixels as published; ``rgb`` (the decoded photo) saves decoding again."""
    photo = project.photos.get(photo_id)
    if rgb is None:
        rgb = load_image_bytes(project.photos.data(photo_id), f"photo {photo_id}").rgb
    hidden = redact(rgb, [(r.rect, r.mode) for r in project.photos.redactions(photo_id)])
    if photo.publish_crop is None:
        return PublishedPhoto(hidden, (0.0, 0.0))
    x, y, _w, _h = photo.publish_crop
    return PublishedPhoto(crop(hidden, photo.publish_crop), (max(0.0, x), max(0.0, y)))


def photo_label(project: Project, photo_id: int, *, language: str = "de") -> str:
    """What a published photo is called instead of its file name: "Station 2, Foto 1"."""
    photo = project.photos.get(photo_id)
    if photo.station_id is None:
        same = [p.id for p in project.photos.list(kind=photo.kind) if p.station_id is None]
        number = same.index(photo_id) + 1 if photo_id in same else 1
        word = "Foto" if language == "de" else "Photo"
        return f"{word} {number}"
    stations = project.stations.list()
    index = next((i for i, s in enumerate(stations) if s.id == photo.station_id), 0) + 1
    same = [p.id for p in project.photos.list(station_id=photo.station_id, kind=photo.kind)]
    number = same.index(photo_id) + 1 if photo_id in same else 1
    if language == "de":
        return f"Station {index}, Foto {number}"
    return f"Station {index}, photo {number}"


def notes_area(project: Project, photo_id: int, margin: float = 0.04) -> Rect:
    """The notes' bounding box on the photo, with a margin of the photo's size."""
    photo = project.photos.get(photo_id)
    points = [p for n in project.notes.list(photo_id=photo_id) for p in n.polygon]
    if not points:
        raise InvalidInputError(f"Photo {photo_id} has no notes to crop around.")
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    dx, dy = photo.width * margin, photo.height * margin
    x0, y0 = max(0.0, min(xs) - dx), max(0.0, min(ys) - dy)
    x1, y1 = min(float(photo.width), max(xs) + dx), min(float(photo.height), max(ys) + dy)
    return (x0, y0, x1 - x0, y1 - y0)
