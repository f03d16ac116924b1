"""A generator of hostile project files, as a stranger could prepare them.

:func:`base_project` makes one ordinary project (a station, a board photo with notes,
a theme, a tag, a graphic recording with a region); each entry of :data:`VARIANTS`
changes a copy of it with plain SQL, the way an attacker would: planted triggers and
views, values of every column that Pinscribe never writes, huge values, rich text and
terminal escape sequences, planted journals and settings, damaged files.
"""

from __future__ import annotations

import io
import json
import shutil
import socket
import sqlite3
import zlib
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from app.pipeline import import_photos
from app.recordings import add_recording
from app.store import Project
from tests.ui.boards import board_image

RICH = '<b>EVIL</b><img src="/dev/zero"><a href="file:///etc/passwd">x</a>'
ESCAPES = "\x1b[2J\x1b]0;pwned\x07\x9b31m"
STATION = "Station A"


def base_project(folder: Path) -> Path:
    """An ordinary project: one station with an imported board, a theme, a recording."""
    path = folder / "base.pinscribe"
    photo = folder / "board.jpg"
    board_image(width=640, height=480, columns=3, rows=2).save(photo, quality=85)
    poster = folder / "poster.jpg"
    board_image(width=500, height=400, columns=1, rows=1).save(poster, quality=85)
    with Project.create(path, title="Workshop") as project:
        station = project.stations.add(STATION, "What now?")
        result = import_photos(project, station.id, [photo], reader=None)
        assert result.imported, result.failed
        notes = project.notes.list()
        for note in notes:
            project.notes.update(note.id, text=f"Note {note.id}", confidence=0.5)
        theme = project.themes.add(station.id, "Theme one")
        project.notes.set_theme([notes[0].id], theme.id)
        project.tags.add([notes[1].id], "tagged")
        recording = add_recording(project, poster, station.id)
        project.recordings.add_region(
            recording, [(1.0, 1.0), (50.0, 1.0), (50.0, 40.0), (1.0, 40.0)], "region", theme.id
        )
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    return path


def _png(width: int, height: int) -> bytes:
    """A tiny PNG file that claims ``width`` x ``height`` pixels (a decompression bomb)."""
    import struct

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (width + 1) * min(height, 64), 9)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")
    )


def _jpeg(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 200, 0)).save(buffer, "JPEG")
    return buffer.getvalue()


Sql = Callable[[sqlite3.Connection], None]


