"""Sub-commands on graphic recordings: ``recording add|list|set|export|region|read|search``."""

from __future__ import annotations

import argparse
import io
import math
import sys
from pathlib import Path
from typing import Any

from PIL import Image

from app import recordings
from app.cli.output import plain, print_json, print_table, row_id
from app.errors import InvalidInputError, NotFoundError, PinscribeError
from app.reading.readers import make_reader
from app.store import Project


def _numbers(count: int) -> Any:
    def parse(text: str) -> list[float]:
        try:
            values = [float(v) for v in text.replace(" ", "").split(",")]
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"expected {count} numbers, got {plain(text[:60])!r}"
            ) from None
        if not all(math.isfinite(v) and abs(v) <= 1_000_000 for v in values):
            raise argparse.ArgumentTypeError("numbers must be finite and at most 1000000")
        if len(values) != count:
            raise argparse.ArgumentTypeError(f"expected {count} numbers, got {len(values)}")
        return values

    return parse


def register(commands: Any) -> None:
    rec = commands.add_parser("recording", help="graphic recordings: add, straighten, export")
    actions = rec.add_subparsers(dest="recording_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="import a photo of a graphic recording")
    add.add_argument("project", type=Path, metavar="PROJECT")
    add.add_argument("photo", type=Path, metavar="PHOTO")
    add.add_argument("--station", metavar="NAME", help="a station's recording (default: workshop)")
    add.set_defaults(run=_add)

    lst = actions.add_parser("list", help="list the recordings")
    lst.add_argument("project", type=Path, metavar="PROJECT")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(run=_list)

    st = actions.add_parser("set", help="set the corners or the paper, and straighten again")
    st.add_argument("project", type=Path, metavar="PROJECT")
    st.add_argument("id", type=row_id, metavar="ID")
    st.add_argument("--corners", type=_numbers(8), metavar="x,y,x,y,x,y,x,y")
    st.add_argument("--detect", action="store_true", help="find the corners again")
    st.add_argument("--paper", metavar="A0|A1|flipchart|auto|WxH", help="the paper's shape")
    group = st.add_mutually_exclusive_group()
    group.add_argument("--no-enhance", action="store_true", help="keep the photo's colours")
    group.add_argument("--enhance", action="store_true", help="even out light and colours")
    st.set_defaults(run=_set)

    exp = actions.add_parser("export", help="write the straightened, enhanced image")
    exp.add_argument("project", type=Path, metavar="PROJECT")
    exp.add_argument("id", type=row_id, metavar="ID")
    exp.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.png")
    exp.add_argument("--force", action="store_true", help="replace OUT.png if it exists")
    exp.set_defaults(run=_export)

    reg = actions.add_parser("region", help="mark a region of a recording")
    reg.add_argument("project", type=Path, metavar="PROJECT")
    reg.add_argument("id", type=row_id, metavar="ID")
    reg.add_argument("--rect", type=_numbers(4), required=True, metavar="x,y,w,h")
    reg.add_argument("--caption", default="", metavar="TEXT")
    reg.add_argument("--theme", metavar="NAME", help="link the region to a theme")
    reg.set_defaults(run=_region)

    read = actions.add_parser("read", help="read the lettering so it can be searched")
    read.add_argument("project", type=Path, metavar="PROJECT")
    read.add_argument("id", type=row_id, metavar="ID")
    read.add_argument("--engine", help="OCR engine (default: the project's)")
    read.set_defaults(run=_read)

    find = actions.add_parser("search", help="find recordings by the words read on them")
    find.add_argument("project", type=Path, metavar="PROJECT")
    find.add_argument("query", metavar="WORDS")
    find.set_defaults(run=_search)


def _add(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        station_id = project.stations.by_name(args.station).id if args.station else None
        photo_id = recordings.add_recording(project, args.photo, station_id)
        if not project.recordings.get(photo_id).found:
            print(f"pinscribe: {recordings.NOT_FOUND_MESSAGE}", file=sys.stderr)
    print(photo_id)
    return 0


def _list(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        stations = {s.id: s.name for s in project.stations.list()}
        rows = []
        # a damaged recording is left out of this list (and reported, in one line)
        straightened = {r.photo_id: r for r in project.recordings.list()}
        for photo in project.photos.list(kind="recording"):
            rec = straightened.get(photo.id)
            if rec is None and project.recordings.has_row(photo.id):
                continue  # damaged
            rows.append(
                {
                    "id": photo.id,
                    "station": stations.get(photo.station_id) if photo.station_id else None,
                    "file": photo.filename,
                    "corners": rec.corners if rec else None,
                    "found": rec.found if rec else False,
                    "paper": rec.paper if rec else "auto",
                    "aspect": round(rec.aspect, 4) if rec and rec.aspect else None,
                    "enhance": rec.enhance if rec else True,
                    "regions": len(project.recordings.regions(photo.id)),
                }
            )
    if args.json:
        print_json(rows)
        return 0
    print_table(
        [
            [
                str(r["id"]),
                str(r["station"] or "(workshop)"),
                str(r["file"]),
                str(r["paper"]),
                f"{r['aspect']:.3f}" if r["aspect"] else "",
                "detected" if r["found"] else "whole photo/manual",
                str(r["regions"]),
            ]
            for r in rows
        ],
        ["id", "station", "file", "paper", "aspect", "corners", "regions"],
    )
    return 0


def _set(args: argparse.Namespace) -> int:
    corners = None
    if args.corners is not None:
        values = args.corners
        corners = [(values[i], values[i + 1]) for i in range(0, 8, 2)]
    enhance = False if args.no_enhance else (True if args.enhance else None)
    with Project.open(args.project) as project:
        done = recordings.straighten(
            project,
            args.id,
            corners=corners,
            detect=args.detect,
            paper=args.paper,
            enhance=enhance,
        )
    if done.message:
        print(f"pinscribe: {done.message}", file=sys.stderr)
    print(
        f"Recording {args.id}: {done.width} x {done.height} px "
        f"(aspect {done.recording.aspect or 0:.3f}, paper {done.recording.paper})"
    )
    return 0


def _export(args: argparse.Namespace) -> int:
    from app.images import MAX_STORED_PIXELS, decode_rgb

    with Project.open(args.project, read_only=True) as project:
        project.recordings.get(args.id)
        data = project.recordings.flattened(args.id)
        hidden = None if data is None else recordings.published_flattened(project, args.id)
    if data is None:
        raise PinscribeError(f"Recording {args.id} has no straightened image; run 'recording set'.")
    rgb = hidden if hidden is not None else decode_rgb(data, max_pixels=MAX_STORED_PIXELS)
    image = Image.fromarray(rgb)
    suffix = args.output.suffix.lower()
    formats = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG"}
    if suffix not in formats:
        raise InvalidInputError(f"Cannot write {args.output.name}: use .png or .jpg.")
    from app.export.files import check_target, write_atomically

    check_target(args.project, args.output, overwrite=args.force)
    buffer = io.BytesIO()
    image.save(buffer, formats[suffix])
    write_atomically(args.output, buffer.getvalue())
    print(f"Wrote {args.output} ({image.width} x {image.height} px)")
    return 0


def _theme_id(project: Project, photo_id: int, name: str) -> int:
    station_id = project.photos.get(photo_id).station_id
    if station_id is not None:
        return project.themes.by_name(station_id, name).id
    matches = [t for t in project.themes.list() if t.name.casefold() == name.strip().casefold()]
    if not matches:
        raise NotFoundError(f"Unknown theme {name!r}.")
    if len(matches) > 1:
        raise InvalidInputError(f"Theme {name!r} exists in several stations; rename one.")
    return matches[0].id


def _region(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        project.recordings.get(args.id)
        theme_id = _theme_id(project, args.id, args.theme) if args.theme else None
        region = recordings.add_region(
            project, args.id, recordings.rect_polygon(*args.rect), args.caption, theme_id
        )
    print(f"Added region {region.id} to recording {args.id}")
    return 0


def _read(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        project.recordings.get(args.id)
        reader = make_reader(
            args.engine, project=project, warn=lambda m: print(f"pinscribe: {m}", file=sys.stderr)
        )
        if reader is None:
            raise PinscribeError("No OCR engine is available; see the messages above.")
        words = recordings.read_recording(project, args.id, reader)
    print(f"Read {len(words.split())} words on recording {args.id}.")
    return 0


def _search(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        found = recordings.search_recordings(project, args.query)
        names = {r.photo_id: project.photos.get(r.photo_id).filename for r in found}
    for rec in found:
        print(f"{rec.photo_id}\t{plain(names[rec.photo_id])}")
    return 0
