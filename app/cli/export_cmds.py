"""Sub-commands that produce files: ``export`` and ``demo``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.output import counted
from app.errors import InvalidInputError, PinscribeError
from app.export.files import export
from app.export.opendata import LICENCES, default_options, export_opendata
from app.export.options import (
    EVIDENCE_CHOICES,
    FORMAT_NAMES,
    FORMATS,
    UNREVIEWED_CHOICES,
    ExportOptions,
    resolve_format,
)
from app.privacy.check import unhidden_faces
from app.store import Project
from ocr.errors import OcrError


def register(commands: Any) -> None:
    export_parser = commands.add_parser(
        "export",
        help="export the themed summary (Word, PDF, HTML, Markdown) or the data (CSV, xlsx, JSON)",
    )
    export_parser.add_argument("project", type=Path, metavar="PROJECT")
    export_parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT",
        help=f"file to write; its suffix picks the format ({', '.join(FORMATS)})",
    )
    export_parser.add_argument(
        "--format",
        choices=(*FORMAT_NAMES, "opendata"),
        help="the format, whatever the suffix of OUT; opendata: OUT is a folder for an "
        "open-data portal (notes as CSV and JSON, the summary as PDF, DCAT-AP.de metadata)",
    )
    export_parser.add_argument(
        "--station", action="append", metavar="NAME", help="only this station (repeat for several)"
    )
    export_parser.add_argument(
        "--by-votes", action="store_true", help="list notes with most votes first"
    )
    export_parser.add_argument(
        "--no-pictures",
        action="store_true",
        help="leave out the charts and the board photos with the notes outlined",
    )
    export_parser.add_argument(
        "--crops", action="store_true", help="show each note's crop beside its text"
    )
    export_parser.add_argument(
        "--no-recordings", action="store_true", help="leave out the graphic recordings"
    )
    export_parser.add_argument(
        "--language",
        choices=("de", "en"),
        help="language of headings and labels (default: the project's)",
    )
    export_parser.add_argument(
        "--unreviewed",
        choices=UNREVIEWED_CHOICES,
        default="mark",
        help="notes no one has checked yet: mark them with a footnote (default) or omit them",
    )
    export_parser.add_argument(
        "--notes",
        dest="evidence",
        choices=EVIDENCE_CHOICES,
        default="beneath",
        help="where the notes go when themes have statements: beneath them (default) "
        "or in an appendix",
    )
    export_parser.add_argument(
        "--with-photos",
        action="store_true",
        help="JSON: include the photos themselves, so an import gets them back",
    )
    export_parser.add_argument(
        "--force", action="store_true", help="replace OUT if it exists (never a project file)"
    )
    export_parser.add_argument(
        "--no-faces",
        action="store_true",
        help="do not look for faces not hidden on the exported board photos (faster; "
        "else a one-line warning names them)",
    )
    opendata = export_parser.add_argument_group("open data (--format opendata)")
    opendata.add_argument("--publisher", help="the publishing body (default: opendata.publisher)")
    opendata.add_argument("--contact", help="contact e-mail address (default: opendata.contact)")
    opendata.add_argument(
        "--licence", choices=tuple(LICENCES), help="licence (default: opendata.licence)"
    )
    opendata.add_argument("--base-url", help="web address the folder will be published at")
    export_parser.set_defaults(run=_export)

    demo = commands.add_parser(
        "demo", help="build a demo project from the sample boards and export its summary"
    )
    demo.add_argument("folder", type=Path, metavar="DIR")
    demo.add_argument("--no-ocr", action="store_true", help="do not read the notes' text")
    demo.set_defaults(run=_demo)


def _export(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        ids = [project.stations.by_name(n).id for n in args.station] if args.station else None
        options = ExportOptions(
            stations=ids,
            pictures=not args.no_pictures,
            crops=args.crops,
            recordings=not args.no_recordings,
            by_votes=args.by_votes,
            language=args.language,
            unreviewed=args.unreviewed,
            evidence=args.evidence,
            with_photos=args.with_photos,
        )
        if args.format == "opendata":
            code = _opendata(project, args, options)
            if (options.pictures or options.recordings) and not args.no_faces:
                _warn_unhidden_faces(project, ids, options)
            return code
        path = export(
            project, args.output, format=args.format, options=options, overwrite=args.force
        )
        print(f"Wrote {path}")
        shows_pictures = resolve_format(path, args.format) not in _DATA_FORMATS
        if (options.pictures or options.recordings) and shows_pictures and not args.no_faces:
            _warn_unhidden_faces(project, ids, options)
    return 0


#: Formats that publish no board photos (a JSON export with ``--with-photos`` carries
#: them for a later import, not for publishing).
_DATA_FORMATS = frozenset({"csv", "json", "xlsx"})


def _warn_unhidden_faces(
    project: Project, station_ids: list[int] | None, options: ExportOptions
) -> None:
    """One line on stderr when exported photos (boards, recordings) show unhidden faces."""
    try:
        found = unhidden_faces(
            project, station_ids, pictures=options.pictures, recordings=options.recordings
        )
    except (PinscribeError, OcrError) as error:  # the file is written: say so, go on
        print(f"pinscribe: warning: faces were not looked for ({error})", file=sys.stderr)
        return
    if found:
        count = sum(n for _, n in found)
        photos = ", ".join(str(photo_id) for photo_id, _ in found)
        print(
            f"pinscribe: warning: {count} face(s) not hidden on exported photo(s) {photos}; "
            f"blur them with 'pinscribe photo faces PROJECT --apply' "
            f"(details: 'pinscribe privacy check PROJECT')",
            file=sys.stderr,
        )


def _opendata(project: Project, args: argparse.Namespace, options: ExportOptions) -> int:
    """The open-data folder: notes, summary PDF, DCAT-AP.de metadata."""
    meta = default_options(
        project,
        publisher=args.publisher,
        contact_email=args.contact,
        licence=args.licence,
        base_url=args.base_url,
        stations=options.stations,
    )
    out: Path = args.output
    if out.is_symlink() or out.resolve() == project.path.resolve():
        raise InvalidInputError(f"{out} cannot be the open-data folder; choose another name.")

    def summary(path: Path) -> Path:
        return export(project, path, format="pdf", options=options, overwrite=True)

    files = export_opendata(project, args.output, meta, summary=summary, overwrite=args.force)
    for path in files:
        print(f"Wrote {path}")
    if not meta.publisher:
        print("pinscribe: no publisher given (--publisher, or pinscribe config PROJECT "
              "opendata.publisher NAME); portals need one", file=sys.stderr)
    return 0


def _demo(args: argparse.Namespace) -> int:
    from app.demo import build_demo
    from app.reading.readers import make_reader

    reader = None if args.no_ocr else make_reader("auto", warn=print)
    result = build_demo(args.folder, reader=reader)
    for message in result.failed:
        print(f"pinscribe: {message}")
    print(f"Demo project: {result.project} ({counted(result.notes, 'note')})")
    for path in result.exports:
        print(f"Summary: {path}")
    print(f"Open it in the app: pinscribe {result.project}")
    return 1 if result.failed else 0
