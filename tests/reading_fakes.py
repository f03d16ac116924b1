"""A fake OCR engine and crops that name themselves, for tests of app.reading."""

from __future__ import annotations

import threading
from collections.abc import Sequence

import numpy as np

from ocr.engines.base import OcrEngine, make_reading
from ocr.errors import EngineFailedError, EngineUnavailableError
from ocr.types import Reading, TextBox


def crop(mark: int, ink: bool = True) -> np.ndarray:
    """A 60x60 note; ``mark`` is stored in the first pixel so fakes know which note they read."""
    c = np.full((60, 60, 3), 240, np.uint8)
    if ink:
        c[20:40, 10:50] = 20
    c[0, 0, 0] = mark
    return c


class FakeEngine(OcrEngine):
    """Reads "note N"; fails, hangs or returns nothing on chosen notes."""

    name = "fake"
    version = "0"

    def __init__(
        self,
        *,
        fail: Sequence[int] = (),
        hang: Sequence[int] = (),
        empty: Sequence[int] = (),
        unavailable: bool = False,
        conf: float = 0.9,
    ) -> None:
        super().__init__()
        self.fail, self.hang, self.empty = set(fail), set(hang), set(empty)
        self.unavailable = unavailable
        self.conf = conf
        self.calls = 0
        self.release = threading.Event()

    def check_available(self) -> None:
        if self.unavailable:
            raise EngineUnavailableError("Fake OCR is not installed. pip install fake-ocr")

    def read(self, crop: np.ndarray) -> Reading:
        self.check_available()
        self.calls += 1
        mark = int(crop[0, 0, 0])
        if mark in self.hang:
            self.release.wait(10)
        if mark in self.fail:
            raise EngineFailedError(f"cannot read note {mark}")
        if mark in self.empty:
            return make_reading([], self.name)
        return make_reading([TextBox(f"note {mark}", self.conf, [])], self.name)


#: What :func:`crashing_reader`'s reader says on every call.
CRASH = "Not read: the OCR engine failed (Crash: out of memory)."


def crashing_reader(engine: object = None, *, project: object = None, warn=lambda m: None):
    """A stand-in for :func:`app.reading.readers.make_reader` whose engine reads nothing.

    Its reader tells ``warn`` :data:`CRASH` and gives no reading for any crop.
    """

    def read(crops: Sequence[np.ndarray]) -> list[Reading | None]:
        warn(CRASH)
        return [None] * len(crops)

    return read
