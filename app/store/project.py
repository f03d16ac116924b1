"""The open project: one SQLite file, and the repositories that read and write it.

All SQL of Pinscribe lives in :mod:`app.store`. Callers (CLI, pipeline, UI) use
:class:`Project` and its repositories, never the connection.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from app.errors import ProjectError, ReadOnlyProjectError
from app.leftovers import partial_path
from app.store import database, lock
from app.store.cross_themes import CrossThemes
from app.store.notes import Notes
from app.store.photos import Photos
from app.store.recordings import Recordings
from app.store.stations import Stations
from app.store.tags import Tags
from app.store.themes import Themes
from app.store.workshop import Settings, WorkshopRepo


class Project:
    """An open project file.

    Every change runs in a transaction (:meth:`transaction`); nested transactions
    become savepoints, so a photo and its notes are stored all or nothing. The
    connection belongs to the thread that opened it (SQLite checks); background work
    opens a connection of its own (see ``ui.core.project_jobs``).
    """

    def __init__(
        self, path: Path, conn: sqlite3.Connection, *, read_only: bool, locked: bool = False
    ) -> None:
        self.path = path
        self.read_only = read_only
        #: Why the project is read-only when the user did not ask for it ("" otherwise).
        self.read_only_reason = ""
        self._locked = locked
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
        self.cross_themes = CrossThemes(self)
        self.recordings = Recordings(self)

    @classmethod
    def create(cls, path: str | Path, *, title: str = "") -> Project:
        """Create a new project file at ``path`` (which must not exist)."""
        conn = database.create_connection(Path(path))
        try:
            lock.acquire(Path(path))
        except BaseException:
            conn.close()
            raise
        project = cls(Path(path), conn, read_only=False, locked=True)
        if title:
            project.workshop.update(title=title)
        return project

    @classmethod
    def open(cls, path: str | Path, *, read_only: bool = False) -> Project:
        """Open an existing project, refusing foreign or newer files untouched.

        A project on a read-only medium opens read-only (see :attr:`read_only_reason`);
        one that another Pinscribe process writes raises
        :class:`~app.store.lock.ProjectInUseError`.
        """
        path = Path(path)
        reason = ""
        if not read_only and path.is_file() and not database.writable(path):
            read_only, reason = True, "medium"
        if read_only:
            project = cls(path, database.open_connection(path, read_only=True), read_only=True)
            project.read_only_reason = reason
            return project
        database.inspect(path)
        lock.acquire(path)
        try:
            conn = database.open_connection(path)
        except BaseException:
            lock.release(path)
            raise
        return cls(path, conn, read_only=False, locked=True)

    def close(self) -> None:
        with self.lock:
            self.conn.close()
            if self._locked:
                self._locked = False
                lock.release(self.path)

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Run a block of changes atomically: all of them are saved, or none.

        The repositories write with :meth:`execute` inside it; the connection itself
        is not handed out.
        """
        if self.read_only:
            if self.read_only_reason == "medium":
                raise ReadOnlyProjectError.coded("project.read_only_medium", path=self.path)
            raise ReadOnlyProjectError.coded("project.read_only", path=self.path)
        with self.lock:
            if self.conn.in_transaction:
                with self.db.atomic():
                    yield
                return
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as error:
                raise ProjectError.coded("project.busy", path=self.path) from error
            try:
                yield
                self.conn.execute("COMMIT")
            except sqlite3.DatabaseError as error:
                self._rollback()
                raise self._save_error(error) from error
            except BaseException:
                self._rollback()
                raise

    def _rollback(self) -> None:
        # SQLite may have rolled back already (e.g. on a full disk)
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.DatabaseError):
                self.conn.execute("ROLLBACK")

    def _save_error(self, error: sqlite3.DatabaseError) -> ProjectError:
        """A user-fit message for a failed change; nothing of it was saved."""
        text = str(error).lower()
        if "full" in text:
            code = "save.disk_full"
        elif "readonly" in text or "read-only" in text:
            code = "save.not_writable"
        elif "malformed" in text or "not a database" in text:
            code = "save.damaged"
        elif "locked" in text or "busy" in text:
            code = "save.locked"
        elif "foreign key" in text or "constraint" in text:
            code = "save.conflict"
        else:
            code = "save.failed"  # never SQLite's own words: they mean nothing to a user
        return ProjectError.coded(code, name=self.path.name)

    def save_copy(self, target: str | Path) -> Path:
        """Write a consistent copy of the open project to ``target`` (SQLite's backup API).

        The copy is complete or absent: it is written beside ``target`` and renamed.
        """
        target = Path(target)
        if target.resolve() == self.path.resolve():
            raise ProjectError.coded("copy.same_file")
        temp = partial_path(target)
        try:
            temp.unlink(missing_ok=True)
            copy = sqlite3.connect(temp)
            try:
                with self.lock:
                    self.conn.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
            finally:
                copy.close()
            os.replace(temp, target)
        except (OSError, sqlite3.DatabaseError) as error:
            temp.unlink(missing_ok=True)
            reason = getattr(error, "strerror", None) or str(error)
            raise ProjectError.coded("copy.failed", target=target, reason=str(reason)) from error
        return target

    def execute(
        self, sql: str, params: Sequence[object] | dict[str, object] = ()
    ) -> sqlite3.Cursor:
        """Run one change inside :meth:`transaction` (for the repositories of the store)."""
        if not self.conn.in_transaction:
            raise RuntimeError("Project.execute() outside a transaction")
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: Iterable[Sequence[object]]) -> sqlite3.Cursor:
        """Run one change for many rows inside :meth:`transaction`."""
        if not self.conn.in_transaction:
            raise RuntimeError("Project.executemany() outside a transaction")
        return self.conn.executemany(sql, rows)

    def query(
        self, sql: str, params: tuple[object, ...] | dict[str, object] = ()
    ) -> list[sqlite3.Row]:
        """Run a read query under the lock and return all rows (for the repositories)."""
        with self.lock:
            try:
                cursor = self.conn.execute(sql, params)
                cursor.row_factory = sqlite3.Row
                return list(cursor.fetchall())
            except sqlite3.DatabaseError as error:
                raise ProjectError.coded(
                    "project.cannot_read", name=self.path.name, reason=str(error)
                ) from error

    def integrity_check(self) -> str:
        """Return SQLite's ``PRAGMA integrity_check`` verdict ("ok" when healthy)."""
        return str(self.query("PRAGMA integrity_check")[0][0])
