"""The OCR engines of this process: built and checked once per set of languages.

Building an engine is cheap, checking it is not (Tesseract runs ``tesseract
--version`` and ``--list-langs``; PP-OCR loads two onnxruntime sessions on first
use), and a Tesseract engine keeps a pool of loaded tesserocr APIs. So every
caller (imports, re-reading, recordings, the About dialog, ``pinscribe ocr``)
takes its engines from here: the first call builds and checks them, later calls
reuse both the engines and the verdict. ``refresh=True`` checks again (after the
user installed something); :func:`reset_engines` forgets everything (tests).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

from ocr.engines.base import OcrEngine
from ocr.engines.ppocr import PpOcrEngine
from ocr.engines.tesseract import TesseractEngine
from ocr.errors import EngineUnavailableError

#: Engine names in the order "auto" tries them.
ENGINE_NAMES = ("ppocr", "tesseract")


@dataclass(frozen=True)
class EngineStatus:
    """Whether an engine can run here; ``message`` says how to install what is missing."""

    name: str
    available: bool
    version: str
    message: str


@dataclass(frozen=True)
class CheckedEngine:
    engine: OcrEngine
    status: EngineStatus


_LOCK = threading.Lock()
_CHECKED: dict[tuple[str, ...], dict[str, CheckedEngine]] = {}


def make_engine(name: str, languages: Sequence[str]) -> OcrEngine:
    """A new, unchecked engine (prefer :func:`checked_engines`, which builds each once)."""
    if name == "ppocr":
        return PpOcrEngine(languages)
    if name == "tesseract":
        return TesseractEngine(languages)
    raise ValueError(f"Unknown OCR engine {name!r}; choose one of {', '.join(ENGINE_NAMES)}.")


def _check(engine: OcrEngine) -> EngineStatus:
    try:
        engine.check_available()
    except EngineUnavailableError as exc:
        return EngineStatus(engine.name, False, "", str(exc))
    return EngineStatus(engine.name, True, engine.version, "ready")


def checked_engines(languages: Sequence[str], *, refresh: bool = False) -> dict[str, CheckedEngine]:
    """Every engine for ``languages`` with its status, built and checked once per process."""
    key = tuple(languages)
    with _LOCK:
        found = _CHECKED.get(key)
        if found is None or refresh:
            found = {}
            for name in ENGINE_NAMES:
                engine = make_engine(name, key)
                found[name] = CheckedEngine(engine, _check(engine))
            _CHECKED[key] = found
        return dict(found)


def reset_engines() -> None:
    """Forget every built engine and verdict (the next call builds and checks anew)."""
    with _LOCK:
        _CHECKED.clear()
