"""Who has a project open for writing: a lock file beside the project.

One process writes a project at a time. A second process that opens the project for
writing is told who has it (:class:`ProjectInUseError`) and may open it read-only.
Within one process, opens are counted, so the app and its workers share the project.
A lock left by a crashed process (its PID is gone on this machine) is taken over.
SQLite's own locking still serialises every transaction, so even a forced second
writer could not corrupt the file; the lock keeps the app's view of it current.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from pathlib import Path

from app.errors import ProjectError

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
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else None
    except (OSError, ValueError):
        return None


def _stale(owner: dict[str, object] | None) -> bool:
    if owner is None:
        return True
    if owner.get("host") != socket.gethostname():
        return False
    pid = owner.get("pid")
    return not isinstance(pid, int) or not _alive(pid)


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
                owner = _owner(path)
                if _stale(owner):
                    path.unlink(missing_ok=True)
                    continue
                who = f"process {owner.get('pid')} on {owner.get('host')}" if owner else "?"
                raise ProjectInUseError.coded(
                    "project.in_use", name=project.name, who=who
                ) from None
            except OSError:
                return  # a folder we cannot write in: SQLite will refuse writes itself
            with os.fdopen(fd, "wb") as handle:
                handle.write(record)
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
