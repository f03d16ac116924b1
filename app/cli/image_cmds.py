"""Sub-commands that work on photos: ``detect``, ``import`` and ``ocr``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app import import_journal
from app.cli.output import counted, plain, print_json
from app.duplicates import find_duplicates, merge_all, merge_pairs
from app.errors import InvalidInputError, PinscribeError
from app.export.files import write_atomically
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
    detect.add_argument(
        "--force", action="store_true", help="replace existing DIR/<photo stem>.json files"
    )
    detect.add_argument(
        "--at",
        type=_point,
        metavar="X,Y",
        help="find only the one note holding this point (pixels of the photo)",
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
                "cut": note.cut,
                "text": reading.text if reading else None,
                "text_confidence": round(reading.confidence, 3) if reading else None,
                "alternatives": list(reading.alternatives) if reading else [],
            }
        )
    return {"image": name, "width": analysis.width, "height": analysis.height, "notes": notes}


def _detect_targets(args: argparse.Namespace, photos: list[Path]) -> dict[Path, Path]:
    """Where ``detect --out`` writes each photo's JSON; refuses clashes before any work."""
    from app.export.files import check_target

    targets: dict[Path, Path] = {}
    inputs = {p.resolve() for p in photos}
    for path in photos:
        target = args.out / f"{path.stem}.json"
        clash = next((p for p, t in targets.items() if t == target), None)
        if clash is not None and clash.resolve() != path.resolve():
            raise InvalidInputError(
                f"{clash} and {path} would both be written to {target}; "
                "rename one, or detect them with separate --out folders."
            )
        if target.resolve() in inputs:
            raise InvalidInputError(f"{target} is one of the photos; choose another --out folder.")
        check_target(None, target, overwrite=args.force)
        targets[path] = target
    return targets


def _detect(args: argparse.Namespace) -> int:
    photos, failures = _photos(args)
    targets = _detect_targets(args, photos) if args.out is not None else {}
    reader = None if args.no_ocr else make_reader(args.engine, warn=_warn)
    if args.out is not None:
        try:
            args.out.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise PinscribeError(f"Cannot create {args.out}: {error.strerror or error}") from error
    records = []
    for path in photos:
        try:
            analysis = analyse(read_photo_file(path), path.name, reader=reader, at=args.at)
        except (PinscribeError, OcrError) as error:
            _warn(str(error))
            failures += 1
            continue
        record = detection_record(path.name, analysis)
        if args.out is not None:
            target = targets[path]
            text = json.dumps(record, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
            write_atomically(target, text.encode("utf-8"))
            print(f"{plain(path.name)}: {counted(len(record['notes']), 'note')} -> {plain(target)}")
        else:
            records.append(record)
    if args.out is None and records:
        single = len(args.photos) == 1 and not args.photos[0].is_dir()
        print_json(records[0] if single else records)
    return 1 if failures else 0


def _point(value: str) -> tuple[float, float]:
    """``X,Y`` as two numbers (argparse turns the error into a usage message, exit 2)."""
    parts = value.split(",")
    try:
        if len(parts) != 2:
            raise ValueError
        x, y = float(parts[0]), float(parts[1])
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected X,Y (two numbers), got {value!r}") from None
    if not (x >= 0 and y >= 0) or x == float("inf") or y == float("inf"):
        raise argparse.ArgumentTypeError(f"X and Y must be pixels on the photo, got {value!r}")
    return x, y


def _warn(message: str) -> None:
    print(f"pinscribe: {plain(message)}", file=sys.stderr)


def _photos(args: argparse.Namespace) -> tuple[list[Path], int]:
    """The photos named on the command line, folders opened, and how many folders were empty.

    What was left out is said once on stderr; a folder without photos counts as a failed
    input (exit code 1), and with no photo at all the command stops here.
    """
    selection = collect_photos(args.photos, recursive=args.recursive)
    hint = "" if args.recursive else " (use --recursive to look into sub-folders)"
    if not selection.photos:
        folders = ", ".join(str(p) for p in selection.empty_folders)
        raise InvalidInputError(f"No photos found in {folders}{hint}.")
    if selection.skipped:
        _warn(f"skipped {len(selection.skipped)} file(s) that are not photos")
    for folder in selection.empty_folders:
        _warn(f"{folder}: no photos found in this folder{hint}")
    return selection.photos, len(selection.empty_folders)


def _import(args: argparse.Namespace) -> int:
    photos, empty_folders = _photos(args)
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
        pending = import_journal.pending_merge(project)
        if not args.no_merge:
            import_journal.start_merge(project, station.id)

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
            find_twice=not args.no_merge,
        )
        merged = len(merge_pairs(project, result.seen_twice))
        if pending is not None:
            # An interrupted import left its merge undone: finish it (its photos are
            # skipped now, so they bring no pairs of their own).
            if pending != station.id:
                _warn("finishing the merge of notes seen twice that an interrupted import left")
            merged += len(merge_all(project, pending))
        import_journal.finish_merge(project)
    for done in result.imported:
        read = f", {done.read} read" if reader is not None else ""
        notes = counted(done.notes, "note")
        print(f"{plain(done.path.name)}: {notes}{read} (photo {done.photo_id})")
    print(
        f"Imported {len(result.imported)} of {len(photos)} photos into {station.name!r}"
        + (f"; {len(result.failed)} failed" if result.failed else "")
        + (f"; {len(result.skipped)} already there" if result.skipped else "")
        + (f"; merged {merged} notes seen twice" if merged else "")
    )
    return 1 if result.failed or empty_folders else 0


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
        skipped: list[int] = []

        def unreadable(note_id: int, error: PinscribeError) -> None:
            skipped.append(note_id)
            print(f"pinscribe: error: note {note_id}: not read ({plain(error)})", file=sys.stderr)

        count = reread_notes(
            project, reader, station_id=station_id, everything=args.all, unreadable=unreadable
        )
    if not skipped:
        print(f"Read {counted(count, 'note')}.")
        return 0
    print(f"Read {counted(count, 'note')}; {counted(len(skipped), 'note')} not read: "
          f"{'its picture is' if len(skipped) == 1 else 'their pictures are'} damaged.")
    return 1
