"""Photos of boards and graphic recordings, stored with their original bytes."""

from __future__ import annotations

import datetime
import hashlib
import json
import math
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.domain import PHOTO_KINDS, REDACTION_MODES, FaceDismissal, Photo, Rect, Redaction
from app.errors import InvalidInputError, NotFoundError
from app.store import values

if TYPE_CHECKING:
    from app.store.project import Project

_COLUMNS = (
    "id, station_id, kind, filename, width, height, mime, sha256, imported_at, publish_crop"
)


def _photo(row: sqlite3.Row) -> Photo:
    """A photo's details from its row, every value checked."""
    return Photo(
        id=values.integer(row["id"], "id", low=1),
        station_id=values.optional_integer(row["station_id"], "station id"),
        kind=values.choice(row["kind"], "kind", PHOTO_KINDS),
        filename=values.text(row["filename"], "file name", limit=1000),
        width=values.integer(row["width"], "width", low=1, high=1_000_000),
        height=values.integer(row["height"], "height", low=1, high=1_000_000),
        mime=values.text(row["mime"], "type", limit=100),
        sha256=values.text(row["sha256"], "checksum", limit=100),
        imported_at=values.text(row["imported_at"], "import time", limit=100),
        publish_crop=None if row["publish_crop"] is None else rect(row["publish_crop"], "crop"),
    )


def rect(value: object, what: str) -> Rect:
    """A stored rectangle [x, y, w, h]: four finite numbers, a positive size."""
    try:
        items = json.loads(value) if isinstance(value, str) else value
    except (ValueError, RecursionError):
        raise values.BadValue(f"{what} is not a rectangle") from None
    if not isinstance(items, list) or len(items) != 4:
        raise values.BadValue(f"{what} is not a rectangle")
    x, y, w, h = (values.number(v, what, low=-1e7, high=1e7) for v in items)
    if w <= 0 or h <= 0:
        raise values.BadValue(f"{what} has no area")
    return (x, y, w, h)


def _redaction(row: sqlite3.Row) -> Redaction:
    return Redaction(
        id=values.integer(row["id"], "id", low=1),
        photo_id=values.integer(row["photo_id"], "photo id", low=1),
        rect=rect(row["rect"], "region"),
        mode=values.choice(row["mode"], "mode", REDACTION_MODES),
        source=values.choice(row["source"], "source", ("hand", "face")),
    )


def _dismissal(row: sqlite3.Row) -> FaceDismissal:
    return FaceDismissal(
        id=values.integer(row["id"], "id", low=1),
        photo_id=values.integer(row["photo_id"], "photo id", low=1),
        rect=rect(row["rect"], "dismissed face"),
    )


