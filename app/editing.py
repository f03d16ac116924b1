"""Editing the notes of a stored photo: outlines, new notes, split, merge, re-reading.

Every edit recomputes what follows from the outline (the upright crop, its colour,
shape and voting dots) from the stored photo, and writes in one transaction. The
photo is decoded once per edit and let go afterwards. With a ``reader`` the new
crops are read too; without one their text is cleared for review.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from app.domain import Note, Point
from app.errors import InvalidInputError, NotFoundError, PinscribeError
from app.images import decode_rgb, encode_jpeg
from app.pipeline import Reader
from app.reading.note_fields import READING_FIELDS, reading_fields, unread_fields
from app.store import Project
from ocr.detect.at_point import PointFinder
from ocr.errors import OcrError
from ocr.geometry import bounding_quad, enclosing_quad, quad_size
from ocr.loading import load_image_bytes
from ocr.notes import describe_note, note_crop
from ocr.types import Reading


def photo_pixels(project: Project, photo_id: int) -> np.ndarray:
    """The stored photo decoded to RGB, orientation applied (the polygons' pixels)."""
    photo = project.photos.get(photo_id)
    try:
        return load_image_bytes(project.photos.data(photo_id), photo.filename).rgb
    except OcrError as error:
        raise InvalidInputError.carrying(error) from error


def _frozen(rgb: np.ndarray) -> np.ndarray:
    """``rgb`` made read-only: the cached pixels are handed to reading jobs in other threads."""
    rgb.setflags(write=False)
    return rgb


class PixelCache:
    """Keeps the one photo being edited decoded, so that a series of edits decodes it once.

    The view that edits a photo holds one and clears it when it shows another photo.
    """

    def __init__(self) -> None:
        self._key: tuple[str, int] | None = None
        self._rgb: np.ndarray | None = None

    def pixels(self, project: Project, photo_id: int) -> np.ndarray:
        key = (str(project.path), photo_id)
        if self._key != key or self._rgb is None:
            self._rgb = None
            self._rgb = _frozen(photo_pixels(project, photo_id))
            self._key = key
        return self._rgb

    def has(self, project_path: Path, photo_id: int) -> bool:
        return self._rgb is not None and self._key == (str(project_path), photo_id)

    def put(self, project_path: Path, photo_id: int, rgb: np.ndarray) -> None:
        """Keep pixels decoded elsewhere (in the background) as the photo's."""
        self._key, self._rgb = (str(project_path), photo_id), _frozen(rgb)

    def clear(self) -> None:
        self._key, self._rgb = None, None


class FinderCache:
    """Keeps the note finder of the one photo clicked on (its candidates are reused)."""

    def __init__(self) -> None:
        self._key: tuple[str, int] | None = None
        self._finder: PointFinder | None = None

    def finder(self, project: Project, photo_id: int) -> PointFinder:
        key = (str(project.path), photo_id)
        if self._key != key or self._finder is None:
            self._finder = None
            self._finder = PointFinder(photo_pixels(project, photo_id))
            self._key = key
        return self._finder

    def clear(self) -> None:
        self._key, self._finder = None, None


def find_outline(
    project: Project, photo_id: int, point: Point, cache: FinderCache | None = None
) -> list[Point] | None:
    """The outline of the note holding ``point`` (photo pixels) on a stored photo, or None.

    For the "find note here" click: the outline found from that point
    (:mod:`ocr.detect.at_point`); adding it is :func:`add_note`.
    """
    if cache is not None:
        finder = cache.finder(project, photo_id)
    else:
        finder = PointFinder(photo_pixels(project, photo_id))
    note = finder.note_at(point, with_crop=False)
    return None if note is None else [(float(x), float(y)) for x, y in note.polygon]


def _pixels(project: Project, photo_id: int, cache: PixelCache | None) -> np.ndarray:
    return cache.pixels(project, photo_id) if cache else photo_pixels(project, photo_id)


def _quad(polygon: Sequence[Point]) -> np.ndarray:
    """Four corners clockwise from top-left; the minimum-area rectangle of other shapes."""
    try:
        return bounding_quad(polygon)
    except ValueError:
        raise InvalidInputError.coded("note.outline_short") from None


def _points(quad: np.ndarray) -> list[Point]:
    return [(round(float(x), 2) + 0.0, round(float(y), 2) + 0.0) for x, y in quad]


def _clip(polygon: Sequence[Point], width: int, height: int) -> list[Point]:
    return [
        (min(max(float(x), 0.0), width - 1.0), min(max(float(y), 0.0), height - 1.0))
        for x, y in polygon
    ]


def split_polygon(polygon: Sequence[Point]) -> tuple[list[Point], list[Point]]:
    """Cut a note's outline in two halves across its longer side."""
    tl, tr, br, bl = _quad(polygon)
    width, height = quad_size(np.array([tl, tr, br, bl]))
    if width >= height:
        top, bottom = (tl + tr) / 2, (bl + br) / 2
        return _points(np.array([tl, top, bottom, bl])), _points(np.array([top, tr, br, bottom]))
    left, right = (tl + bl) / 2, (tr + br) / 2
    return _points(np.array([tl, tr, right, left])), _points(np.array([left, right, br, bl]))


def merged_polygon(polygons: Sequence[Sequence[Point]]) -> list[Point]:
    """The minimum-area rectangle around all the outlines, corners clockwise."""
    pts = np.concatenate([np.asarray(p, dtype=np.float64).reshape(-1, 2) for p in polygons])
    return _points(enclosing_quad(pts))


def _derived(
    rgb: np.ndarray,
    polygon: Sequence[Point],
    reader: Reader | None,
    old_shape: str | None = None,
) -> dict[str, Any]:
    """The note fields that follow from its outline on the photo ``rgb``."""
    look = describe_note(rgb, polygon, old_shape=old_shape)
    assert look.crop is not None
    fields: dict[str, Any] = {
        "polygon": list(polygon),
        "crop": encode_jpeg(look.crop),
        "color": look.color,
        "rgb": look.rgb,
        "shape": look.shape,
        "votes": look.votes,
        **unread_fields(),
        "votes_checked": False,
        "reviewed": False,
    }
    if reader is not None:
        fields.update(reading_fields(read_crop(reader, look.crop)))
    return fields


def read_crop(reader: Reader, crop: np.ndarray) -> Reading | None:
    """What ``reader`` reads on one crop (None: no reading)."""
    readings = reader([crop])
    return readings[0] if readings else None


def set_polygon(
    project: Project,
    note_id: int,
    polygon: Sequence[Point],
    *,
    reader: Reader | None = None,
    cache: PixelCache | None = None,
) -> Note:
    """Give a note a new outline; crop, colour, shape and votes follow.

    The note's text stays when it was reviewed or when no ``reader`` is given;
    otherwise the new crop is read.
    """
    note = project.notes.get(note_id)
    photo = project.photos.get(note.photo_id)
    polygon = _clip(polygon, photo.width, photo.height)
    rgb = _pixels(project, note.photo_id, cache)
    fields = _derived(rgb, polygon, None if note.reviewed else reader, note.shape)
    if note.reviewed or reader is None:
        for name in (*READING_FIELDS, "reviewed"):
            fields.pop(name)
    return project.notes.update(note_id, **fields)


def add_note(
    project: Project,
    photo_id: int,
    polygon: Sequence[Point],
    *,
    reader: Reader | None = None,
    cache: PixelCache | None = None,
) -> Note:
    """Add a note drawn by the user on a photo."""
    photo = project.photos.get(photo_id)
    polygon = _clip(polygon, photo.width, photo.height)
    fields = _derived(_pixels(project, photo_id, cache), polygon, reader)
    fields.pop("polygon")
    return project.notes.add(photo_id, polygon, detection_confidence=1.0, **fields)


def split_note(
    project: Project,
    note_id: int,
    *,
    reader: Reader | None = None,
    cache: PixelCache | None = None,
) -> list[Note]:
    """Split a note detected as one into two halves across its longer side.

    The first half keeps the note's id, theme and tags (and, without a ``reader``,
    its text); the second is a new note with the same theme and tags. Both are to be
    reviewed again.
    """
    note = project.notes.get(note_id)
    first, second = split_polygon(note.polygon)
    rgb = _pixels(project, note.photo_id, cache)
    with project.transaction():
        fields = _derived(rgb, first, reader)
        if reader is None:
            fields["text"] = note.text
        one = project.notes.update(note_id, **fields)
        fields = _derived(rgb, second, reader)
        fields.pop("polygon")
        two = project.notes.add(note.photo_id, second, **fields)
        if note.theme_id is not None:
            project.notes.set_theme([two.id], note.theme_id)
        for tag in note.tags:
            project.tags.add([two.id], tag)
    return [one, project.notes.get(two.id)]


def merge_notes(
    project: Project,
    note_ids: Sequence[int],
    *,
    reader: Reader | None = None,
    cache: PixelCache | None = None,
) -> Note:
    """Merge notes of one photo into the first of them, outlined around all.

    Without a ``reader`` the merged note's text is the others' texts joined in order.
    """
    notes = [project.notes.get(i) for i in note_ids]
    if len(notes) < 2:
        raise InvalidInputError.coded("note.merge_two")
    if len({n.photo_id for n in notes}) != 1:
        raise InvalidInputError.coded("note.merge_same_photo")
    keep = notes[0]
    polygon = merged_polygon([n.polygon for n in notes])
    rgb = _pixels(project, keep.photo_id, cache)
    fields = _derived(rgb, polygon, reader)
    if reader is None:
        texts = [n.text.strip() for n in notes if n.text and n.text.strip()]
        fields["text"] = "\n".join(texts) if texts else None
    with project.transaction():
        project.notes.delete(n.id for n in notes[1:])
        return project.notes.update(keep.id, **fields)


def photo_pixels_if_readable(project: Project, photo_id: int) -> np.ndarray | None:
    """The stored photo decoded (:func:`photo_pixels`), or None where it is gone or damaged."""
    try:
        return photo_pixels(project, photo_id)
    except PinscribeError:
        return None


def reading_crop(project: Project, note: Note, photo: np.ndarray | None) -> np.ndarray | None:
    """The pixels of a note to read again; None if it has neither photo nor stored crop.

    Cut from ``photo`` (the note's photo decoded, :func:`photo_pixels_if_readable`)
    at the note's outline, at full resolution, as the import cut it for reading; the
    stored crop (a JPEG of that) only where there is no photo. A damaged stored crop
    raises :class:`~app.errors.PinscribeError`.
    """
    if photo is not None:
        return note_crop(photo, note.polygon)
    data = project.notes.crop(note.id)
    return None if data is None else decode_rgb(data)


def reading_crops(
    project: Project,
    notes: Sequence[Note],
    unreadable: Callable[[Note, PinscribeError], None] | None = None,
    *,
    photo: np.ndarray | None = None,
) -> tuple[list[Note], list[np.ndarray]]:
    """The notes of one photo that can be read again, and their crops (:func:`reading_crop`).

    The photo is decoded once (``photo``: decoded already). A note deleted meanwhile
    is left out. A note whose stored crop is needed and damaged raises, unless
    ``unreadable`` is given: then it is told the note and the error, and the note is
    left out.
    """
    if photo is None and notes:
        photo = photo_pixels_if_readable(project, notes[0].photo_id)
    kept, crops = [], []
    for note in notes:
        try:
            crop = reading_crop(project, note, photo)
        except NotFoundError:
            continue  # deleted meanwhile
        except PinscribeError as error:  # a damaged crop (the file may come from anyone)
            if unreadable is None:
                raise
            unreadable(note, error)
            continue
        if crop is not None:
            kept.append(note)
            crops.append(crop)
    return kept, crops


def read_note(
    project: Project, note_id: int, reader: Reader, *, photo: np.ndarray | None = None
) -> Reading | None:
    """Read a note again (see :func:`reading_crop`), without storing anything.

    ``photo``: the note's photo decoded, where the caller has it (notes of one photo).
    A note with neither a photo that decodes nor a stored crop raises
    (``read.no_picture``); None: the reader gave no reading.
    """
    note = project.notes.get(note_id)
    if photo is None:
        photo = photo_pixels_if_readable(project, note.photo_id)
    crop = reading_crop(project, note, photo)
    if crop is None:
        raise PinscribeError.coded("read.no_picture", id=note_id)
    return read_crop(reader, crop)


def reread_note(project: Project, note_id: int, reader: Reader) -> Note:
    """Read a note again and store the new text; it is then to be reviewed again."""
    reading = read_note(project, note_id, reader)
    if reading is None:
        return project.notes.get(note_id)
    return project.notes.update(note_id, reviewed=False, **reading_fields(reading))