def _sql(*statements: str) -> Sql:
    def run(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return run


def _note(column: str, value: object) -> Sql:
    return lambda conn: conn.execute(
        f"UPDATE note SET {column} = ? WHERE id = (SELECT min(id) FROM note)", (value,)
    )


def _setting(key: str, value: object) -> Sql:
    return lambda conn: conn.execute(
        "INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)", (key, value)
    )


def _journal(host: str, paths: list[str]) -> Sql:
    record = {"station": 1, "paths": paths, "done": [], "host": host, "user": "someone"}
    return _setting("job.import", json.dumps(record))


_RECURSIVE = "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) SELECT n AS id FROM r"

#: Changes to the schema: every one of these must be refused, untouched.
SCHEMA_VARIANTS: dict[str, Sql] = {
    "trigger-on-setting": _sql(
        "CREATE TRIGGER t AFTER INSERT ON setting BEGIN DELETE FROM note; END"
    ),
    "trigger-on-photo": _sql(
        "CREATE TRIGGER t AFTER INSERT ON photo BEGIN DELETE FROM photo WHERE id < new.id; END"
    ),
    "trigger-on-note-update": _sql(
        "CREATE TRIGGER t AFTER UPDATE ON note BEGIN DELETE FROM station; END"
    ),
    "trigger-temp-name": _sql(
        "CREATE TRIGGER note_fts_extra AFTER DELETE ON tag BEGIN DELETE FROM theme; END"
    ),
    "changed-fts-trigger": _sql(
        "DROP TRIGGER note_fts_delete",
        "CREATE TRIGGER note_fts_delete AFTER DELETE ON note BEGIN DELETE FROM station; END",
    ),
    "view-extra": _sql("CREATE VIEW extra AS SELECT 1"),
    "view-recursive-station": _sql(
        "PRAGMA foreign_keys = OFF",
        "ALTER TABLE station RENAME TO station_old",
        f"CREATE VIEW station AS SELECT id, 'x' AS name, '' AS question, 0 AS position, "
        f"'' AS statement FROM ({_RECURSIVE})",
    ),
    "view-recursive-note": _sql(
        "PRAGMA foreign_keys = OFF",
        "DROP TRIGGER note_fts_insert",
        "DROP TRIGGER note_fts_update",
        "DROP TRIGGER note_fts_delete",
        "ALTER TABLE note RENAME TO note_old",
        f"CREATE VIEW note AS SELECT * FROM ({_RECURSIVE})",
    ),
    "extra-table": _sql("CREATE TABLE extra (x)"),
    "extra-column": _sql("ALTER TABLE note ADD COLUMN extra TEXT"),
    "extra-index": _sql("CREATE INDEX extra_index ON note(text)"),
    "dropped-index": _sql("DROP INDEX note_photo"),
    "dropped-table": _sql("DROP TABLE cross_theme_member"),
}


def _many_points(conn: sqlite3.Connection) -> None:
    points = [[i % 600, i % 400] for i in range(200_000)]
    _note("polygon", json.dumps(points))(conn)


def _deep_json(conn: sqlite3.Connection) -> None:
    _note("polygon", "[" * 100_000 + "]" * 100_000)(conn)


#: Bad values in tables whose schema is right: bad rows are reported and left out.
VALUE_VARIANTS: dict[str, Sql] = {
    "polygon-nan": _note("polygon", "[[NaN, 0], [10, 0], [10, 10]]"),
    "polygon-infinity": _note("polygon", "[[1e999, 0], [10, 0], [10, 10]]"),
    "polygon-not-json": _note("polygon", "not json"),
    "polygon-two-points": _note("polygon", "[[0, 0], [1, 1]]"),
    "polygon-huge-coordinates": _note("polygon", "[[1e300, 0], [10, 0], [10, 10]]"),
    "polygon-strings": _note("polygon", '[["a", "b"], [1, 0], [1, 1]]'),
    "polygon-many-points": _many_points,
    "polygon-deep-json": _deep_json,
    "polygon-blob": _note("polygon", b"\x00\x01"),
    "colour-unknown": _note("color", "#-1-1-1"),
    "rgb-out-of-range": _note("rgb", "[300, -1, 5]"),
    "rgb-not-a-list": _note("rgb", '{"r": 1}'),
    "shape-unknown": _note("shape", "<svg>"),
    "confidence-text": _note("confidence", "high"),
    "confidence-out-of-range": _note("confidence", 5.0),
    "detection-confidence-text": _note("detection_confidence", "x"),
    "votes-negative": _note("votes", -5),
    "votes-huge": _note("votes", 10**18),
    "votes-text": _note("votes", "many"),
    "reviewed-seven": _note("reviewed", 7),
    "text-blob": _note("text", b"\xff\xfe"),
    "text-huge": _note("text", "x" * 2_000_000),
    # within the store's limit of 100,000, on an unsorted note (the first is in a theme):
    # a run of letters that grouping by wording once took minutes over
    "text-long-run": lambda conn: conn.execute(
        "UPDATE note SET text = ? WHERE id = (SELECT max(id) FROM note)", ("x" * 99_999,)
    ),
    "text-rich-and-escapes": _note("text", RICH + ESCAPES),
    "kind-unknown": _sql(
        "PRAGMA ignore_check_constraints = ON",
        "UPDATE note SET kind = 'evil' WHERE id = (SELECT min(id) FROM note)",
    ),
    "crop-garbage": _note("crop", b"garbage" * 10),
    "crop-bomb": _note("crop", _png(40_000, 40_000)),
    "photo-garbage": _sql("UPDATE photo SET data = x'00ff00ff' WHERE kind = 'board'"),
    "photo-bomb": lambda conn: conn.execute(
        "UPDATE photo SET data = ? WHERE kind = 'board'", (_png(60_000, 60_000),)
    ),
    "photo-size-mismatch": lambda conn: conn.execute(
        "UPDATE photo SET data = ? WHERE kind = 'board'", (_jpeg(40, 30),)
    ),
    "photo-width-zero": _sql("UPDATE photo SET width = 0"),
    "photo-width-huge": _sql("UPDATE photo SET width = 9223372036854775807"),
    "photo-filename-rich": _sql(f"UPDATE photo SET filename = '{RICH}'"),
    "station-name-rich-escapes": lambda conn: conn.execute(
        "UPDATE station SET question = ? WHERE id = 1", (RICH + ESCAPES,)
    ),
    "station-name-blob": _sql("UPDATE station SET question = x'ff00'"),
    "station-position-text": _sql("UPDATE station SET position = 'first'"),
    "theme-colour-bad": _sql("UPDATE theme SET color = '#-1-1-1'"),
    "theme-colour-name": _sql("UPDATE theme SET color = 'red'"),
    "theme-name-huge": lambda conn: conn.execute("UPDATE theme SET name = ?", ("T" * 300_000,)),
    "workshop-language": _sql("UPDATE workshop SET language = 'xx'"),
    "workshop-title-blob": _sql("UPDATE workshop SET title = x'00ff'"),
    "workshop-title-rich": lambda conn: conn.execute(
        "UPDATE workshop SET title = ?", (RICH + ESCAPES,)
    ),
    "tag-name-rich": lambda conn: conn.execute("UPDATE tag SET name = ?", (RICH + ESCAPES,)),
    "setting-languages-path": _setting("ocr.languages", "../../../../elsewhere/x"),
    "setting-engine-command": _setting("ocr.engine", "rm -rf /"),
    "setting-blob": _setting("ocr.engine", b"\x00"),
    "journal-foreign-host": _journal("elsewhere.example", ["/etc/passwd", "/etc/shadow"]),
    "journal-this-host-other-user": _journal(socket.gethostname(), ["/etc/passwd"]),
    "journal-garbage": _setting("job.import", "{not json"),
    "merge-mark-garbage": _setting("job.merge", "99999999999999999999999"),
    "recording-corners-nan": _sql("UPDATE recording SET corners = '[[NaN,0],[1,0],[1,1],[0,1]]'"),
    "recording-corners-three": _sql("UPDATE recording SET corners = '[[0,0],[1,0],[1,1]]'"),
    "recording-flattened-garbage": _sql("UPDATE recording SET flattened = x'0102'"),
    "recording-aspect-text": _sql("UPDATE recording SET aspect = 'wide'"),
    "region-polygon-bad": _sql("UPDATE region SET polygon = '[[1,2]]'"),
    "dangling-theme": _sql("PRAGMA foreign_keys = OFF", "UPDATE note_theme SET theme_id = 999999"),
    "dangling-photo": _sql("PRAGMA foreign_keys = OFF", "UPDATE note SET photo_id = 999999"),
}


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _damage_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 4096
    middle = (len(data) // page // 2) * page
    data[middle : middle + page] = b"\xa5" * page
    path.write_bytes(bytes(data))


def _header(offset: int, value: bytes) -> Callable[[Path], None]:
    def run(path: Path) -> None:
        data = bytearray(path.read_bytes())
        data[offset : offset + len(value)] = value
        path.write_bytes(bytes(data))

    return run


#: Changes to the file itself.
FILE_VARIANTS: dict[str, Callable[[Path], None]] = {
    "truncated": _truncate,
    "damaged-middle": _damage_middle,
    "wrong-application-id": _header(68, b"\x00\x00\x00\x01"),
    "version-999": _header(60, (999).to_bytes(4, "big")),
    "version-negative": _header(60, b"\xff\xff\xff\xff"),
    "empty": lambda path: path.write_bytes(b""),
    "text-file": lambda path: path.write_text("hello", encoding="utf-8"),
}


def make(base: Path, folder: Path, name: str) -> Path:
    """A copy of ``base`` changed by the variant ``name``, at ``folder/<name>.pinscribe``."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.pinscribe"
    shutil.copyfile(base, path)
    if name in FILE_VARIANTS:
        FILE_VARIANTS[name](path)
        return path
    change = SCHEMA_VARIANTS.get(name) or VALUE_VARIANTS[name]
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        change(conn)
    finally:
        conn.close()
    return path


ALL = [*SCHEMA_VARIANTS, *VALUE_VARIANTS, *FILE_VARIANTS]
