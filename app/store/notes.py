"""Notes: outline on a photo, crop, colour, text and review state; full-text search."""

from __future__ import annotations

import builtins
import datetime
import json
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.domain import NOTE_KINDS, Note, Point
from app.errors import InvalidInputError, NotFoundError
from app.store import values

if TYPE_CHECKING:
    from app.store.project import Project

_SELECT = """
SELECT n.id, n.photo_id, n.polygon, n.color, n.rgb, n.shape, n.detection_confidence,
       n.text, n.confidence, n.reviewed, n.votes, n.kind, n.cut, p.station_id, nt.theme_id,
       n.alternatives,
       n.votes_checked, n.publish,
       (SELECT json_group_array(t.name) FROM note_tag x JOIN tag t ON t.id = x.tag_id
        WHERE x.note_id = n.id) AS tags
FROM note n
JOIN photo p ON p.id = n.photo_id
LEFT JOIN note_theme nt ON nt.note_id = n.id
"""

_EDITABLE = {
    "polygon",
    "crop",
    "color",
    "rgb",
    "shape",
    "detection_confidence",
    "text",
    "confidence",
    "reviewed",
    "votes",
    "ocr_engine",
    "kind",
    "alternatives",
    "cut",
    "votes_checked",
    "publish",
}

#: At most this many alternatives are kept, each at most this long (a file may come from anyone).
MAX_ALTERNATIVES = 5
#: The most votes a note can carry (a project with more is taken for damaged).
MAX_VOTES = 100_000
MAX_ALTERNATIVE_LENGTH = 2000

#: The columns a reading sets (kept together by :meth:`Notes.keep_newer`).
_READING = frozenset({"text", "confidence", "ocr_engine", "alternatives"})

#: How a note's text may be published (see :attr:`app.domain.Note.publish`).
PUBLISH_CHOICES = ("auto", "keep", "initials", "omit")

_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class NoteRecord:
    """A note exactly as stored (row values as in the file, theme, tag names).

    Taken with :meth:`Notes.snapshot` and put back with :meth:`Notes.restore`, under
    its old id: what undo needs to bring back a deleted, split or merged note.
    """

    id: int
    photo_id: int
    values: tuple[tuple[str, Any], ...]
    theme_id: int | None
    tags: tuple[str, ...]


def fold(text: str) -> str:
    """Spell umlauts and ß as two letters, as the full-text index's ``folded`` column does."""
    return text.translate(_UMLAUTS)


def alternatives_from(value: Any) -> list[str]:
    """Alternatives as stored (a JSON list of strings); anything else reads as none."""
    try:
        items = json.loads(value) if isinstance(value, str) else []
    except ValueError:
        return []
    if not isinstance(items, list):
        return []
    return [
        item[:MAX_ALTERNATIVE_LENGTH] for item in items if isinstance(item, str) and item.strip()
    ][:MAX_ALTERNATIVES]


def _note(row: sqlite3.Row) -> Note:
    """A note from its row, every value checked (see :mod:`app.store.values`)."""
    return Note(
        id=values.integer(row["id"], "id", low=1),
        photo_id=values.integer(row["photo_id"], "photo id", low=1),
        polygon=values.points(row["polygon"]),
        color=values.color_name(row["color"]),
        rgb=values.rgb(row["rgb"]),
        shape=values.shape(row["shape"]),
        detection_confidence=values.number(
            row["detection_confidence"], "detection confidence", low=0.0, high=1.0
        ),
        text=values.optional_text(row["text"], "text"),
        confidence=values.optional_number(row["confidence"], "confidence", low=0.0, high=1.0),
        reviewed=bool(values.integer(row["reviewed"], "reviewed", low=0, high=1)),
        votes=values.integer(row["votes"], "votes", low=0, high=MAX_VOTES),
        kind=values.choice(row["kind"], "kind", NOTE_KINDS),
        cut=bool(values.integer(row["cut"], "cut", low=0, high=1)),
        station_id=values.optional_integer(row["station_id"], "station id"),
        theme_id=values.optional_integer(row["theme_id"], "theme id"),
        tags=sorted(t for t in values.string_list(row["tags"] or "[]", "tags") if t),
        alternatives=alternatives_from(row["alternatives"]),
        votes_checked=bool(values.integer(row["votes_checked"], "votes checked", low=0, high=1)),
        publish=values.choice(row["publish"], "publish", PUBLISH_CHOICES),
    )


