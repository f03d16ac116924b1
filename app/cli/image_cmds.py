"""Sub-commands that work on photos: ``detect``, ``import`` and ``ocr``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app.cli.output import print_json
from app.duplicates import DuplicatePair, find_duplicates, merge_notes
from app.errors import InvalidInputError, PinscribeError
from app.import_journal import interrupted_import
from app.photo_files import collect_photos
from app.pipeline import Analysis, PhotoProgress, analyse, import_photos, read_photo_file
from app.reading.readers import make_reader, reread_notes
from app.store import Project
from ocr.errors import OcrError


def register(commands: Any) -> None:
    detect = commands.add_parser(
        "detect", help="find the notes on photos and print them as JSON (no project needed)"
    )
    detect.add_argument(
        "photos", type=Path, nargs="+", metavar="PHOTO", help="photos, or folders of photos"
    )
    detect.add_argument(
        "--recursive", action="store_true", help="also look for photos in sub-folders"
    )
    detect.add_argument("--no-ocr", action="store_true", help="do not read the notes' text")
    detect.add_argument("--engine", default="auto", help="OCR engine: auto, ppocr or tesseract")
    detect.add_argument(
        "--out", type=Path, metavar="DIR", help="write DIR/<photo stem>.json per photo"
    )
    detect.set_defaults(run=_detect)

    imp = commands.add_parser("import", help="import board photos into a station")
    imp.add_argument("project", type=Path, metavar="PROJECT")
    imp.add_argument(
        "photos", type=Path, nargs="+", metavar="PHOTO", help="photos, or folders of photos"
    )
    imp.add_argument("--recursive", action="store_true", help="also look for photos in sub-folders")
    imp.add_argument("--station", required=True, metavar="NAME", help="the station to import into")
    imp.add_argument("--no-ocr", action="store_true", help="do not read the notes' text")
    imp.add_argument("--engine", help="OCR engine for this run (default: the project's)")
    imp.add_argument(
        "--keep-empty",
        action="store_true",
        help="import photos on which no note is found (to draw notes by hand)",
    )
    imp.add_argument(
        "--no-merge",
        action="store_true",
        help="keep notes seen in two overlapping photos of the station apart",
    )
    imp.set_defaults(run=_import)

    dup = commands.add_parser(
        "duplicates", help="list (or merge) notes seen twice in overlapping photos"
    )
    dup.add_argument("project", type=Path, metavar="PROJECT")
    dup.add_argument("--station", required=True, metavar="NAME")
    dup.add_argument("--merge", action="store_true", help="merge every pair found")
    dup.set_defaults(run=_duplicates)

    ocr = commands.add_parser(
        "ocr", help="read the text of notes again (never overwrites reviewed text)"
    )
    ocr.add_argument("project", type=Path, metavar="PROJECT")
    ocr.add_argument("--station", metavar="NAME", help="only this station's notes")
    ocr.add_argument(
        "--engine", help="OCR engine: auto, ppocr or tesseract (default: the project's)"
    )
    ocr.add_argument(
        "--all",
        action="store_true",
        help="re-read every unreviewed note, not only those never read",
    )
    ocr.set_defaults(run=_ocr)


def detection_record(name: str, analysis: Analysis) -> dict[str, Any]:
    """A photo's detections in the documented ``pinscribe detect`` JSON format."""
    notes = []
    for note, reading in zip(analysis.notes, analysis.readings, strict=True):
        notes.append(
            {
                "polygon": [[round(x, 1), round(y, 1)] for x, y in note.polygon],
                "color": note.color,
                "rgb": list(note.rgb),
                "shape": note.shape,
                "confidence": round(note.confidence, 3),
                "votes": note.votes,
                "text": reading.text if reading else None,
                "text_confidence": round(reading.confidence, 3) if reading else None,
            }
        )
    return {"image": name, "width": analysis.width, "height": analysis.height, "notes": notes}


