"""The project file's schema, as forward migrations kept in ``PRAGMA user_version``.

Each entry of :data:`MIGRATIONS` turns version ``n`` into ``n + 1``. Never edit a
released migration: add a new one. A file whose version is higher than
:data:`SCHEMA_VERSION` was written by a newer Pinscribe and is refused.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

#: Written to ``PRAGMA application_id`` so a Pinscribe project is recognised ("Pins").
APPLICATION_ID = 0x50696E73

# Folding used by the full-text index, in plain SQL so that triggers keep the index
# right whatever writes the note: umlauts become their two-letter forms, ß becomes ss.
_FOLD = (
    "replace(replace(replace(replace(replace(replace(replace({x},"
    "'ä','ae'),'ö','oe'),'ü','ue'),'Ä','Ae'),'Ö','Oe'),'Ü','Ue'),'ß','ss')"
)


def _fts(table: str, key: str, column: str) -> str:
    """A full-text index ``<table>_fts`` over one text column, kept right by triggers.

    ``plain`` is the text as written, ``folded`` the text with umlauts and ß spelled
    out; the rowid is the row's ``key``.
    """
    fold = _FOLD.format(x=f"new.{column}")
    return f"""
CREATE VIRTUAL TABLE {table}_fts USING fts5(
    plain, folded, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} WHEN new.{column} IS NOT NULL BEGIN
    INSERT INTO {table}_fts (rowid, plain, folded)
    VALUES (new.{key}, new.{column}, {fold});
END;
CREATE TRIGGER {table}_fts_update AFTER UPDATE OF {column} ON {table} BEGIN
    DELETE FROM {table}_fts WHERE rowid = old.{key};
    INSERT INTO {table}_fts (rowid, plain, folded)
    SELECT new.{key}, new.{column}, {fold} WHERE new.{column} IS NOT NULL;
END;
CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN
    DELETE FROM {table}_fts WHERE rowid = old.{key};
END;
"""


_V1 = f"""
CREATE TABLE workshop (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL DEFAULT '',
    subtitle TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    moderation TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'de'
);
INSERT INTO workshop (id) VALUES (1);

