"""Cross-station themes: named groups of whole themes and single notes of any station."""

from __future__ import annotations

import builtins
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from app.domain import CrossTheme
from app.errors import InvalidInputError, NotFoundError
from app.store import values
from app.store.themes import THEME_COLORS

if TYPE_CHECKING:
    from app.store.project import Project


def _valid_color(color: str) -> str:
    value = color.strip()
    if len(value) != 7 or not value.startswith("#"):
        raise InvalidInputError.coded("colour.invalid", color=color)
    try:
        int(value[1:], 16)
    except ValueError:
        raise InvalidInputError.coded("colour.invalid", color=color) from None
    return value.lower()


class CrossThemes:
    def __init__(self, project: Project) -> None:
        self._p = project

    def _build(self, row: sqlite3.Row) -> CrossTheme:
        members = self._p.query(
            "SELECT theme_id, note_id FROM cross_theme_member WHERE cross_theme_id = ? ORDER BY id",
            (row["id"],),
        )
        return CrossTheme(
            id=values.integer(row["id"], "id", low=1),
            name=values.text(row["name"], "name", limit=values.MAX_NAME),
            color=values.hex_color(row["color"]),
            statement=values.text(row["statement"], "statement"),
            position=values.integer(row["position"], "position"),
            theme_ids=[
                values.integer(m["theme_id"], "theme id", low=1)
                for m in members
                if m["theme_id"] is not None
            ],
            note_ids=[
                values.integer(m["note_id"], "note id", low=1)
                for m in members
                if m["note_id"] is not None
            ],
        )

    def list(self) -> builtins.list[CrossTheme]:
        rows = self._p.query("SELECT * FROM cross_theme ORDER BY position, id")
        return values.read_rows(self._p.path.name, "cross_theme", rows, self._build)

    def get(self, cross_id: int) -> CrossTheme:
        rows = self._p.query("SELECT * FROM cross_theme WHERE id = ?", (cross_id,))
        if not rows:
            raise NotFoundError.coded("cross_theme.not_found", id=cross_id)
        return values.read_row(self._p.path.name, "cross_theme", rows[0], self._build)

    def by_name(self, name: str) -> CrossTheme:
        rows = self._p.query(
            "SELECT * FROM cross_theme WHERE name = ? COLLATE NOCASE ORDER BY id", (name.strip(),)
        )
        if not rows:
            raise NotFoundError.coded("cross_theme.unknown", name=name)
        return values.read_row(self._p.path.name, "cross_theme", rows[0], self._build)

    def add(self, name: str, color: str | None = None, statement: str = "") -> CrossTheme:
        name = name.strip()
        if not name:
            raise InvalidInputError.coded("cross_theme.name_needed")
        values.fits(self._p.path.name, name, "cross-station theme's name", limit=values.MAX_NAME)
        values.fits(self._p.path.name, statement, "statement")
        with self._p.transaction():
            position = self._p.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM cross_theme"
            ).fetchone()[0]
            colour = _valid_color(color) if color else THEME_COLORS[position % len(THEME_COLORS)]
            cursor = self._p.execute(
                "INSERT INTO cross_theme (name, color, statement, position) VALUES (?, ?, ?, ?)",
                (name, colour, statement, position),
            )
            cross_id = int(cursor.lastrowid or 0)
        return self.get(cross_id)

    def update(
        self,
        cross_id: int,
        *,
        name: str | None = None,
        color: str | None = None,
        statement: str | None = None,
    ) -> CrossTheme:
        self.get(cross_id)
        changes: dict[str, object] = {}
        if name is not None:
            if not name.strip():
                raise InvalidInputError.coded("cross_theme.name_needed")
            values.fits(
                self._p.path.name, name.strip(), "cross-station theme's name", limit=values.MAX_NAME
            )
            changes["name"] = name.strip()
        if color is not None:
            changes["color"] = _valid_color(color)
        if statement is not None:
            values.fits(self._p.path.name, statement, "statement")
            changes["statement"] = statement
        if changes:
            assignments = ", ".join(f"{column} = ?" for column in changes)
            with self._p.transaction():
                self._p.execute(
                    f"UPDATE cross_theme SET {assignments} WHERE id = ?",
                    (*changes.values(), cross_id),
                )
        return self.get(cross_id)

    def add_members(
        self, cross_id: int, *, theme_ids: Iterable[int] = (), note_ids: Iterable[int] = ()
    ) -> CrossTheme:
        """Gather themes and notes into the cross theme (members already in it stay once)."""
        current = self.get(cross_id)
        themes = [t for t in dict.fromkeys(theme_ids) if t not in current.theme_ids]
        notes = [n for n in dict.fromkeys(note_ids) if n not in current.note_ids]
        for theme_id in themes:
            self._p.themes.get(theme_id)
        for note_id in notes:
            self._p.notes.get(note_id)
        with self._p.transaction():
            self._p.executemany(
                "INSERT INTO cross_theme_member (cross_theme_id, theme_id) VALUES (?, ?)",
                [(cross_id, t) for t in themes],
            )
            self._p.executemany(
                "INSERT INTO cross_theme_member (cross_theme_id, note_id) VALUES (?, ?)",
                [(cross_id, n) for n in notes],
            )
        return self.get(cross_id)

    def remove_members(
        self, cross_id: int, *, theme_ids: Iterable[int] = (), note_ids: Iterable[int] = ()
    ) -> CrossTheme:
        self.get(cross_id)
        with self._p.transaction():
            self._p.executemany(
                "DELETE FROM cross_theme_member WHERE cross_theme_id = ? AND theme_id = ?",
                [(cross_id, t) for t in theme_ids],
            )
            self._p.executemany(
                "DELETE FROM cross_theme_member WHERE cross_theme_id = ? AND note_id = ?",
                [(cross_id, n) for n in note_ids],
            )
        return self.get(cross_id)

    def delete(self, cross_id: int) -> CrossTheme:
        """Delete a cross theme (its themes and notes stay); returns it for undo."""
        before = self.get(cross_id)
        with self._p.transaction():
            self._p.execute("DELETE FROM cross_theme WHERE id = ?", (cross_id,))
        return before

    def restore(self, cross: CrossTheme) -> CrossTheme:
        """Put a deleted cross theme back under its id, with the members that still exist."""
        with self._p.transaction():
            self._p.execute("DELETE FROM cross_theme WHERE id = ?", (cross.id,))
            self._p.execute(
                "INSERT INTO cross_theme (id, name, color, statement, position) "
                "VALUES (?, ?, ?, ?, ?)",
                (cross.id, cross.name, cross.color, cross.statement, cross.position),
            )
            self._p.executemany(
                "INSERT INTO cross_theme_member (cross_theme_id, theme_id) "
                "SELECT ?, id FROM theme WHERE id = ?",
                [(cross.id, t) for t in cross.theme_ids],
            )
            self._p.executemany(
                "INSERT INTO cross_theme_member (cross_theme_id, note_id) "
                "SELECT ?, id FROM note WHERE id = ?",
                [(cross.id, n) for n in cross.note_ids],
            )
        return self.get(cross.id)

    def notes_of(self, cross_id: int) -> builtins.list[int]:
        """Every note the cross theme gathers: its single notes and its themes' notes."""
        rows = self._p.query(
            "SELECT note_id FROM cross_theme_member "
            "WHERE cross_theme_id = ? AND note_id IS NOT NULL "
            "UNION SELECT nt.note_id FROM cross_theme_member m "
            "JOIN note_theme nt ON nt.theme_id = m.theme_id WHERE m.cross_theme_id = ?",
            (cross_id, cross_id),
        )
        return sorted(row["note_id"] for row in rows)
