"""Rescue the plain data of a refused project file into a fresh project.

A file with parts Pinscribe did not create (see :mod:`app.store.schema_check`) is
never opened as a project. Its data can still be kept: this copies, table by table,
the columns Pinscribe knows from the file's *tables* (never its views, virtual tables
or triggers, which are not run) into a new project. Rows the new project's
constraints refuse, and rows whose references lead nowhere, are left out and counted.
Values are validated when the new project reads them back, like any project's.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from app.errors import NotAProjectError, ProjectError
from app.store import schema_check
from app.store.database import SQLITE_MAGIC, create_connection
from app.store.migrations import APPLICATION_ID, SCHEMA_VERSION

#: The plain tables of a project, parents before children (full-text indexes are
#: rebuilt by the new project's own triggers).
TABLES = (
    "workshop",
    "station",
    "photo",
    "note",
    "theme",
    "note_theme",
    "tag",
    "note_tag",
    "setting",
    "recording",
    "region",
    "redaction",
    "face_dismissal",
    "cross_theme",
    "cross_theme_member",
)
#: Settings that name files or describe running work are never carried over.
_SKIPPED_SETTINGS = "job.%"


@dataclass
class RescueReport:
    copied: dict[str, int] = field(default_factory=dict)
    left_out: dict[str, int] = field(default_factory=dict)

    def summary(self) -> str:
        copied = ", ".join(f"{n} {t}" for t, n in self.copied.items() if n)
        dropped = sum(self.left_out.values())
        return f"copied {copied or 'nothing'}" + (
            f"; left out {dropped} row(s) that did not fit" if dropped else ""
        )


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [str(row[1]) for row in conn.execute(f'PRAGMA table_info("{table}")')]


def _plain_tables(source: sqlite3.Connection) -> set[str]:
    rows = source.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(name) for name, sql in rows if sql and not schema_check._is_virtual(sql)}


def rescue(source_path: Path, target_path: Path) -> RescueReport:
    """Copy the known tables' data of ``source_path`` into a new project at ``target_path``."""
    if target_path.exists():
        raise ProjectError.coded("project.exists", path=target_path)
    if source_path.resolve() == target_path.resolve():
        raise ProjectError.coded("rescue.same_file")
    try:
        with source_path.open("rb") as handle:
            if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                raise NotAProjectError.coded("project.not_a_project", path=source_path)
    except OSError as error:
        raise ProjectError.coded(
            "file.cannot_read", path=source_path, reason=error.strerror or error
        ) from error
    uri = source_path.resolve().as_uri() + "?mode=ro&immutable=1"
    try:
        source = sqlite3.connect(uri, uri=True)
    except sqlite3.DatabaseError as error:
        raise NotAProjectError.coded(
            "file.cannot_read", path=source_path, reason=str(error)
        ) from error
    try:
        schema_check.harden(source)
        try:
            app_id = int(source.execute("PRAGMA application_id").fetchone()[0])
            version = int(source.execute("PRAGMA user_version").fetchone()[0])
            present = _plain_tables(source)
        except sqlite3.DatabaseError as error:
            raise NotAProjectError.coded(
                "file.cannot_read", path=source_path, reason=str(error)
            ) from error
        if app_id != APPLICATION_ID or not 0 < version <= SCHEMA_VERSION:
            raise NotAProjectError.coded("rescue.unreadable", path=source_path)
        target = create_connection(target_path)
        try:
            report = _copy(source, target, present)
        except BaseException:
            target.close()
            target_path.unlink(missing_ok=True)
            for suffix in ("-wal", "-shm"):
                Path(str(target_path) + suffix).unlink(missing_ok=True)
            raise
        target.close()
        return report
    finally:
        source.close()


def _copy(
    source: sqlite3.Connection, target: sqlite3.Connection, present: set[str]
) -> RescueReport:
    report = RescueReport()
    target.execute("PRAGMA foreign_keys = OFF")
    target.execute("BEGIN IMMEDIATE")
    try:
        for table in TABLES:
            if table not in present:
                continue
            columns = [c for c in _columns(target, table) if c in set(_columns(source, table))]
            if not columns:
                continue
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            where = f" WHERE key NOT LIKE '{_SKIPPED_SETTINGS}'" if table == "setting" else ""
            verb = "INSERT OR REPLACE" if table == "workshop" else "INSERT OR IGNORE"
            copied = 0
            try:
                cursor = source.execute(f'SELECT {names} FROM "{table}"{where}')
                for row in cursor:
                    copied += target.execute(
                        f"{verb} INTO {table} ({names}) VALUES ({marks})", row
                    ).rowcount
            except sqlite3.DatabaseError:
                report.left_out[table] = report.left_out.get(table, 0) + 1
            report.copied[table] = copied
        # rows whose references lead nowhere
        for _ in range(len(TABLES)):
            broken = target.execute("PRAGMA foreign_key_check").fetchall()
            if not broken:
                break
            for table, rowid, _parent, _fk in broken:
                target.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
                report.left_out[table] = report.left_out.get(table, 0) + 1
                report.copied[table] = report.copied.get(table, 1) - 1
        target.execute("COMMIT")
    except BaseException:
        target.execute("ROLLBACK")
        raise
    target.execute("PRAGMA foreign_keys = ON")
    return report
