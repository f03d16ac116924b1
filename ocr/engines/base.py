r"""The interface every OCR engine implements, and helpers they share.

An engine reads one upright RGB crop of a note (H x W x 3, uint8) and returns a
:class:`~ocr.types.Reading`: the text (lines joined by ``"\\n"``), a confidence
in 0..1 and the lines with their boxes in crop pixels. Engines never touch the
network; a missing engine, model or language pack raises
:class:`~ocr.errors.EngineUnavailableError` with install instructions, and a
failure on one crop raises :class:`~ocr.errors.EngineFailedError`.
"""

from __future__ import annotations

import re
import unicodedata
from abc import ABC, abstractmethod
from collections.abc import Sequence

import numpy as np

from ocr.errors import EngineFailedError
from ocr.types import Reading, TextBox

#: Default languages, as Tesseract language codes.
DEFAULT_LANGUAGES: tuple[str, ...] = ("deu", "eng")

#: Characters some recognisers emit in their full-width or CJK form.
_PUNCT_MAP = str.maketrans({"、": ",", "。": ".", "，": ",", "：": ":", "；": ";", "・": "·"})
_SPACES = re.compile(r"[ \t\u00a0]+")


class OcrEngine(ABC):
    """An OCR engine: reads note crops, one at a time or a photo's notes at once."""

    #: Short stable identifier ("ppocr", "tesseract").
    name: str = ""

    def __init__(self, languages: Sequence[str] = DEFAULT_LANGUAGES) -> None:
        self.languages: tuple[str, ...] = tuple(languages)

    @property
    @abstractmethod
    def version(self) -> str:
        """Version of the engine and its models, for reports and the about box."""

    @abstractmethod
    def check_available(self) -> None:
        """Raise :class:`EngineUnavailableError` (with install instructions) if it cannot run."""

    @abstractmethod
    def read(self, crop: np.ndarray) -> Reading:
        """Read the text on one upright RGB crop."""

    def read_batch(self, crops: Sequence[np.ndarray]) -> list[Reading]:
        """Read several crops; engines that can batch override this."""
        return [self.read(crop) for crop in crops]

    def is_available(self) -> bool:
        try:
            self.check_available()
        except Exception:  # noqa: BLE001 - an engine (maybe a plugin) may fail its check any way
            return False
        return True


def validate_crop(crop: np.ndarray) -> np.ndarray:
    """Return ``crop`` as contiguous RGB uint8, or raise :class:`EngineFailedError`."""
    if not isinstance(crop, np.ndarray):
        raise EngineFailedError.coded("ocr.not_an_array", kind=type(crop).__name__)
    arr = crop
    if arr.ndim == 2:
        arr = np.repeat(arr[:, :, None], 3, axis=2)
    if arr.ndim != 3 or arr.shape[2] not in (3, 4):
        raise EngineFailedError.coded("ocr.not_rgb", shape=crop.shape)
    if arr.shape[2] == 4:
        arr = arr[:, :, :3]
    if arr.shape[0] < 4 or arr.shape[1] < 4:
        raise EngineFailedError.coded("ocr.crop_too_small", width=arr.shape[1], height=arr.shape[0])
    if arr.dtype != np.uint8:
        arr = np.clip(arr, 0, 255).astype(np.uint8)
    return np.ascontiguousarray(arr)


def inset(crop: np.ndarray, fraction: float) -> np.ndarray:
    """Cut ``fraction`` of width and height off every edge (note borders, shadows, neighbours)."""
    if fraction <= 0:
        return crop
    h, w = crop.shape[:2]
    dy, dx = int(h * fraction), int(w * fraction)
    if h - 2 * dy < 8 or w - 2 * dx < 8:
        return crop
    return crop[dy : h - dy, dx : w - dx]


def max_channel(crop: np.ndarray) -> np.ndarray:
    """Max over R, G, B: a coloured note turns near-white, dark ink stays dark."""
    return np.asarray(crop.max(axis=2), dtype=np.uint8)


def clean_text(text: str) -> str:
    """NFC-normalise, map CJK punctuation, collapse spaces per line, drop empty lines."""
    text = unicodedata.normalize("NFC", text)
    out = []
    for line in text.splitlines():
        # NFKC folds full-width forms ("？" -> "?") but keeps umlauts and ß.
        line = unicodedata.normalize("NFKC", line).translate(_PUNCT_MAP)
        line = _SPACES.sub(" ", line).strip()
        if line:
            out.append(line)
    return "\n".join(out)


def make_reading(lines: list[TextBox], engine: str) -> Reading:
    """Assemble a :class:`Reading` from lines; confidence is the length-weighted mean."""
    kept = [
        TextBox(clean_text(tb.text), tb.confidence, tb.box, tb.probs, tb.alternatives)
        for tb in lines
    ]
    kept = [tb for tb in kept if tb.text]
    if not kept:
        return Reading(text="", confidence=0.0, lines=[], engine=engine)
    weights = [max(len(tb.text), 1) for tb in kept]
    conf = sum(w * tb.confidence for w, tb in zip(weights, kept, strict=False)) / sum(weights)
    text = "\n".join(tb.text for tb in kept)
    return Reading(text=text, confidence=float(min(max(conf, 0.0), 1.0)), lines=kept, engine=engine)
