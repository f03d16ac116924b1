"""Replay a facilitator's review of the labelled real photos against their labels.

Usage: python -m bench.review [--real DIR] [--engine auto|ppocr|tesseract] [--no-ocr]

Each photo is analysed as the import does (detection, then reading); then the
review is replayed with the gestures of the app, counting keystrokes and clicks:

- confirm: a detected note whose reading is right (or whose label has no text):
  Enter, 1 action;
- fix by alternative: the right reading is among the first three alternatives:
  Alt+n confirms with it, 1 action;
- fix text: typing the label's text (the field starts selected) and Enter:
  len(text) + 1 actions;
- delete false: a detection that matches no label: Delete ("Not a note"), 1 action;
- add missed: a label no detection matches (IoU >= 0.5), added the way the app
  does it with the review queue open: one click on the "Find note" tool (A) per
  photo, then one click inside each missed note (where a user clicks: its centre,
  or the middle of its visible part). The note found is added, read from its
  stored crop as the app reads it, and becomes the queue's current note, so its
  reading is confirmed or fixed as above (Enter when right). When the click finds
  no outline with IoU >= 0.5, the click was wasted, a wrong outline it added is
  thrown out (Delete), and the note is drawn: D, one drag over its upright box,
  and four corner drags unless that box already has IoU >= 0.8; the drawn note is
  read and reviewed the same way, and the next click needs A again.

Texts are compared with their white space collapsed. Prints actions per note for
each kind, fixes per 100 notes and actions per 100 notes.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.images import decode_rgb, encode_jpeg  # noqa: E402
from app.pipeline import Reader, analyse, read_photo_file  # noqa: E402
from app.reading.readers import make_reader  # noqa: E402
from bench.at_point import click_point  # noqa: E402
from ocr.detect.at_point import PointFinder  # noqa: E402
from ocr.geometry import polygon_iou  # noqa: E402
from ocr.loading import load_image  # noqa: E402
from ocr.notes import describe_note  # noqa: E402
from ocr.types import Reading  # noqa: E402

DEFAULT_REAL = Path("/work/shared/data/real")
MATCH_IOU = 0.5
ALTERNATIVE_KEYS = 3


@dataclass
class Replay:
    """Actions by kind of step, and how many notes each kind covered."""

    actions: Counter[str] = field(default_factory=Counter)
    notes: Counter[str] = field(default_factory=Counter)

    def add(self, kind: str, actions: int) -> None:
        self.actions[kind] += actions
        self.notes[kind] += 1


def same(a: str | None, b: str | None) -> bool:
    return " ".join((a or "").split()) == " ".join((b or "").split())


def review_text(replay: Replay, label: str | None, reading: Reading | None, extra: int = 0) -> str:
    """Replay the queue on one real note; returns the kind of step it took."""
    text = reading.text if reading else ""
    alternatives = list(getattr(reading, "alternatives", ()) or ())[:ALTERNATIVE_KEYS]
    if label is None or same(text, label):
        kind, actions = "confirm", 1
    elif any(same(alt, label) for alt in alternatives):
        kind, actions = "fix by alternative", 1
    else:
        kind, actions = "fix text", len(" ".join(label.split())) + 1
    replay.add(kind, actions + extra)
    return kind


def replay_photo(
    replay: Replay, missed_replay: Replay, path: Path, labels: list[dict], reader: Reader | None
) -> None:
    analysis = analyse(read_photo_file(path), path.name, reader=reader)
    found = [np.array(n.polygon, dtype=float) for n in analysis.notes]
    truth = [np.array(n["polygon"], dtype=float) for n in labels]
    pairs = sorted(
        ((polygon_iou(f, t), i, j) for i, f in enumerate(found) for j, t in enumerate(truth)),
        reverse=True,
    )
    used_f: set[int] = set()
    used_t: set[int] = set()
    for iou, i, j in pairs:
        if iou < MATCH_IOU or i in used_f or j in used_t:
            continue
        used_f.add(i)
        used_t.add(j)
        review_text(replay, labels[j]["text"], analysis.readings[i])
    for i in range(len(found)):
        if i not in used_f:
            replay.add("delete false", 1)
    missed = [j for j in range(len(truth)) if j not in used_t]
    if not missed:
        return
    rgb = load_image(path).rgb
    finder = PointFinder(rgb)
    mode_key = 1  # the Find note tool, once for the photo
    for j in missed:
        others = truth[:j] + truth[j + 1 :]
        note = finder.note_at(click_point(truth[j], others), with_crop=False)
        iou = polygon_iou(np.array(note.polygon), truth[j]) if note is not None else 0.0
        if iou >= MATCH_IOU:
            assert note is not None
            add, polygon = mode_key + 1, np.array(note.polygon, dtype=float)
            mode_key = 0
        else:  # a wasted click; Delete what it added; D, a drag, corners; A again after
            add = mode_key + 1 + (note is not None) + drawing_actions(truth[j])
            polygon, mode_key = truth[j], 1
            replay.add("drawn (click failed)", 0)
        reading = read_as_added(rgb, polygon, reader) if reader is not None else None
        review_text(missed_replay, labels[j]["text"], reading, extra=add)
        replay.add("add missed", add)


def drawing_actions(label: np.ndarray) -> int:
    """D, one drag over the note's upright box, and four corner drags unless it fits."""
    x0, y0 = label.min(axis=0)
    x1, y1 = label.max(axis=0)
    box = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]])
    return 2 + (0 if polygon_iou(box, label) >= 0.8 else 4)


