"""Sub-commands on themes: ``theme`` and ``suggest``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.output import counted, one_line, plain, print_json, print_table, row_id
from app.errors import InvalidInputError
from app.store import Project
from app.suggest import apply_suggestions, suggest
from app.suggest.core import ALIASES, METHODS


def register(commands: Any) -> None:
    theme = commands.add_parser("theme", help="list, add or fill themes")
    actions = theme.add_subparsers(dest="theme_command", metavar="ACTION", required=True)
    lst = actions.add_parser("list", help="list themes with their note counts")
    lst.add_argument("project", type=Path, metavar="PROJECT")
    lst.add_argument("--station", metavar="NAME", help="only this station's themes")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(run=_theme_list)
    add = actions.add_parser("add", help="add a theme to a station")
    add.add_argument("project", type=Path, metavar="PROJECT")
    add.add_argument("name", metavar="THEME")
    add.add_argument("--station", required=True, metavar="NAME")
    add.add_argument("--color", help="colour as #rrggbb")
    add.add_argument("--statement", help="the facilitator's summary statement for the theme")
    add.set_defaults(run=_theme_add)
    tset = actions.add_parser("set", help="change a theme's name, colour or statement")
    tset.add_argument("project", type=Path, metavar="PROJECT")
    tset.add_argument("name", metavar="THEME")
    tset.add_argument("--station", required=True, metavar="NAME")
    tset.add_argument("--statement", metavar="TEXT", help="the summary statement ('' to clear)")
    tset.add_argument("--rename", metavar="NEW_NAME", help="a new name for the theme")
    tset.add_argument("--color", help="colour as #rrggbb")
    tset.set_defaults(run=_theme_set)
    assign = actions.add_parser("assign", help="put notes into a theme (or 'none' to unsort)")
    assign.add_argument("project", type=Path, metavar="PROJECT")
    assign.add_argument("name", metavar="THEME")
    assign.add_argument("notes", type=row_id, nargs="+", metavar="NOTE_ID")
    assign.add_argument("--station", required=True, metavar="NAME")
    assign.set_defaults(run=_theme_assign)
    _register_cross(actions)

    sug = commands.add_parser("suggest", help="propose themes for a station's unsorted notes")
    sug.add_argument("project", type=Path, metavar="PROJECT")
    sug.add_argument("--station", required=True, metavar="NAME")
    sug.add_argument(
        "--by",
        choices=(*METHODS, *ALIASES),
        default="layout",
        help="as grouped on the board (layout), by similar wording (text; alias: wording), "
        "or by colour (color; alias: colour)",
    )
    sug.add_argument("--apply", action="store_true", help="create the proposed themes")
    sug.add_argument("--json", action="store_true", help="print JSON")
    sug.set_defaults(run=_suggest)


def _register_cross(actions: Any) -> None:
    cross = actions.add_parser(
        "cross", help="themes across stations: gather themes and notes of several stations"
    )
    cross_actions = cross.add_subparsers(dest="cross_command", metavar="ACTION", required=True)
    lst = cross_actions.add_parser("list", help="list the cross-station themes and their members")
    lst.add_argument("project", type=Path, metavar="PROJECT")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(run=_cross_list)
    add = cross_actions.add_parser("add", help="add a cross-station theme")
    add.add_argument("project", type=Path, metavar="PROJECT")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--color", help="colour as #rrggbb")
    add.add_argument("--statement", default="", help="the facilitator's statement")
    add.set_defaults(run=_cross_add)
    for verb, text in (("join", "gather themes or notes into"), ("leave", "take them out of")):
        member = cross_actions.add_parser(verb, help=f"{text} a cross-station theme")
        member.add_argument("project", type=Path, metavar="PROJECT")
        member.add_argument("name", metavar="NAME")
        member.add_argument(
            "--theme", type=row_id, action="append", default=[], metavar="THEME_ID",
            help="a theme's id (see 'theme list --json'; repeatable)",
        )  # fmt: skip
        member.add_argument(
            "--note", type=row_id, action="append", default=[], metavar="NOTE_ID",
            help="a note's id (repeatable)",
        )  # fmt: skip
        member.set_defaults(run=_cross_members, verb=verb, parser=member)
    delete = cross_actions.add_parser(
        "delete", help="delete a cross-station theme (its themes and notes stay)"
    )
    delete.add_argument("project", type=Path, metavar="PROJECT")
    delete.add_argument("name", metavar="NAME")
    delete.set_defaults(run=_cross_delete)


def _cross_list(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        stations = {s.id: s.name for s in project.stations.list()}
        # damaged rows are left out of the lists, and so of the members shown
        themes = {t.id: t for t in project.themes.list() if t.station_id in stations}
        rows = [
            {
                "id": c.id,
                "name": c.name,
                "color": c.color,
                "statement": c.statement,
                "themes": [
                    {"id": t, "station": stations[themes[t].station_id], "name": themes[t].name}
                    for t in c.theme_ids
                    if t in themes
                ],
                "theme_ids": c.theme_ids,
                "note_ids": c.note_ids,
                "all_note_ids": project.cross_themes.notes_of(c.id),
            }
            for c in project.cross_themes.list()
        ]
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        members = [f"{t['station']}: {t['name']}" for t in row["themes"]]  # type: ignore[attr-defined]
        members += [f"note {n}" for n in row["note_ids"]]  # type: ignore[attr-defined]
        size = counted(len(row["all_note_ids"]), "note")  # type: ignore[arg-type]
        print(f"{row['name']} ({size}): {'; '.join(members) or '-'}")
    return 0


def _cross_add(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        cross = project.cross_themes.add(args.name, args.color, args.statement)
    print(f"Added cross-station theme {cross.name!r} (id {cross.id})")
    return 0


def _cross_members(args: argparse.Namespace) -> int:
    if not args.theme and not args.note:
        args.parser.error("give at least one --theme or --note")
    with Project.open(args.project) as project:
        cross = project.cross_themes.by_name(args.name)
        change = (
            project.cross_themes.add_members
            if args.verb == "join"
            else project.cross_themes.remove_members
        )
        cross = change(cross.id, theme_ids=args.theme, note_ids=args.note)
    print(f"{cross.name!r}: {len(cross.theme_ids)} theme(s), {len(cross.note_ids)} single note(s)")
    return 0


def _cross_delete(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        cross = project.cross_themes.delete(project.cross_themes.by_name(args.name).id)
    print(f"Deleted cross-station theme {cross.name!r}")
    return 0


def _theme_list(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        station_id = project.stations.by_name(args.station).id if args.station else None
        stations = {s.id: s.name for s in project.stations.list()}
        rows = [
            {
                "id": t.id,
                "station": stations[t.station_id],
                "name": t.name,
                "color": t.color,
                "statement": t.statement,
                "notes": len(project.notes.list(theme_id=t.id)),
            }
            for t in project.themes.list(station_id)
            if t.station_id in stations  # a theme of a damaged, left-out station is too
        ]
    if args.json:
        print_json(rows)
    else:
        print_table(
            [[str(r["id"]), str(r["station"]), str(r["name"]), str(r["notes"])] for r in rows],
            ["id", "station", "theme", "notes"],
        )
    return 0


def _theme_add(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        station = project.stations.by_name(args.station)
        theme = project.themes.add(station.id, args.name, args.color)
        if args.statement:
            theme = project.themes.update(theme.id, statement=args.statement)
    print(f"Added theme {theme.name!r} (id {theme.id}) to {station.name!r}")
    return 0


def _theme_set(args: argparse.Namespace) -> int:
    if args.statement is None and args.rename is None and args.color is None:
        raise InvalidInputError("Nothing to change: give --statement, --rename or --color.")
    with Project.open(args.project) as project:
        station = project.stations.by_name(args.station)
        theme = project.themes.by_name(station.id, args.name)
        theme = project.themes.update(
            theme.id, name=args.rename, color=args.color, statement=args.statement
        )
    print(f"Changed theme {theme.name!r} (id {theme.id}) of {station.name!r}")
    return 0


def _theme_assign(args: argparse.Namespace) -> int:
    with Project.open(args.project) as project:
        station = project.stations.by_name(args.station)
        theme_id = None
        if args.name.casefold() != "none":
            theme_id = project.themes.by_name(station.id, args.name).id
        for note_id in args.notes:
            if project.notes.get(note_id).station_id != station.id:
                raise InvalidInputError(f"Note {note_id} is not on station {station.name!r}.")
        project.notes.set_theme(args.notes, theme_id)
    print(f"Moved {len(args.notes)} note(s).")
    return 0


def _suggest(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=not args.apply) as project:
        station = project.stations.by_name(args.station)
        suggestions = suggest(project, station.id, args.by)
        if args.apply:
            apply_suggestions(project, station.id, suggestions)
        texts = {n.id: n.text or "" for n in project.notes.list(station_id=station.id)}
    if args.json:
        print_json(
            [
                {
                    "name": s.name,
                    "note_ids": s.note_ids,
                    "notes": s.note_ids,
                    "provisional": s.provisional,
                    "header": s.header_note_id,
                    "method": s.method,
                    "keywords": s.keywords,
                }
                for s in suggestions
            ]
        )
        return 0
    if not suggestions:
        print("No proposals: every note is in a theme, or none group.")
    for s in suggestions:
        named = "; name provisional, made from unreviewed text" if s.provisional else ""
        print(f"{plain(s.name)} ({counted(len(s.note_ids), 'note')}{named})")
        if s.header_note_id is not None:
            header = one_line(texts.get(s.header_note_id) or "") or "(unread)"
            print(f"  header card: {plain(header)} [{s.header_note_id}]")
        for note_id in s.note_ids:
            print(f"  - {plain(one_line(texts.get(note_id) or '') or '(unread)')} [{note_id}]")
    if args.apply:
        print(f"Created or filled {len(suggestions)} theme(s).")
    return 0
