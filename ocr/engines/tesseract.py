"""Tesseract 5, in process through ``tesserocr`` where installed, else through ``pytesseract``.

Preprocessing, measured with tesserocr, ``--psm 6``, deu+eng (CER, capped at 1
per note; real = the 98 labelled real notes, printed / handwriting = 60
synthetic notes each, see ``bench/ocr.py``):

==================================  =====  =======  ===========
preprocessing                       real   printed  handwriting
==================================  =====  =======  ===========
raw RGB crop                        0.697  0.004    0.168
max over R,G,B                      0.649  0.000    0.168
gray, inset 7 %                     0.595  0.000    0.165
Otsu on gray, inset 7 %             0.599  0.000    0.161
max RGB, inset 7 %                  0.625  0.000    0.173
max RGB, inset 7 %, adaptive 31/10  0.495  0.047    0.227
max RGB, inset 7 %, adaptive w/12   0.497  0.000    0.188  <- default
==================================  =====  =======  ===========

So: the crop inset by 7 % on every side (cuts note edges and neighbours), the
maximum over R, G and B (a coloured note turns near-white, dark ink stays dark),
then a Gaussian adaptive threshold with a window of 1/12 of the crop's shorter
side and offset 15 (``binarize=False`` keeps the max-RGB image). Page
segmentation mode 6, one block of text: mode 7 drops every line but the first,
mode 3 and 11 read worse (real 0.641 and 0.666 on max RGB). Tesseract stays far
behind PP-OCR on handwriting whatever the preprocessing.

``tesserocr``'s wheel bundles libtesseract but no language data: the system's
``tessdata`` folder is found (argument, ``TESSDATA_PREFIX``, ``tesseract
--list-langs``, usual install folders) and passed explicitly.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from ocr.engines.base import (
    DEFAULT_LANGUAGES,
    OcrEngine,
    inset,
    make_reading,
    max_channel,
    validate_crop,
)
from ocr.errors import EngineFailedError, EngineUnavailableError
from ocr.types import Reading, TextBox

INSET = 0.07
PSM = 6

TESSDATA_DIRS = (
    "/usr/share/tesseract-ocr/5/tessdata",
    "/usr/share/tesseract-ocr/4.00/tessdata",
    "/usr/share/tessdata",
    "/usr/local/share/tessdata",
    "/usr/local/share/tesseract-ocr/tessdata",
    "/opt/homebrew/share/tessdata",
    "/opt/local/share/tessdata",
    r"C:\Program Files\Tesseract-OCR\tessdata",
)

def _packages(langs: Sequence[str]) -> str:
    """The Debian packages of Tesseract's data for ``langs``."""
    return " ".join(f"tesseract-ocr-{lang.replace('_', '-').lower()}" for lang in langs)


def _has_traineddata(folder: Path) -> bool:
    try:
        return folder.is_dir() and any(folder.glob("*.traineddata"))
    except OSError:
        return False