def read_as_added(rgb: np.ndarray, polygon: np.ndarray, reader: Reader) -> Reading | None:
    """The reading of a note added by hand, as ``editing.add_note`` makes it.

    The crop of its outline, stored as JPEG, read back.
    """
    look = describe_note(rgb, [(float(x), float(y)) for x, y in polygon])
    if look.crop is None:
        return None
    return (reader([decode_rgb(encode_jpeg(look.crop))]) or [None])[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--real", type=Path, default=DEFAULT_REAL)
    parser.add_argument("--engine", default="auto")
    parser.add_argument("--no-ocr", action="store_true", help="replay without reading")
    args = parser.parse_args(argv)
    label_dir = args.real / "labels"
    if not label_dir.is_dir():
        print(f"no labelled photos in {args.real}; nothing to replay")
        return 0
    reader = None if args.no_ocr else make_reader(args.engine, warn=print)
    replay, missed = Replay(), Replay()
    photos = 0
    for path in sorted(label_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        replay_photo(replay, missed, args.real / "images" / data["image"], data["notes"], reader)
        photos += 1

    real_notes = sum(replay.notes[k] for k in ("confirm", "fix by alternative", "fix text"))
    real_notes += replay.notes["add missed"]
    engine = args.engine if reader else "none"
    print(f"{photos} photos, {real_notes} labelled notes, engine {engine}")
    print(f"{'step':<22} {'notes':>6} {'actions':>8} {'per note':>9}")
    for kind in ("confirm", "fix by alternative", "fix text", "delete false", "add missed"):
        n, a = replay.notes[kind], replay.actions[kind]
        print(f"{kind:<22} {n:>6} {a:>8} {a / max(1, n):>9.2f}")
    if replay.notes["add missed"]:
        n = replay.notes["add missed"]
        total = sum(missed.actions.values())
        print(f"{'missed, with review':<22} {n:>6} {total:>8} {total / n:>9.2f}")
        then = ", ".join(f"{k} {v}" for k, v in sorted(missed.notes.items()))
        drawn = replay.notes["drawn (click failed)"]
        print(f"  the missed notes' readings: {then}; drawn: {drawn}")
    fixes = sum(replay.notes[k] for k in ("fix by alternative", "fix text", "delete false"))
    fixes += replay.notes["add missed"]
    actions = sum(replay.actions.values()) + sum(missed.actions.values())
    actions -= replay.actions["add missed"]  # counted within the missed notes' review
    print(f"fixes per 100 notes:   {100 * fixes / max(1, real_notes):.1f}")
    print(f"actions per 100 notes: {100 * actions / max(1, real_notes):.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
