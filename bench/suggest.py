"""Benchmark of the theme suggestions: adjusted Rand index against known groupings.

    PYTHONPATH=. python -m bench.suggest [--skip-photos] [--layout-only]

- by wording: the German notes of ``bench/data/wording_de.json`` (``tune``, the part
  the method was tuned on, and ``heldout``, never tuned on), those of
  ``bench/data/wording_tune2.json`` (tuned on too: few shared words within a theme),
  those of ``bench/data/wording_third.json`` (German and English, written after the
  method was frozen, never tuned on), random stations of 2 to 12 themes drawn
  from the tuning sets' themes and from the held-out ones (:func:`mixed_stations`:
  the written sets all have eight themes of eight notes) and the themes of the sample boards
  (``resources/samples/workshop.json``); the sentence vectors are
  multilingual-e5-small's (``app/suggest/e5_small.py``); the time to group 60 notes
  not seen before (a large station) and 384;
- by layout: boards drawn by the synthetic generator from the sample themes (outlines
  known; once without and once with the lines read from the pixels, on the
  generator's three backgrounds), the demo's three sample boards imported with the
  real detector and OCR (truth: the themes of ``workshop.json``, placed by rendering
  the boards again), and two photographs of real boards imported likewise:
  ``real/images/real_07.jpg`` and ``holdout/hold_05.jpg`` from the shared data
  (skipped where absent). Their truth is the board's columns, given below as the
  column lines read off each photo by eye (photo pixels, top and bottom end); a note
  belongs to the column its centre lies in. hold_05 is a holdout photo: looked at,
  never tuned on.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from math import comb
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent.parent / "shared" / "data"
if not DATA.exists():
    DATA = Path("/work/shared/data")

#: Random stations drawn from the written themes for the "mixed stations" figures.
MIXED_STATIONS = 60

#: Column lines read off the photos by eye: ((x top, y top), (x bottom, y bottom)).
COLUMN_LINES = {
    "real/images/real_07.jpg": [((100, 0), (116, 2000)), ((644, 0), (656, 2000)),
                                ((1136, 0), (1132, 2000))],
    "holdout/hold_05.jpg": [((213, 0), (217, 1070)), ((543, 0), (543, 1070)),
                            ((891, 0), (888, 1070)), ((1091, 0), (1086, 1070)),
                            ((1341, 0), (1343, 1070))],
}  # fmt: skip


def adjusted_rand_index(truth: list[int], found: list[int]) -> float:
    pairs = Counter(zip(truth, found, strict=True))
    sum_ij = sum(comb(n, 2) for n in pairs.values())
    sum_a = sum(comb(n, 2) for n in Counter(truth).values())
    sum_b = sum(comb(n, 2) for n in Counter(found).values())
    if len(truth) < 2:
        return 1.0
    expected = sum_a * sum_b / comb(len(truth), 2)
    maximum = (sum_a + sum_b) / 2
    return 1.0 if maximum == expected else (sum_ij - expected) / (maximum - expected)


def _labels(n: int, clusters: list[list[int]]) -> list[int]:
    found = [-(i + 1) for i in range(n)]  # a note in no group is a group of its own
    for k, cluster in enumerate(clusters):
        for i in cluster:
            found[i] = k
    return found


def wording_ari(themes: list[tuple[str, list[str]]]) -> tuple[float, int, float]:
    from app.suggest.wording import cluster_texts

    texts = [t for _, notes in themes for t in notes]
    truth = [k for k, (_, notes) in enumerate(themes) for _ in notes]
    start = time.perf_counter()
    clusters = cluster_texts(texts)
    seconds = time.perf_counter() - start
    return adjusted_rand_index(truth, _labels(len(texts), clusters)), len(texts), seconds


def mixed_stations(
    themes: list[tuple[str, list[str]]], count: int = MIXED_STATIONS, seed: int = 0
) -> list[list[tuple[str, list[str]]]]:
    """Stations of 2 to 12 of ``themes``, each with 3 to 8 of its notes, drawn at random.

    The written sets all have eight themes of eight notes: a method fitted to them
    may merely find eight groups. A real station has any number of themes of any size.
    """
    import random

    rng = random.Random(seed)
    stations = []
    for _ in range(count):
        drawn = rng.sample(themes, min(rng.choice([2, 3, 4, 5, 6, 8, 10, 12]), len(themes)))
        stations.append([(name, rng.sample(notes, rng.randint(3, min(8, len(notes)))))
                         for name, notes in drawn])  # fmt: skip
    return stations


def sample_themes() -> list[list[tuple[str, list[str]]]]:
    data = json.loads((ROOT / "resources" / "samples" / "workshop.json").read_text("utf-8"))
    return [
        [(t["name"], [n[0] for n in t["notes"]]) for t in station["themes"]]
        for station in data["stations"]
    ]


def synthetic_layout_ari(seeds: range, with_lines: bool = False) -> list[float]:
    """ARI per generated board; ``with_lines``: grid lines read from the board's pixels
    (shadows and card edges must not be taken for them), on all three backgrounds."""
    from app.domain import Note
    from app.suggest.layout import PhotoContext, suggest_by_layout
    from ocr.board_lines import find_board_lines
    from tests.synthetic.boards import render_board
    from tests.synthetic.samples import BACKGROUNDS

    data = json.loads((ROOT / "resources" / "samples" / "workshop.json").read_text("utf-8"))
    scores = []
    for number, station in enumerate(data["stations"]):
        groups = [
            (t["name"].upper(), [(n[0], n[1]) for n in t["notes"]]) for t in station["themes"]
        ]
        for seed in seeds:
            kind = BACKGROUNDS[(number + seed) % len(BACKGROUNDS)] if with_lines else "cork"
            board = render_board(groups, seed=seed, perspective=0.06, background_kind=kind)
            notes, truth, group, left = [], [], -1, 0
            sizes = [len(items) for _, items in groups]
            for i, spec in enumerate(board.notes):
                if spec.header or left == 0:
                    group += 1
                    left = sizes[group] + (1 if spec.header else 0)
                left -= 1
                notes.append(Note(i + 1, 1, spec.polygon, color=spec.color, text=spec.text))
                truth.append(group)
            photos = None
            if with_lines:
                lines = find_board_lines(board.image, [n.polygon for n in notes])
                height, width = board.image.shape[:2]
                photos = {1: PhotoContext(width, height, lines)}
            found: dict[int, int] = {}
            for k, s in enumerate(suggest_by_layout(notes, photos=photos)):
                for note_id in [*s.note_ids, *([s.header_note_id] if s.header_note_id else [])]:
                    found[note_id] = k
            scores.append(adjusted_rand_index(truth, [found.get(n.id, -n.id) for n in notes]))
    return scores


def demo_layout() -> list[dict[str, Any]]:
    """The demo's sample boards imported as the demo does, suggested by layout.

    The truth: each detected note belongs to the theme (``workshop.json``) of the
    rendered note whose centre is nearest to its own (the boards are rendered again
    exactly as ``tests/synthetic/samples.py`` drew them).
    """
    import numpy as np

    from app.pipeline import import_photos
    from app.reading.readers import make_reader
    from app.store import Project
    from tests.synthetic.boards import render_board
    from tests.synthetic.samples import BACKGROUNDS, SAMPLES

    manifest = json.loads((SAMPLES / "workshop.json").read_text("utf-8"))
    results = []
    with (
        tempfile.TemporaryDirectory() as folder,
        Project.create(Path(folder) / "demo.pinscribe") as project,
    ):
        reader = make_reader("auto", project=project)
        for number, spec in enumerate(manifest["stations"]):
            groups = [(t["name"], [tuple(n) for n in t["notes"]]) for t in spec["themes"]]
            board = render_board(
                groups, seed=100 + number, background_kind=BACKGROUNDS[number % 3],
                size=(2400, 1600), perspective=0.04, quality="easy",
            )  # fmt: skip
            labels, group = [], -1
            for note in board.notes:
                group += bool(note.header)
                labels.append(group)
            centres = np.array([np.mean(n.polygon, axis=0) for n in board.notes])
            station = project.stations.add(spec["name"])
            import_photos(project, station.id, [SAMPLES / p for p in spec["photos"]],
                          reader=reader)  # fmt: skip
            notes, suggestions, seconds = _layout_timed(project, station.id)
            group_of = _group_of(suggestions)
            truth, found = [], []
            for note in notes:
                distance = np.hypot(*(centres - np.mean(note.polygon, axis=0)).T)
                truth.append(labels[int(np.argmin(distance))])
                found.append(group_of.get(note.id, -note.id))
            results.append({
                "station": spec["name"],
                "ari": adjusted_rand_index(truth, found),
                "notes": len(notes),
                "truth": [(t["name"], len(t["notes"])) for t in spec["themes"]],
                "groups": [(s.name, len(s.note_ids), s.provisional, s.header_note_id is not None)
                           for s in suggestions],
                "seconds": seconds,
            })  # fmt: skip
    return results


def _layout_timed(project: Any, station_id: int) -> tuple[list[Any], list[Any], float]:
    """The station's notes, the layout suggestions and the seconds they took."""
    from app.suggest import suggest

    notes = project.notes.list(station_id=station_id)
    start = time.perf_counter()
    suggestions = suggest(project, station_id, "layout")
    return notes, suggestions, time.perf_counter() - start