def _from_cli() -> Path | None:
    exe = shutil.which("tesseract")
    if exe is None:
        return None
    try:
        proc = subprocess.run(
            [exe, "--list-langs"],
            capture_output=True,
            text=True,
            timeout=PROGRAM_TIMEOUT,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    for line in (proc.stdout + proc.stderr).splitlines():
        # 'List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):'
        if '"' in line:
            candidate = Path(line.split('"')[1])
            if _has_traineddata(candidate):
                return candidate
    return None


def find_tessdata(explicit: str | os.PathLike[str] | None = None) -> Path | None:
    """The folder holding ``*.traineddata``: explicit, TESSDATA_PREFIX, the CLI's, usual places.

    Like Tesseract itself, a set ``TESSDATA_PREFIX`` is authoritative (the folder
    or its ``tessdata`` subfolder), even when it holds no language data.
    """
    if explicit is not None:
        return Path(explicit)
    env = os.environ.get("TESSDATA_PREFIX")
    if env:
        sub = Path(env) / "tessdata"
        return sub if _has_traineddata(sub) else Path(env)
    found = _from_cli()
    if found is not None:
        return found
    for folder in TESSDATA_DIRS:
        if _has_traineddata(Path(folder)):
            return Path(folder)
    return None


#: Seconds allowed for ``tesseract --version`` and ``--list-langs``.
PROGRAM_TIMEOUT = 10.0


def _program() -> str:
    """The tesseract program pytesseract would run (its ``tesseract_cmd``)."""
    try:
        import pytesseract

        cmd = str(pytesseract.pytesseract.tesseract_cmd)
    except (ImportError, AttributeError):
        cmd = "tesseract"
    return shutil.which(cmd) or cmd


def tesseract_program_version(timeout: float = PROGRAM_TIMEOUT) -> str:
    """``tesseract --version``'s version number, within ``timeout`` seconds.

    Raises :class:`EngineUnavailableError` when the program is missing, hangs or
    answers with no version (pytesseract's own probe has no timeout and exits
    the process on an odd version string).
    """
    exe = _program()
    try:
        proc = subprocess.run(
            [exe, "--version"],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as exc:
        raise EngineUnavailableError.coded("ocr.tesseract_timeout", timeout=f"{timeout:g}") from exc
    except FileNotFoundError as exc:
        raise EngineUnavailableError.coded("ocr.tesseract_missing") from exc
    except (OSError, subprocess.SubprocessError) as exc:
        raise EngineUnavailableError.coded("ocr.tesseract_cannot_run", reason=str(exc)) from exc
    match = re.search(r"tesseract\s+v?(\d+(?:\.\d+)+)", proc.stdout + proc.stderr)
    if match is None:
        raise EngineUnavailableError.coded("ocr.tesseract_no_version", program=exe)
    return match.group(1)


def _tesserocr() -> Any:
    """The tesserocr module, or None where it is not installed."""
    try:
        import tesserocr
    except ImportError:
        return None
    return tesserocr


class TesseractEngine(OcrEngine):
    """Tesseract on the max-RGB of the inset crop, ``--psm 6``, words and lines with confidences.

    ``backend``: "auto" (tesserocr if importable, else pytesseract), "tesserocr"
    or "pytesseract". ``timeout`` applies to each pytesseract call (seconds).
    """

    name = "tesseract"

    def __init__(
        self,
        languages: Sequence[str] = DEFAULT_LANGUAGES,
        *,
        backend: str = "auto",
        tessdata: str | os.PathLike[str] | None = None,
        timeout: float = 10.0,
        psm: int = PSM,
        inset_fraction: float = INSET,
        binarize: bool = True,
    ) -> None:
        super().__init__(languages)
        if backend not in ("auto", "tesserocr", "pytesseract"):
            raise ValueError(f"unknown Tesseract backend {backend!r}")
        self._backend_choice = backend
        self._tessdata_arg = tessdata
        self.timeout = timeout
        self.psm = psm
        self.inset_fraction = inset_fraction
        self.binarize = binarize
        self._idle_apis: list[Any] = []
        self._apis_lock = threading.Lock()
        self._tessdata_cache: Path | None = None
        self._checked = False

    # -- availability -------------------------------------------------------------------

    @property
    def backend(self) -> str:
        if self._backend_choice != "auto":
            return self._backend_choice
        return "tesserocr" if _tesserocr() is not None else "pytesseract"

    @property
    def lang(self) -> str:
        return "+".join(self.languages)

    def tessdata(self) -> Path | None:
        if self._tessdata_cache is None:
            self._tessdata_cache = find_tessdata(self._tessdata_arg)
        return self._tessdata_cache

    @property
    def version(self) -> str:
        try:
            if self.backend == "tesserocr":
                mod = _tesserocr()
                return f"tesserocr, {str(mod.tesseract_version()).splitlines()[0]}" if mod else "?"
            return f"pytesseract, tesseract {tesseract_program_version()}"
        except EngineUnavailableError:
            return "unknown"

    def check_available(self) -> None:
        if not self._checked:
            self._check()
            self._checked = True

    def _check(self) -> None:
        self._check_backend()
        self._check_language_data()

    def _check_backend(self) -> None:
        if self.backend == "tesserocr":
            if _tesserocr() is None:
                raise EngineUnavailableError.coded("ocr.tesserocr_missing")
        else:
            try:
                import pytesseract
            except Exception as exc:
                raise EngineUnavailableError.coded("ocr.pytesseract_missing") from exc
            del pytesseract
            tesseract_program_version()

    def _check_language_data(self) -> None:
        folder = self.tessdata()
        if folder is None or not _has_traineddata(folder):
            packages = _packages(self.languages)
            if folder is None:
                raise EngineUnavailableError.coded("ocr.tessdata_none", packages=packages)
            raise EngineUnavailableError.coded(
                "ocr.tessdata_none_in", folder=folder, packages=packages
            )
        missing = [
            lang for lang in self.languages if not (folder / f"{lang}.traineddata").is_file()
        ]
        if missing:
            raise EngineUnavailableError.coded(
                "ocr.tessdata_missing",
                languages=", ".join(missing),
                folder=folder,
                packages=_packages(missing),
            )

    # -- reading ----------------------------------------------------------------------

    def preprocess(self, crop: np.ndarray) -> np.ndarray:
        """Inset, max over R, G, B, adaptive threshold (see the module docstring)."""
        gray = max_channel(inset(validate_crop(crop), self.inset_fraction))
        if not self.binarize or min(gray.shape) < 24:
            return gray
        import cv2

        block = max(15, 2 * (min(gray.shape) // 12) + 1)
        return np.asarray(
            cv2.adaptiveThreshold(
                gray, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, block, 15
            ),
            dtype=np.uint8,
        )

    def read(self, crop: np.ndarray) -> Reading:
        gray = self.preprocess(crop)
        offset = (crop.shape[1] - gray.shape[1]) // 2, (crop.shape[0] - gray.shape[0]) // 2
        if self.backend == "tesserocr":
            lines = self._read_tesserocr(gray)
        else:
            lines = self._read_pytesseract(gray)
        dx, dy = offset
        moved = [
            TextBox(tb.text, tb.confidence, [(x + dx, y + dy) for x, y in tb.box]) for tb in lines
        ]
        return make_reading(moved, self.name)

    def _take_api(self) -> Any:
        """An idle tesserocr API, or a new one (loading a language takes ~0.1 s).

        An API serves one call at a time (it is not thread-safe); idle ones are
        kept for reuse, since the runner calls from a fresh thread every time.
        """
        with self._apis_lock:
            if self._idle_apis:
                return self._idle_apis.pop()
        self.check_available()
        mod = _tesserocr()
        folder = self.tessdata()
        try:
            return mod.PyTessBaseAPI(path=str(folder), lang=self.lang, psm=self.psm)
        except Exception as exc:
            raise EngineUnavailableError.coded(
                "ocr.tesseract_cannot_load",
                language=self.lang,
                folder=folder,
                reason=str(exc),
                packages=_packages(self.languages),
            ) from exc

    def _give_back(self, api: Any) -> None:
        with self._apis_lock:
            self._idle_apis.append(api)

    def _read_tesserocr(self, gray: np.ndarray) -> list[TextBox]:
        from PIL import Image

        api = self._take_api()
        mod = _tesserocr()
        ril = mod.RIL
        try:
            api.SetImage(Image.fromarray(gray))
            api.Recognize()
            lines: list[TextBox] = []
            for item in mod.iterate_level(api.GetIterator(), ril.TEXTLINE):
                try:
                    text = item.GetUTF8Text(ril.TEXTLINE)
                    conf = float(item.Confidence(ril.TEXTLINE)) / 100.0
                    box = item.BoundingBox(ril.TEXTLINE)
                except RuntimeError:  # empty line
                    continue
                if box is None:
                    continue
                x0, y0, x1, y1 = (float(v) for v in box)
                lines.append(TextBox(text, conf, [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]))
        except Exception as exc:
            api.End()  # in an unknown state: not reused
            raise EngineFailedError.coded(
                "ocr.tesseract_failed", kind=exc.__class__.__name__, reason=str(exc)
            ) from exc
        self._give_back(api)
        return lines

    def _read_pytesseract(self, gray: np.ndarray) -> list[TextBox]:
        self.check_available()
        import pytesseract

        folder = self.tessdata()
        config = f'--psm {self.psm} --tessdata-dir "{folder}"'
        try:
            data = pytesseract.image_to_data(
                gray,
                lang=self.lang,
                config=config,
                timeout=self.timeout,
                output_type=pytesseract.Output.DICT,
            )
        except RuntimeError as exc:  # pytesseract reports its timeout as RuntimeError
            raise EngineFailedError.coded(
                "ocr.tesseract_note_timeout", timeout=f"{self.timeout:g}"
            ) from exc
        except Exception as exc:
            raise EngineFailedError.coded(
                "ocr.tesseract_failed", kind=exc.__class__.__name__, reason=str(exc)
            ) from exc
        return _lines_from_data(data)


def _lines_from_data(data: dict[str, list[Any]]) -> list[TextBox]:
    """Group pytesseract's word table into lines (text, mean word confidence, bounding box)."""
    groups: dict[tuple[int, int, int], list[int]] = {}
    for i, word in enumerate(data.get("text", [])):
        if not str(word).strip():
            continue
        key = (int(data["block_num"][i]), int(data["par_num"][i]), int(data["line_num"][i]))
        groups.setdefault(key, []).append(i)
    lines = []
    for key in sorted(groups):
        idx = groups[key]
        words = [str(data["text"][i]).strip() for i in idx]
        confs = [max(float(data["conf"][i]), 0.0) / 100.0 for i in idx]
        x0 = min(float(data["left"][i]) for i in idx)
        y0 = min(float(data["top"][i]) for i in idx)
        x1 = max(float(data["left"][i]) + float(data["width"][i]) for i in idx)
        y1 = max(float(data["top"][i]) + float(data["height"][i]) for i in idx)
        weights = [len(w) for w in words]
        conf = sum(c * w for c, w in zip(confs, weights, strict=False)) / max(sum(weights), 1)
        lines.append(TextBox(" ".join(words), conf, [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]))
    return lines
