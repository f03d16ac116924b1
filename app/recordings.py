"""Graphic recordings: import a poster photo, straighten and enhance it, mark regions, read it.

The original photo is kept as it was taken; the flattened (and enhanced) image is
derived from it and the stored corners, and is made again whenever they change.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.domain import Point
from app.errors import InvalidInputError, PinscribeError
from app.images import MAX_STORED_PIXELS, decode_rgb, encode_jpeg, mime_of
from app.pipeline import Reader, read_photo_file, stored_photo
from app.store import Project
from app.store.recordings import MAX_ASPECT, MIN_ASPECT, Recording, Region
from ocr import recording as poster
from ocr.geometry import order_corners
from ocr.loading import load_image_bytes

#: Shown when no poster edge was found.
NOT_FOUND_MESSAGE = (
    "No poster edge was found: the whole photo is used. Set the corners by hand if needed."
)


@dataclass(frozen=True)
class Straightened:
    """What :func:`straighten` did: the recording, and a message for the user (or "")."""

    recording: Recording
    width: int
    height: int
    message: str = ""


def _original(project: Project, photo_id: int) -> np.ndarray:
    photo = project.photos.get(photo_id)
    return load_image_bytes(project.photos.data(photo_id), photo.filename).rgb


def add_recording(project: Project, path: str | Path, station_id: int | None = None) -> int:
    """Import a poster photo as a recording of the workshop (or of a station).

    Detects the poster, flattens and enhances it; returns the new recording's id
    (its photo id). Everything is stored in one transaction.
    """
    path = Path(path)
    data = read_photo_file(path)
    image = load_image_bytes(data, path.name)
    stored, mime = stored_photo(project, data, mime_of(image.format))
    with project.transaction():
        photo = project.photos.add(
            station_id,
            stored,
            filename=path.name,
            width=image.width,
            height=image.height,
            mime=mime,
            kind="recording",
            sha256=hashlib.sha256(data).hexdigest(),
        )
        project.recordings.create(photo.id)
        straighten(project, photo.id, rgb=image.rgb)
    return photo.id


def straighten(
    project: Project,
    photo_id: int,
    *,
    corners: Sequence[Point] | None = None,
    detect: bool = False,
    paper: str | None = None,
    enhance: bool | None = None,
    rgb: np.ndarray | None = None,
) -> Straightened:
    """Set what is given (corners, paper, enhance) and make the flattened image again.

    Without stored corners (or with ``detect``), the poster is looked for; if none is
    found, the whole photo is used and the message says so.
    """
    current = project.recordings.find(photo_id) or project.recordings.create(photo_id)
    image = rgb if rgb is not None else _original(project, photo_id)
    height, width = image.shape[:2]
    found = current.found
    message = ""
    if corners is not None:
        quad = np.asarray(corners, dtype=np.float64).reshape(-1, 2)
        if quad.shape != (4, 2):
            raise InvalidInputError.coded("recording.corners_needed")
        if (quad < -1).any() or (quad[:, 0] > width).any() or (quad[:, 1] > height).any():
            raise InvalidInputError.coded("recording.corners_outside", width=width, height=height)
        quad, found = order_corners(quad), False
    elif current.corners is None or detect:
        quad, found = poster.find_poster_corners(image)
        if not found:
            message = NOT_FOUND_MESSAGE
    else:
        quad = np.asarray(current.corners, dtype=np.float64)
    paper_name = paper if paper is not None else current.paper
    use_enhance = current.enhance if enhance is None else enhance
    flat, aspect = _flatten(image, quad, paper_name, use_enhance)
    with project.transaction():
        project.recordings.update(
            photo_id,
            corners=[(float(x), float(y)) for x, y in quad],
            found=found,
            paper=paper_name,
            aspect=float(aspect),
            enhance=use_enhance,
        )
        project.recordings.set_flattened(photo_id, encode_jpeg(flat, quality=90))
    return Straightened(project.recordings.get(photo_id), flat.shape[1], flat.shape[0], message)


def _flatten(
    image: np.ndarray, quad: np.ndarray, paper: str, enhance: bool
) -> tuple[np.ndarray, float]:
    """The poster inside ``quad`` straightened to its paper's shape (and enhanced)."""
    height, width = image.shape[:2]
    x, y = order_corners(quad).T
    if abs(float(np.dot(x, np.roll(y, 1)) - np.dot(y, np.roll(x, 1)))) < 2.0:  # no area
        raise InvalidInputError.coded("recording.four_corners")
    try:
        aspect = poster.paper_aspect(paper, quad)
    except ValueError as error:
        raise InvalidInputError.coded("recording.paper_unknown", paper=paper) from error
    # NaN, or a shape no poster has (read back as damaged: the recording would be lost)
    if aspect is not None and not MIN_ASPECT <= aspect <= MAX_ASPECT:
        raise InvalidInputError.coded("recording.paper_unknown", paper=paper)
    if aspect is None:
        aspect = poster.estimate_aspect(quad, (width, height))
        if not MIN_ASPECT <= aspect <= MAX_ASPECT:  # corners on one line, or a sliver
            raise InvalidInputError.coded("recording.four_corners")
    flat = poster.flatten(image, quad, aspect)
    return (poster.enhance(flat) if enhance else flat), float(aspect)