def _group_of(suggestions: Sequence[Any]) -> dict[int, int]:
    """Each suggested note's group number (its header card counts as a member)."""
    group_of: dict[int, int] = {}
    for k, s in enumerate(suggestions):
        for note_id in [*s.note_ids, *([s.header_note_id] if s.header_note_id else [])]:
            group_of[note_id] = k
    return group_of


def _column(
    lines: list[tuple[tuple[float, float], tuple[float, float]]], x: float, y: float
) -> int:
    column = 0
    for (x0, y0), (x1, y1) in lines:
        at = x0 + (y - y0) / (y1 - y0) * (x1 - x0)
        column += x > at
    return column


def photo_layout(relative: str) -> dict[str, Any] | None:
    """Import a photo into a new project (real detector and OCR), suggest by layout."""
    from app.pipeline import import_photos
    from app.reading.readers import make_reader
    from app.store import Project

    photo = DATA / relative
    if not photo.exists():
        return None
    with (
        tempfile.TemporaryDirectory() as folder,
        Project.create(Path(folder) / "bench.pinscribe") as project,
    ):
        station = project.stations.add("Board")
        import_photos(project, station.id, [photo], reader=make_reader("auto", project=project))
        notes, suggestions, seconds = _layout_timed(project, station.id)
    group_of = _group_of(suggestions)
    truth, found = [], []
    for note in notes:
        xs = [p[0] for p in note.polygon]
        ys = [p[1] for p in note.polygon]
        truth.append(_column(COLUMN_LINES[relative], sum(xs) / len(xs), sum(ys) / len(ys)))
        found.append(group_of.get(note.id, -note.id))
    return {
        "ari": adjusted_rand_index(truth, found),
        "notes": len(notes),
        "groups": [(s.name, len(s.note_ids), s.provisional) for s in suggestions],
        "seconds": seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-photos", action="store_true", help="no real photos (fast)")
    parser.add_argument("--layout-only", action="store_true", help="only the layout figures")
    args = parser.parse_args()
    if not args.layout_only:
        wording_figures()
    layout_figures(args.skip_photos)


def wording_figures() -> None:
    written = json.loads((ROOT / "bench" / "data" / "wording_de.json").read_text("utf-8"))
    print("By wording (adjusted Rand index against the written themes)")
    for part in ("tune", "heldout"):
        themes = [(t["theme"], t["notes"]) for t in written[part]]
        ari, n, seconds = wording_ari(themes)
        print(
            f"  written set, {part:8}: ARI {ari:.3f}  "
            f"({n} notes, {len(themes)} themes, {seconds:.2f} s)"
        )
    tune2 = json.loads((ROOT / "bench" / "data" / "wording_tune2.json").read_text("utf-8"))
    themes = [(t["theme"], t["notes"]) for t in tune2["tune2"]]
    ari, n, _ = wording_ari(themes)
    print(f"  second tune set      : ARI {ari:.3f}  ({n} notes, {len(themes)} themes)")
    third = json.loads((ROOT / "bench" / "data" / "wording_third.json").read_text("utf-8"))
    themes = [(t["theme"], t["notes"]) for t in third["notes_set"]]
    ari, n, seconds = wording_ari(themes)
    print(f"  third set (de+en)    : ARI {ari:.3f}  ({n} notes, {len(themes)} themes)")
    for label, parts in (("tune+tune2", written["tune"] + tune2["tune2"]),
                         ("heldout+third", written["heldout"] + third["notes_set"])):  # fmt: skip
        pool = [(t["theme"], t["notes"]) for t in parts]
        scores = [wording_ari(station)[0] for station in mixed_stations(pool)]
        print(f"  {MIXED_STATIONS} mixed stations of {label} themes (2-12 themes of 3-8 notes): "
              f"mean ARI {sum(scores) / len(scores):.3f}")  # fmt: skip
    for k, themes in enumerate(sample_themes(), 1):
        ari, n, _ = wording_ari(themes)
        print(f"  sample board {k}       : ARI {ari:.3f}  ({n} notes, {len(themes)} themes)")
    # every note a new text (the sentence vectors of known texts are cached)
    every = written["tune"] + written["heldout"] + third["notes_set"]
    station = [(t["theme"], [f"{note} (60)" for note in t["notes"][:6]]) for t in every[:10]]
    _, n, seconds = wording_ari(station)
    print(f"  speed: {n} new notes (a large station) grouped in {seconds:.2f} s")
    big = [(f"{t['theme']} {k}", [f"{note} ({k})" for note in t["notes"]])
           for k in range(2) for t in every]  # fmt: skip
    _, n, seconds = wording_ari(big)
    print(f"  speed: {n} new notes grouped in {seconds:.2f} s "
          f"({100 * seconds / n:.2f} s per 100 notes)")  # fmt: skip


def layout_figures(skip_photos: bool) -> None:
    print("By layout (adjusted Rand index against the groups / columns)")
    scores = synthetic_layout_ari(range(101, 106))
    mean = sum(scores) / len(scores)
    print(f"  generator, 5 seeds x 3 sample boards: mean ARI {mean:.3f}, min {min(scores):.3f}")
    scores = synthetic_layout_ari(range(101, 106), with_lines=True)
    mean = sum(scores) / len(scores)
    print(
        f"  generator, lines from pixels, 3 backgrounds: mean ARI {mean:.3f}, min {min(scores):.3f}"
    )
    if skip_photos:
        return
    for result in demo_layout():
        truth = ", ".join(f"{n!r} {size}" for n, size in result["truth"])
        named = [
            f"{n!r} {size}{'+header' if head else ''}{'*' if prov else ''}"
            for n, size, prov, head in result["groups"]
        ]
        print(f"  demo board {result['station']!r}: ARI {result['ari']:.3f} against the themes")
        print(f"    {result['notes']} notes, suggested in {result['seconds']:.1f} s")
        print(f"    themes: {truth}")
        print(f"    groups (* provisional name): {', '.join(named)}")
    for relative in COLUMN_LINES:
        result = photo_layout(relative)
        if result is None:
            print(f"  {relative}: not found, skipped")
            continue
        named = [f"{n!r} {size}{'*' if prov else ''}" for n, size, prov in result["groups"]]
        print(f"  {relative}: ARI {result['ari']:.3f} against the columns")
        print(f"    {result['notes']} notes, suggested in {result['seconds']:.1f} s")
        print(f"    groups (* provisional name): {', '.join(named)}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
