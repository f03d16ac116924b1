"""Stations: one pinboard each, with a name and a guiding question, in order."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from app.domain import Station
from app.errors import InvalidInputError, NotFoundError

if TYPE_CHECKING:
    from app.store.project import Project


def _station(row: sqlite3.Row) -> Station:
    return Station(
        id=row["id"],
        name=row["name"],
        question=row["question"],
        position=row["position"],
        statement=row["statement"],
    )


class Stations:
    def __init__(self, project: Project) -> None:
        self._p = project

    def list(self) -> list[Station]:
        rows = self._p.query("SELECT * FROM station ORDER BY position, id")
        return [_station(row) for row in rows]

    def get(self, station_id: int) -> Station:
        rows = self._p.query("SELECT * FROM station WHERE id = ?", (station_id,))
        if not rows:
            raise NotFoundError(f"No station with id {station_id}.")
        return _station(rows[0])

    def by_name(self, name: str) -> Station:
        """Find a station by its name (case-insensitive)."""
        rows = self._p.query("SELECT * FROM station WHERE name = ?", (name.strip(),))
        if not rows:
            known = ", ".join(s.name for s in self.list()) or "none yet"
            raise NotFoundError(f"Unknown station {name!r} (stations: {known}).")
        return _station(rows[0])

    def _check_name(self, name: str, *, exclude: int | None = None) -> str:
        name = name.strip()
        if not name:
            raise InvalidInputError("A station needs a name.")
        rows = self._p.query("SELECT id FROM station WHERE name = ?", (name,))
        if rows and rows[0]["id"] != exclude:
            raise InvalidInputError(f"A station named {name!r} already exists.")
        return name

    def add(self, name: str, question: str = "", statement: str = "") -> Station:
        name = self._check_name(name)
        with self._p.transaction() as conn:
            position = conn.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM station"
            ).fetchone()[0]
            cursor = conn.execute(
                "INSERT INTO station (name, question, position, statement) VALUES (?, ?, ?, ?)",
                (name, question.strip(), position, statement.strip()),
            )
            station_id = int(cursor.lastrowid or 0)
        return self.get(station_id)

    def update(
        self,
        station_id: int,
        *,
        name: str | None = None,
        question: str | None = None,
        statement: str | None = None,
    ) -> Station:
        self.get(station_id)
        values: dict[str, object] = {}
        if name is not None:
            values["name"] = self._check_name(name, exclude=station_id)
        if question is not None:
            values["question"] = question.strip()
        if statement is not None:
            values["statement"] = statement.strip()
        if values:
            with self._p.transaction():
                self._p.db.table("station").update(station_id, values)
        return self.get(station_id)

    def move(self, station_id: int, index: int) -> None:
        """Move a station to ``index`` in the order (clamped), renumbering the rest."""
        order = [s.id for s in self.list()]
        if station_id not in order:
            raise NotFoundError(f"No station with id {station_id}.")
        order.remove(station_id)
        order.insert(max(0, min(index, len(order))), station_id)
        with self._p.transaction() as conn:
            conn.executemany(
                "UPDATE station SET position = ? WHERE id = ?",
                [(pos, sid) for pos, sid in enumerate(order)],
            )

    def delete(self, station_id: int) -> None:
        """Delete a station with its photos, notes and themes."""
        self.get(station_id)
        with self._p.transaction() as conn:
            conn.execute("DELETE FROM station WHERE id = ?", (station_id,))