def _encode(field: str, value: Any) -> Any:
    if field == "polygon":
        points = [(round(float(x), 2), round(float(y), 2)) for x, y in value]
        if len(points) < 3:
            raise InvalidInputError.coded("note.outline_short")
        return json.dumps(points)
    if field == "rgb":
        return json.dumps([int(c) for c in value])
    if field == "publish":
        if value not in PUBLISH_CHOICES:
            raise InvalidInputError.coded("note.publish_unknown", value=value)
        return value
    if field in ("reviewed", "cut", "votes_checked"):
        return int(bool(value))
    if field == "votes":
        if int(value) < 0:
            raise InvalidInputError.coded("note.votes_negative")
        if int(value) > MAX_VOTES:  # more would be read back as damaged
            raise InvalidInputError.coded("note.votes_too_many", most=MAX_VOTES)
        return int(value)
    if field == "alternatives":
        items = [str(v) for v in (value or [])]
        return json.dumps(alternatives_from(json.dumps(items)), ensure_ascii=False)
    if field == "crop" and value is not None:
        return sqlite3.Binary(value)
    return value


def _fits(project: Project, fields: dict[str, Any]) -> None:
    """Refuse a text the reader would not read back (the note would be left out)."""
    values.fits(project.path.name, fields.get("text"), "note's text")


