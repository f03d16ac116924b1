"""Tags: free labels on notes, across stations."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from app.domain import Tag
from app.errors import InvalidInputError

if TYPE_CHECKING:
    from app.store.project import Project


class Tags:
    def __init__(self, project: Project) -> None:
        self._p = project

    def list(self) -> list[Tag]:
        """All tags with the number of notes carrying each, by name."""
        rows = self._p.query(
            "SELECT t.id, t.name, count(x.note_id) AS count FROM tag t "
            "LEFT JOIN note_tag x ON x.tag_id = t.id GROUP BY t.id ORDER BY t.name COLLATE NOCASE"
        )
        return [Tag(id=row["id"], name=row["name"], count=row["count"]) for row in rows]

    def add(self, note_ids: Iterable[int], name: str) -> Tag:
        """Tag notes with ``name``, creating the tag if needed."""
        name = name.strip()
        if not name:
            raise InvalidInputError.coded("tag.name_needed")
        ids = list(note_ids)
        with self._p.transaction() as conn:
            conn.execute("INSERT OR IGNORE INTO tag (name) VALUES (?)", (name,))
            tag_id = conn.execute("SELECT id FROM tag WHERE name = ?", (name,)).fetchone()[0]
            conn.executemany(
                "INSERT OR IGNORE INTO note_tag (note_id, tag_id) VALUES (?, ?)",
                [(i, tag_id) for i in ids],
            )
        return next(t for t in self.list() if t.id == tag_id)

    def remove(self, note_ids: Iterable[int], name: str) -> None:
        """Take tag ``name`` off notes; a tag left on no note is deleted."""
        ids = list(note_ids)
        with self._p.transaction() as conn:
            row = conn.execute("SELECT id FROM tag WHERE name = ?", (name.strip(),)).fetchone()
            if row is None:
                return
            conn.executemany(
                "DELETE FROM note_tag WHERE note_id = ? AND tag_id = ?", [(i, row[0]) for i in ids]
            )
            conn.execute(
                "DELETE FROM tag WHERE id = ? AND NOT EXISTS "
                "(SELECT 1 FROM note_tag WHERE tag_id = ?)",
                (row[0], row[0]),
            )
