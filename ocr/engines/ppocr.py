"""PP-OCR (PaddleOCR's models) through ``rapidocr`` on onnxruntime, with the models in its wheel.

Set-up measured on the 98 labelled real notes (``bench/ocr.py``, CER):

* rapidocr defaults (detection limited to 736 px shortest side, angle
  classifier on): 0.203, ~440 ms/note;
* angle classifier off (crops arrive upright; it flipped good lines): 0.094;
* detection input limited to 192 px longest side: 0.096 (224 px: 0.091,
  256 px: 0.099, 160 px: 0.118); 192 px costs 13 % less CPU per note than
  224 px and keeps the 20 notes/s target on two busy cores (whole strategy
  with lexicon: CER 0.093 and 20.0 notes/s at 192 px, 0.088 and 17.4 notes/s
  at 224 px, same run); ``PpOcrSettings(det_limit=224)`` for accuracy first;
* recognition in batches of similar line aspect ratio (a short word padded to
  a long line reads worse: 0.090 one note at a time, 0.112 in mixed batches of
  12 notes; bucketing by ratio within 25 %: 0.091) with a minimum width of
  160 px instead of 320 (same CER, half the time), batches of 16 lines across
  all the crops of a photo;
* no busy-waiting between operators (see :func:`_no_spinning`);
* both cores used by two pipelines with one onnxruntime thread each, every
  batch of crops split between them (``PpOcrSettings.workers``): one session
  with two intra-op threads cost 10 % more CPU for the same notes (48 real
  notes: 2.2-2.3 s CPU against 2.0-2.2 s), its small inputs split poorly.

* a second look at weak lines (score below 0.95) from a box padded by 10 % of
  the line height, the better-scored other spelling kept (see
  :func:`_second_look`): PP-OCR alone exact 49 % -> 53 %; with the lexicon
  58 % -> 62 %; about 35 % more CPU (45 % more lines read). Gated at 0.9:
  60 %, 20 % more CPU. Also measured and dropped: detection at 224 px (with
  the second look: 59 %), a horizontal squeeze of 0.85 or sharpening as the
  second look (52 %, 49 % alone), line crops from a projection profile instead
  of the detector (CER 0.13-0.19: it lost faint lines and merged touching ones),
  and the last layer cut to the Latin columns (7-10 % faster recognition,
  needs the ``onnx`` package to edit the model; not worth a dependency).

Result (PP-OCR alone, before the second look): CER 0.096 on real notes, 0.000
printed, 0.02 handwriting fonts; 40-50 ms per note on two cores. One pipeline (two
onnxruntime sessions) per worker, process and set-up, created lazily and shared.

Nothing is downloaded: the model paths are given explicitly, so rapidocr never
reaches its downloader, and while the sessions are built its downloader is
replaced by one that raises.
"""

from __future__ import annotations

import contextlib
import copy
import math
import os
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ocr.ctc import ALPHABET, CharProbs
from ocr.engines.base import DEFAULT_LANGUAGES, OcrEngine, make_reading, validate_crop
from ocr.errors import EngineFailedError, EngineUnavailableError
from ocr.reading_order import reading_order
from ocr.types import Reading, TextBox

DET_MODEL = "PP-OCRv6_det_small.onnx"
REC_MODEL = "PP-OCRv6_rec_small.onnx"

#: Tesseract language codes the multilingual PP-OCRv6 recogniser covers (Latin script).
SUPPORTED_LANGUAGES = frozenset(
    "deu eng fra spa ita nld por pol ces slk slv hrv bos dan swe nor fin est lav lit hun "
    "ron tur cat eus glg isl gle cym ltz mlt lat sqi srp_latn vie ind msa tgl swa aze uzb".split()
)


@dataclass(frozen=True)
class PpOcrSettings:
    """Tuning of the pipeline; the defaults are the benchmarked ones."""

    det_limit: int = 192
    rec_width: int = 160
    rec_batch: int = 16
    min_line_score: float = 0.5
    second_look_below: float = 0.95  # lines read with a lower score are read again, padded
    second_look_pad: float = 0.1  # the second look's margin around the line, share of its height
    threads: int = 0  # onnxruntime threads per pipeline; 0: all cores (at most 4) / workers
    workers: int = 0  # pipelines reading parts of a batch in parallel; 0: one per core, at most 2


def _workers(settings: PpOcrSettings) -> int:
    if settings.workers > 0:
        return settings.workers
    return max(1, min(os.cpu_count() or 1, 2))


