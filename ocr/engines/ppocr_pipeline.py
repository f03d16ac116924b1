"""PP-OCR's sessions: the detector and recogniser on onnxruntime, built once and shared.

How they are built (no downloads, no busy-waiting, the detector's input prepared
once), how many pipelines and threads read a batch, and how their jobs are shared
out over the cores. What is read with them, and why, is :mod:`ocr.engines.ppocr`.
"""

from __future__ import annotations

import contextlib
import copy
import itertools
import math
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from ocr.ctc import ALPHABET, CharProbs
from ocr.errors import EngineUnavailableError

T = TypeVar("T")

DET_MODEL = "PP-OCRv6_det_small.onnx"
REC_MODEL = "PP-OCRv6_rec_small.onnx"


@dataclass(frozen=True)
class PpOcrSettings:
    """Tuning of the pipeline; the defaults are the benchmarked ones."""

    det_limit: int = 192
    rec_width: int = 160
    rec_batch: int = 1  # lines per recognition call (more: padded to the widest)
    min_line_score: float = 0.5
    second_look_below: float = 0.95  # lines read with a lower score are read again, padded
    second_look_pad: float = 0.1  # the second look's margin around the line, share of its height
    second_look_at_edge: bool = True  # only weak lines within that margin of the crop's border
    threads: int = 0  # onnxruntime threads per pipeline; 0: all cores (at most 4) / workers
    workers: int = 0  # pipelines reading parts of a batch in parallel; 0: one per core, at most 2


def workers_for(settings: PpOcrSettings) -> int:
    if settings.workers > 0:
        return settings.workers
    return max(1, min(os.cpu_count() or 1, 2))


def threads_for(settings: PpOcrSettings) -> int:
    if settings.threads > 0:
        return settings.threads
    return max(1, min(os.cpu_count() or 2, 4) // workers_for(settings))


def bundled_models_dir() -> Path | None:
    """The ``models`` folder inside the installed rapidocr package, if rapidocr is importable."""
    try:
        import rapidocr
    except ImportError:
        return None
    return Path(rapidocr.__file__).resolve().parent / "models"


@contextlib.contextmanager
def no_downloads() -> Iterator[None]:
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
def no_spinning() -> Iterator[None]:
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


def det_preparation(det: Any) -> Callable[[], Any]:
    """The line detector's input preparation (rapidocr's), made once instead of for every crop.

    rapidocr builds it from its settings for every crop (1.7 ms, mostly omegaconf)
    and normalises in float64 (2.4 ms at 192 px); here it is built once, and a
    table of the 256 values of each channel, computed by the same expression,
    gives the same float32 input value for value (0.8 ms). Inputs it was not
    made for go through rapidocr's own arithmetic.
    """
    from rapidocr.ch_ppocr_det.utils import DetPreProcess

    op = DetPreProcess(det.limit_side_len, det.limit_type, list(det.mean), list(det.std))
    levels = np.arange(256, dtype=np.float32)[:, np.newaxis]
    table = ((levels * op.scale - op.mean) / op.std).astype(np.float32)
    channels = np.arange(table.shape[1])
    slow = op.normalize

    def normalize(img: np.ndarray) -> np.ndarray:
        if img.dtype != np.uint8 or img.ndim != 3 or img.shape[2] != len(channels):
            return slow(img)
        return table[img, channels]

    op.normalize = normalize  # type: ignore[method-assign]
    return lambda: op


class Pipeline:
    """Detector and recogniser sessions, shared by every engine object with the same settings."""

    def __init__(self, models: Path, settings: PpOcrSettings) -> None:
        from rapidocr import RapidOCR

        threads = threads_for(settings)
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
        with no_downloads(), no_spinning():
            rapid = RapidOCR(params=params)
            self.det = rapid._load_det_model()
            self.rec = rapid._load_rec_model()
        from rapidocr.utils.process_img import get_rotate_crop_image

        self.det.get_preprocess = det_preparation(self.det)
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

    def batches(self, images: Sequence[np.ndarray]) -> list[list[int]]:
        """Indices of ``images`` in batches of similar aspect ratio (within 25 %).

        The recogniser pads every line of a batch to the widest one; a short word
        padded to a long line reads worse (measured: CER 0.090 one note at a time,
        0.112 with 12 notes mixed). Grouping ratios within 25 % keeps results
        independent of what else is in the batch. Its cost is linear in the padded
        width (about 0.1 ms per column at height 48, batch of 1 or 16 alike), so
        batches buy little speed; they are kept small enough to share out.
        """
        ratios = [img.shape[1] / max(img.shape[0], 1) for img in images]
        order = sorted(range(len(images)), key=lambda i: ratios[i])
        out: list[list[int]] = []
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
            out.append(order[start:end])
            start = end
        return out

    def recognise(self, images: list[np.ndarray]) -> list[tuple[str, float, CharProbs | None]]:
        """Recognise line images in batches of similar aspect ratio, on this pipeline alone."""
        return recognise_lines([self], images)


def spread(pipes: Sequence[Pipeline], count: int, work: Callable[[Pipeline, int], T]) -> list[T]:
    """``work(pipe, k)`` for k in 0..count-1, one thread per pipeline, each holding its lock.

    Each thread takes the next job as soon as it is free, so the two cores
    stay busy to the end of a phase whatever the jobs' sizes (give the largest
    first). With one pipeline, or one job, it runs in the calling thread.
    """
    if count == 0:
        return []
    if len(pipes) == 1 or count == 1:
        with pipes[0].lock:
            return [work(pipes[0], k) for k in range(count)]
    results: list[Any] = [None] * count
    taken = itertools.count()
    taking = threading.Lock()

    def run(pipe: Pipeline) -> None:
        with pipe.lock:
            while True:
                with taking:
                    k = next(taken)
                if k >= count:
                    return
                results[k] = work(pipe, k)

    used = pipes[: min(len(pipes), count)]
    with ThreadPoolExecutor(len(used), thread_name_prefix="pinscribe-ppocr") as pool:
        for done in [pool.submit(run, pipe) for pipe in used]:
            done.result()
    return results


def recognise_lines(
    pipes: Sequence[Pipeline], images: list[np.ndarray]
) -> list[tuple[str, float, CharProbs | None]]:
    """Recognise line images, their batches shared out over ``pipes`` (widest batches first)."""
    out: list[tuple[str, float, CharProbs | None]] = [("", 0.0, None)] * len(images)
    if not images:
        return out
    width = pipes[0].rec.rec_image_shape[2] / pipes[0].rec.rec_image_shape[1]

    def cost(batch: list[int]) -> float:
        return len(batch) * max(
            width, *(images[i].shape[1] / max(images[i].shape[0], 1) for i in batch)
        )

    batches = sorted(pipes[0].batches(images), key=cost, reverse=True)
    found = spread(
        pipes, len(batches), lambda pipe, k: pipe._recognise_batch([images[i] for i in batches[k]])
    )
    for batch, lines in zip(batches, found, strict=True):
        for i, line in zip(batch, lines, strict=True):
            out[i] = line
    return out


PIPELINES: dict[tuple[str, PpOcrSettings, int], Pipeline] = {}
_PIPELINES_LOCK = threading.Lock()


def shared_pipeline(models: Path, settings: PpOcrSettings, worker: int = 0) -> Pipeline:
    key = (str(models), settings, worker)
    with _PIPELINES_LOCK:
        pipe = PIPELINES.get(key)
        if pipe is None:
            pipe = Pipeline(models, settings)
            PIPELINES[key] = pipe
        return pipe
