"""Issue 15's reading figures: exactness, calibrated confidence, speed (``ocr.py --figures``).

* Perfect crops: the labelled real notes cut by their hand-drawn polygons, and
  the synthetic printed and handwriting notes (``tests/ocr_synth.py``).
* Detected notes: each labelled real photo through :func:`app.pipeline.analyse`
  (detection, then reading), detections matched to labels (IoU >= 0.5); CER and
  exact share on the matched notes with text.
* Confidence: fitted leave-one-photo-out (coefficients from the other 13
  photos), so every real note is scored by a model that never saw its photo;
  reliability table by confidence band.
* Speed: notes per second reading the real crops photo by photo, and seconds
  for a 12-megapixel photo end to end (decode, detect, read) with CPU time.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

import app.reading as reading_module
from app.reading import Lexicon, read_notes_detailed
from app.reading.calibration import L2, fit, probability
from app.reading.confidence import note_features
from app.reading.strategy import Plan
from ocr.types import Reading

BANDS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.9), (0.9, 1.01))


@dataclass
class Scored:
    group: str
    truth: str
    text: str
    confidence: float
    features: list[float] | None  # None: empty reading (not calibrated by the model)

    @property
    def is_exact(self) -> bool:
        return exact(self.truth, self.text)


def read_recording(
    crops: Sequence[np.ndarray], plan: Plan, lexicon: Lexicon | None
) -> tuple[list[Reading | None], list[list[float] | None]]:
    """Read ``crops`` as the app does, recording each note's calibration features.

    Features are kept by crop: notes are finished batch by batch while the
    engine reads on, and a note finished twice (its marks harmonised with the
    photo's) keeps the features of its last finish, the one it is shown with.
    """
    crops = list(crops)
    where = {id(c): i for i, c in enumerate(crops)}
    seen: dict[int, list[float] | None] = {}
    real = reading_module.calibrated_confidence

    def recorder(
        reading: Reading, crop: np.ndarray | None, lex: Lexicon | None = None, odd_text=None
    ) -> float:
        feats = note_features(reading, lex, odd_text, crop) if reading.text.strip() else None
        if crop is not None and id(crop) in where:
            seen[where[id(crop)]] = feats
        return real(reading, crop, lex, odd_text)

    reading_module.calibrated_confidence = recorder  # type: ignore[assignment]
    try:
        out = read_notes_detailed(crops, lexicon=lexicon, plan_override=plan).readings
    finally:
        reading_module.calibrated_confidence = real  # type: ignore[assignment]
    return out, [None if r is None else seen.get(i) for i, r in enumerate(out)]


def lopo_confidences(rows: list[Scored], l2: float = L2) -> list[float]:
    """Each note's confidence from a model fitted on the other photos' notes."""
    out = [r.confidence for r in rows]
    groups = sorted({r.group for r in rows})
    for g in groups:
        train = [r for r in rows if r.group != g and r.features is not None]
        coef, means, scales = fit(
            [r.features for r in train],  # type: ignore[misc]
            [r.is_exact for r in train],
            l2,
        )
        for i, r in enumerate(rows):
            if r.group == g and r.features is not None:
                out[i] = probability(r.features, coef, means, scales)
    return out


def exact(truth: str, text: str) -> bool:
    return " ".join(truth.split()) == " ".join(text.split())


def reliability(rows: list[Scored], confidences: list[float]) -> list[str]:
    lines = ["| confidence | notes | mean confidence | read exactly |", "|---|---|---|---|"]
    for lo, hi in BANDS:
        idx = [i for i, c in enumerate(confidences) if lo <= c < hi]
        if not idx:
            lines.append(f"| {lo:.1f}-{min(hi, 1):.1f} | 0 | - | - |")
            continue
        ok = np.mean([exact(rows[i].truth, rows[i].text) for i in idx])
        mean_c = np.mean([confidences[i] for i in idx])
        lines.append(f"| {lo:.1f}-{min(hi, 1):.1f} | {len(idx)} | {mean_c:.2f} | {ok:.0%} |")
    top = [i for i, c in enumerate(confidences) if c >= 0.9]
    share = len(top) / max(len(rows), 1)
    ok = np.mean([exact(rows[i].truth, rows[i].text) for i in top]) if top else float("nan")
    lines.append(f"\nat >= 0.9: {len(top)} notes ({share:.0%} of all), {ok:.0%} read exactly")
    return lines


def timed(fn: Callable[[], object]) -> tuple[float, float, object]:
    t0, c0 = time.perf_counter(), time.process_time()
    value = fn()
    return time.perf_counter() - t0, time.process_time() - c0, value


def twelve_megapixel(photo: Path, quality: int = 92) -> bytes:
    """``photo`` scaled to 12 MP (4000 x 3000 for 4:3), as a JPEG of camera quality."""
    import cv2

    bgr = cv2.imread(str(photo))
    h, w = bgr.shape[:2]
    scale = (12e6 / (h * w)) ** 0.5
    big = cv2.resize(bgr, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_CUBIC)
    ok, data = cv2.imencode(".jpg", big, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return data.tobytes()


def score_samples(
    samples: Sequence, plan: Plan, lexicon: Lexicon | None
) -> tuple[list[Scored], float, float]:
    """Read the samples photo by photo; (rows, wall seconds, CPU seconds) of the reading."""
    groups: dict[str, list[int]] = {}
    for i, s in enumerate(samples):
        groups.setdefault(s.group, []).append(i)
    read_notes_detailed([samples[0].crop], lexicon=lexicon, plan_override=plan)  # warm-up
    rows: list[Scored | None] = [None] * len(samples)
    wall = cpu = 0.0
    for idx in groups.values():
        w, c, value = timed(
            lambda idx=idx: read_recording([samples[i].crop for i in idx], plan, lexicon)
        )
        wall, cpu = wall + w, cpu + c
        readings, feats = value  # type: ignore[misc]
        for i, r, f in zip(idx, readings, feats, strict=True):
            s = samples[i]
            rows[i] = Scored(s.group, s.text, r.text if r else "", r.confidence if r else 0.0, f)
    return [r for r in rows if r is not None], wall, cpu


def quality(rows: list[Scored], cer: Callable[[str, str], float]) -> str:
    c = [cer(r.truth, r.text) for r in rows]
    return f"n {len(rows)}, CER {np.mean(c):.3f}, exact {np.mean([r.is_exact for r in rows]):.0%}"


def print_errors(rows: list[Scored]) -> None:
    """Every note not read exactly: photo, label and reading, one line each."""
    wrong = [r for r in rows if not r.is_exact]
    print(f"\nNot read exactly ({len(wrong)} of {len(rows)}):\n")
    for r in wrong:
        print(f"- {r.group}: {r.truth!r} read {' / '.join(r.text.splitlines())!r}")


def print_figures(
    sets: dict[str, list],
    real_root: Path | None,
    cer,
    lexicon: Lexicon,
    plan: Plan,
    fit_all: bool,
    errors: bool = False,
) -> None:
    print("\n## Perfect crops\n")
    real_rows: list[Scored] = []
    for name, samples in sets.items():
        rows, wall, cpu = score_samples(samples, plan, lexicon)
        print(
            f"- {name}: {quality(rows, cer)}; {len(rows) / wall:.1f} notes/s "
            f"({1000 * cpu / len(rows):.0f} ms CPU/note, CPU/wall {cpu / wall:.2f})"
        )
        if name == "real":
            real_rows = rows
            if errors:
                print_errors(rows)
    if real_rows:
        print("\n## Confidence on the real notes, leave-one-photo-out\n")
        print("\n".join(reliability(real_rows, lopo_confidences(real_rows))))
        print("\nBefore (weakest line score x (1 - odd words / 2)), same readings:")
        before = [
            r.confidence
            if r.features is None
            else (1 / (1 + np.exp(-r.features[0]))) * (1 - 0.5 * r.features[3])
            for r in real_rows
        ]
        print("\n".join(reliability(real_rows, before)))
        print("\nAs shipped (fitted on all photos: not a fair figure):")
        print("\n".join(reliability(real_rows, [r.confidence for r in real_rows])))
        if fit_all:
            fitted = [r for r in real_rows if r.features is not None]
            coef, means, scales = fit([r.features for r in fitted], [r.is_exact for r in fitted])  # type: ignore[misc]
            print("\nCOEFFICIENTS =", tuple(round(v, 4) for v in coef))
            print("MEANS =", tuple(round(v, 4) for v in means))
            print("SCALES =", tuple(round(v, 4) for v in scales))
    if real_root is not None:
        detected_figures(real_root, cer, lexicon, plan, errors)


def detected_figures(
    real_root: Path, cer, lexicon: Lexicon, plan: Plan, errors: bool = False
) -> None:
    import json

    from app.pipeline import analyse
    from bench.detect import match

    def reader(crops: list[np.ndarray]) -> list[Reading | None]:
        return read_notes_detailed(crops, lexicon=lexicon, plan_override=plan).readings

    rows: list[Scored] = []
    missed = 0
    total_wall = total_cpu = 0.0
    for label in sorted((real_root / "labels").glob("*.json")):
        data = json.loads(label.read_text())
        path = real_root / "images" / data["image"]
        photo = path.read_bytes()
        wall, cpu, result = timed(
            lambda photo=photo, name=path.name: analyse(photo, name, reader=reader)
        )
        total_wall, total_cpu = total_wall + wall, total_cpu + cpu
        truth = [n for n in data["notes"] if n.get("text") is not None]
        pairs = match(
            [np.asarray(n.polygon, float) for n in result.notes],  # type: ignore[attr-defined]
            [np.asarray(n["polygon"], float) for n in truth],
        )
        found = {j: i for i, j, _ in pairs}
        for j, note in enumerate(truth):
            if j not in found:
                missed += 1
                continue
            r = result.readings[found[j]]  # type: ignore[attr-defined]
            rows.append(
                Scored(
                    data["image"],
                    note["text"],
                    r.text if r else "",
                    r.confidence if r else 0.0,
                    None,
                )
            )
    print("\n## Detected notes (real photos, notes matched to labels)\n")
    print(f"- {quality(rows, cer)}; {missed} labelled notes with text not detected")
    photos = len(list((real_root / "labels").glob("*.json")))
    print(f"- end to end: {total_wall:.1f} s wall, {total_cpu:.1f} s CPU for {photos} photos")
    print("\n".join(reliability(rows, [r.confidence for r in rows])))
    if errors:
        print_errors(rows)


def twelve_mp_figures(photo: Path, lexicon: Lexicon, plan: Plan, repeat: int = 2) -> None:
    """Seconds for one 12-MP photo through :func:`app.pipeline.analyse`, split into its stages.

    Wall and CPU time (``time.process_time``: all threads of the process) of
    the whole call, and of the reading alone (the reader's own call, during which
    the notes' colours and votes are measured in a second thread: their CPU time
    counts as reading); the rest is decoding and detection. The fastest of
    ``repeat`` runs counts, after one warm-up run (sessions, lexicon). Other load
    on the machine stretches the wall time much more than the CPU time: ``load
    average`` is printed with it, and the median and slowest runs beside the fastest
    (on this shared virtual machine the same run's CPU time was seen to vary from 3.6
    to 5.4 s with nothing else running).
    """
    import os
    import statistics

    from app.pipeline import analyse
    from ocr.engines.ppocr import PpOcrEngine
    from ocr.engines.ppocr_pipeline import threads_for, workers_for

    reading: list[tuple[float, float]] = []

    def reader(crops: list[np.ndarray]) -> list[Reading | None]:
        wall, cpu, out = timed(
            lambda: read_notes_detailed(crops, lexicon=lexicon, plan_override=plan).readings
        )
        reading.append((wall, cpu))
        return out  # type: ignore[return-value]

    data = twelve_megapixel(photo)
    analyse(data, "12mp.jpg", reader=reader)  # warm-up
    best = None
    walls: list[float] = []
    for _ in range(repeat):
        reading.clear()
        wall, cpu, result = timed(lambda: analyse(data, "12mp.jpg", reader=reader))
        walls.append(wall)
        if best is None or wall < best[0]:
            best = (wall, cpu, len(result.notes), *reading[0])  # type: ignore[attr-defined]
    assert best is not None
    wall, cpu, n, read_wall, read_cpu = best
    engine = plan.primary
    threads = ""
    if isinstance(engine, PpOcrEngine):
        threads = (
            f"; PP-OCR: {workers_for(engine.settings)} pipelines x "
            f"{threads_for(engine.settings)} onnxruntime thread(s)"
        )
    print(f"\n## 12-MP photo end to end ({photo.name} scaled to 12 MP)\n")
    print(f"- {n} notes: {wall:.2f} s wall, {cpu:.2f} s CPU (CPU/wall {cpu / wall:.2f})")
    print(
        f"- decoding and detection: {wall - read_wall:.2f} s wall, {cpu - read_cpu:.2f} s CPU; "
        f"reading (colours and votes beside it): {read_wall:.2f} s wall, {read_cpu:.2f} s CPU "
        f"(CPU/wall {read_cpu / read_wall:.2f}){threads}"
    )
    print(
        f"- {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} "
        f"(fastest of {repeat} runs after a warm-up; median {statistics.median(walls):.2f} s, "
        f"slowest {max(walls):.2f} s)"
    )
    import_figures(photo, reader)


def import_figures(photo: Path, reader: Callable[[list[np.ndarray]], list], count: int = 3) -> None:
    """Seconds per photo importing ``count`` 12-MP JPEGs of ``photo`` (quality 92, 91, ...).

    The import finds the next photo's notes while it reads this one's
    (:class:`app.pipeline._LookAhead`); the same photos one at a time through
    :func:`app.pipeline.analyse` for comparison (both store nothing else).
    """
    import os
    import tempfile

    from app.pipeline import analyse, import_photos
    from app.store import Project

    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for k in range(count):
            path = Path(folder) / f"12mp_{k}.jpg"
            path.write_bytes(twelve_megapixel(photo, 92 - k))
            paths.append(path)
        one_wall, one_cpu, _ = timed(
            lambda: [analyse(p.read_bytes(), p.name, reader=reader) for p in paths]
        )
        with Project.create(Path(folder) / "bench.pinscribe", title="bench") as project:
            station = project.stations.add("bench")
            wall, cpu, result = timed(
                lambda: import_photos(project, station.id, paths, reader=reader)
            )
    n = len(result.imported)  # type: ignore[attr-defined]
    print(
        f"- import of {n} such photos: {wall / n:.2f} s wall, {cpu / n:.2f} s CPU per photo "
        f"(one at a time, analyse only: {one_wall / count:.2f} s wall, "
        f"{one_cpu / count:.2f} s CPU); load average {os.getloadavg()[0]:.1f}"
    )


def learning_figures(samples: Sequence, workshop: Sequence[str], plan: Plan, cer) -> None:
    """Each real photo as a station: its first half reviewed, the second half read again."""
    before: list[Scored] = []
    after: list[Scored] = []
    groups: dict[str, list] = {}
    for s in samples:
        groups.setdefault(s.group, []).append(s)
    base = Lexicon(workshop)
    base.load()
    for notes in groups.values():
        half = len(notes) // 2
        reviewed, rest = notes[:half], notes[half:]
        if not rest or not reviewed:
            continue
        learned = Lexicon([*workshop, *(s.text for s in reviewed)])
        learned.load()
        for lex, out in ((base, before), (learned, after)):
            readings = read_notes_detailed(
                [s.crop for s in rest], lexicon=lex, plan_override=plan
            ).readings
            for s, r in zip(rest, readings, strict=True):
                out.append(Scored(s.group, s.text, r.text if r else "", 0.0, None))
    print("\n## Learning from the facilitator (second half of each photo, first half reviewed)\n")
    print(f"- before: {quality(before, cer)}")
    print(f"- after:  {quality(after, cer)}")
