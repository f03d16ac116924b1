"""Who has a project open for writing: a lock file beside the project.

One process writes a project at a time. A second process that opens the project for
writing is told who has it (:class:`ProjectInUseError`) and may open it read-only.
Within one process, opens are counted, so the app and its workers share the project.
A lock left by a crashed process (its PID is gone on this machine) is taken over, and
so is one that names no valid PID. A lock from another machine is kept until the user
breaks it (:func:`break_lock`, ``--break-lock``).
SQLite's own locking still serialises every transaction, so even a forced second
writer could not corrupt the file; the lock keeps the app's view of it current.
"""

from __future__ import annotations

import errno
import json
import os
import socket
import stat
import threading
import time
from pathlib import Path

from app.errors import ProjectError
from app.messages import message

_held: dict[Path, int] = {}
_guard = threading.Lock()


class ProjectInUseError(ProjectError):
    """Another Pinscribe process has the project open for writing."""


def lock_path(project: Path) -> Path:
    return project.with_name(project.name + ".lock")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _owner(path: Path) -> dict[str, object] | None:
    """The lock's record, or None when it is not a small JSON object in a plain file."""
    try:
        if not stat.S_ISREG(path.lstat().st_mode):
            return None
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        try:
            raw = os.read(fd, 4096)
        finally:
            os.close(fd)
        data = json.loads(raw.decode("utf-8"))
        return data if isinstance(data, dict) else None
    except (OSError, ValueError):
        return None


#: PIDs a Pinscribe process can have (0, 1 and negative numbers name groups or init).
_PIDS = range(2, 2**22 + 1)


def _stale(owner: dict[str, object] | None) -> bool:
    if owner is None:
        return True
    host = owner.get("host")
    if not isinstance(host, str) or not host:
        return True
    if host != socket.gethostname():
        return False
    pid = owner.get("pid")
    if isinstance(pid, bool) or not isinstance(pid, int) or pid not in _PIDS:
        return True
    return pid == os.getpid() or not _alive(pid)


def _check_lock_file(path: Path, project: Path) -> None:
    """Refuse a lock path that is not a plain file (a folder, a pipe) with one line."""
    try:
        mode = path.lstat().st_mode
    except OSError:
        return
    if not stat.S_ISREG(mode):
        raise ProjectError.coded("project.lock_foreign", name=path.name, name2=project.name)


def owner_of(project: Path) -> dict[str, object] | None:
    """Who holds the lock of ``project`` (pid, host), or None."""
    return _owner(lock_path(project.resolve()))


def break_lock(project: Path) -> str | None:
    """Remove another machine's (or a dead process's) lock; returns a warning to show.

    A lock held by a live process on this machine is never broken.
    """
    path = lock_path(project.resolve())
    if not path.exists() and not path.is_symlink():
        return None
    _check_lock_file(path, project)
    owner = _owner(path)
    if owner is not None and not _stale(owner) and owner.get("host") == socket.gethostname():
        raise ProjectInUseError.coded(
            "project.in_use_here", name=project.name, value=owner.get("pid")
        )
    path.unlink(missing_ok=True)
    if owner is None or _stale(owner):
        return None
    return (
        f"broke the lock of process {owner.get('pid')} on {owner.get('host')}: if Pinscribe "
        f"still has {project.name} open there, its changes may conflict with yours."
    )


def acquire(project: Path) -> None:
    """Mark ``project`` as open for writing by this process, or raise ProjectInUseError."""
    key = project.resolve()
    with _guard:
        if key in _held:
            _held[key] += 1
            return
        path = lock_path(key)
        record = json.dumps(
            {"pid": os.getpid(), "host": socket.gethostname(), "since": time.time()}
        ).encode()
        for _attempt in range(3):
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                _check_lock_file(path, project)
                owner = _owner(path)
                if _stale(owner):
                    path.unlink(missing_ok=True)
                    continue
                assert owner is not None
                host = owner.get("host")
                who = message("project.lock_owner", pid=owner.get("pid"), host=host)
                other = host != socket.gethostname()
                code = "project.in_use_elsewhere" if other else "project.in_use"
                raise ProjectInUseError.coded(code, name=project.name, who=who) from None
            except IsADirectoryError:
                _check_lock_file(path, project)
                raise
            except OSError:
                return  # a folder we cannot write in: SQLite will refuse writes itself
            try:
                with os.fdopen(fd, "wb") as handle:
                    handle.write(record)
            except OSError as error:
                path.unlink(missing_ok=True)
                if error.errno == errno.ENOSPC:
                    raise ProjectError.coded("project.lock_disk_full", name=project.name) from error
                raise ProjectError.coded(
                    "project.lock_failed", name=project.name, reason=error.strerror or error
                ) from error
            _held[key] = 1
            return
        raise ProjectInUseError.coded("project.opening", name=project.name)


def release(project: Path) -> None:
    key = project.resolve()
    with _guard:
        count = _held.get(key, 0)
        if count > 1:
            _held[key] = count - 1
            return
        if count == 1:
            del _held[key]
            lock_path(key).unlink(missing_ok=True)
