"""Opening, checking and creating project files.

A project is refused before anything is written to it when it is not a SQLite
file, not a Pinscribe project, or written by a newer Pinscribe.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from collections import Counter
from pathlib import Path

from app.errors import (
    NewerVersionError,
    NotAProjectError,
    ProjectError,
    ProjectExistsError,
    ProjectNotFoundError,
)
from app.store import schema_check
from app.store.migrations import APPLICATION_ID, SCHEMA_VERSION, migrate

SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".pinscribe"


#: Files this process has open through SQLite, by (device, inode): how many connections.
#: Closing *any* descriptor of a file drops all of the process's POSIX locks on it,
#: SQLite's included; another program opening the project then believes itself its
#: last user, checkpoints and deletes the ``-wal`` and ``-shm`` files under the open
#: connections, whose later writes no other connection sees. So a file held open is
#: never read here through a descriptor of our own (SQLite keeps its own open).
_HELD: Counter[tuple[int, int]] = Counter()
_HELD_LOCK = threading.Lock()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


def held_open(path: Path) -> bool:
    """Whether a connection of this process has the file open.

    Such a file is read only through SQLite (see :data:`_HELD`).
    """
    key = _identity(path)
    with _HELD_LOCK:
        return key is not None and _HELD[key] > 0


class _HeldConnection(sqlite3.Connection):
    """A connection that counts in :data:`_HELD` while it is open."""

    _held: tuple[int, int] | None = None

    def hold(self, key: tuple[int, int] | None) -> None:
        if key is not None:
            with _HELD_LOCK:
                _HELD[key] += 1
            self._held = key

    def close(self) -> None:
        try:
            super().close()
        finally:
            key, self._held = self._held, None
            if key is not None:
                with _HELD_LOCK:
                    _HELD[key] -= 1
                    if _HELD[key] <= 0:
                        del _HELD[key]


def _connect(path: Path, *, read_only: bool = False, immutable: bool = False) -> sqlite3.Connection:
    mode = "?mode=ro" if read_only else "?mode=rwc"
    uri = path.resolve().as_uri() + mode + ("&immutable=1" if immutable else "")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, factory=_HeldConnection)
    conn.hold(_identity(path))
    schema_check.harden(conn)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def inspect(path: Path) -> int:
    """Return the schema version of an existing project, refusing anything else.

    Reads without writing: a refused file is left exactly as it was.
    """
    if not path.exists():
        raise ProjectNotFoundError.coded("project.not_found", path=path)
    if not path.is_file():
        raise NotAProjectError.coded("project.not_a_file", path=path)
    # a file this process holds open was checked when it was opened (see _HELD)
    if not held_open(path):
        _check_header(path)
    try:
        conn = _connect(path, read_only=True, immutable=not writable(path))
        try:
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if app_id == APPLICATION_ID and 0 < version <= SCHEMA_VERSION:
                schema_check.check(conn, version, str(path))
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        _raise_if_busy_or_full(path, error)
        raise NotAProjectError.coded(
            "project.damaged_or_foreign", path=path, reason=str(error)
        ) from error
    if app_id != APPLICATION_ID or version <= 0:
        raise NotAProjectError.coded("project.not_a_project", path=path)
    if version > SCHEMA_VERSION:
        raise NewerVersionError.coded(
            "project.newer", path=path, version=version, supported=SCHEMA_VERSION
        )
    return version


def writable(path: Path) -> bool:
    """Whether the project and its folder can be written (SQLite needs both)."""
    return os.access(path, os.W_OK) and os.access(path.resolve().parent, os.W_OK)


def _check_header(path: Path) -> None:
    """Refuse a file that does not start as SQLite's do, or is shorter than it says."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise ProjectError.coded(
            "file.cannot_read", path=path, reason=error.strerror or error
        ) from error
    if header != SQLITE_MAGIC:
        raise NotAProjectError.coded("project.not_a_project", path=path)
    if is_truncated(path):
        raise NotAProjectError.coded("project.truncated", path=path)


