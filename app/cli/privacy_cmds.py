"""Sub-commands for publishing safely: ``privacy`` (check, names, metadata) and ``photo``."""

from __future__ import annotations

import argparse
import math
import sys
from contextlib import nullcontext
from pathlib import Path
from typing import Any

from app.cli.output import plain, print_json, row_id
from app.photo_cleaning import remove_photo_metadata
from app.privacy.check import privacy_check
from app.privacy.faces import add_face_regions, dismiss_face, faces_on_photos
from app.privacy.photos import notes_area, photo_label
from app.store import Project


def register(commands: Any) -> None:
    privacy = commands.add_parser(
        "privacy", help="check what an export would publish about people; decide per note"
    )
    sub = privacy.add_subparsers(dest="privacy_command", metavar="ACTION", required=True)
    check = sub.add_parser(
        "check",
        help="list names on notes, uncropped photos, photo metadata and faces "
        "(board photos and graphic recordings)",
    )
    check.add_argument("project", type=Path, metavar="PROJECT")
    check.add_argument("--station", action="append", metavar="NAME", help="only these stations")
    check.add_argument("--json", action="store_true", help="print JSON")
    check.add_argument(
        "--no-faces", action="store_true", help="do not look for faces on the photos (faster)"
    )
    check.set_defaults(run=_check)
    note = sub.add_parser("note", help="how a note that names a person is published")
    note.add_argument("project", type=Path, metavar="PROJECT")
    note.add_argument("note_id", type=row_id, metavar="NOTE_ID")
    note.add_argument("choice", choices=("keep", "initials", "omit"))
    note.set_defaults(run=_note)
    clean = sub.add_parser(
        "remove-metadata",
        help="remove GPS position, owner and camera details from the stored photos "
        "(a copy of the project is made first)",
    )
    clean.add_argument("project", type=Path, metavar="PROJECT")
    clean.set_defaults(run=_remove_metadata)

    photo = commands.add_parser("photo", help="what a photo shows when published")
    psub = photo.add_subparsers(dest="photo_command", metavar="ACTION", required=True)
    lst = psub.add_parser("list", help="list the photos with their kind, crop and hidden regions")
    lst.add_argument("project", type=Path, metavar="PROJECT")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(run=_list)
    crop = psub.add_parser("crop", help="publish only part of a photo (the board)")
    crop.add_argument("project", type=Path, metavar="PROJECT")
    crop.add_argument("photo_id", type=row_id, metavar="PHOTO_ID")
    how = crop.add_mutually_exclusive_group(required=True)
    how.add_argument("--rect", type=_rect, metavar="X,Y,W,H", help="the part to publish (pixels)")
    how.add_argument("--notes", action="store_true", help="around the photo's notes")
    how.add_argument("--none", action="store_true", help="publish the whole photo again")
    crop.set_defaults(run=_crop)
    redact = psub.add_parser("redact", help="blur (or black out) a region in every export")
    redact.add_argument("project", type=Path, metavar="PROJECT")
    redact.add_argument("photo_id", type=row_id, metavar="PHOTO_ID")
    redact.add_argument("--rect", type=_rect, required=True, metavar="X,Y,W,H")
    redact.add_argument("--black", action="store_true", help="black out instead of blurring")
    redact.set_defaults(run=_redact)
    unredact = psub.add_parser(
        "unredact",
        help="show a hidden region again (a found face's region: the face is not proposed again)",
    )
    unredact.add_argument("project", type=Path, metavar="PROJECT")
    unredact.add_argument("redaction_id", type=row_id, metavar="REGION_ID")
    unredact.set_defaults(run=_unredact)
    faces = psub.add_parser(
        "faces", help="find faces on the photos and propose blurring them (--apply to do it)"
    )
    faces.add_argument("project", type=Path, metavar="PROJECT")
    faces.add_argument(
        "photo_id", type=row_id, nargs="?", metavar="PHOTO_ID", help="only this photo"
    )
    faces.add_argument(
        "--apply", action="store_true", help="blur every face found that is not hidden yet"
    )
    faces.add_argument("--json", action="store_true", help="print JSON")
    faces.set_defaults(run=_faces)


def _rect(value: str) -> tuple[float, float, float, float]:
    parts = value.split(",")
    try:
        if len(parts) != 4:
            raise ValueError
        x, y, w, h = (float(p) for p in parts)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected X,Y,W,H (four numbers), got {value!r}"
        ) from None
    if not all(math.isfinite(v) for v in (x, y, w, h)) or w <= 0 or h <= 0:
        raise argparse.ArgumentTypeError(
            f"expected a finite position and a positive size, got {value!r}"
        )
    return (x, y, w, h)