class Photos:
    def __init__(self, project: Project) -> None:
        self._p = project

    def add(
        self,
        station_id: int | None,
        data: bytes,
        *,
        filename: str,
        width: int,
        height: int,
        mime: str,
        kind: str = "board",
        sha256: str | None = None,
        imported_at: str | None = None,
    ) -> Photo:
        """Store a photo's original bytes; the caller decoded it and gives its size.

        ``sha256`` and ``imported_at`` are computed unless given (an import from an
        export keeps the original photo's).
        """
        if kind not in PHOTO_KINDS:
            raise InvalidInputError.coded("photo.kind_unknown", kind=kind)
        for value, what, limit in ((filename, "file name", 1000), (mime, "type", 100)):
            values.fits(self._p.path.name, value, f"photo's {what}", limit=limit)
        values.fits(self._p.path.name, imported_at, "photo's import time", limit=100)
        if station_id is not None:
            self._p.stations.get(station_id)
        now = imported_at or datetime.datetime.now(datetime.timezone.utc).isoformat(
            timespec="seconds"
        )
        with self._p.transaction():
            cursor = self._p.execute(
                "INSERT INTO photo (station_id, kind, filename, width, height, mime, sha256, "
                "data, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    station_id,
                    kind,
                    filename,
                    width,
                    height,
                    mime,
                    sha256 or hashlib.sha256(data).hexdigest(),
                    sqlite3.Binary(data),
                    now,
                ),
            )
            photo_id = int(cursor.lastrowid or 0)
        return self.get(photo_id)

    def get(self, photo_id: int) -> Photo:
        rows = self._p.query(f"SELECT {_COLUMNS} FROM photo WHERE id = ?", (photo_id,))
        if not rows:
            raise NotFoundError.coded("photo.not_found", id=photo_id)
        return values.read_row(self._p.path.name, "photo", rows[0], _photo)

    def list(self, station_id: int | None = None, kind: str | None = None) -> list[Photo]:
        where: list[str] = ["1"]
        params: list[object] = []
        if station_id is not None:
            where.append("station_id = ?")
            params.append(station_id)
        if kind is not None:
            where.append("kind = ?")
            params.append(kind)
        rows = self._p.query(
            f"SELECT {_COLUMNS} FROM photo WHERE {' AND '.join(where)} ORDER BY id", tuple(params)
        )
        return values.read_rows(self._p.path.name, "photo", rows, _photo)

    def data(self, photo_id: int) -> bytes:
        """The photo's original file bytes."""
        rows = self._p.query("SELECT data FROM photo WHERE id = ?", (photo_id,))
        if not rows:
            raise NotFoundError.coded("photo.not_found", id=photo_id)
        return bytes(rows[0]["data"])

    def head(self, photo_id: int, size: int = 128 * 1024) -> bytes:
        """The first ``size`` bytes of the photo's file, where its metadata is.

        For checks that need not read the whole picture (the privacy check).
        """
        rows = self._p.query(
            "SELECT substr(data, 1, ?) AS head FROM photo WHERE id = ?", (size, photo_id)
        )
        if not rows:
            raise NotFoundError.coded("photo.not_found", id=photo_id)
        return bytes(rows[0]["head"])

    def replace_data(self, photo_id: int, data: bytes, mime: str) -> None:
        """Store other bytes for the same picture (e.g. without its metadata)."""
        self.get(photo_id)
        with self._p.transaction():
            self._p.execute(
                "UPDATE photo SET data = ?, mime = ? WHERE id = ?", (data, mime, photo_id)
            )

    def set_publish_crop(self, photo_id: int, crop: Rect | None) -> Photo:
        """Publish only ``crop`` of the photo (None: the whole photo); clipped to the photo."""
        photo = self.get(photo_id)
        value = None if crop is None else _rect_json(crop, photo)
        with self._p.transaction():
            self._p.execute("UPDATE photo SET publish_crop = ? WHERE id = ?", (value, photo_id))
        return self.get(photo_id)

    def redactions(self, photo_id: int | None = None) -> Sequence[Redaction]:
        where, params = ("photo_id = ?", (photo_id,)) if photo_id is not None else ("1", ())
        rows = self._p.query(
            f"SELECT id, photo_id, rect, mode, source FROM redaction WHERE {where} ORDER BY id",
            params,
        )
        return values.read_rows(self._p.path.name, "redaction", rows, _redaction)

    def restore_redaction(self, redaction: Redaction) -> None:
        """Put a deleted region back under its old id (undo)."""
        x, y, w, h = redaction.rect
        with self._p.transaction():
            self._p.execute(
                "INSERT INTO redaction (id, photo_id, rect, mode, source) VALUES (?, ?, ?, ?, ?)",
                (redaction.id, redaction.photo_id, json.dumps([x, y, w, h]), redaction.mode,
                 redaction.source),
            )

    def add_redaction(
        self, photo_id: int, area: Rect, *, mode: str = "blur", source: str = "hand"
    ) -> Redaction:
        """Hide ``area`` of the photo in everything published (the stored photo stays)."""
        photo = self.get(photo_id)
        if mode not in REDACTION_MODES:
            raise InvalidInputError.coded("redaction.mode_unknown", mode=mode)
        rect = _rect_json(area, photo)
        with self._p.transaction():
            cursor = self._p.execute(
                "INSERT INTO redaction (photo_id, rect, mode, source) VALUES (?, ?, ?, ?)",
                (photo_id, rect, mode, source),
            )
            new_id = int(cursor.lastrowid or 0)
        return next(r for r in self.redactions(photo_id) if r.id == new_id)

    def delete_redaction(self, redaction_id: int) -> None:
        with self._p.transaction():
            cursor = self._p.execute("DELETE FROM redaction WHERE id = ?", (redaction_id,))
        if cursor.rowcount == 0:
            raise NotFoundError.coded("redaction.not_found", id=redaction_id)

    def face_dismissals(self, photo_id: int | None = None) -> Sequence[FaceDismissal]:
        """The face proposals the organiser removed (faces there are not proposed again)."""
        where, params = ("photo_id = ?", (photo_id,)) if photo_id is not None else ("1", ())
        rows = self._p.query(
            f"SELECT id, photo_id, rect FROM face_dismissal WHERE {where} ORDER BY id", params
        )
        return values.read_rows(self._p.path.name, "face dismissal", rows, _dismissal)

    def add_face_dismissal(self, photo_id: int, area: Rect) -> FaceDismissal:
        """Remember that the face proposal ``area`` was wrong (or not wanted)."""
        photo = self.get(photo_id)
        rect = _rect_json(area, photo)
        with self._p.transaction():
            cursor = self._p.execute(
                "INSERT INTO face_dismissal (photo_id, rect) VALUES (?, ?)", (photo_id, rect)
            )
            new_id = int(cursor.lastrowid or 0)
        return next(d for d in self.face_dismissals(photo_id) if d.id == new_id)

    def delete_face_dismissal(self, dismissal_id: int) -> None:
        with self._p.transaction():
            cursor = self._p.execute("DELETE FROM face_dismissal WHERE id = ?", (dismissal_id,))
        if cursor.rowcount == 0:
            raise NotFoundError.coded("faces.dismissal_not_found", id=dismissal_id)

    def restore_face_dismissal(self, dismissal: FaceDismissal) -> None:
        """Put a deleted dismissal back under its old id (redo)."""
        x, y, w, h = dismissal.rect
        with self._p.transaction():
            self._p.execute(
                "INSERT INTO face_dismissal (id, photo_id, rect) VALUES (?, ?, ?)",
                (dismissal.id, dismissal.photo_id, json.dumps([x, y, w, h])),
            )

    def find_by_hash(self, station_id: int | None, sha256: str) -> Photo | None:
        rows = self._p.query(
            f"SELECT {_COLUMNS} FROM photo WHERE station_id IS ? AND sha256 = ?",
            (station_id, sha256),
        )
        return values.read_row(self._p.path.name, "photo", rows[0], _photo) if rows else None

    def delete(self, photo_id: int) -> None:
        """Delete a photo and its notes."""
        self.get(photo_id)
        with self._p.transaction():
            self._p.execute("DELETE FROM photo WHERE id = ?", (photo_id,))


def _rect_json(area: Rect, photo: Photo) -> str:
    """``area`` clipped to the photo, as stored: ``[x, y, w, h]`` to a tenth of a pixel."""
    return json.dumps([round(v, 1) for v in _clip(area, photo)])


def _clip(area: Rect, photo: Photo) -> Rect:
    """``area`` within the photo, refusing one that is not a rectangle on it."""
    try:
        x, y, w, h = (float(v) for v in area)
    except (TypeError, ValueError):
        raise InvalidInputError.coded("redaction.area_needed") from None
    if not all(map(math.isfinite, (x, y, w, h))) or w <= 0 or h <= 0:
        raise InvalidInputError.coded("redaction.area_invalid")
    x0, y0 = max(0.0, x), max(0.0, y)
    x1, y1 = min(float(photo.width), x + w), min(float(photo.height), y + h)
    if x1 - x0 < 1 or y1 - y0 < 1:
        raise InvalidInputError.coded(
            "redaction.area_outside", width=photo.width, height=photo.height
        )
    return (x0, y0, x1 - x0, y1 - y0)
