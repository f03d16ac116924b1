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
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

import numpy as np

from ocr.engines.base import OcrEngine
from ocr.errors import EngineFailedError, EngineUnavailableError, OcrError
from ocr.types import Reading

log = logging.getLogger(__name__)

ReadProgress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
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


def call_with_timeout(fn: Callable[[], T], timeout: float) -> T:
    """Run ``fn`` in a daemon thread; :class:`CallTimeout` if not done within ``timeout`` s."""
    box: dict[str, object] = {}
    done = threading.Event()

    def target() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed to the caller below
            box["error"] = exc
        finally:
            done.set()

    worker = threading.Thread(target=target, name="pinscribe-ocr", daemon=True)
    worker.start()
    if not done.wait(timeout):
        raise CallTimeout(f"The OCR engine did not answer within {timeout:g} s.")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


@dataclass
class RunResult:
    """Readings by crop index (None: unread) and why each unread one is unread."""

    readings: list[Reading | None]
    errors: dict[int, str] = field(default_factory=dict)
    cancelled: bool = False


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
) -> RunResult:
    """Read ``crops[i]`` for each ``i`` in ``indices`` (default: all) with ``engine``.

    The first call gets ``startup_allowance`` extra seconds (models load lazily).
    """
    todo = list(range(len(crops))) if indices is None else list(indices)
    total = len(todo) if total is None else total
    result = RunResult([None] * len(crops))
    timeouts = 0
    first_call = True
    done = done_offset

    def tick(n: int) -> None:
        nonlocal done
        done += n
        if progress is not None:
            try:
                progress(done, total)
            except Exception:  # a broken callback must not stop the reading
                log.exception("OCR progress callback failed")

    def allowance(n: int) -> float:
        base = note_timeout if n == 1 else note_timeout + batch_note_seconds * n
        return base + (startup_allowance if first_call else 0.0)

    for start in range(0, len(todo), max(batch_size, 1)):
        if cancelled is not None and cancelled():
            result.cancelled = True
            break
        batch = todo[start : start + batch_size]
        if timeouts >= MAX_TIMEOUTS:
            for i in batch:
                result.errors[i] = "Not read: the OCR engine stopped answering earlier in this run."
            tick(len(batch))
            continue
        try:
            batch_crops = [crops[i] for i in batch]
            readings = call_with_timeout(
                functools.partial(engine.read_batch, batch_crops), allowance(len(batch))
            )
            first_call = False
            if len(readings) != len(batch):
                raise EngineFailedError("The OCR engine returned a wrong number of readings.")
            for i, reading in zip(batch, readings, strict=False):
                result.readings[i] = reading
            tick(len(batch))
            continue
        except EngineUnavailableError:
            raise
        except CallTimeout as exc:
            log.warning("OCR batch timed out, retrying note by note: %s", exc)
        except Exception as exc:
            log.warning("OCR batch failed, retrying note by note: %s", exc)
        first_call = False
        for i in batch:
            if cancelled is not None and cancelled():
                result.cancelled = True
                break
            if timeouts >= MAX_TIMEOUTS:
                result.errors[i] = "Not read: the OCR engine stopped answering earlier in this run."
                tick(1)
                continue
            try:
                result.readings[i] = call_with_timeout(
                    functools.partial(engine.read, crops[i]), allowance(1)
                )
                timeouts = 0
            except EngineUnavailableError:
                raise
            except CallTimeout as exc:
                timeouts += 1
                result.errors[i] = f"Not read: {exc}"
            except Exception as exc:
                result.errors[i] = (
                    f"Not read: {exc}"
                    if isinstance(exc, OcrError)
                    else (f"Not read: the OCR engine failed ({exc.__class__.__name__}: {exc}).")
                )
            tick(1)
        if result.cancelled:
            break
    return result
