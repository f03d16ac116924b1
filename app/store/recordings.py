"""Graphic recordings: a photo of kind "recording" with its straightening and regions.

The original photo stays in ``photo``; the ``recording`` row holds the corners, the
paper choice, the derived flattened image (redone whenever the corners change) and
the words read on it. Regions are polygons in flattened-image pixels with a caption,
optionally linked to a theme.
"""

from __future__ import annotations

import builtins
import json
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.domain import Point
from app.errors import InvalidInputError, NotFoundError
from app.store import values
from app.store.notes import _WORD, fold

if TYPE_CHECKING:
    from app.store.project import Project

_UNSET = object()
#: The widest and the tallest shape (width / height) a flattened recording may have.
MIN_ASPECT, MAX_ASPECT = 0.01, 100.0


def _fits_caption(project: Project, caption: str) -> None:
    values.fits(project.path.name, caption, "caption")


@dataclass
class Recording:
    """A recording's settings (the photo itself is in ``project.photos``)."""

    photo_id: int
    corners: list[Point] | None  # in photo pixels, clockwise from the top left
    found: bool  # whether the corners were detected (False: whole photo or user-set)
    paper: str  # "auto", "A0", "A1", "flipchart" or "WxH"
    aspect: float | None  # width / height of the flattened image
    enhance: bool
    has_flattened: bool
    words: str | None


@dataclass
class Region:
    id: int
    photo_id: int
    polygon: list[Point]  # in flattened-image pixels
    caption: str
    theme_id: int | None
    position: int = 0


def _recording(row: sqlite3.Row) -> Recording:
    """A recording's details from its row, every value checked."""
    corners = values.points(row["corners"], "corners", minimum=4) if row["corners"] else None
    if corners is not None and len(corners) != 4:
        raise values.BadValue("corners are not four points")
    return Recording(
        photo_id=values.integer(row["photo_id"], "photo id", low=1),
        corners=corners,
        found=bool(values.integer(row["found"], "found", low=0, high=1)),
        paper=values.text(row["paper"], "paper", limit=40),
        aspect=values.optional_number(row["aspect"], "aspect", low=MIN_ASPECT, high=MAX_ASPECT),
        enhance=bool(values.integer(row["enhance"], "enhance", low=0, high=1)),
        has_flattened=bool(row["has_flattened"]),
        words=values.optional_text(row["words"], "words", limit=10 * values.MAX_TEXT),
    )


def _region(row: sqlite3.Row) -> Region:
    return Region(
        id=values.integer(row["id"], "id", low=1),
        photo_id=values.integer(row["photo_id"], "photo id", low=1),
        polygon=values.points(row["polygon"], "region"),
        caption=values.text(row["caption"], "caption"),
        theme_id=values.optional_integer(row["theme_id"], "theme id"),
        position=values.integer(row["position"], "position"),
    )


def _polygon_json(polygon: builtins.list[Point]) -> str:
    if len(polygon) < 3:
        raise InvalidInputError.coded("region.corners_needed")
    return json.dumps([[round(float(x), 2), round(float(y), 2)] for x, y in polygon])


def _corners_json(corners: object) -> str | None:
    if corners is None:
        return None
    points = [(float(x), float(y)) for x, y in corners]  # type: ignore[attr-defined]
    if len(points) != 4:
        raise InvalidInputError.coded("recording.four_corners")
    return json.dumps([[round(x, 2), round(y, 2)] for x, y in points])


_SELECT = (
    "SELECT photo_id, corners, found, paper, aspect, enhance, words, "
    "flattened IS NOT NULL AS has_flattened FROM recording"
)


