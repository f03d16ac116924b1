"""OCR benchmark: CER, exact reads, speed and confidence ranking per engine set-up.

Sets: printed synthetic notes (DejaVu), handwriting-like synthetic notes
(fonts-dkg-handwriting, fonts-comic-neue), and the labelled real notes of
``../shared/data/real`` (cropped by their 4-point polygons; skipped when absent).

    .venv/bin/python bench/ocr.py                 # before and after
    .venv/bin/python bench/ocr.py --only after --synthetic 40
    .venv/bin/python bench/ocr.py --real /path/to/real --json out.json

CER: edit distance / reference length, whitespace normalised, per note capped
at 1, averaged over notes; "cf" = case-folded. rho: Spearman rank correlation
of confidence with CER on notes with text (negative is good: confident notes are
right). Speed: notes per second (wall clock) after warm-up, each photo's notes
(or 20 synthetic ones) read as one batch, and CPU time per note (all threads),
which other load on the machine disturbs less.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.reading import Lexicon, read_notes_detailed  # noqa: E402
from app.reading.lexicon import _distance  # noqa: E402
from app.reading.strategy import Plan  # noqa: E402
from ocr.engines import PpOcrEngine, TesseractEngine  # noqa: E402
from ocr.engines.base import OcrEngine, make_reading  # noqa: E402
from ocr.types import Reading, TextBox  # noqa: E402
from tests.ocr_synth import make_notes  # noqa: E402

DEFAULT_REAL = ROOT.parent / "shared" / "data" / "real"
WORKSHOP = (
    "Bürgerbeteiligung und Öffentlichkeit",
    "Mobilität, Straße und Verkehr",
    "Governance und Organisation",
    "Welche Strukturen braucht eine erfolgreiche Smart City?",
    "Klimaschutz und Grünflächen",
)


@dataclass
class Sample:
    text: str
    crop: np.ndarray
    group: str  # notes of one group (photo) are read as one batch


def load_real(root: Path) -> list[Sample]:
    import cv2

    out: list[Sample] = []
    for label in sorted((root / "labels").glob("*.json")):
        data = json.loads(label.read_text())
        bgr = cv2.imread(str(root / "images" / data["image"]))
        if bgr is None:
            continue
        rgb = cv2.cvtColor(bgr, cv2.COLOR_BGR2RGB)
        for note in data["notes"]:
            if note.get("text") is None:
                continue
            p = np.array(note["polygon"], dtype=np.float32)
            w = int(max(np.linalg.norm(p[1] - p[0]), np.linalg.norm(p[2] - p[3])))
            h = int(max(np.linalg.norm(p[3] - p[0]), np.linalg.norm(p[2] - p[1])))
            if w < 8 or h < 8:
                continue
            dst = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], dtype=np.float32)
            crop = cv2.warpPerspective(rgb, cv2.getPerspectiveTransform(p, dst), (w, h))
            out.append(Sample(note["text"], crop, data["image"]))
    return out


def synthetic(kind: str, count: int) -> list[Sample]:
    return [
        Sample(n.text, n.crop, f"{kind}{i // 20}")
        for i, n in enumerate(make_notes(kind, count, seed=11))
    ]


def norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def cer(ref: str, hyp: str, fold: bool = False) -> float:
    r, h = norm(ref), norm(hyp)
    if fold:
        r, h = r.casefold(), h.casefold()
    return min(1.0, _distance(r, h) / max(len(r), 1))


def spearman(x: Sequence[float], y: Sequence[float]) -> float:
    def ranks(v: Sequence[float]) -> np.ndarray:
        a = np.asarray(v, dtype=float)
        order = a.argsort(kind="stable")
        r = np.empty(len(a))
        r[order] = np.arange(len(a))
        for val in np.unique(a):
            r[a == val] = r[a == val].mean()
        return r

    if len(x) < 3:
        return float("nan")
    rx, ry = ranks(x), ranks(y)
    if rx.std() == 0 or ry.std() == 0:
        return float("nan")
    return float(np.corrcoef(rx, ry)[0, 1])


# -- "before" set-ups ---------------------------------------------------------------------


class PlainPytesseract(OcrEngine):
    """Before: pytesseract --psm 6 on the raw RGB crop, no preprocessing."""

    name = "tesseract-plain"
    version = "pytesseract"

    def check_available(self) -> None:
        TesseractEngine(backend="pytesseract").check_available()

    def read(self, crop: np.ndarray) -> Reading:
        import pytesseract

        text = pytesseract.image_to_string(crop, lang="deu+eng", config="--psm 6", timeout=30)
        return make_reading([TextBox(line, 0.5, []) for line in text.splitlines()], self.name)


class RapidDefaults(OcrEngine):
    """Before: rapidocr with its default settings, one crop at a time.

    The bundled model files are named explicitly (with none named, rapidocr
    checks them through its downloader, which Pinscribe refuses); every other
    setting is rapidocr's default, the angle classifier included.
    """

    name = "ppocr-defaults"
    version = "rapidocr defaults"

    def __init__(self) -> None:
        super().__init__()
        from rapidocr import RapidOCR

        from ocr.engines.ppocr_pipeline import (
            DET_MODEL,
            REC_MODEL,
            bundled_models_dir,
            no_downloads,
        )

        models = bundled_models_dir()
        assert models is not None
        params = {
            "Global.log_level": "error",
            "Det.model_path": str(models / DET_MODEL),
            "Rec.model_path": str(models / REC_MODEL),
            "Cls.model_path": str(models / "ch_ppocr_mobile_v2.0_cls_mobile.onnx"),
        }
        with no_downloads():
            self.rapid = RapidOCR(params=params)
            self.rapid(np.full((64, 64, 3), 255, np.uint8))

    def check_available(self) -> None:
        pass

    def read(self, crop: np.ndarray) -> Reading:
        res = self.rapid(crop)
        txts = list(getattr(res, "txts", None) or [])
        scores = list(getattr(res, "scores", None) or [])
        lines = [TextBox(t, float(s), []) for t, s in zip(txts, scores, strict=False)]
        return make_reading(lines, self.name)


# -- running ------------------------------------------------------------------------------

Runner = Callable[[list[np.ndarray]], list[Reading | None]]


def engine_runner(engine: OcrEngine) -> Runner:
    return lambda crops: list(engine.read_batch(crops))


def strategy_runner(
    lexicon: Lexicon | None, second_opinion: bool, tesseract: TesseractEngine
) -> Runner:
    pp = PpOcrEngine()
    chosen = Plan(pp, tesseract)
    return lambda crops: (
        read_notes_detailed(
            crops, lexicon=lexicon, plan_override=chosen, second_opinion=second_opinion
        ).readings
    )


def measure(run: Runner, samples: list[Sample], repeat: int = 1) -> dict[str, float]:
    """Read all samples ``repeat`` times; quality from the first pass, speed from the fastest."""
    groups: dict[str, list[int]] = {}
    for i, s in enumerate(samples):
        groups.setdefault(s.group, []).append(i)
    run([samples[0].crop])  # warm-up: sessions, lazy loading
    readings: list[Reading | None] = [None] * len(samples)
    elapsed = cpu = float("inf")
    for n in range(max(repeat, 1)):
        t0, c0 = time.perf_counter(), time.process_time()
        for idx in groups.values():
            out = run([samples[i].crop for i in idx])
            if n == 0:
                for i, r in zip(idx, out, strict=True):
                    readings[i] = r
        elapsed = min(elapsed, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    texts = [r.text if r is not None else "" for r in readings]
    c = [cer(s.text, t) for s, t in zip(samples, texts, strict=False)]
    cf = [cer(s.text, t, fold=True) for s, t in zip(samples, texts, strict=False)]
    with_text = [i for i, s in enumerate(samples) if s.text.strip()]
    conf = [readings[i].confidence if readings[i] is not None else 0.0 for i in with_text]  # type: ignore[union-attr]
    allconf = [r.confidence if r is not None else 0.0 for r in readings]
    return {
        "n": len(samples),
        "cer": float(np.mean(c)),
        "cer_cf": float(np.mean(cf)),
        "exact": float(np.mean([x == 0 for x in c])),
        "notes_per_s": len(samples) / elapsed,
        "cpu_ms": 1000 * cpu / len(samples),
        "rho": spearman(conf, [c[i] for i in with_text]),
        "rho_all": spearman(allconf, c),
    }


def print_table(title: str, rows: list[tuple[str, str, dict[str, float]]]) -> None:
    print(f"\n## {title}\n")
    print(
        "| set | set-up | n | CER | CER cf | exact | notes/s | CPU ms/note "
        "| rho (text) | rho (all) |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for dataset, setup, m in rows:
        print(
            f"| {dataset} | {setup} | {m['n']:.0f} | {m['cer']:.3f} | {m['cer_cf']:.3f} | "
            f"{m['exact']:.2f} | {m['notes_per_s']:.1f} | {m['cpu_ms']:.0f} | "
            f"{m['rho']:+.2f} | {m['rho_all']:+.2f} |"
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", choices=("before", "after"), default=None)
    ap.add_argument("--synthetic", type=int, default=60, help="notes per synthetic set")
    ap.add_argument(
        "--real", type=Path, default=Path(os.environ.get("PINSCRIBE_REAL", DEFAULT_REAL))
    )
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=1, help="timing passes (fastest counts)")
    ap.add_argument(
        "--figures",
        action="store_true",
        help="issue 15's figures: perfect crops, detected notes, reliability table, 12-MP photo",
    )
    ap.add_argument(
        "--fit", action="store_true", help="with --figures: print refitted coefficients"
    )
    ap.add_argument(
        "--errors",
        action="store_true",
        help="with --figures: list every real note not read exactly (label, reading)",
    )
    ap.add_argument(
        "--photo",
        type=Path,
        default=ROOT.parent / "shared" / "data" / "holdout" / "hold_04.jpg",
        help="the photo scaled to 12 MP for the end-to-end time",
    )
    ap.add_argument(
        "--skip", default="", help="with --figures: skip parts (crops,learning,detected,12mp)"
    )
    args = ap.parse_args(argv)

    sets: dict[str, list[Sample]] = {
        "printed": synthetic("printed", args.synthetic),
        "handwriting": synthetic("handwriting", args.synthetic),
    }
    if (args.real / "labels").is_dir():
        sets["real"] = load_real(args.real)
    else:
        print(f"(real notes not found at {args.real}: skipped)")
    sets = {k: v for k, v in sets.items() if v}
    print("sets:", ", ".join(f"{k} {len(v)}" for k, v in sets.items()), "| cores:", os.cpu_count())
    print("load average at start: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))

    if args.figures:
        return figures(args, sets)
    results: dict[str, list[tuple[str, str, dict[str, float]]]] = {}
    if args.only in (None, "before"):
        setups: list[tuple[str, Runner]] = [
            ("pytesseract psm6 raw", engine_runner(PlainPytesseract())),
            ("rapidocr defaults", engine_runner(RapidDefaults())),
        ]
        results["before"] = [
            (k, name, measure(run, s)) for name, run in setups for k, s in sets.items()
        ]
        print_table("before", results["before"])
    if args.only in (None, "after"):
        t0 = time.perf_counter()
        lexicon = Lexicon(WORKSHOP)
        lexicon.load()
        print(
            f"(lexicon: {', '.join(s.label for s in lexicon.sources) or 'none'}, "
            f"loaded in {time.perf_counter() - t0:.1f} s)"
        )
        tess = TesseractEngine(backend="tesserocr")
        setups = [
            ("ppocr tuned", engine_runner(PpOcrEngine())),
            ("tesseract tuned (tesserocr)", engine_runner(tess)),
            (
                "tesseract tuned (pytesseract)",
                engine_runner(TesseractEngine(backend="pytesseract")),
            ),
            ("auto, no lexicon", strategy_runner(None, False, tess)),
            ("auto + lexicon (default)", strategy_runner(lexicon, False, tess)),
            ("auto + lexicon + Tesseract 2nd opinion", strategy_runner(lexicon, True, tess)),
        ]
        results["after"] = [
            (k, name, measure(run, s)) for name, run in setups for k, s in sets.items()
        ]
        print_table("after", results["after"])
    print("\nload average at end: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


def figures(args: argparse.Namespace, sets: dict[str, list[Sample]]) -> int:
    from app.reading import plan
    from bench import ocr_figures

    lexicon = Lexicon(WORKSHOP)
    lexicon.load()
    chosen = plan("auto", ("deu", "eng"))
    skip = set(args.skip.split(","))
    if "crops" not in skip:
        ocr_figures.print_figures(sets, None, cer, lexicon, chosen, args.fit, args.errors)
    if "learning" not in skip and "real" in sets:
        ocr_figures.learning_figures(sets["real"], WORKSHOP, chosen, cer)
    if "detected" not in skip and "real" in sets:
        ocr_figures.detected_figures(args.real, cer, lexicon, chosen, args.errors)
    if "12mp" not in skip and args.photo.is_file():
        ocr_figures.twelve_mp_figures(args.photo, lexicon, chosen, max(args.repeat, 1))
    print("\nload average at end: {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