def is_truncated(path: Path) -> bool:
    """Whether the file is shorter than the size its SQLite header records.

    The header's page count is trusted only when SQLite marked it valid, and only
    when no write-ahead log holds pages not yet copied into the file.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError:
        return False
    if len(header) < 100:
        return True
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96] and pages > 0
    wal = path.with_name(path.name + "-wal")
    if not valid or (wal.exists() and wal.stat().st_size > 0):
        return False
    return size < pages * page_size


def backup_path(path: Path, version: int) -> Path:
    """Where the copy made before migrating a version ``version`` file goes."""
    return path.with_name(f"{path.stem}.v{version}-backup{path.suffix}")


def open_connection(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """Open an existing project, migrating it forward (after a backup copy) if needed."""
    version = inspect(path)
    if read_only:
        if version < SCHEMA_VERSION:
            raise ProjectError.coded("project.upgrade_read_only", path=path)
        conn = _connect(path, read_only=True, immutable=not writable(path))
        try:
            schema_check.check(conn, version, str(path))
        except BaseException:
            conn.close()
            raise
        return conn
    if version < SCHEMA_VERSION:
        _quick_check(path)
        try:
            _write_backup(path, version)
        except OSError as error:
            raise ProjectError.coded(
                "project.upgrade_copy_failed", path=path, reason=error.strerror or error
            ) from error
    try:
        conn = _connect(path)
        try:
            schema_check.check(conn, version, str(path))
            if version == SCHEMA_VERSION:
                schema_check.quick_check(conn, str(path))
            conn.execute("PRAGMA journal_mode = WAL")
            migrate(conn)
        except BaseException:
            conn.close()
            raise
    except sqlite3.DatabaseError as error:
        _raise_if_busy_or_full(path, error)
        raise ProjectError.coded("project.cannot_open", path=path, reason=str(error)) from error
    return conn


def _raise_if_busy_or_full(path: Path, error: sqlite3.Error) -> None:
    """Say so when the file is held by another program or its disk is full (not damaged).

    Opening a project in WAL mode writes its ``-shm`` file, even to read.
    """
    code = getattr(error, "sqlite_errorcode", None)
    code = code & 0xFF if isinstance(code, int) else None
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        raise ProjectError.coded("project.busy", path=path) from error
    if code == sqlite3.SQLITE_FULL or code == sqlite3.SQLITE_IOERR and _disk_full(path):
        raise ProjectError.coded("project.lock_disk_full", name=path.name) from error


def _disk_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.resolve().parent).free < 1024 * 1024
    except OSError:
        return False


def _write_backup(path: Path, version: int) -> Path:
    """Copy the file before migrating it, under the first free name.

    Never over anything: an earlier backup, or a link planted beside a file from a
    stranger, stays as it is.
    """
    target, number = backup_path(path, version), 2
    while target.exists() or target.is_symlink():
        target = path.with_name(f"{path.stem}.v{version}-backup-{number}{path.suffix}")
        number += 1
    with path.open("rb") as source, target.open("xb") as copy:  # "x": ours, or an error
        try:
            shutil.copyfileobj(source, copy)
            shutil.copystat(path, target)
        except BaseException:
            target.unlink(missing_ok=True)
            raise
    return target


def _quick_check(path: Path) -> None:
    """The integrity check before the backup copy and migration of an older file."""
    conn = _connect(path, read_only=True)
    try:
        schema_check.quick_check(conn, str(path))
    finally:
        conn.close()


def create_connection(path: Path) -> sqlite3.Connection:
    """Create a new, empty project file; refuse to overwrite an existing one."""
    if path.exists():
        raise ProjectExistsError.coded("project.exists", path=path)
    if not path.parent.is_dir():
        raise ProjectError.coded("file.no_folder", parent=path.parent)
    try:
        conn = _connect(path)
        conn.execute("PRAGMA journal_mode = WAL")
        migrate(conn)
        schema_check.check(conn, SCHEMA_VERSION, str(path))
    except sqlite3.DatabaseError as error:
        path.unlink(missing_ok=True)
        raise ProjectError.coded(
            "demo.cannot_create_folder", path=path, reason=str(error)
        ) from error
    return conn
