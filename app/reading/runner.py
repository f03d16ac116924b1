"""Running an engine over many crops robustly: timeouts, failures, progress and cancel.

Each engine call runs in a daemon thread that the runner waits on with a
timeout; a call that hangs is abandoned (an in-process engine cannot be
killed) and its notes stay unread. A batch that fails or hangs is retried note
by note, so one bad note does not cost the others. After
``MAX_TIMEOUTS`` notes in a row hang, the engine is given up on for the rest of
the run (a hung engine usually holds its lock, and every further note would wait
out its own timeout).
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import numpy as np

from app.messages import message
from ocr.engines.base import OcrEngine
from ocr.errors import EngineFailedError, EngineUnavailableError, OcrError
from ocr.types import Reading

log = logging.getLogger(__name__)

ReadProgress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
#: Called with the indices of crops just read and the readings so far (by crop index).
OnRead = Callable[[list[int], Sequence[Reading | None]], None]
T = TypeVar("T")

#: Seconds allowed for one note alone; a batch of n gets NOTE_TIMEOUT + BATCH_NOTE_SECONDS * n
#: (a note takes 0.05-0.3 s), the first call also STARTUP_ALLOWANCE (models load lazily).
NOTE_TIMEOUT = 10.0
BATCH_NOTE_SECONDS = 2.0
STARTUP_ALLOWANCE = 30.0
MAX_TIMEOUTS = 2
BATCH_SIZE = 16


class CallTimeout(OcrError):
    """An engine call did not return in time."""


class _Call:
    """An engine call running in a daemon thread; :meth:`wait` for its value."""

    def __init__(self, fn: Callable[[], T]) -> None:
        self.box: dict[str, object] = {}
        self.done = threading.Event()

        def target() -> None:
            try:
                self.box["value"] = fn()
            except BaseException as exc:  # noqa: BLE001 - re-raised in the caller below
                self.box["error"] = exc
            finally:
                self.done.set()

        threading.Thread(target=target, name="pinscribe-ocr", daemon=True).start()

    def wait(self, timeout: float) -> Any:
        """The call's value; its exception re-raised; :class:`CallTimeout` after ``timeout`` s."""
        if not self.done.wait(timeout):
            raise CallTimeout.coded("ocr.engine_timeout", timeout=f"{timeout:g}")
        if "error" in self.box:
            raise self.box["error"]  # type: ignore[misc]
        return self.box["value"]


def call_with_timeout(fn: Callable[[], T], timeout: float) -> T:
    """Run ``fn`` in a daemon thread; :class:`CallTimeout` if not done within ``timeout`` s."""
    return _Call(fn).wait(timeout)


@dataclass
class RunResult:
    """Readings by crop index (None: unread) and why each unread one is unread."""

    readings: list[Reading | None]
    errors: dict[int, str] = field(default_factory=dict)
    cancelled: bool = False


_GAVE_UP = message("read.gave_up")


def _failure(exc: Exception) -> str:
    if isinstance(exc, OcrError):
        return message("read.not_read", reason=str(exc))
    return message("read.engine_failed", kind=exc.__class__.__name__, reason=str(exc))


