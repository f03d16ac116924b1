"""Background jobs: the one way the window runs long work off the GUI thread.

A job is a plain callable from :mod:`app` that takes a :class:`JobContext`: it polls
``context.cancelled()``, and reports with ``context.progress(value)`` and
``context.produce(value)`` (a partial result, e.g. one imported photo). The
:class:`Job` object turns these into signals delivered in the GUI thread, then
``finished(result)`` or ``failed(message)``; exactly one of the two comes, also
after a cancel. Jobs of one :class:`JobRunner` run one after the other on its own
thread. Which runner may change a project, and which connection a job reads
through, is the rule of :mod:`ui.core.project_jobs`.

A failure always reaches the user, as Anki's ``CollectionOp`` does it: it is logged,
and, unless the caller passed ``on_failure`` to :meth:`JobRunner.start` to show it
itself, it goes to the one error channel, :func:`job_failures`, which the window's
Problems panel follows. Connecting ``failed`` (for bookkeeping) changes nothing of that.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from ui.messages import user_message

log = logging.getLogger(__name__)


class JobFailures(QObject):
    """The one error channel of background work (the Problems panel follows it)."""

    #: A job (or an export, ...) named ``name`` failed with this message.
    reported = Signal(str, str)


_failures: JobFailures | None = None


def job_failures() -> JobFailures:
    """The application's error channel for background work."""
    global _failures
    if _failures is None or not shiboken6.isValid(_failures):  # none yet, or a new app
        _failures = JobFailures(QCoreApplication.instance())
    return _failures


def report_failure(name: str, message: str) -> None:
    """Log a failure of background work and send it to the error channel."""
    log.error("%s failed: %s", name, message)
    job_failures().reported.emit(name, message)


class JobContext:
    """What a running job sees: a cancel flag and two ways to report."""

    def __init__(self, job: Job) -> None:
        self._job = job

    def cancelled(self) -> bool:
        return self._job.is_cancelled()

    def progress(self, value: object) -> None:
        self._job._progress.emit(value)

    def produce(self, value: object) -> None:
        self._job._produced.emit(value)


class Job(QObject):
    """One background job as the GUI thread sees it."""

    progressed = Signal(object)
    produced = Signal(object)
    finished = Signal(object)
    failed = Signal(str)

    # Emitted in the worker thread; queued to the slots below, which live in the GUI
    # thread, so that every public signal (and whatever it calls) runs there.
    _progress = Signal(object)
    _produced = Signal(object)
    _finished = Signal(object)
    _failed = Signal(str)

    def __init__(
        self,
        name: str,
        parent: QObject | None = None,
        *,
        on_failure: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self._on_failure = on_failure
        self._cancel = threading.Event()
        self._done = threading.Event()
        queued = Qt.ConnectionType.QueuedConnection
        self._progress.connect(self._relay_progress, queued)
        self._produced.connect(self._relay_produced, queued)
        self._finished.connect(self._relay_finished, queued)
        self._failed.connect(self._relay_failed, queued)

    @Slot(object)
    def _relay_progress(self, value: object) -> None:
        self.progressed.emit(value)

    @Slot(object)
    def _relay_produced(self, value: object) -> None:
        self.produced.emit(value)

    @Slot(object)
    def _relay_finished(self, value: object) -> None:
        self.finished.emit(value)

    @Slot(str)
    def _relay_failed(self, message: str) -> None:
        # The worker thread logged it with its traceback.
        if self._on_failure is not None:
            self._on_failure(message)
        else:
            job_failures().reported.emit(self.name, message)
        self.failed.emit(message)

    def cancel(self) -> None:
        """Ask the job to stop at its next check; what it finished stays."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the job's callable returned (for closing); True if it did."""
        return self._done.wait(timeout)


class _Runnable(QRunnable):
    def __init__(self, job: Job, work: Callable[[JobContext], Any]) -> None:
        super().__init__()
        # Python keeps the runnable (on its job) until the job is forgotten: with
        # auto-delete, or without a reference, the wrapper can be collected first.
        self.setAutoDelete(False)
        self._job = job
        self._work = work

    def run(self) -> None:
        job = self._job
        try:
            result = self._work(JobContext(job))
        except Exception as error:  # noqa: BLE001 - every failure must reach the user
            message = user_message(error)
            log.exception("%s failed", job.name)
            job._done.set()
            job._failed.emit(message)
            return
        job._done.set()
        job._finished.emit(result)


def _finish_before_destroyed(pool: QThreadPool, jobs: list[Job]) -> Callable[..., None]:
    """What a runner does when Qt destroys it: cancel its jobs and let them return.

    A ``QThreadPool`` that Qt destroys waits for its running jobs while this thread
    holds Python's GIL, which a job needs to return: the window would hang for ever
    (a dialog deleted while its job runs, a window closed during the start-up check
    of the engines). ``destroyed`` comes before Qt deletes the pool, and
    ``waitForDone`` lets go of the GIL while it waits. Jobs not yet started are
    dropped, so only the running one is waited for: as long as its callable takes
    to see the cancel (each job's longest step without a look, e.g. one OCR call).
    """

    def finish(*_args: object) -> None:
        for job in jobs:
            job.cancel()
        pool.clear()
        pool.waitForDone()

    return finish


class JobRunner(QObject):
    """Runs jobs in order on a thread of its own."""

    def __init__(self, parent: QObject | None = None, *, threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._jobs: list[Job] = []
        self.destroyed.connect(_finish_before_destroyed(self._pool, self._jobs))

    def start(
        self,
        name: str,
        work: Callable[[JobContext], Any],
        *,
        on_failure: Callable[[str], object] | None = None,
    ) -> Job:
        """Queue ``work`` and return its job; connect to its signals right away.

        A failure goes to the Problems panel and the log, or to ``on_failure`` (and
        the log) for a caller that shows it itself.
        """
        job = Job(name, self, on_failure=on_failure)
        job.finished.connect(lambda _result, job=job: self._forget(job))
        job.failed.connect(lambda _message, job=job: self._forget(job))
        self._jobs.append(job)
        runnable = _Runnable(job, work)
        job._runnable = runnable  # type: ignore[attr-defined]
        self._pool.start(runnable)
        return job

    def active(self) -> list[Job]:
        return list(self._jobs)

    def cancel_all(self) -> None:
        for job in self._jobs:
            job.cancel()

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel every job and wait for the thread to finish; True if it did."""
        self.cancel_all()
        return self._pool.waitForDone(timeout_ms)

    def _forget(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        job.deleteLater()