def _check(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        ids = None
        if args.station:
            ids = [project.stations.by_name(name).id for name in args.station]
        report = privacy_check(project, ids, faces=not args.no_faces)
        recording = ", graphic recording"
        labels = {
            p.id: photo_label(project, p.id) + (recording if p.kind == "recording" else "")
            for p in project.photos.list()
        }
    if args.json:
        print_json(report.as_json())
        return 0
    if report.empty():
        print("Nothing found that may identify people.")
        return 0
    for note, hits in report.names:
        names = ", ".join(plain(h.text) for h in hits)
        print(f"note {note.id}: may name a person ({names}): {plain(note.text or '')}")
    for photo_id in report.uncropped:
        print(f"photo {photo_id} ({labels[photo_id]}): published whole, not cropped to the board")
    for photo_id, what in report.metadata:
        print(f"photo {photo_id} ({labels[photo_id]}): stored with {', '.join(what)}")
    for photo_id, count in report.faces:
        print(f"photo {photo_id} ({labels[photo_id]}): {count} face(s) not hidden")
    return 0


def _note(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        note = project.notes.update(args.note_id, publish=args.choice)
    print(f"note {note.id}: {args.choice}")
    return 0


def _remove_metadata(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        result = remove_photo_metadata(project)
    print(f"Copy of the project before the change: {result.backup}")
    print(f"Removed the metadata of {result.cleaned} of {result.photos} photos.")
    for photo_id, reason in result.failed:
        print(
            f"pinscribe: error: photo {photo_id}: metadata not removed, left as it was "
            f"({plain(reason)})",
            file=sys.stderr,
        )
    return 1 if result.failed else 0


#: How ``photo list`` names a photo's kind in its text output.
_KINDS = {"board": "board photo", "recording": "graphic recording"}


def _list(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        records: list[dict[str, Any]] = []
        for photo in project.photos.list():
            records.append(
                {
                    "id": photo.id,
                    "label": photo_label(project, photo.id),
                    "kind": photo.kind,
                    "width": photo.width,
                    "height": photo.height,
                    "crop": list(photo.publish_crop) if photo.publish_crop else None,
                    "redactions": [
                        {"id": r.id, "rect": list(r.rect), "mode": r.mode, "source": r.source}
                        for r in project.photos.redactions(photo.id)
                    ],
                }
            )
    if args.json:
        print_json(records)
        return 0
    for r in records:
        crop = "whole" if r["crop"] is None else "cropped"
        print(f"{r['id']}\t{r['label']}\t{_KINDS.get(r['kind'], r['kind'])}\t"
              f"{r['width']} x {r['height']}\t{crop}\t{len(r['redactions'])} hidden region(s)")
    return 0


def _crop(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        if args.none:
            area = None
        elif args.notes:
            area = notes_area(project, args.photo_id)
        else:
            area = args.rect
        photo = project.photos.set_publish_crop(args.photo_id, area)
    shown = "the whole photo" if photo.publish_crop is None else ",".join(
        f"{v:g}" for v in photo.publish_crop
    )
    print(f"photo {photo.id}: publishing {shown}")
    return 0


def _redact(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        region = project.photos.add_redaction(
            args.photo_id, args.rect, mode="black" if args.black else "blur"
        )
    print(f"region {region.id} of photo {region.photo_id}: {region.mode}")
    return 0


def _numbers(rect: tuple[float, float, float, float]) -> str:
    return ",".join(f"{v:.0f}" for v in rect)


def _faces(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=not args.apply) as project:
        if args.photo_id is not None:
            ids = [project.photos.get(args.photo_id).id]
        else:
            ids = [photo.id for photo in project.photos.list()]
        records: list[dict[str, Any]] = []
        failed: list[int] = []

        def unreadable(photo_id: int, error: Exception) -> None:
            failed.append(photo_id)
            print(f"pinscribe: error: photo {photo_id}: faces not looked for ({error})",
                  file=sys.stderr)

        with project.transaction() if args.apply else nullcontext():
            for found in faces_on_photos(project, ids, unreadable=unreadable):
                added = (
                    add_face_regions(project, found.photo_id, found.proposals)
                    if args.apply else []
                )
                records.append({
                    "photo_id": found.photo_id,
                    "label": photo_label(project, found.photo_id),
                    "faces": [
                        {"rect": [round(v, 1) for v in f.rect], "score": round(f.score, 3),
                         "hidden": f not in found.unhidden and f not in found.dismissed,
                         "dismissed": f in found.dismissed}
                        for f in found.faces
                    ],
                    "proposals": [[round(v, 1) for v in rect] for rect in found.proposals],
                    "added": [r.id for r in added],
                })
    if args.json:
        print_json(records)
        return 1 if failed else 0
    for r in records:
        hidden = sum(1 for f in r["faces"] if f["hidden"])
        line = f"photo {r['photo_id']} ({r['label']}): {len(r['faces'])} face(s)"
        if hidden:
            line += f", {hidden} hidden or cropped off already"
        dismissed = sum(1 for f in r["faces"] if f["dismissed"])
        if dismissed:
            line += f", {dismissed} dismissed before (not proposed again)"
        if r["added"]:
            regions = ", ".join(str(i) for i in r["added"])
            line += f"; blurred {len(r['added'])} as region(s) {regions}"
        elif r["proposals"]:
            line += "; to blur (--apply): " + " ".join(_numbers(p) for p in r["proposals"])
        print(line)
    return 1 if failed else 0


def _unredact(args: argparse.Namespace) -> int:
    """Show a region again; a found face's region is remembered as dismissed."""
    with Project.open(args.project) as project:
        region = next(
            (r for r in project.photos.redactions() if r.id == args.redaction_id), None
        )
        if region is not None and region.source == "face":
            dismiss_face(project, region)
            print(f"region {region.id}: shown again; the face there is not proposed again")
            return 0
        project.photos.delete_redaction(args.redaction_id)
    print(f"region {args.redaction_id}: shown again")
    return 0
