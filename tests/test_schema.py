"""The released schema versions, and refusing files whose schema is not Pinscribe's.

``tests/schema/vN.sql`` is the schema of version N as the migrations build it. A
released migration must never change: if this test fails, add a new migration
instead. A new version gets its snapshot with
``PYTHONPATH=. python -m tests.test_schema`` (which writes only missing files).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.store import Project
from app.store.migrations import SCHEMA_VERSION
from app.store.schema_check import ForeignSchemaError, _shadow_tables, expected_schema

SNAPSHOTS = Path(__file__).with_name("schema")


def snapshot(version: int) -> str:
    """The schema of ``version`` as text (the full-text index's own tables by name only)."""
    entries = expected_schema(version)
    shadow = _shadow_tables(entries)
    parts = []
    for kind, name, table, sql in sorted(entries, key=lambda e: (e[0], e[1])):
        text = "-- (made by SQLite)" if sql is None or name in shadow else sql
        parts.append(f"-- {kind} {name} on {table}\n{text};\n")
    return "\n".join(parts)


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_released_schema_is_unchanged(version: int) -> None:
    path = SNAPSHOTS / f"v{version}.sql"
    assert path.exists(), f"no snapshot of version {version}: run python -m tests.test_schema"
    assert snapshot(version) == path.read_text(encoding="utf-8")


def _project(tmp_path: Path) -> Path:
    path = tmp_path / "p.pinscribe"
    with Project.create(path, title="T") as project:
        project.stations.add("A")
    return path


HOSTILE_SCHEMA = {
    "trigger": "CREATE TRIGGER t AFTER INSERT ON setting BEGIN DELETE FROM note; END",
    "view": "CREATE VIEW v AS SELECT 1",
    "table": "CREATE TABLE extra (x)",
    "index": "CREATE INDEX extra_index ON note(text)",
    "column": "ALTER TABLE note ADD COLUMN extra TEXT",
}


@pytest.mark.parametrize("kind", sorted(HOSTILE_SCHEMA))
def test_foreign_parts_refused_untouched(tmp_path: Path, kind: str) -> None:
    path = _project(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute(HOSTILE_SCHEMA[kind])
    conn.commit()
    conn.close()
    before = path.read_bytes()
    for read_only in (False, True):
        with pytest.raises(ForeignSchemaError, match="contains parts that Pinscribe did not"):
            Project.open(path, read_only=read_only)
    assert path.read_bytes() == before


def test_recursive_view_in_place_of_a_table_is_refused(tmp_path: Path) -> None:
    path = _project(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("ALTER TABLE station RENAME TO station_old")
    conn.execute(
        "CREATE VIEW station AS WITH RECURSIVE r(id, name, question, position) AS "
        "(SELECT 1, 'x', '', 0 UNION ALL SELECT id + 1, name, question, position FROM r) "
        "SELECT * FROM r"
    )
    conn.commit()
    conn.close()
    with pytest.raises(ForeignSchemaError):
        Project.open(path, read_only=True)


def test_older_version_with_planted_trigger_is_refused_before_backup(tmp_path: Path) -> None:
    from app.store.database import _connect, backup_path
    from app.store.migrations import migrate

    path = tmp_path / "old.pinscribe"
    conn = _connect(path)
    migrate(conn, target=2)
    conn.execute("CREATE TRIGGER t AFTER INSERT ON station BEGIN DELETE FROM note; END")
    conn.close()
    with pytest.raises(ForeignSchemaError):
        Project.open(path)
    assert not backup_path(path, 2).exists()


def test_trusted_schema_is_off_until_verified(tmp_path: Path) -> None:
    from app.store.database import _connect

    path = _project(tmp_path)
    conn = _connect(path, read_only=True)
    assert conn.execute("PRAGMA trusted_schema").fetchone()[0] == 0
    assert conn.execute("PRAGMA cell_size_check").fetchone()[0] == 1
    conn.close()


if __name__ == "__main__":
    for number in range(1, SCHEMA_VERSION + 1):
        target = SNAPSHOTS / f"v{number}.sql"
        if not target.exists():
            target.write_text(snapshot(number), encoding="utf-8")
            print(f"wrote {target}")