class Recordings:
    def __init__(self, project: Project) -> None:
        self._p = project

    def create(self, photo_id: int) -> Recording:
        """Start the recording row of a stored photo of kind "recording"."""
        if self._p.photos.get(photo_id).kind != "recording":
            raise InvalidInputError.coded("recording.not_a_recording", photo_id=photo_id)
        with self._p.transaction():
            self._p.execute("INSERT OR IGNORE INTO recording (photo_id) VALUES (?)", (photo_id,))
        return self.get(photo_id)

    def get(self, photo_id: int) -> Recording:
        rows = self._p.query(f"{_SELECT} WHERE photo_id = ?", (photo_id,))
        if not rows:
            raise NotFoundError.coded("recording.not_found", id=photo_id)
        return values.read_row(self._p.path.name, "recording", rows[0], _recording, "photo_id")

    def find(self, photo_id: int) -> Recording | None:
        rows = self._p.query(f"{_SELECT} WHERE photo_id = ?", (photo_id,))
        return (
            values.read_row(self._p.path.name, "recording", rows[0], _recording, "photo_id")
            if rows
            else None
        )

    def has_row(self, photo_id: int) -> bool:
        """Whether the photo has a recording row (damaged or not)."""
        return bool(self._p.query("SELECT 1 FROM recording WHERE photo_id = ?", (photo_id,)))

    def list(self, station_id: int | None = None) -> builtins.list[Recording]:
        """Recordings (of one station when given), in photo order."""
        sql = f"{_SELECT} WHERE photo_id IN (SELECT id FROM photo WHERE kind = 'recording'"
        params: tuple[object, ...] = ()
        if station_id is not None:
            sql += " AND station_id = ?"
            params = (station_id,)
        rows = self._p.query(sql + ") ORDER BY photo_id", params)
        return values.read_rows(self._p.path.name, "recording", rows, _recording, "photo_id")

    def update(
        self,
        photo_id: int,
        *,
        corners: builtins.list[Point] | None | object = _UNSET,
        found: bool | None = None,
        paper: str | None = None,
        aspect: float | None | object = _UNSET,
        enhance: bool | None = None,
        words: str | None | object = _UNSET,
    ) -> Recording:
        self.get(photo_id)
        values: dict[str, object] = {}
        if corners is not _UNSET:
            values["corners"] = _corners_json(corners)
        if found is not None:
            values["found"] = int(found)
        if paper is not None:
            values["paper"] = paper
        if aspect is not _UNSET:
            values["aspect"] = aspect
        if enhance is not None:
            values["enhance"] = int(enhance)
        if words is not _UNSET:
            values["words"] = words
        if values:
            sets = ", ".join(f"{name} = ?" for name in values)
            with self._p.transaction():
                self._p.execute(
                    f"UPDATE recording SET {sets} WHERE photo_id = ?", (*values.values(), photo_id)
                )
        return self.get(photo_id)

    def set_flattened(self, photo_id: int, data: bytes | None, mime: str = "image/jpeg") -> None:
        """Store (or clear) the derived flattened image."""
        self.get(photo_id)
        with self._p.transaction():
            self._p.execute(
                "UPDATE recording SET flattened = ?, flattened_mime = ? WHERE photo_id = ?",
                (
                    sqlite3.Binary(data) if data is not None else None,
                    mime if data else None,
                    photo_id,
                ),
            )

    def flattened(self, photo_id: int) -> bytes | None:
        rows = self._p.query("SELECT flattened FROM recording WHERE photo_id = ?", (photo_id,))
        return bytes(rows[0]["flattened"]) if rows and rows[0]["flattened"] is not None else None

    def search(self, query: str) -> builtins.list[int]:
        """Ids of recordings whose words contain every word of ``query`` (umlaut-aware)."""
        words = _WORD.findall(query)
        if not words:
            return []
        terms = []
        for word in words:
            plain, folded = word.replace('"', ""), fold(word).replace('"', "")
            terms.append(f'(plain : "{plain}"* OR folded : "{folded}"*)')
        rows = self._p.query(
            "SELECT rowid FROM recording_fts WHERE recording_fts MATCH ? ORDER BY rowid",
            (" AND ".join(terms),),
        )
        return [int(row[0]) for row in rows]

    # Regions -------------------------------------------------------------------

    def regions(
        self, photo_id: int | None = None, *, theme_id: int | None = None
    ) -> builtins.list[Region]:
        where, params = ["1"], []
        if photo_id is not None:
            where.append("photo_id = ?")
            params.append(photo_id)
        if theme_id is not None:
            where.append("theme_id = ?")
            params.append(theme_id)
        rows = self._p.query(
            f"SELECT * FROM region WHERE {' AND '.join(where)} ORDER BY photo_id, position, id",
            tuple(params),
        )
        return values.read_rows(self._p.path.name, "region", rows, _region)

    def region(self, region_id: int) -> Region:
        rows = self._p.query("SELECT * FROM region WHERE id = ?", (region_id,))
        if not rows:
            raise NotFoundError.coded("region.not_found", id=region_id)
        return values.read_row(self._p.path.name, "region", rows[0], _region)

    def add_region(
        self,
        photo_id: int,
        polygon: builtins.list[Point],
        caption: str = "",
        theme_id: int | None = None,
    ) -> Region:
        self.get(photo_id)
        shape = _polygon_json(polygon)
        values.fits(self._p.path.name, caption, "caption")
        if theme_id is not None:
            self._p.themes.get(theme_id)
        with self._p.transaction():
            position = self._p.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM region WHERE photo_id = ?",
                (photo_id,),
            ).fetchone()[0]
            cursor = self._p.execute(
                "INSERT INTO region (photo_id, polygon, caption, theme_id, position) "
                "VALUES (?, ?, ?, ?, ?)",
                (photo_id, shape, caption.strip(), theme_id, position),
            )
            region_id = int(cursor.lastrowid or 0)
        return self.region(region_id)

    def update_region(
        self,
        region_id: int,
        *,
        polygon: builtins.list[Point] | None = None,
        caption: str | None = None,
        theme_id: int | None | object = _UNSET,
    ) -> Region:
        self.region(region_id)
        values: dict[str, object] = {}
        if polygon is not None:
            values["polygon"] = _polygon_json(polygon)
        if caption is not None:
            _fits_caption(self._p, caption)
            values["caption"] = caption.strip()
        if theme_id is not _UNSET:
            if theme_id is not None:
                self._p.themes.get(int(theme_id))  # type: ignore[call-overload]
            values["theme_id"] = theme_id
        if values:
            sets = ", ".join(f"{name} = ?" for name in values)
            with self._p.transaction():
                self._p.execute(
                    f"UPDATE region SET {sets} WHERE id = ?", (*values.values(), region_id)
                )
        return self.region(region_id)

    def delete_region(self, region_id: int) -> None:
        self.region(region_id)
        with self._p.transaction():
            self._p.execute("DELETE FROM region WHERE id = ?", (region_id,))