CREATE TABLE station (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (trim(name) != ''),
    question TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE photo (
    id INTEGER PRIMARY KEY,
    station_id INTEGER REFERENCES station(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('board', 'recording')),
    filename TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    mime TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE INDEX photo_station ON photo(station_id);

CREATE TABLE note (
    id INTEGER PRIMARY KEY,
    photo_id INTEGER NOT NULL REFERENCES photo(id) ON DELETE CASCADE,
    polygon TEXT NOT NULL,
    crop BLOB,
    color TEXT NOT NULL DEFAULT 'other',
    rgb TEXT NOT NULL DEFAULT '[0, 0, 0]',
    shape TEXT NOT NULL DEFAULT 'rect',
    detection_confidence REAL NOT NULL DEFAULT 1.0,
    text TEXT,
    confidence REAL,
    reviewed INTEGER NOT NULL DEFAULT 0,
    votes INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX note_photo ON note(photo_id);

CREATE TABLE theme (
    id INTEGER PRIMARY KEY,
    station_id INTEGER NOT NULL REFERENCES station(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    color TEXT NOT NULL DEFAULT '#f2c94c',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX theme_station ON theme(station_id);

CREATE TABLE note_theme (
    note_id INTEGER PRIMARY KEY REFERENCES note(id) ON DELETE CASCADE,
    theme_id INTEGER NOT NULL REFERENCES theme(id) ON DELETE CASCADE
);
CREATE INDEX note_theme_theme ON note_theme(theme_id);

CREATE TABLE tag (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (trim(name) != '')
);

CREATE TABLE note_tag (
    note_id INTEGER NOT NULL REFERENCES note(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tag(id) ON DELETE CASCADE,
    PRIMARY KEY (note_id, tag_id)
);
CREATE INDEX note_tag_tag ON note_tag(tag_id);

{_fts("note", "id", "text")}
"""

_V2 = """
CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
ALTER TABLE note ADD COLUMN ocr_engine TEXT;
ALTER TABLE note ADD COLUMN created_at TEXT NOT NULL DEFAULT '';
"""

_V3 = """
ALTER TABLE note ADD COLUMN kind TEXT NOT NULL DEFAULT 'note' CHECK (kind IN ('note', 'header'));
"""

_V4 = f"""
CREATE TABLE recording (
    photo_id INTEGER PRIMARY KEY REFERENCES photo(id) ON DELETE CASCADE,
    corners TEXT,
    found INTEGER NOT NULL DEFAULT 0,
    paper TEXT NOT NULL DEFAULT 'auto',
    aspect REAL,
    enhance INTEGER NOT NULL DEFAULT 1,
    flattened BLOB,
    flattened_mime TEXT,
    words TEXT
);

CREATE TABLE region (
    id INTEGER PRIMARY KEY,
    photo_id INTEGER NOT NULL REFERENCES recording(photo_id) ON DELETE CASCADE,
    polygon TEXT NOT NULL,
    caption TEXT NOT NULL DEFAULT '',
    theme_id INTEGER REFERENCES theme(id) ON DELETE SET NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX region_photo ON region(photo_id);
CREATE INDEX region_theme ON region(theme_id);

{_fts("recording", "photo_id", "words")}
"""

# Version 5: the columns and tables of the "depth" wave (issues 14-21), in one step so
# that the parallel work on detection, reading, review, exports, grouping and privacy
# shares one schema version.
_V5 = """
ALTER TABLE note ADD COLUMN alternatives TEXT NOT NULL DEFAULT '[]';
ALTER TABLE note ADD COLUMN cut INTEGER NOT NULL DEFAULT 0 CHECK (cut IN (0, 1));
ALTER TABLE note ADD COLUMN votes_checked INTEGER NOT NULL DEFAULT 0
    CHECK (votes_checked IN (0, 1));
ALTER TABLE note ADD COLUMN publish TEXT NOT NULL DEFAULT 'auto'
    CHECK (publish IN ('auto', 'keep', 'initials', 'omit'));

ALTER TABLE workshop ADD COLUMN introduction TEXT NOT NULL DEFAULT '';
ALTER TABLE workshop ADD COLUMN time_slot TEXT NOT NULL DEFAULT '';
ALTER TABLE workshop ADD COLUMN credits TEXT NOT NULL DEFAULT '';
ALTER TABLE workshop ADD COLUMN closing TEXT NOT NULL DEFAULT '';

ALTER TABLE station ADD COLUMN statement TEXT NOT NULL DEFAULT '';
ALTER TABLE theme ADD COLUMN statement TEXT NOT NULL DEFAULT '';
ALTER TABLE theme ADD COLUMN provisional INTEGER NOT NULL DEFAULT 0 CHECK (provisional IN (0, 1));

ALTER TABLE photo ADD COLUMN publish_crop TEXT;

CREATE TABLE redaction (
    id INTEGER PRIMARY KEY,
    photo_id INTEGER NOT NULL REFERENCES photo(id) ON DELETE CASCADE,
    rect TEXT NOT NULL,
    mode TEXT NOT NULL DEFAULT 'blur' CHECK (mode IN ('blur', 'black')),
    source TEXT NOT NULL DEFAULT 'hand' CHECK (source IN ('hand', 'face'))
);
CREATE INDEX redaction_photo ON redaction(photo_id);

CREATE TABLE cross_theme (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    color TEXT NOT NULL DEFAULT '#f2c94c',
    statement TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE cross_theme_member (
    id INTEGER PRIMARY KEY,
    cross_theme_id INTEGER NOT NULL REFERENCES cross_theme(id) ON DELETE CASCADE,
    theme_id INTEGER REFERENCES theme(id) ON DELETE CASCADE,
    note_id INTEGER REFERENCES note(id) ON DELETE CASCADE,
    CHECK ((theme_id IS NULL) != (note_id IS NULL))
);
CREATE INDEX cross_theme_member_cross ON cross_theme_member(cross_theme_id);
"""

# Version 6: faces the organiser dismissed (a wrong proposal removed), so that they are
# not proposed again. ``rect`` is the removed region [x, y, w, h] as JSON.
_V6 = """
CREATE TABLE face_dismissal (
    id INTEGER PRIMARY KEY,
    photo_id INTEGER NOT NULL REFERENCES photo(id) ON DELETE CASCADE,
    rect TEXT NOT NULL
);
CREATE INDEX face_dismissal_photo ON face_dismissal(photo_id);
"""


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def run(conn: sqlite3.Connection) -> None:
        # executescript() would COMMIT first; run statement by statement instead
        # so that a migration and its version bump are one transaction.
        for statement in _split_statements(sql):
            conn.execute(statement)

    return run


def _split_statements(sql: str) -> list[str]:
    """Split a script into complete statements (triggers contain semicolons)."""
    statements: list[str] = []
    current = ""
    for line in sql.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            if current.strip():
                statements.append(current.strip())
            current = ""
    if current.strip():
        raise ValueError(f"incomplete SQL statement in migration: {current.strip()[:60]}")
    return statements


#: Migration ``i`` takes a file from version ``i`` to ``i + 1``.
MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _script(_V1),
    _script(_V2),
    _script(_V3),
    _script(_V4),
    _script(_V5),
    _script(_V6),
]

#: The schema version this Pinscribe writes.
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the database from its ``user_version`` up to ``target``, one transaction a step.

    Returns the version before migrating.
    """
    start = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for version in range(start, target):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version](conn)
            if version == 0:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    return start
