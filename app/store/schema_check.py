"""Defensive opening: a project file must hold exactly the schema Pinscribe wrote.

Project files are mailed around, so a file may come from anyone. Before a file is
read or written, its tables, columns, indexes, triggers and views (everything in
``sqlite_master``) are compared with the schema its version should have, built by
replaying the migrations ``1..version`` into an in-memory database. Anything else (a
planted trigger, a view in place of a table, an extra column) is refused with
:class:`ForeignSchemaError`; :mod:`app.store.rescue` copies the plain data into a
fresh project instead.

The connection pragmas that keep a hostile file from acting are set here too:
``trusted_schema = OFF`` (no functions with side effects, no virtual tables from the
schema) and ``cell_size_check = ON`` (damaged pages are detected, not followed).
Only once :func:`check` has found the schema to be exactly Pinscribe's own, on the
same connection, is the schema trusted again: the full-text index's triggers (which
SQLite counts as unsafe use of a virtual table) are then Pinscribe's own.
"""

from __future__ import annotations

import functools
import sqlite3

from app.errors import NotAProjectError, ProjectError
from app.store.migrations import MIGRATIONS

#: An entry of ``sqlite_master``: type, name, table name and SQL text.
Entry = tuple[str, str, str, str | None]

#: Parts of ``sqlite_master`` that SQLite itself may add (statistics of ANALYZE).
_SQLITE_OWN = {"sqlite_stat1", "sqlite_stat4", "sqlite_sequence"}


class ForeignSchemaError(NotAProjectError):
    """The file holds tables, triggers, views or columns Pinscribe did not create."""

    def __init__(
        self,
        message: str,
        differences: list[str] | None = None,
        *,
        code: str = "",
        params: dict[str, object] | None = None,
    ) -> None:
        super().__init__(message, code=code, params=params)
        self.differences = list(differences or [])


def harden(conn: sqlite3.Connection) -> None:
    """Set the pragmas that keep a stranger's file from acting on this machine."""
    conn.execute("PRAGMA trusted_schema = OFF")
    conn.execute("PRAGMA cell_size_check = ON")


@functools.cache
def expected_schema(version: int) -> frozenset[Entry]:
    """``sqlite_master`` of a file at ``version``, built by replaying the migrations."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for step in MIGRATIONS[:version]:
            step(conn)
        return frozenset(_entries(conn))
    finally:
        conn.close()


def _entries(conn: sqlite3.Connection) -> list[Entry]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return [(str(t), str(n), str(tb), None if s is None else str(s)) for t, n, tb, s in rows]


def _shadow_tables(entries: frozenset[Entry]) -> set[str]:
    """Names of the full-text indexes' own tables (their SQL depends on SQLite's version)."""
    fts = {name for kind, name, _, sql in entries if kind == "table" and _is_virtual(sql)}
    return {
        name
        for kind, name, _, _ in entries
        if kind == "table" and any(name.startswith(f + "_") for f in fts)
    }


def _is_virtual(sql: str | None) -> bool:
    return bool(sql) and str(sql).lstrip().upper().startswith("CREATE VIRTUAL TABLE")


def differences(conn: sqlite3.Connection, version: int) -> list[str]:
    """What the file's schema has that version ``version`` has not, and what it misses."""
    expected = expected_schema(version)
    shadow = _shadow_tables(expected)
    try:
        actual = _entries(conn)
    except sqlite3.DatabaseError as error:
        return [f"unreadable schema ({error})"]
    found: list[str] = []
    seen: set[tuple[str, str]] = set()
    want = {(kind, name): (table, sql) for kind, name, table, sql in expected}
    for kind, name, table, sql in actual:
        seen.add((kind, name))
        if name in _SQLITE_OWN and kind == "table":
            continue
        if (kind, name) not in want:
            found.append(f"{kind} {name!r} is not part of a Pinscribe project")
            continue
        want_table, want_sql = want[(kind, name)]
        if table != want_table:
            found.append(f"{kind} {name!r} belongs to another table")
        elif name in shadow:
            continue
        elif sql != want_sql:
            found.append(f"{kind} {name!r} differs from the one Pinscribe creates")
    for kind, name in sorted(set(want) - seen):
        found.append(f"{kind} {name!r} is missing")
    return found


def check(conn: sqlite3.Connection, version: int, name: str) -> None:
    """Refuse a file whose schema is not exactly the one of its version.

    On success the connection trusts the schema (see the module's docstring).
    """
    found = differences(conn, version)
    if found:
        if len(found) > 1:
            error = ForeignSchemaError.coded(
                "project.foreign_parts", name=name, first=found[0], more=len(found) - 1
            )
        else:
            error = ForeignSchemaError.coded("project.foreign_part", name=name, first=found[0])
        error.differences = found
        raise error
    conn.execute("PRAGMA trusted_schema = ON")


def quick_check(conn: sqlite3.Connection, name: str) -> None:
    """SQLite's quick integrity check, before the first write to a file."""
    try:
        verdict = conn.execute("PRAGMA quick_check(1)").fetchone()
    except sqlite3.DatabaseError as error:
        raise ProjectError.coded("project.damaged", name=name, reason=str(error)) from error
    if verdict is None or verdict[0] != "ok":
        raise ProjectError.coded(
            "project.damaged_rescue", name=name, value=verdict[0] if verdict else "no answer"
        )
