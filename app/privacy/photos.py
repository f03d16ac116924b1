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
    #: Where the published picture starts in the stored photo (the crop's corner), in
    #: the stored photo's pixels.
    offset: tuple[float, float]
    #: Pixels of ``rgb`` per pixel of the stored photo (below 1 when decoded smaller).
    scale: float = 1.0

    def map(self, points: list[tuple[float, float]]) -> list[tuple[float, float]]:
        """Points of the stored photo in pixels of the published picture."""
        ox, oy = self.offset
        return [((x - ox) * self.scale, (y - oy) * self.scale) for x, y in points]


def is_changed(project: Project, photo_id: int) -> bool:
    """Whether the photo is published cropped or with hidden regions."""
    photo = project.photos.get(photo_id)
    return photo.publish_crop is not None or bool(project.photos.redactions(photo_id))


def published_photo(
    project: Project,
    photo_id: int,
    rgb: np.ndarray | None = None,
    *,
    max_side: int | None = None,
    cropped: bool = True,
) -> PublishedPhoto:
    """The photo's pixels as published (cropped, regions hidden).

    ``rgb`` (the decoded photo) saves decoding again; ``max_side`` decodes at reduced
    size where the full pixels are not needed (regions and crop are scaled to match).
    """
    photo = project.photos.get(photo_id)
    scale = 1.0
    if rgb is None:
        loaded = load_image_bytes(
            project.photos.data(photo_id), f"photo {photo_id}", max_side=max_side
        )
        rgb, scale = loaded.rgb, loaded.scale
    regions = [
        ((x * scale, y * scale, w * scale, h * scale), r.mode)
        for r in project.photos.redactions(photo_id)
        for x, y, w, h in [r.rect]
    ]
    hidden = redact(rgb, regions)
    if photo.publish_crop is None or not cropped:
        return PublishedPhoto(hidden, (0.0, 0.0), scale)
    x, y, w, h = photo.publish_crop
    # At least one pixel: an empty area would leave ``crop`` the whole photo to publish
    # (a crop of a pixel or two on a photo decoded at reduced size, or off its pixels).
    height, width = hidden.shape[:2]
    left, top = min(max(round(x * scale), 0), width - 1), min(max(round(y * scale), 0), height - 1)
    right = min(max(round((x + w) * scale), left + 1), width)
    bottom = min(max(round((y + h) * scale), top + 1), height)
    part = crop(hidden, (left, top, right - left, bottom - top))
    return PublishedPhoto(part, (max(0.0, x), max(0.0, y)), scale)


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
        raise InvalidInputError.coded("privacy.no_notes_to_crop", photo_id=photo_id)
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    dx, dy = photo.width * margin, photo.height * margin
    x0, y0 = max(0.0, min(xs) - dx), max(0.0, min(ys) - dy)
    x1, y1 = min(float(photo.width), max(xs) + dx), min(float(photo.height), max(ys) + dy)
    return (x0, y0, x1 - x0, y1 - y0)
