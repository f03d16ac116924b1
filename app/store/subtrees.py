"""Rows with everything stored under them, taken out and put back whole, under their ids.

Undo needs to delete a station or a photo and bring it back exactly as it was:
photos, notes, crops, themes, tags, recordings and regions included. The schema's
foreign keys say what hangs on a row: every row that refers to it with
``ON DELETE CASCADE`` (and, in turn, what hangs on those). A row outside that refers
to it with ``ON DELETE SET NULL`` loses only the reference, which is put back too.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.errors import NotFoundError

if TYPE_CHECKING:
    from app.store.project import Project


@dataclass(frozen=True)
class _ForeignKey:
    child: str
    column: str
    parent: str
    parent_column: str
    on_delete: str


@dataclass(frozen=True)
class Subtree:
    """The stored rows of some rows of ``table`` and of everything under them."""

    table: str
    ids: tuple[int, ...]
    #: (table, columns, rows of values), parents before children; ``rowid`` first.
    rows: tuple[tuple[str, tuple[str, ...], tuple[tuple[object, ...], ...]], ...]
    #: (table, rowid, column, value): references from outside set to NULL by a delete.
    links: tuple[tuple[str, int, str, object], ...]


def _foreign_keys(project: Project) -> list[_ForeignKey]:
    tables = [
        str(row["name"])
        for row in project.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'"
            " AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
        )
    ]
    keys = []
    for table in tables:
        for row in project.query(f"PRAGMA foreign_key_list({table})"):
            keys.append(
                _ForeignKey(
                    table, str(row["from"]), str(row["table"]), str(row["to"]),
                    str(row["on_delete"]).upper(),
                )  # fmt: skip
            )
    return keys


def _primary_key(project: Project, table: str) -> str:
    rows = [row for row in project.query(f"PRAGMA table_info({table})") if row["pk"]]
    return str(rows[0]["name"]) if len(rows) == 1 else "rowid"


def snapshot(project: Project, table: str, ids: list[int]) -> Subtree:
    """The rows ``ids`` of ``table`` with everything under them (nothing is changed)."""
    keys = _foreign_keys(project)
    found, order = _cascade_rows(project, keys, table, ids)
    if len(found.get(table, {})) != len(set(ids)):
        raise NotFoundError.coded("row.not_found", table=table, names=", ".join(map(str, ids)))
    links = _links_into(project, keys, found)
    taken = _table_rows(found, _parents_first(order, keys))
    return Subtree(table, tuple(ids), tuple(taken), tuple(links))


_Rows = dict[str, dict[int, sqlite3.Row]]
_Link = tuple[str, int, str, object]
_TableRows = tuple[str, tuple[str, ...], tuple[tuple[object, ...], ...]]


def _cascade_rows(
    project: Project, keys: list[_ForeignKey], table: str, ids: list[int]
) -> tuple[_Rows, list[str]]:
    """Rows ``ids`` of ``table`` and all rows deleted with them, by table and rowid.

    Also the tables in the order they were first reached.
    """
    found: _Rows = {}
    order: list[str] = []

    def take(name: str, column: str, values: list[object]) -> None:
        if not values:
            return
        marks = ", ".join("?" for _ in values)
        rows = project.query(
            f"SELECT rowid AS _rowid_, * FROM {name} WHERE {column} IN ({marks})", tuple(values)
        )
        known = found.setdefault(name, {})
        if name not in order:
            order.append(name)
        new = [row for row in rows if int(row["_rowid_"]) not in known]
        for row in new:
            known[int(row["_rowid_"])] = row
        for fk in keys:
            if fk.parent == name and fk.on_delete == "CASCADE":
                take(fk.child, fk.column, [row[fk.parent_column] for row in new])

    take(table, _primary_key(project, table), list(ids))
    return found, order


def _links_into(project: Project, keys: list[_ForeignKey], found: _Rows) -> list[_Link]:
    """References from rows outside ``found`` that deleting it sets to NULL.

    Each as (table, rowid, column, value), so that restoring can set them back.
    """
    links: list[_Link] = []
    for fk in keys:
        if fk.on_delete != "SET NULL" or fk.parent not in found:
            continue
        values = [row[fk.parent_column] for row in found[fk.parent].values()]
        marks = ", ".join("?" for _ in values)
        for row in project.query(
            f"SELECT rowid AS _rowid_, {fk.column} FROM {fk.child} WHERE {fk.column} IN ({marks})",
            tuple(values),
        ):
            if int(row["_rowid_"]) not in found.get(fk.child, {}):
                links.append((fk.child, int(row["_rowid_"]), fk.column, row[fk.column]))
    return links


def _table_rows(found: _Rows, ranked: list[str]) -> list[_TableRows]:
    """Per table in ``ranked`` order: its name, columns (rowid first) and rows."""
    taken: list[_TableRows] = []
    for name in ranked:
        records = list(found[name].values())
        if not records:
            continue
        columns = tuple(c for c in records[0].keys() if c != "_rowid_")  # noqa: SIM118
        data = tuple((row["_rowid_"], *(row[c] for c in columns)) for row in records)
        taken.append((name, ("rowid", *columns), data))
    return taken


def _parents_first(tables: list[str], keys: list[_ForeignKey]) -> list[str]:
    ranked: list[str] = []

    def visit(name: str, seen: frozenset[str]) -> None:
        if name in ranked or name in seen:
            return
        for fk in keys:
            if fk.child == name and fk.parent in tables:
                visit(fk.parent, seen | {name})
        ranked.append(name)

    for name in tables:
        visit(name, frozenset())
    return ranked


def delete(project: Project, subtree: Subtree) -> None:
    """Delete the subtree's top rows (the rest goes with them)."""
    key = _primary_key(project, subtree.table)
    with project.transaction():
        project.executemany(
            f"DELETE FROM {subtree.table} WHERE {key} = ?", [(i,) for i in subtree.ids]
        )


def restore(project: Project, subtree: Subtree) -> None:
    """Put the subtree back under its ids, in one transaction.

    A row whose parent outside the subtree is gone meanwhile (a tag, a theme) is left
    out, rather than the whole change failing.
    """
    keys = _foreign_keys(project)
    inside = {name for name, _, _ in subtree.rows}
    with project.transaction():
        for name, columns, values in subtree.rows:
            outside = [fk for fk in keys if fk.child == name and fk.parent not in inside]
            sql = (
                f"INSERT OR REPLACE INTO {name} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)})"
            )
            for row in values:
                record = dict(zip(columns, row, strict=True))
                if all(_exists(project, fk, record.get(fk.column)) for fk in outside):
                    project.execute(sql, row)
        for name, rowid, column, value in subtree.links:
            project.execute(f"UPDATE {name} SET {column} = ? WHERE rowid = ?", (value, rowid))


def _exists(project: Project, fk: _ForeignKey, value: object) -> bool:
    if value is None:
        return True
    sql = f"SELECT 1 FROM {fk.parent} WHERE {fk.parent_column} = ?"
    return project.execute(sql, (value,)).fetchone() is not None
