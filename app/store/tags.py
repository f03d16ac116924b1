"""Tags: free labels on notes, across stations."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from app.domain import Tag
from app.errors import InvalidInputError
from app.store import values

if TYPE_CHECKING:
    from app.store.project import Project


def _tag(row: Any) -> Tag:
    return Tag(
        id=values.integer(row["id"], "id", low=1),
        name=values.text(row["name"], "name", limit=values.MAX_NAME),
        count=values.integer(row["count"], "count", low=0),
    )


class Tags:
    def __init__(self, project: Project) -> None:
        self._p = project

    def list(self) -> list[Tag]:
        """The tags on at least one note with the number of notes carrying each, by name.

        A tag is a label on notes: one left on no note (its notes deleted, with their
        photo or station, or in a project of an older version) is not listed.
        """
        rows = self._p.query(
            "SELECT t.id, t.name, count(x.note_id) AS count FROM tag t "
            "JOIN note_tag x ON x.tag_id = t.id GROUP BY t.id ORDER BY t.name COLLATE NOCASE"
        )
        return values.read_rows(self._p.path.name, "tag", rows, _tag)

    def add(self, note_ids: Iterable[int], name: str) -> Tag:
        """Tag notes with ``name``, creating the tag if needed."""
        name = name.strip()
        if not name:
            raise InvalidInputError.coded("tag.name_needed")
        values.fits(self._p.path.name, name, "tag's name", limit=values.MAX_NAME)
        ids = list(note_ids)
        with self._p.transaction():
            self._p.execute("INSERT OR IGNORE INTO tag (name) VALUES (?)", (name,))
            tag_id = self._p.execute("SELECT id FROM tag WHERE name = ?", (name,)).fetchone()[0]
            self._p.executemany(
                "INSERT OR IGNORE INTO note_tag (note_id, tag_id) VALUES (?, ?)",
                [(i, tag_id) for i in ids],
            )
        rows = self._p.query(
            "SELECT t.id, t.name, count(x.note_id) AS count FROM tag t "
            "LEFT JOIN note_tag x ON x.tag_id = t.id WHERE t.id = ? GROUP BY t.id",
            (tag_id,),
        )
        return values.read_row(self._p.path.name, "tag", rows[0], _tag)

    def remove(self, note_ids: Iterable[int], name: str) -> None:
        """Take tag ``name`` off notes; a tag left on no note is deleted."""
        ids = list(note_ids)
        with self._p.transaction():
            row = self._p.execute("SELECT id FROM tag WHERE name = ?", (name.strip(),)).fetchone()
            if row is None:
                return
            self._p.executemany(
                "DELETE FROM note_tag WHERE note_id = ? AND tag_id = ?", [(i, row[0]) for i in ids]
            )
            self._p.execute(
                "DELETE FROM tag WHERE id = ? AND NOT EXISTS "
                "(SELECT 1 FROM note_tag WHERE tag_id = ?)",
                (row[0], row[0]),
            )
