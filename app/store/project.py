"""The open project: one SQLite file, and the repositories that read and write it.

All SQL of Pinscribe lives in :mod:`app.store`. Callers (CLI, pipeline, UI) use
:class:`Project` and its repositories, never the connection.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from app.errors import ProjectError, ReadOnlyProjectError
from app.store import database
from app.store.notes import Notes
from app.store.photos import Photos
from app.store.stations import Stations
from app.store.tags import Tags
from app.store.themes import Themes
from app.store.workshop import Settings, WorkshopRepo


class Project:
    """An open project file.

    Every change runs in a transaction (:meth:`transaction`); nested transactions
    become savepoints, so a photo and its notes are stored all or nothing. The
    connection may be used from several threads; a lock serialises access.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool) -> None:
        self.path = path
        self.read_only = read_only
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self.lock = threading.RLock()
        self.workshop = WorkshopRepo(self)
        self.settings = Settings(self)
        self.stations = Stations(self)
        self.photos = Photos(self)
        self.notes = Notes(self)
        self.themes = Themes(self)
        self.tags = Tags(self)

    @classmethod
    def create(cls, path: str | Path, *, title: str = "") -> Project:
        """Create a new project file at ``path`` (which must not exist)."""
        project = cls(Path(path), database.create_connection(Path(path)), read_only=False)
        if title:
            project.workshop.update(title=title)
        return project

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Project:
        """Open an existing project, refusing foreign or newer files untouched."""
        conn = database.open_connection(Path(path), read_only=read_only)
        return cls(Path(path), conn, read_only=read_only)

    def close(self) -> None:
        with self.lock:
            self.conn.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a block of changes atomically: all of them are saved, or none."""
        if self.read_only:
            raise ReadOnlyProjectError(f"{self.path} is open read-only; changes are not saved.")
        with self.lock:
            if self.conn.in_transaction:
                with self.db.atomic():
                    yield self.conn
                return
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as error:
                raise ProjectError(f"{self.path} is busy or locked: {error}") from error
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            try:
                self.conn.execute("COMMIT")
            except sqlite3.DatabaseError as error:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise ProjectError(f"Cannot save to {self.path}: {error}") from error

    def query(
        self, sql: str, params: tuple[object, ...] | dict[str, object] = ()
    ) -> list[sqlite3.Row]:
        """Run a read query under the lock and return all rows (for the repositories)."""
        with self.lock:
            cursor = self.conn.execute(sql, params)
            cursor.row_factory = sqlite3.Row
            return list(cursor.fetchall())

    def integrity_check(self) -> str:
        """Return SQLite's ``PRAGMA integrity_check`` verdict ("ok" when healthy)."""
        return str(self.query("PRAGMA integrity_check")[0][0])