class _Run:
    """One run of an engine over crops: the state shared by batches and single notes."""

    def __init__(
        self,
        engine: OcrEngine,
        crops: Sequence[np.ndarray],
        *,
        progress: ReadProgress | None,
        cancelled: Cancelled | None,
        note_timeout: float,
        startup_allowance: float,
        batch_note_seconds: float,
        done: int,
        total: int,
        on_read: OnRead | None = None,
    ) -> None:
        self.engine = engine
        self.on_read = on_read
        self.ready: list[int] = []  # read, not yet handed to ``on_read``
        self.crops = crops
        self.progress = progress
        self.cancelled = cancelled
        self.note_timeout = note_timeout
        self.startup_allowance = startup_allowance
        self.batch_note_seconds = batch_note_seconds
        self.done = done
        self.total = total
        self.timeouts = 0
        self.first_call = True
        self.result = RunResult([None] * len(crops))

    def stop_asked(self) -> bool:
        if self.cancelled is not None and self.cancelled():
            self.result.cancelled = True
        return self.result.cancelled

    def tick(self, n: int) -> None:
        self.done += n
        if self.progress is not None:
            try:
                self.progress(self.done, self.total)
            except Exception:  # a broken callback must not stop the reading
                log.exception("OCR progress callback failed")

    def allowance(self, n: int) -> float:
        base = self.note_timeout if n == 1 else self.note_timeout + self.batch_note_seconds * n
        return base + (self.startup_allowance if self.first_call else 0.0)

    def given_up(self, indices: Sequence[int]) -> bool:
        """After too many hangs: mark ``indices`` unread and say so."""
        if self.timeouts < MAX_TIMEOUTS:
            return False
        for i in indices:
            self.result.errors[i] = _GAVE_UP
        self.tick(len(indices))
        return True

    def hand_over(self) -> float:
        """Give the notes read so far to ``on_read``; the seconds that took."""
        if self.on_read is None or not self.ready:
            return 0.0
        ready, self.ready = self.ready, []
        start = time.perf_counter()
        try:
            self.on_read(ready, self.result.readings)
        except Exception:  # the caller finishes what it was not given (see read_notes_detailed)
            log.exception("OCR on_read callback failed")
        return time.perf_counter() - start

    def batch(self, batch: list[int]) -> bool:
        """Read ``batch`` in one call; False if it failed or hung (to be retried note by note).

        While the engine reads, the notes of the previous batch are handed to
        ``on_read`` (so their post-processing overlaps this batch's reading).
        """
        try:
            call = _Call(functools.partial(self.engine.read_batch, [self.crops[i] for i in batch]))
            spent = self.hand_over()
            readings = call.wait(self.allowance(len(batch)) + spent)
            self.first_call = False
            if len(readings) != len(batch):
                raise EngineFailedError.coded("ocr.engine_wrong_count")
        except EngineUnavailableError:
            raise
        except CallTimeout as exc:
            log.warning("OCR batch timed out, retrying note by note: %s", exc)
            self.first_call = False
            return False
        except Exception as exc:  # noqa: BLE001 - an engine may raise any type; notes retried
            log.warning("OCR batch failed, retrying note by note: %s", exc)
            self.first_call = False
            return False
        for i, reading in zip(batch, readings, strict=False):
            self.result.readings[i] = reading
        self.ready += batch
        self.tick(len(batch))
        return True

    def one(self, i: int) -> None:
        """Read note ``i`` alone; a failure or hang leaves it unread with the reason."""
        try:
            self.result.readings[i] = call_with_timeout(
                functools.partial(self.engine.read, self.crops[i]), self.allowance(1)
            )
            self.ready.append(i)
            self.timeouts = 0
        except EngineUnavailableError:
            raise
        except CallTimeout as exc:
            self.timeouts += 1
            self.result.errors[i] = message("read.not_read", reason=str(exc))
        except Exception as exc:  # noqa: BLE001 - an engine may raise any type; one note lost
            self.result.errors[i] = _failure(exc)
        self.tick(1)


def run_engine(
    engine: OcrEngine,
    crops: Sequence[np.ndarray],
    *,
    indices: Sequence[int] | None = None,
    progress: ReadProgress | None = None,
    cancelled: Cancelled | None = None,
    note_timeout: float = NOTE_TIMEOUT,
    batch_size: int = BATCH_SIZE,
    done_offset: int = 0,
    total: int | None = None,
    startup_allowance: float = STARTUP_ALLOWANCE,
    batch_note_seconds: float = BATCH_NOTE_SECONDS,
    on_read: OnRead | None = None,
) -> RunResult:
    """Read ``crops[i]`` for each ``i`` in ``indices`` (default: all) with ``engine``.

    The first call gets ``startup_allowance`` extra seconds (models load lazily).
    ``on_read(indices, readings)`` is given the notes read, batch by batch, while the
    engine reads the next batch, and the last ones before this returns (also
    when cancelled); a failing ``on_read`` is logged, the run goes on.
    """
    todo = list(range(len(crops))) if indices is None else list(indices)
    run = _Run(
        engine,
        crops,
        progress=progress,
        cancelled=cancelled,
        note_timeout=note_timeout,
        startup_allowance=startup_allowance,
        batch_note_seconds=batch_note_seconds,
        done=done_offset,
        total=len(todo) if total is None else total,
        on_read=on_read,
    )
    step = max(batch_size, 1)
    for start in range(0, len(todo), step):
        batch = todo[start : start + step]
        if run.stop_asked():
            break
        if run.given_up(batch) or run.batch(batch):
            continue
        for i in batch:
            if run.stop_asked():
                break
            if not run.given_up([i]):
                run.one(i)
        if run.result.cancelled:
            break
    run.hand_over()
    return run.result
