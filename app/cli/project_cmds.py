"""Sub-commands on a project's structure: ``new``, ``workshop``, ``station``, ``notes``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.output import plain, print_json, print_table
from app.domain import Note
from app.errors import InvalidInputError
from app.store import Project
from app.store.workshop import check_date


def register(commands: Any) -> None:
    new = commands.add_parser("new", help="create a new project file")
    new.add_argument("project", type=Path, metavar="PROJECT")
    new.add_argument("--title", help="the workshop's title (required unless --from-json)")
    new.add_argument("--subtitle", default="")
    new.add_argument("--date", default="", help="the workshop's date, YYYY-MM-DD")
    new.add_argument("--place", default="")
    new.add_argument("--moderation", default="", help="who moderated")
    new.add_argument(
        "--language",
        choices=("de", "en"),
        default="de",
        help="language of exported summaries (default: de)",
    )
    _text_options(new, default="")
    new.add_argument(
        "--from-json",
        type=Path,
        metavar="EXPORT",
        help="fill the new project from a JSON export (pinscribe export ... -o EXPORT.json)",
    )
    new.set_defaults(run=_new)

    workshop = commands.add_parser("workshop", help="change the workshop's details and texts")
    workshop_cmds = workshop.add_subparsers(
        dest="workshop_command", metavar="ACTION", required=True
    )
    wset = workshop_cmds.add_parser("set", help="change some of the workshop's fields")
    wset.add_argument("project", type=Path, metavar="PROJECT")
    wset.add_argument("--title", help="the workshop's title")
    wset.add_argument("--subtitle")
    wset.add_argument("--date", help="the workshop's date, YYYY-MM-DD ('' to clear)")
    wset.add_argument("--place")
    wset.add_argument("--moderation", help="who moderated")
    wset.add_argument("--language", choices=("de", "en"), help="language of exported summaries")
    _text_options(wset, default=None)
    wset.set_defaults(run=_workshop_set)
    wshow = workshop_cmds.add_parser("show", help="print the workshop's details and texts")
    wshow.add_argument("project", type=Path, metavar="PROJECT")
    wshow.add_argument("--json", action="store_true", help="print JSON")
    wshow.set_defaults(run=_workshop_show)

    station = commands.add_parser("station", help="add or list stations")
    station_cmds = station.add_subparsers(dest="station_command", metavar="ACTION", required=True)
    add = station_cmds.add_parser("add", help="add a station (a pinboard with a question)")
    add.add_argument("project", type=Path, metavar="PROJECT")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--question", default="", help="the station's guiding question")
    add.add_argument("--statement", default="", help="the facilitator's summary of the station")
    add.set_defaults(run=_station_add)
    sset = station_cmds.add_parser("set", help="change a station's name, question or statement")
    sset.add_argument("project", type=Path, metavar="PROJECT")
    sset.add_argument("name", metavar="NAME")
    sset.add_argument("--rename", metavar="NEW_NAME", help="a new name for the station")
    sset.add_argument("--question", help="the station's guiding question")
    sset.add_argument("--statement", help="the facilitator's summary (one point a line)")
    sset.set_defaults(run=_station_set)
    lst = station_cmds.add_parser("list", help="list the stations in order")
    lst.add_argument("project", type=Path, metavar="PROJECT")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(run=_station_list)

    notes = commands.add_parser("notes", help="list the notes of a project")
    notes.add_argument("project", type=Path, metavar="PROJECT")
    notes.add_argument("--station", metavar="NAME", help="only this station's notes")
    notes.add_argument("--json", action="store_true", help="print JSON")
    notes.set_defaults(run=_notes)
    register_config(commands)

    rescue = commands.add_parser(
        "rescue",
        help="copy the data of a project Pinscribe refuses to open into a new project",
    )
    rescue.add_argument(
        "project", type=Path, metavar="PROJECT", help="the refused file (read only)"
    )
    rescue.add_argument("new", type=Path, metavar="NEW", help="the new project file to create")
    rescue.set_defaults(run=_rescue)


#: The organiser's texts: option, field, help.
TEXT_OPTIONS = (
    ("--description", "description", "the method: how the workshop ran (Markdown allowed)"),
    ("--introduction", "introduction", "the introduction (Markdown allowed)"),
    ("--time-slot", "time_slot", "the time slot, e.g. '14:00–15:30'"),
    ("--credits", "credits", "credits: photos, graphic recording, ..."),
    ("--closing", "closing", "the closing block: imprint, contact, event page"),
)
_WORKSHOP_FIELDS = ("title", "subtitle", "place", "moderation", "language")


def _text_options(parser: argparse.ArgumentParser, default: str | None) -> None:
    for option, field, text in TEXT_OPTIONS:
        parser.add_argument(option, dest=field, default=default, metavar="TEXT", help=text)


def _new(args: argparse.Namespace) -> int:
    path: Path = args.project
    if args.from_json is not None:
        return _new_from_json(path, args.from_json)
    if not (args.title or "").strip():
        raise InvalidInputError("A new project needs a title: give --title (or --from-json).")
    date = check_date(args.date)
    texts = {field: getattr(args, field) for _, field, _ in TEXT_OPTIONS}
    with Project.create(path) as project:
        project.workshop.update(
            title=args.title,
            subtitle=args.subtitle,
            date=date,
            place=args.place,
            moderation=args.moderation,
            language=args.language,
            **texts,
        )
    print(f"Created {path}")
    return 0


def _new_from_json(path: Path, source: Path) -> int:
    from app.export.json_export import import_json, load_json

    data = load_json(source)  # checked before the project file is made
    with Project.create(path) as project:
        try:
            import_json(project, data)
        except BaseException:
            project.close()
            path.unlink(missing_ok=True)
            raise
    placeholders = sum("data" not in p for p in data["photos"])
    print(f"Created {path} from {source}")
    if placeholders:
        print(
            f"{placeholders} photo(s) were not in the export and are placeholders; "
            "export with --with-photos to carry them."
        )
    return 0


def _workshop_set(args: argparse.Namespace) -> int:
    names = [*_WORKSHOP_FIELDS, "date", *(field for _, field, _ in TEXT_OPTIONS)]
    values = {name: getattr(args, name) for name in names if getattr(args, name) is not None}
    if not values:
        raise InvalidInputError("Nothing to change: give e.g. --title or --introduction.")
    if "date" in values:
        values["date"] = check_date(values["date"])
    with Project.open(args.project) as project:
        project.workshop.update(**values)
    print(f"Changed {', '.join(sorted(values))}")
    return 0


def _workshop_show(args: argparse.Namespace) -> int:
    import dataclasses

    with Project.open(args.project, read_only=True) as project:
        workshop = dataclasses.asdict(project.workshop.get())
    if args.json:
        print_json(workshop)
    else:
        for name, value in workshop.items():
            lines = str(value).splitlines() or [""]
            print(f"{name}: {plain(lines[0])}")
            for line in lines[1:]:
                print(f"  {plain(line)}")
    return 0


def _station_add(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        station = project.stations.add(args.name, args.question, args.statement)
    print(f"Added station {station.position + 1}: {plain(station.name)}")
    return 0


def _station_set(args: argparse.Namespace) -> int:
    if args.rename is None and args.question is None and args.statement is None:
        raise InvalidInputError("Nothing to change: give --rename, --question or --statement.")
    with Project.open(args.project) as project:
        station = project.stations.by_name(args.name)
        station = project.stations.update(
            station.id, name=args.rename, question=args.question, statement=args.statement
        )
    print(f"Changed station {station.position + 1}: {plain(station.name)}")
    return 0


def _station_list(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        stations = project.stations.list()
        counts = {s.id: len(project.notes.list(station_id=s.id)) for s in stations}
    if args.json:
        print_json(
            [
                {
                    "id": s.id,
                    "name": s.name,
                    "question": s.question,
                    "position": s.position,
                    "statement": s.statement,
                    "notes": counts[s.id],
                }
                for s in stations
            ]
        )
    else:
        print_table(
            [[str(i + 1), s.name, str(counts[s.id]), s.question] for i, s in enumerate(stations)],
            ["#", "station", "notes", "question"],
        )
    return 0


def note_record(note: Note, station: str | None, theme: str | None) -> dict[str, Any]:
    """A note as the JSON object of ``pinscribe notes --json``."""
    return {
        "id": note.id,
        "station": station,
        "photo": note.photo_id,
        "polygon": [[x, y] for x, y in note.polygon],
        "color": note.color,
        "shape": note.shape,
        "text": note.text,
        "confidence": note.confidence,
        "reviewed": note.reviewed,
        "votes": note.votes,
        "theme": theme,
        "tags": list(note.tags),
    }


def _notes(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        station_id = project.stations.by_name(args.station).id if args.station else None
        notes = project.notes.list(station_id=station_id)
        stations = {s.id: s.name for s in project.stations.list()}
        themes = {t.id: t.name for t in project.themes.list()}
    records = [
        note_record(
            n,
            stations.get(n.station_id) if n.station_id else None,
            themes.get(n.theme_id) if n.theme_id else None,
        )
        for n in notes
    ]
    if args.json:
        print_json(records)
    else:
        print_table(
            [
                [
                    str(r["id"]),
                    r["station"] or "",
                    r["color"],
                    r["theme"] or "",
                    "yes" if r["reviewed"] else "",
                    (r["text"] or "").replace("\n", " / "),
                ]
                for r in records
            ],
            ["id", "station", "colour", "theme", "reviewed", "text"],
        )
    return 0


def _rescue(args: argparse.Namespace) -> int:
    from app.store.rescue import rescue

    report = rescue(args.project, args.new)
    print(f"Rescued into {args.new}: {report.summary()}")
    return 0


def register_config(commands: Any) -> None:
    config = commands.add_parser("config", help="show or change a project's settings")
    config.add_argument("project", type=Path, metavar="PROJECT")
    config.add_argument("key", nargs="?", metavar="KEY", help="e.g. ocr.engine")
    config.add_argument("value", nargs="?", metavar="VALUE", help="new value")
    config.set_defaults(run=_config)


def _config(args: argparse.Namespace) -> int:
    from app.project_settings import SETTINGS, get_setting, set_setting

    if args.key is not None and args.key not in SETTINGS:
        raise InvalidInputError(f"Unknown setting {args.key!r}: use one of {', '.join(SETTINGS)}.")
    if args.value is not None:
        with Project.open(args.project) as project:
            set_setting(project, args.key, args.value)
        print(f"{args.key} = {plain(args.value.strip())}")
        return 0
    with Project.open(args.project, read_only=True) as project:
        keys = [args.key] if args.key else list(SETTINGS)
        for key in keys:
            print(f"{key} = {plain(get_setting(project, key))}    # {SETTINGS[key].description}")
    return 0