def _threads(settings: PpOcrSettings) -> int:
    if settings.threads > 0:
        return settings.threads
    return max(1, min(os.cpu_count() or 2, 4) // _workers(settings))


def bundled_models_dir() -> Path | None:
    """The ``models`` folder inside the installed rapidocr package, if rapidocr is importable."""
    try:
        import rapidocr
    except ImportError:
        return None
    return Path(rapidocr.__file__).resolve().parent / "models"


@contextlib.contextmanager
def _no_downloads() -> Iterator[None]:
    """Make rapidocr's downloader raise instead of reaching the network."""
    try:
        from rapidocr.utils import download_file
    except ImportError:  # not installed or layout changed: nothing to guard
        yield
        return

    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise EngineUnavailableError.coded("ocr.ppocr_offline")

    cls = download_file.DownloadFile
    original = cls.__dict__["run"]
    cls.run = classmethod(refuse)  # type: ignore[method-assign,assignment]
    try:
        yield
    finally:
        cls.run = original  # type: ignore[method-assign]


@contextlib.contextmanager
def _no_spinning() -> Iterator[None]:
    """Sessions built meanwhile do not busy-wait between operators.

    onnxruntime's worker threads spin while idle by default; with other work
    on a two-core laptop that doubled the wall time per note (measured 228 ->
    93 ms under load) and costs CPU the UI needs. rapidocr has no setting for
    it, so its session-options factory is wrapped while the sessions are built.
    """
    try:
        from rapidocr.inference_engine.onnxruntime.main import OrtInferSession
    except ImportError:
        yield
        return
    original = OrtInferSession.__dict__["_init_sess_opts"]

    def tuned(cfg: Any) -> Any:
        opts = original.__func__(cfg)
        opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
        opts.add_session_config_entry("session.inter_op.allow_spinning", "0")
        return opts

    OrtInferSession._init_sess_opts = staticmethod(tuned)  # type: ignore[method-assign]
    try:
        yield
    finally:
        OrtInferSession._init_sess_opts = original  # type: ignore[method-assign]


class _Pipeline:
    """Detector and recogniser sessions, shared by every engine object with the same settings."""

    def __init__(self, models: Path, settings: PpOcrSettings) -> None:
        from rapidocr import RapidOCR

        threads = _threads(settings)
        params = {
            "Global.log_level": "error",
            "Global.use_cls": False,
            "Det.model_path": str(models / DET_MODEL),
            "Rec.model_path": str(models / REC_MODEL),
            "Det.limit_side_len": settings.det_limit,
            "Det.limit_type": "max",
            "Rec.rec_batch_num": settings.rec_batch,
            "Rec.rec_img_shape": [3, 48, settings.rec_width],
            "EngineConfig.onnxruntime.intra_op_num_threads": threads,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            "EngineConfig.onnxruntime.enable_cpu_mem_arena": True,
        }
        with _no_downloads(), _no_spinning():
            rapid = RapidOCR(params=params)
            self.det = rapid._load_det_model()
            self.rec = rapid._load_rec_model()
        from rapidocr.utils.process_img import get_rotate_crop_image

        self._crop_line = get_rotate_crop_image
        self.columns, self.alphabet = self._columns()
        self.settings = settings
        self.lock = threading.Lock()

    def detect(self, crop: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
        """Line boxes (4 x 2, crop pixels) with their straightened line images."""
        out = self.det(crop)
        if out.boxes is None:
            return []
        return [(box, self._crop_line(crop, copy.deepcopy(box))) for box in out.boxes]

    def padded_line(self, crop: np.ndarray, box: np.ndarray, pad: float) -> np.ndarray:
        """The line of ``box`` straightened with a margin of ``pad`` x its height all round."""
        b = np.asarray(box, dtype=np.float32).reshape(4, 2)
        across, along = b[3] - b[0], b[1] - b[0]
        margin = pad * float(np.linalg.norm(across))
        across = across / max(float(np.linalg.norm(across)), 1e-6) * margin
        along = along / max(float(np.linalg.norm(along)), 1e-6) * margin
        grown = b + np.array([-across - along, -across + along, across + along, across - along])
        h, w = crop.shape[:2]
        grown[:, 0] = np.clip(grown[:, 0], 0, w - 1)
        grown[:, 1] = np.clip(grown[:, 1], 0, h - 1)
        return self._crop_line(crop, grown.astype(np.float32))

    def _columns(self) -> tuple[np.ndarray, str]:
        """Columns of the recogniser's output kept for :class:`CharProbs`, and their letters."""
        chars = self.rec.postprocess_op.character
        where = {c: i for i, c in enumerate(chars)}
        kept = [c for c in ALPHABET if c in where]
        columns = [0, *(where[c] for c in kept), len(chars) - 1]  # blank, letters, space
        return np.asarray(columns), "".join(kept)

    def _recognise_batch(self, images: list[np.ndarray]) -> list[tuple[str, float, CharProbs]]:
        """Rapidocr's recognition of one batch, keeping the per-frame probabilities."""
        _, height, width = self.rec.rec_image_shape[:3]
        ratios = [img.shape[1] / max(img.shape[0], 1) for img in images]
        widest = max([width / height, *ratios])
        batch = np.concatenate(
            [self.rec.resize_norm_img(img, widest)[np.newaxis, :] for img in images]
        ).astype(np.float32)
        preds = self.rec.session(batch)
        lines, _ = self.rec.postprocess_op(preds, False, wh_ratio_list=ratios, max_wh_ratio=widest)
        # Frames per pixel of the padded batch width: where each line's own image ends.
        padded = batch.shape[-1]
        per_pixel = preds.shape[1] / max(padded, 1)
        return [
            (
                str(text),
                float(score),
                CharProbs.from_softmax(
                    p,
                    self.columns,
                    self.alphabet,
                    min(math.ceil(height * ratio), padded) * per_pixel,
                ),
            )
            for (text, score), p, ratio in zip(lines, preds, ratios, strict=True)
        ]

    def recognise(self, images: list[np.ndarray]) -> list[tuple[str, float, CharProbs | None]]:
        """Recognise line images in batches of similar aspect ratio.

        The recogniser pads every line of a batch to the widest one; a short word
        padded to a long line reads worse (measured: CER 0.090 one note at a time,
        0.112 with 12 notes mixed). Grouping ratios within 25 % keeps results
        independent of what else is in the batch and keeps the batching speed-up.
        """
        if not images:
            return []
        ratios = [img.shape[1] / max(img.shape[0], 1) for img in images]
        order = sorted(range(len(images)), key=lambda i: ratios[i])
        out: list[tuple[str, float, CharProbs | None]] = [("", 0.0, None)] * len(images)
        start = 0
        while start < len(order):
            end = start + 1
            limit = max(ratios[order[start]], 1.0) * 1.25
            while (
                end < len(order)
                and end - start < self.settings.rec_batch
                and ratios[order[end]] <= limit
            ):
                end += 1
            idx = order[start:end]
            for i, found in zip(idx, self._recognise_batch([images[i] for i in idx]), strict=True):
                out[i] = found
            start = end
        return out


_PIPELINES: dict[tuple[str, PpOcrSettings, int], _Pipeline] = {}
_PIPELINES_LOCK = threading.Lock()


def _shared_pipeline(models: Path, settings: PpOcrSettings, worker: int = 0) -> _Pipeline:
    key = (str(models), settings, worker)
    with _PIPELINES_LOCK:
        pipe = _PIPELINES.get(key)
        if pipe is None:
            pipe = _Pipeline(models, settings)
            _PIPELINES[key] = pipe
        return pipe


#: One line as read: box, text, score, probabilities, and the text of its first look if replaced.
_Line = tuple[np.ndarray, str, float, CharProbs | None, tuple[str, ...]]


def _read_lines(pipe: _Pipeline, arrays: Sequence[np.ndarray]) -> list[list[_Line]]:
    """Per crop: its lines, the lines of all crops recognised together."""
    with pipe.lock:
        found = [pipe.detect(a) for a in arrays]
        results = pipe.recognise([img for lines in found for _, img in lines])
        first_looks = _second_look(pipe, arrays, found, results)
    out = []
    pos = 0
    for lines in found:
        out.append(
            [
                (box, *results[pos + k], first_looks.get(pos + k, ()))
                for k, (box, _img) in enumerate(lines)
            ]
        )
        pos += len(lines)
    return out


def _second_look(
    pipe: _Pipeline,
    arrays: Sequence[np.ndarray],
    found: list[list[tuple[np.ndarray, np.ndarray]]],
    results: list[tuple[str, float, CharProbs | None]],
) -> dict[int, tuple[str, ...]]:
    """Read the weak lines again with a margin around them; keep the better-scored reading.

    Returns the first look's text of every line replaced (by its index), kept as
    an alternative for the review.

    The detector's boxes are tight; a line whose reading is unsure is often
    read right when the recogniser sees a little more around it (measured on
    the 98 real notes, PP-OCR alone: exact 49 % -> 53 %, CER 0.094 -> 0.086,
    for 45 % more lines read; a horizontal squeeze of 0.85 instead: 52 %).
    """
    settings = pipe.settings
    replaced: dict[int, tuple[str, ...]] = {}
    if settings.second_look_below <= 0:
        return replaced
    where = [(i, k) for i, lines in enumerate(found) for k in range(len(lines))]
    weak = [n for n, found_line in enumerate(results) if found_line[1] < settings.second_look_below]
    if not weak:
        return replaced
    images = []
    for n in weak:
        i, k = where[n]
        images.append(pipe.padded_line(arrays[i], found[i][k][0], settings.second_look_pad))
    for n, again in zip(weak, pipe.recognise(images), strict=True):
        first = results[n]
        # Only another spelling is worth a change; the first look decides the case.
        if again[1] > first[1] and again[0].casefold() != first[0].casefold():
            results[n] = again
            replaced[n] = (first[0],)
    return replaced


class PpOcrEngine(OcrEngine):
    """PP-OCRv6 (small) via rapidocr + onnxruntime; good on handwriting, German included."""

    name = "ppocr"

    def __init__(
        self,
        languages: Sequence[str] = DEFAULT_LANGUAGES,
        *,
        settings: PpOcrSettings | None = None,
        models_dir: Path | None = None,
    ) -> None:
        super().__init__(languages)
        self.settings = settings or PpOcrSettings()
        self._models_dir = models_dir

    @property
    def version(self) -> str:
        try:
            from importlib.metadata import PackageNotFoundError, version

            rapid, ort = version("rapidocr"), version("onnxruntime")
            return f"rapidocr {rapid}, onnxruntime {ort}, PP-OCRv6 small"
        except PackageNotFoundError:
            return "unknown"

    def models_dir(self) -> Path | None:
        return self._models_dir or bundled_models_dir()

    def check_available(self) -> None:
        try:
            import onnxruntime  # noqa: F401
            import rapidocr  # noqa: F401
        except Exception as exc:
            raise EngineUnavailableError.coded(
                "ocr.ppocr_missing", reason=f"{exc.__class__.__name__}: {exc}"
            ) from exc
        models = self.models_dir()
        missing = [
            m for m in (DET_MODEL, REC_MODEL) if models is None or not (models / m).is_file()
        ]
        if missing:
            raise EngineUnavailableError.coded(
                "ocr.ppocr_models_missing", folder=models, files=", ".join(missing)
            )
        unsupported = [lang for lang in self.languages if lang not in SUPPORTED_LANGUAGES]
        if unsupported:
            raise EngineUnavailableError.coded(
                "ocr.ppocr_language",
                languages=", ".join(unsupported),
                packages=" ".join("tesseract-ocr-" + u for u in unsupported),
            )

    def _pipeline(self, worker: int = 0) -> _Pipeline:
        self.check_available()
        models = self.models_dir()
        assert models is not None
        try:
            return _shared_pipeline(models, self.settings, worker)
        except EngineUnavailableError:
            raise
        except Exception as exc:
            raise EngineUnavailableError.coded(
                "ocr.ppocr_cannot_start", reason=f"{exc.__class__.__name__}: {exc}"
            ) from exc

    def warm_up(self) -> None:
        """Create the sessions now (about 1 s) instead of on the first note."""
        self._pipeline()

    def read(self, crop: np.ndarray) -> Reading:
        return self.read_batch([crop])[0]

    def read_batch(self, crops: Sequence[np.ndarray]) -> list[Reading]:
        """Detect lines crop by crop, then recognise all lines of the crops together.

        With several workers (one per core, at most two), the crops are split
        into that many parts read at once, each by its own pipeline with one
        onnxruntime thread: the models' small inputs keep one session's
        intra-op threads from filling two cores.
        """
        arrays = [validate_crop(c) for c in crops]
        workers = min(_workers(self.settings), len(arrays))
        pipes = [self._pipeline(k) for k in range(max(workers, 1))]
        try:
            if workers <= 1:
                lines = _read_lines(pipes[0], arrays)
            else:
                # Interleaved parts: similar crops (neighbours on a board) spread evenly.
                parts = [list(range(k, len(arrays), workers)) for k in range(workers)]
                with ThreadPoolExecutor(workers, thread_name_prefix="pinscribe-ppocr") as pool:
                    done = list(
                        pool.map(
                            lambda k: _read_lines(pipes[k], [arrays[i] for i in parts[k]]),
                            range(workers),
                        )
                    )
                lines = [[] for _ in arrays]
                for part, found in zip(parts, done, strict=True):
                    for i, one in zip(part, found, strict=True):
                        lines[i] = one
        except Exception as exc:
            raise EngineFailedError.coded(
                "ocr.ppocr_failed", kind=exc.__class__.__name__, reason=str(exc)
            ) from exc
        return [self._reading(found) for found in lines]

    def _reading(self, found: list[_Line]) -> Reading:
        boxes = []
        for k in reading_order([line[0] for line in found]):
            box, text, score, probs, others = found[k]
            if score < self.settings.min_line_score or not text.strip():
                continue
            pts = [(float(x), float(y)) for x, y in np.asarray(box).reshape(-1, 2)]
            boxes.append(TextBox(text, score, pts, probs, others))
        return make_reading(boxes, self.name)
