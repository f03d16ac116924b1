"""Stations: one pinboard each, with a name and a guiding question, in order."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from app.domain import Station
from app.errors import InvalidInputError, NotFoundError
from app.store import values

if TYPE_CHECKING:
    from app.store.project import Project


def _station(row: sqlite3.Row) -> Station:
    return Station(
        id=values.integer(row["id"], "id", low=1),
        name=values.text(row["name"], "name", limit=values.MAX_NAME),
        question=values.text(row["question"], "question"),
        position=values.integer(row["position"], "position"),
        statement=values.text(row["statement"], "statement"),
    )


class Stations:
    def __init__(self, project: Project) -> None:
        self._p = project

    def list(self) -> list[Station]:
        rows = self._p.query("SELECT * FROM station ORDER BY position, id")
        return values.read_rows(self._p.path.name, "station", rows, _station)

    def get(self, station_id: int) -> Station:
        rows = self._p.query("SELECT * FROM station WHERE id = ?", (station_id,))
        if not rows:
            raise NotFoundError.coded("station.not_found", id=station_id)
        return values.read_row(self._p.path.name, "station", rows[0], _station)

    def by_name(self, name: str) -> Station:
        """Find a station by its name (case-insensitive)."""
        rows = self._p.query("SELECT * FROM station WHERE name = ?", (name.strip(),))
        if not rows:
            known = ", ".join(s.name for s in self.list())
            if not known:
                raise NotFoundError.coded("station.none_yet", name=name)
            raise NotFoundError.coded("station.unknown", name=name, known=known)
        return values.read_row(self._p.path.name, "station", rows[0], _station)

    def _check_name(self, name: str, *, exclude: int | None = None) -> str:
        name = name.strip()
        if not name:
            raise InvalidInputError.coded("station.name_needed")
        values.fits(self._p.path.name, name, "station's name", limit=values.MAX_NAME)
        rows = self._p.query("SELECT id FROM station WHERE name = ?", (name,))
        if rows and rows[0]["id"] != exclude:
            raise InvalidInputError.coded("station.exists", name=name)
        return name

    def add(self, name: str, question: str = "", statement: str = "") -> Station:
        name = self._check_name(name)
        values.fits(self._p.path.name, question, "question")
        values.fits(self._p.path.name, statement, "statement")
        with self._p.transaction():
            position = self._p.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM station"
            ).fetchone()[0]
            cursor = self._p.execute(
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
        changes: dict[str, object] = {}
        if name is not None:
            changes["name"] = self._check_name(name, exclude=station_id)
        if question is not None:
            values.fits(self._p.path.name, question, "question")
            changes["question"] = question.strip()
        if statement is not None:
            values.fits(self._p.path.name, statement, "statement")
            changes["statement"] = statement.strip()
        if changes:
            with self._p.transaction():
                self._p.db.table("station").update(station_id, changes)
        return self.get(station_id)

    def move(self, station_id: int, index: int) -> None:
        """Move a station to ``index`` in the order (clamped), renumbering the rest."""
        order = [s.id for s in self.list()]
        if station_id not in order:
            raise NotFoundError.coded("station.not_found", id=station_id)
        order.remove(station_id)
        order.insert(max(0, min(index, len(order))), station_id)
        with self._p.transaction():
            self._p.executemany(
                "UPDATE station SET position = ? WHERE id = ?",
                [(pos, sid) for pos, sid in enumerate(order)],
            )

    def delete(self, station_id: int) -> None:
        """Delete a station with its photos, notes and themes."""
        self.get(station_id)
        with self._p.transaction():
            self._p.execute("DELETE FROM station WHERE id = ?", (station_id,))