class Notes:
    def __init__(self, project: Project) -> None:
        self._p = project

    def add(self, photo_id: int, polygon: Sequence[Point], **fields: Any) -> Note:
        """Store a note on a photo; ``fields`` are any of the editable columns."""
        self._p.photos.get(photo_id)
        _fits(self._p, fields)
        values = {"photo_id": photo_id, "polygon": _encode("polygon", polygon)}
        for name, value in fields.items():
            if name not in _EDITABLE:
                raise InvalidInputError.coded("note.field_unknown", name=name)
            values[name] = _encode(name, value)
        values["created_at"] = datetime.datetime.now(datetime.timezone.utc).isoformat(
            timespec="seconds"
        )
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        with self._p.transaction():
            cursor = self._p.execute(
                f"INSERT INTO note ({columns}) VALUES ({marks})", tuple(values.values())
            )
            note_id = int(cursor.lastrowid or 0)
        return self.get(note_id)

    def add_many(
        self, photo_id: int, notes: Sequence[tuple[Sequence[Point], dict[str, Any]]]
    ) -> builtins.list[int]:
        """Store the notes of one photo at once (an import); returns their ids in order.

        One check of the photo, one insert statement per set of columns, no re-reading.
        """
        self._p.photos.get(photo_id)
        created = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
        ids: builtins.list[int] = []
        with self._p.transaction():
            for polygon, fields in notes:
                unknown = set(fields) - _EDITABLE
                if unknown:
                    raise InvalidInputError.coded(
                        "note.fields_unknown", names=", ".join(sorted(unknown))
                    )
                _fits(self._p, fields)
                values = {"photo_id": photo_id, "polygon": _encode("polygon", polygon)}
                values.update({name: _encode(name, value) for name, value in fields.items()})
                values["created_at"] = created
                cursor = self._p.execute(
                    f"INSERT INTO note ({', '.join(values)}) "
                    f"VALUES ({', '.join('?' for _ in values)})",
                    tuple(values.values()),
                )
                ids.append(int(cursor.lastrowid or 0))
        return ids

    def get(self, note_id: int) -> Note:
        rows = self._p.query(_SELECT + " WHERE n.id = ?", (note_id,))
        if not rows:
            raise NotFoundError.coded("note.not_found", id=note_id)
        return values.read_row(self._p.path.name, "note", rows[0], _note)

    def list(
        self,
        *,
        station_id: int | None = None,
        photo_id: int | None = None,
        theme_id: int | None = None,
        unreviewed: bool = False,
        order: str = "position",
    ) -> list[Note]:
        """Notes filtered by station, photo, theme or review state.

        ``order`` is ``"position"`` (station, photo, then stored order) or
        ``"confidence"`` (least confident reading first, unread notes before all).
        """
        where: list[str] = []
        params: list[object] = []
        for column, value in (
            ("p.station_id", station_id),
            ("n.photo_id", photo_id),
            ("nt.theme_id", theme_id),
        ):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        if unreviewed:
            where.append("n.reviewed = 0")
        sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "")
        if order == "confidence":
            sql += " ORDER BY coalesce(n.confidence, -1), n.id"
        else:
            sql += (
                " ORDER BY (SELECT position FROM station s WHERE s.id = p.station_id),"
                " n.photo_id, n.id"
            )
        return values.read_rows(self._p.path.name, "note", self._p.query(sql, tuple(params)), _note)

    def update(self, note_id: int, **fields: Any) -> Note:
        self.get(note_id)
        _fits(self._p, fields)
        unknown = set(fields) - _EDITABLE
        if unknown:
            raise InvalidInputError.coded("note.fields_unknown", names=", ".join(sorted(unknown)))
        if fields:
            values = {name: _encode(name, value) for name, value in fields.items()}
            assignments = ", ".join(f"{name} = ?" for name in values)
            with self._p.transaction():
                self._p.execute(
                    f"UPDATE note SET {assignments} WHERE id = ?", (*values.values(), note_id)
                )
        return self.get(note_id)

    def update_unchanged(self, note: Note, **fields: Any) -> Note | None:
        """Store ``fields`` on ``note`` only if it is still stored as ``note`` was read.

        For work that read a note, took its time (OCR in the background) and then
        writes a result: if the note was changed meanwhile (its text edited, marked
        reviewed, moved, ...) or deleted, nothing is written and ``None`` is returned.
        The check and the change are one transaction.
        """
        with self._p.transaction():
            rows = self._p.query(_SELECT + " WHERE n.id = ?", (note.id,))
            if not rows or values.read_row(self._p.path.name, "note", rows[0], _note) != note:
                return None
            return self.update(note.id, **fields)

    def exists(self, note_id: int) -> bool:
        return bool(self._p.query("SELECT 1 FROM note WHERE id = ?", (note_id,)))

    def crop(self, note_id: int) -> bytes | None:
        """The note's upright crop as encoded image bytes (PNG or JPEG), if stored."""
        rows = self._p.query("SELECT crop FROM note WHERE id = ?", (note_id,))
        if not rows:
            raise NotFoundError.coded("note.not_found", id=note_id)
        return None if rows[0]["crop"] is None else bytes(rows[0]["crop"])

    def ocr_engine(self, note_id: int) -> str | None:
        rows = self._p.query("SELECT ocr_engine FROM note WHERE id = ?", (note_id,))
        return rows[0]["ocr_engine"] if rows else None

    def delete(self, note_ids: Iterable[int]) -> None:
        """Delete notes; a tag left on no note goes with them (undo makes it again)."""
        ids = list(note_ids)
        with self._p.transaction():
            self._p.executemany("DELETE FROM note WHERE id = ?", [(i,) for i in ids])
            self._p.execute(
                "DELETE FROM tag WHERE NOT EXISTS (SELECT 1 FROM note_tag WHERE tag_id = tag.id)"
            )

    def set_theme(self, note_ids: Iterable[int], theme_id: int | None) -> None:
        """Put notes into a theme, or back to unsorted with ``None``."""
        ids = list(note_ids)
        if theme_id is not None:
            self._p.themes.get(theme_id)
        with self._p.transaction():
            self._p.executemany("DELETE FROM note_theme WHERE note_id = ?", [(i,) for i in ids])
            if theme_id is not None:
                self._p.executemany(
                    "INSERT INTO note_theme (note_id, theme_id) VALUES (?, ?)",
                    [(i, theme_id) for i in ids],
                )

    def search(self, query: str, *, station_id: int | None = None) -> builtins.list[Note]:
        """Full-text search, umlaut-aware: "Burger", "Buerger" and "Bürger" all find "Bürger".

        Every word must occur (as a word prefix); case does not matter.
        """
        words = _WORD.findall(query)
        if not words:
            return []
        terms = []
        for word in words:
            plain = word.replace('"', "")
            folded = fold(word).replace('"', "")
            terms.append(f'(plain : "{plain}"* OR folded : "{folded}"*)')
        match = " AND ".join(terms)
        sql = _SELECT + " WHERE n.id IN (SELECT rowid FROM note_fts WHERE note_fts MATCH ?)"
        params: list[object] = [match]
        if station_id is not None:
            sql += " AND p.station_id = ?"
            params.append(station_id)
        sql += " ORDER BY n.id"
        return values.read_rows(self._p.path.name, "note", self._p.query(sql, tuple(params)), _note)

    def snapshot(self, note_ids: Iterable[int]) -> builtins.list[NoteRecord]:
        """The stored rows of notes (every column, theme and tags), in the order asked."""
        records = []
        for note_id in note_ids:
            rows = self._p.query(
                "SELECT note.*, "
                "(SELECT theme_id FROM note_theme WHERE note_id = note.id) AS _theme_id, "
                "(SELECT json_group_array(t.name) FROM note_tag x JOIN tag t ON t.id = x.tag_id "
                " WHERE x.note_id = note.id) AS _tags "
                "FROM note WHERE id = ?",
                (note_id,),
            )
            if not rows:
                raise NotFoundError.coded("note.not_found", id=note_id)
            row = rows[0]
            skip = ("id", "photo_id", "_theme_id", "_tags")
            columns = [c for c in row.keys() if c not in skip]  # noqa: SIM118 - Row yields values
            records.append(
                NoteRecord(
                    id=row["id"],
                    photo_id=row["photo_id"],
                    values=tuple((name, row[name]) for name in columns),
                    theme_id=row["_theme_id"],
                    tags=tuple(sorted(t for t in json.loads(row["_tags"] or "[]") if t)),
                )
            )
        return records

    def keep_newer(
        self, records: Iterable[NoteRecord], since: Iterable[NoteRecord]
    ) -> builtins.list[NoteRecord]:
        """``records`` to put back, keeping what changed since ``since`` was taken.

        For undo and redo of an edit that took a note from ``records`` to ``since``:
        a value (column, theme, tags) the edit did not change but something else
        changed later (a reading written in the background) stays as it is now, so
        undo takes back the edit and nothing else. What the edit changed is put back
        (also if changed since). The fields of a reading go together; and where the
        edit changed the outline, the record is put back whole (a later reading was
        of the crop that goes). Records of notes gone or not in ``since`` are
        returned as they are.
        """
        was = {r.id: r for r in since}
        out = []
        for record in records:
            then = was.get(record.id)
            if then is None or not self.exists(record.id):
                out.append(record)
                continue
            (now,) = self.snapshot([record.id])
            old, new, put = dict(then.values), dict(now.values), dict(record.values)
            edited = {name for name in put if put[name] != old.get(name)}
            if edited & {"polygon", "crop"}:
                out.append(record)
                continue
            newer = {name for name in put if new.get(name) != old.get(name)} - edited
            # The review flag says which text was checked: an edit of it keeps its text too.
            if (
                newer & _READING
                and not edited & _READING
                and ("reviewed" not in edited or new.get("reviewed"))
            ):
                # a later reading: all of it; a text checked since keeps its flag too
                newer |= _READING | ({"reviewed"} if "reviewed" in edited else set())
            else:
                newer -= _READING  # the edit's own reading (or none), or its reviewed text
            out.append(
                NoteRecord(
                    id=record.id,
                    photo_id=record.photo_id,
                    values=tuple(
                        (name, new.get(name) if name in newer else value)
                        for name, value in record.values
                    ),
                    theme_id=now.theme_id if record.theme_id == then.theme_id else record.theme_id,
                    tags=now.tags if record.tags == then.tags else record.tags,
                )
            )
        return out

    def restore(self, records: Iterable[NoteRecord], *, remove: Iterable[int] = ()) -> None:
        """Put notes back exactly as snapshotted, under their ids, in one transaction.

        Notes in ``remove`` are deleted first; a note that exists under a record's id is
        replaced. A theme deleted since the snapshot is left out; tags are created again.
        """
        records = builtins.list(records)
        with self._p.transaction():
            doomed = {*remove, *(r.id for r in records)}
            self._p.executemany("DELETE FROM note WHERE id = ?", [(i,) for i in doomed])
            for record in records:
                names = ["id", "photo_id", *(name for name, _ in record.values)]
                values = [record.id, record.photo_id, *(value for _, value in record.values)]
                self._p.execute(
                    f"INSERT INTO note ({', '.join(names)}) "
                    f"VALUES ({', '.join('?' for _ in names)})",
                    values,
                )
                if record.theme_id is not None:
                    self._p.execute(
                        "INSERT INTO note_theme (note_id, theme_id) "
                        "SELECT ?, id FROM theme WHERE id = ?",
                        (record.id, record.theme_id),
                    )
                for name in record.tags:
                    self._p.execute("INSERT OR IGNORE INTO tag (name) VALUES (?)", (name,))
                    self._p.execute(
                        "INSERT OR IGNORE INTO note_tag (note_id, tag_id) "
                        "SELECT ?, id FROM tag WHERE name = ?",
                        (record.id, name),
                    )
            self._p.execute(
                "DELETE FROM tag WHERE NOT EXISTS (SELECT 1 FROM note_tag WHERE tag_id = tag.id)"
            )

    def count(self, *, station_id: int | None = None, reviewed: bool | None = None) -> int:
        """How many notes there are (in a station; reviewed or not when given)."""
        where = ["1"]
        params: builtins.list[object] = []
        if station_id is not None:
            where.append("p.station_id = ?")
            params.append(station_id)
        if reviewed is not None:
            where.append("n.reviewed = ?")
            params.append(int(reviewed))
        rows = self._p.query(
            "SELECT count(*) FROM note n JOIN photo p ON p.id = n.photo_id WHERE "
            + " AND ".join(where),
            tuple(params),
        )
        return int(rows[0][0])
