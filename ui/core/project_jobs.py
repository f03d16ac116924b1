"""Background work on an open project: one writer, readers on connections of their own.

The rule:

* The window's connection (``ProjectDocument.project``) belongs to the GUI thread.
  SQLite enforces it (connections are opened with ``check_same_thread`` on): a
  worker thread that reads through it fails instead of stalling the window.
* Every background change to a project goes through its one :class:`ProjectWriter`
  (``document.writer``): its jobs run one after the other on one thread, each on a
  writable connection opened for it there. Imports and recordings write this way.
  A second writer for the same file raises :class:`SecondWriterError`.
* A background job that only reads gets a read-only connection of its own
  (:func:`reading`), on whatever runner suits it (displaying photos, reading notes).

SQLite's WAL mode lets the window and the readers see each committed change while
the writer works on the next one; only a change the user makes at the moment the
writer commits waits for it (SQLite's busy timeout), and only for that transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject

from app.store.project import Project
from ui.core.jobs import Job, JobContext, JobRunner

T = TypeVar("T")

#: A job's work on the project: gets the job's context and its own connection.
ProjectWork = Callable[[JobContext, Project], T]


class SecondWriterError(RuntimeError):
    """A second background writer was made for a project that has one."""


_writers: dict[Path, ProjectWriter] = {}


def writer_of(path: Path) -> ProjectWriter | None:
    """The background writer of the project at ``path``, if it is open."""
    return _writers.get(path.resolve())


class ProjectWriter(QObject):
    """The one background writer of an open project."""

    def __init__(self, path: Path, *, read_only: bool, parent: QObject | None = None) -> None:
        key = path.resolve()
        if key in _writers:
            raise SecondWriterError(f"{path} already has a background writer.")
        super().__init__(parent)
        self.path = path
        self.read_only = read_only
        self._key = key
        self._runner = JobRunner(self)
        _writers[key] = self

    def start(
        self,
        name: str,
        work: ProjectWork[T],
        *,
        on_failure: Callable[[str], object] | None = None,
    ) -> Job:
        """Queue a change to the project; ``work`` gets the writer's connection."""
        path, read_only = self.path, self.read_only

        def run(context: JobContext) -> T:
            with Project.open(path, read_only=read_only) as project:
                return work(context, project)

        return self._runner.start(name, run, on_failure=on_failure)

    def active(self) -> list[Job]:
        return self._runner.active()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel the queued changes and wait for the running one; True if it ended."""
        return self._runner.shutdown(timeout_ms)

    def close(self) -> None:
        """Stop writing (before the project is closed); the file may get a new writer."""
        self.shutdown()
        if _writers.get(self._key) is self:
            del _writers[self._key]


def reading(path: Path, work: ProjectWork[T]) -> Callable[[JobContext], T]:
    """A job callable that reads the project at ``path`` on a read-only connection."""

    def run(context: JobContext) -> T:
        with Project.open(path, read_only=True) as project:
            return work(context, project)

    return run