def _detect(args: argparse.Namespace) -> int:
    reader = None if args.no_ocr else make_reader(args.engine, warn=_warn)
    if args.out is not None:
        try:
            args.out.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise PinscribeError(f"Cannot create {args.out}: {error.strerror or error}") from error
    photos = _photos(args)
    records = []
    failures = 0
    for path in photos:
        try:
            analysis = analyse(read_photo_file(path), path.name, reader=reader)
        except (PinscribeError, OcrError) as error:
            _warn(str(error))
            failures += 1
            continue
        record = detection_record(path.name, analysis)
        if args.out is not None:
            target = args.out / f"{path.stem}.json"
            target.write_text(
                json.dumps(record, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
            )
            print(f"{path.name}: {len(record['notes'])} notes -> {target}")
        else:
            records.append(record)
    if args.out is None and records:
        single = len(args.photos) == 1 and not args.photos[0].is_dir()
        print_json(records[0] if single else records)
    return 1 if failures else 0


def _warn(message: str) -> None:
    print(f"pinscribe: {message}", file=sys.stderr)


def _photos(args: argparse.Namespace) -> list[Path]:
    """The photos named on the command line, folders opened; what was left out, said once."""
    selection = collect_photos(args.photos, recursive=args.recursive)
    if not selection.photos:
        folders = ", ".join(str(p) for p in selection.empty_folders)
        hint = "" if args.recursive else " (use --recursive to look into sub-folders)"
        raise InvalidInputError(f"No photos found in {folders}{hint}.")
    summary = selection.summary()
    if summary:
        _warn(summary)
    return selection.photos


def _import(args: argparse.Namespace) -> int:
    photos = _photos(args)
    with Project.open(args.project) as project:
        station = project.stations.by_name(args.station)
        earlier = interrupted_import(project)
        if earlier is not None:
            _warn(
                f"an earlier import was interrupted after {earlier.done} photo(s); "
                f"{len(earlier.remaining)} were not imported. Photos already imported are "
                "skipped, so running that import again completes it."
            )
        reader = None if args.no_ocr else make_reader(args.engine, project=project, warn=_warn)

        def show(progress: PhotoProgress) -> None:
            if progress.stage in ("failed", "skipped"):
                _warn(progress.message)

        result = import_photos(
            project,
            station.id,
            photos,
            reader=reader,
            progress=show,
            keep_empty=args.keep_empty,
        )
        merged = 0
        if not args.no_merge and result.imported:
            merged = len(merge_all(project, station.id))
    for done in result.imported:
        read = f", {done.read} read" if reader is not None else ""
        print(f"{done.path.name}: {done.notes} notes{read} (photo {done.photo_id})")
    print(
        f"Imported {len(result.imported)} of {len(photos)} photos into {station.name!r}"
        + (f"; {len(result.failed)} failed" if result.failed else "")
        + (f"; {len(result.skipped)} already there" if result.skipped else "")
        + (f"; merged {merged} notes seen twice" if merged else "")
    )
    return 1 if result.failed else 0


def merge_all(project: Project, station_id: int) -> list[DuplicatePair]:
    """Merge every duplicate pair of a station; returns the pairs merged."""
    pairs = find_duplicates(project, station_id)
    for pair in pairs:
        merge_notes(project, pair.keep, pair.drop)
    return pairs


def _duplicates(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=not args.merge) as project:
        station = project.stations.by_name(args.station)
        pairs = (
            merge_all(project, station.id) if args.merge else find_duplicates(project, station.id)
        )
    for pair in pairs:
        print(f"note {pair.drop} = note {pair.keep} (score {pair.score:.2f})")
    verb = "Merged" if args.merge else "Found"
    print(f"{verb} {len(pairs)} duplicate pair(s).")
    return 0


def _ocr(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        station_id = project.stations.by_name(args.station).id if args.station else None
        reader = make_reader(args.engine, project=project, warn=_warn)
        if reader is None:
            raise PinscribeError("No OCR engine is available; see the messages above.")
        count = reread_notes(project, reader, station_id=station_id, everything=args.all)
    print(f"Read {count} notes.")
    return 0
