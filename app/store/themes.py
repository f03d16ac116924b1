"""Themes: a station's named, coloured groups of notes, in order."""

from __future__ import annotations

import builtins
import sqlite3
from typing import TYPE_CHECKING

from app.domain import Theme
from app.errors import InvalidInputError, NotFoundError
from app.store import values

if TYPE_CHECKING:
    from app.store.project import Project

#: Colours offered for new themes, in turn.
THEME_COLORS = ("#f2c94c", "#6fcf97", "#56ccf2", "#bb6bd9", "#f2994a", "#eb5757", "#2d9cdb")


def _theme(row: sqlite3.Row) -> Theme:
    return Theme(
        id=values.integer(row["id"], "id", low=1),
        station_id=values.integer(row["station_id"], "station id", low=1),
        name=values.text(row["name"], "name", limit=values.MAX_NAME),
        color=values.hex_color(row["color"]),
        position=values.integer(row["position"], "position"),
        provisional=bool(values.integer(row["provisional"], "provisional", low=0, high=1)),
        statement=values.text(row["statement"], "statement"),
    )


class Themes:
    def __init__(self, project: Project) -> None:
        self._p = project

    def list(self, station_id: int | None = None) -> list[Theme]:
        if station_id is None:
            rows = self._p.query(
                "SELECT t.* FROM theme t JOIN station s ON s.id = t.station_id "
                "ORDER BY s.position, t.position, t.id"
            )
        else:
            rows = self._p.query(
                "SELECT * FROM theme WHERE station_id = ? ORDER BY position, id", (station_id,)
            )
        return values.read_rows(self._p.path.name, "theme", rows, _theme)

    def get(self, theme_id: int) -> Theme:
        rows = self._p.query("SELECT * FROM theme WHERE id = ?", (theme_id,))
        if not rows:
            raise NotFoundError.coded("theme.not_found", id=theme_id)
        return values.read_row(self._p.path.name, "theme", rows[0], _theme)

    def by_name(self, station_id: int, name: str) -> Theme:
        rows = self._p.query(
            "SELECT * FROM theme WHERE station_id = ? AND name = ? COLLATE NOCASE",
            (station_id, name.strip()),
        )
        if not rows:
            raise NotFoundError.coded("theme.unknown", name=name)
        return values.read_row(self._p.path.name, "theme", rows[0], _theme)

    def add(
        self, station_id: int, name: str, color: str | None = None, *, provisional: bool = False
    ) -> Theme:
        name = name.strip()
        if not name:
            raise InvalidInputError.coded("theme.name_needed")
        values.fits(self._p.path.name, name, "theme's name", limit=values.MAX_NAME)
        self._p.stations.get(station_id)
        with self._p.transaction():
            position = self._p.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM theme WHERE station_id = ?",
                (station_id,),
            ).fetchone()[0]
            if color is None:
                color = THEME_COLORS[position % len(THEME_COLORS)]
            cursor = self._p.execute(
                "INSERT INTO theme (station_id, name, color, position, provisional) "
                "VALUES (?, ?, ?, ?, ?)",
                (station_id, name, color, position, int(provisional)),
            )
            theme_id = int(cursor.lastrowid or 0)
        return self.get(theme_id)

    def update(
        self,
        theme_id: int,
        *,
        name: str | None = None,
        color: str | None = None,
        provisional: bool | None = None,
        statement: str | None = None,
    ) -> Theme:
        """Change a theme; giving a name confirms it (no longer provisional) unless told."""
        self.get(theme_id)
        changes: dict[str, object] = {}
        if name is not None:
            if not name.strip():
                raise InvalidInputError.coded("theme.name_needed")
            values.fits(self._p.path.name, name.strip(), "theme's name", limit=values.MAX_NAME)
            changes["name"] = name.strip()
            changes["provisional"] = 0
        if provisional is not None:
            changes["provisional"] = int(provisional)
        if color is not None:
            changes["color"] = color
        if statement is not None:
            values.fits(self._p.path.name, statement, "statement")
            changes["statement"] = statement.strip()
        if changes:
            with self._p.transaction():
                self._p.db.table("theme").update(theme_id, changes)
        return self.get(theme_id)

    def move(self, theme_id: int, index: int) -> None:
        """Move a theme to ``index`` among its station's themes."""
        theme = self.get(theme_id)
        order = [t.id for t in self.list(theme.station_id)]
        order.remove(theme_id)
        order.insert(max(0, min(index, len(order))), theme_id)
        with self._p.transaction():
            self._p.executemany(
                "UPDATE theme SET position = ? WHERE id = ?",
                [(pos, tid) for pos, tid in enumerate(order)],
            )

    def delete(self, theme_id: int) -> builtins.list[int]:
        """Delete a theme; its notes go back to unsorted. Returns those notes' ids."""
        self.get(theme_id)
        rows = self._p.query("SELECT note_id FROM note_theme WHERE theme_id = ?", (theme_id,))
        with self._p.transaction():
            self._p.execute("DELETE FROM theme WHERE id = ?", (theme_id,))
        return [row["note_id"] for row in rows]

    def restore(self, station_id: int, themes: builtins.list[Theme]) -> None:
        """Make the station's themes exactly ``themes`` (as listed before), under their ids.

        For undo: themes not among them are deleted (their notes become unsorted),
        the others are put back with their name, colour and position.
        """
        keep = [t.id for t in themes]
        with self._p.transaction():
            marks = ", ".join("?" for _ in keep) or "NULL"
            self._p.execute(
                f"DELETE FROM theme WHERE station_id = ? AND id NOT IN ({marks})",
                (station_id, *keep),
            )
            for theme in themes:
                exists = self._p.execute("SELECT 1 FROM theme WHERE id = ?", (theme.id,)).fetchone()
                if exists:
                    self._p.execute(
                        "UPDATE theme SET name = ?, color = ?, position = ?, provisional = ?, "
                        "statement = ? WHERE id = ?",
                        (
                            theme.name,
                            theme.color,
                            theme.position,
                            int(theme.provisional),
                            theme.statement,
                            theme.id,
                        ),
                    )
                else:
                    self._p.execute(
                        "INSERT INTO theme (id, station_id, name, color, position, provisional, "
                        "statement) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (
                            theme.id,
                            station_id,
                            theme.name,
                            theme.color,
                            theme.position,
                            int(theme.provisional),
                            theme.statement,
                        ),
                    )
