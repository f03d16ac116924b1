"""A journal of running imports, kept in the project, so an interrupted one is noticed.

The journal is written when an import starts and each photo is marked done in the
same transaction that stores it; a finished or cancelled import clears it. If the
process is killed, the journal remains: :func:`interrupted_import` reports what was
left, and :func:`resume_import` imports the rest.

The journal names files on the disk of whoever imported, and the project file may be
mailed to someone else: it is offered for resuming only on the same machine and user
account that wrote it (a planted journal cannot make the recipient import their own
files into a stranger's project), and only with paths that are plain text.
"""

from __future__ import annotations

import getpass
import json
import socket
from dataclasses import dataclass
from pathlib import Path

from app.store import Project

KEY = "job.import"


@dataclass(frozen=True)
class InterruptedImport:
    station_id: int
    remaining: list[Path]
    done: int


def start(project: Project, station_id: int, paths: list[Path]) -> None:
    record = {
        "station": station_id,
        "paths": [str(p) for p in paths],
        "done": [],
        "host": socket.gethostname(),
        "user": _user(),
    }
    project.settings.set(KEY, json.dumps(record, ensure_ascii=False))


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


#: Most photos one journal may list (a longer list is not Pinscribe's).
_MAX_PATHS = 100_000


def _load(project: Project) -> dict[str, object] | None:
    value = project.settings.get(KEY)
    if not value:
        return None
    try:
        data = json.loads(value)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def mark_done(project: Project, path: Path) -> None:
    """Record a photo as stored (call inside the transaction that stores it)."""
    record = _load(project)
    done = record.get("done") if record is not None else None
    if record is not None and isinstance(done, list):
        done.append(str(path))
        project.settings.set(KEY, json.dumps(record, ensure_ascii=False))


def finish(project: Project) -> None:
    project.settings.delete(KEY)


MERGE_KEY = "job.merge"


def start_merge(project: Project, station_id: int) -> None:
    """Note that the notes seen twice in a station are to be merged (before importing)."""
    project.settings.set(MERGE_KEY, str(station_id))


def finish_merge(project: Project) -> None:
    project.settings.delete(MERGE_KEY)


def pending_merge(project: Project) -> int | None:
    """The station whose merge an interrupted import left undone, if it still exists."""
    value = project.settings.get(MERGE_KEY)
    if not value or not value.isdigit() or len(value) > 18:
        return None
    station = int(value)
    return station if station in {s.id for s in project.stations.list()} else None


def interrupted_import(project: Project) -> InterruptedImport | None:
    """The import a killed process left unfinished, if any (and its station still exists)."""
    record = _load(project)
    if record is None:
        return None
    station = record.get("station")
    paths = record.get("paths")
    done = record.get("done")
    if not isinstance(station, int) or not isinstance(paths, list) or not isinstance(done, list):
        return None
    if record.get("host") != socket.gethostname() or record.get("user") != _user():
        return None  # written elsewhere: its paths mean nothing (or harm) here
    if len(paths) > _MAX_PATHS or not all(
        isinstance(p, str) and p and "\x00" not in p and len(p) < 4096 for p in paths
    ):
        return None
    if station not in {s.id for s in project.stations.list()}:
        return None
    remaining = [Path(p) for p in paths if p not in done]
    return InterruptedImport(station, remaining, len(done))