def flattened_image(project: Project, photo_id: int) -> np.ndarray:
    """The recording's flattened image, made now if it is missing.

    A project open read-only (a reading job's connection) gets it made in memory;
    only a writable one stores it.
    """
    data = project.recordings.flattened(photo_id)
    if data is None and project.read_only:
        current = project.recordings.find(photo_id)
        image = _original(project, photo_id)
        if current is not None and current.corners is not None:
            quad = np.asarray(current.corners, dtype=np.float64)
        else:
            quad, _found = poster.find_poster_corners(image)
        paper = current.paper if current is not None else "auto"
        enhance = current.enhance if current is not None else True
        return _flatten(image, quad, paper, enhance)[0]
    if data is None:
        straighten(project, photo_id)
        data = project.recordings.flattened(photo_id)
    if data is None:  # pragma: no cover - straighten always stores one
        raise PinscribeError.coded("recording.not_flattened", photo_id=photo_id)
    return decode_rgb(data, max_pixels=MAX_STORED_PIXELS)


def published_flattened(project: Project, photo_id: int) -> np.ndarray | None:
    """The flattened image as published when regions of its photo are hidden, else None.

    The stored flattened image was made from the photo as taken: with regions blurred
    or blacked out (a face before the poster), it is made again from the photo with
    them hidden, at the same corners and shape (so the recording's regions still fit).
    """
    from app.privacy.photos import published_photo

    if not project.photos.redactions(photo_id):
        return None
    current = project.recordings.get(photo_id)
    hidden = published_photo(project, photo_id, _original(project, photo_id), cropped=False)
    if current.corners is not None:
        quad = np.asarray(current.corners, dtype=np.float64)
    else:
        quad, _found = poster.find_poster_corners(hidden.rgb)
    height, width = hidden.rgb.shape[:2]
    aspect = current.aspect or poster.estimate_aspect(quad, (width, height))
    flat = poster.flatten(hidden.rgb, quad, aspect)
    return poster.enhance(flat) if current.enhance else flat


def list_recordings(project: Project, station_id: int | None = None) -> list[Recording]:
    """The recordings (of a station when given), in the order they were added."""
    return project.recordings.list(station_id)


# Regions --------------------------------------------------------------------------


def rect_polygon(x: float, y: float, w: float, h: float) -> list[Point]:
    """A rectangle as a polygon, clockwise from the top left."""
    if w <= 0 or h <= 0:
        raise InvalidInputError.coded("region.size_not_positive")
    return [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]


def _check_theme(project: Project, photo_id: int, theme_id: int | None) -> None:
    if theme_id is None:
        return
    theme = project.themes.get(theme_id)
    station_id = project.photos.get(photo_id).station_id
    if station_id is not None and theme.station_id != station_id:
        raise InvalidInputError.coded("recording.theme_elsewhere", name=theme.name)


def add_region(
    project: Project,
    photo_id: int,
    polygon: Sequence[Point],
    caption: str = "",
    theme_id: int | None = None,
) -> Region:
    """Mark a region (polygon in flattened-image pixels) with a caption and a theme."""
    _check_theme(project, photo_id, theme_id)
    return project.recordings.add_region(photo_id, list(polygon), caption, theme_id)


def update_region(
    project: Project,
    region_id: int,
    *,
    polygon: Sequence[Point] | None = None,
    caption: str | None = None,
    theme_id: int | None = None,
    clear_theme: bool = False,
) -> Region:
    region = project.recordings.region(region_id)
    _check_theme(project, region.photo_id, theme_id)
    if theme_id is not None or clear_theme:
        return project.recordings.update_region(
            region_id,
            polygon=list(polygon) if polygon is not None else None,
            caption=caption,
            theme_id=theme_id,
        )
    return project.recordings.update_region(
        region_id, polygon=list(polygon) if polygon is not None else None, caption=caption
    )


def delete_region(project: Project, region_id: int) -> None:
    project.recordings.delete_region(region_id)


def list_regions(project: Project, photo_id: int | None = None) -> list[Region]:
    return project.recordings.regions(photo_id)


# Reading -----------------------------------------------------------------------


def read_recording(
    project: Project,
    photo_id: int,
    reader: Reader,
    progress: Callable[[int, int], None] | None = None,
) -> str:
    """Read the lettering of a recording (line by line) and store the words for search."""
    flat = flattened_image(project, photo_id)
    boxes = poster.text_blocks(flat)
    crops = [np.ascontiguousarray(flat[y : y + h, x : x + w]) for x, y, w, h in boxes]
    readings = reader(crops) if crops else []
    lines = [
        r.text.strip()
        for r in readings
        if r is not None and any(ch.isalnum() for ch in r.text)  # not a drawn shape
    ]
    words = "\n".join(lines)
    project.recordings.update(photo_id, words=words)
    if progress is not None:
        progress(len(crops), len(crops))
    return words


def search_recordings(project: Project, query: str) -> list[Recording]:
    """Recordings whose read words contain every word of ``query`` (umlaut-aware)."""
    return [project.recordings.get(i) for i in project.recordings.search(query)]
