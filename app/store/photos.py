"""Photos of boards and graphic recordings, stored with their original bytes."""

from __future__ import annotations

import datetime
import hashlib
import sqlite3
from typing import TYPE_CHECKING

from app.domain import PHOTO_KINDS, Photo
from app.errors import InvalidInputError, NotFoundError
from app.store import values

if TYPE_CHECKING:
    from app.store.project import Project

_COLUMNS = "id, station_id, kind, filename, width, height, mime, sha256, imported_at"


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
            raise InvalidInputError(f"Unknown photo kind {kind!r}.")
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
