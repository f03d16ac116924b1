"""Sub-commands on single notes and on tags: ``note set`` and ``tag list``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.output import one_line, plain, print_json, print_table, row_id
from app.domain import Note
from app.errors import InvalidInputError
from app.store import Project


def register(commands: Any) -> None:
    note = commands.add_parser("note", help="change or delete one note")
    actions = note.add_subparsers(dest="note_command", metavar="ACTION", required=True)
    put = actions.add_parser(
        "set", help="change a note's text, theme, tags, review state or votes, or delete it"
    )
    put.add_argument("project", type=Path, metavar="PROJECT")
    put.add_argument("note_id", type=row_id, metavar="NOTE_ID")
    put.add_argument("--text", metavar="T", help="the note's text")
    where = put.add_mutually_exclusive_group()
    where.add_argument("--theme", metavar="THEME", help="move the note into this theme")
    where.add_argument("--no-theme", action="store_true", help="take the note out of its theme")
    put.add_argument(
        "--tag", action="append", default=[], metavar="TAG", help="add a tag (repeatable)"
    )
    put.add_argument(
        "--untag", action="append", default=[], metavar="TAG", help="remove a tag (repeatable)"
    )
    put.add_argument("--reviewed", action="store_true", help="mark the text as reviewed")
    put.add_argument("--votes", type=int, metavar="N", help="the number of voting dots")
    put.add_argument("--delete", action="store_true", help="delete the note")
    put.set_defaults(run=_note_set, parser=put)

    tag = commands.add_parser("tag", help="list tags")
    tag_actions = tag.add_subparsers(dest="tag_command", metavar="ACTION", required=True)
    lst = tag_actions.add_parser("list", help="list the tags with the number of notes of each")
    lst.add_argument("project", type=Path, metavar="PROJECT")
    lst.add_argument("--json", action="store_true", help="print JSON")
    lst.set_defaults(run=_tag_list)


def _edits_given(args: argparse.Namespace) -> bool:
    return bool(
        args.text is not None
        or args.theme is not None
        or args.no_theme
        or args.tag
        or args.untag
        or args.reviewed
        or args.votes is not None
    )


def _note_set(args: argparse.Namespace) -> int:
    _check_set_args(args)
    with Project.open(args.project) as project:
        note = project.notes.get(args.note_id)
        if args.delete:
            project.notes.delete([note.id])
            print(f"Deleted note {note.id}.")
            return 0
        _apply_note_edits(project, note, args)
        note = project.notes.get(note.id)
        theme = project.themes.get(note.theme_id).name if note.theme_id else "none"
    tags = ", ".join(note.tags) or "none"
    reviewed = "reviewed" if note.reviewed else "not reviewed"
    print(
        f"Note {note.id}: {plain(one_line(note.text or '') or '(no text)')!s} ({reviewed}); "
        f"theme {plain(theme)}; tags {plain(tags)}; votes {note.votes}"
    )
    return 0


def _check_set_args(args: argparse.Namespace) -> None:
    """Refuse a ``note set`` that deletes and edits at once, changes nothing, or is invalid."""
    if args.delete and _edits_given(args):
        args.parser.error("--delete cannot be combined with changes")
    if not args.delete and not _edits_given(args):
        args.parser.error("nothing to change: give at least one option")
    if args.votes is not None and args.votes < 0:
        raise InvalidInputError("Votes cannot be negative.")


def _note_fields(args: argparse.Namespace) -> dict[str, Any]:
    """The note's own columns that ``note set`` changes."""
    fields: dict[str, Any] = {}
    if args.text is not None:
        fields["text"] = args.text
    if args.reviewed:
        fields["reviewed"] = True
    if args.votes is not None:
        fields["votes"] = args.votes
    return fields


def _apply_note_edits(project: Project, note: Note, args: argparse.Namespace) -> None:
    """Apply the edits ``args`` gives to ``note`` in one transaction."""
    theme_id = None
    if args.theme is not None:
        if note.station_id is None:
            raise InvalidInputError(f"Note {note.id} is on no station.")
        theme_id = project.themes.by_name(note.station_id, args.theme).id
    fields = _note_fields(args)
    with project.transaction():
        if fields:
            project.notes.update(note.id, **fields)
        if args.theme is not None or args.no_theme:
            project.notes.set_theme([note.id], theme_id)
        for name in args.tag:
            project.tags.add([note.id], name)
        for name in args.untag:
            project.tags.remove([note.id], name)


def _tag_list(args: argparse.Namespace) -> int:
    with Project.open(args.project, read_only=True) as project:
        rows: list[dict[str, Any]] = [
            {"id": t.id, "name": t.name, "notes": t.count} for t in project.tags.list()
        ]
    if args.json:
        print_json(rows)
    else:
        print_table([[r["name"], str(r["notes"])] for r in rows], ["tag", "notes"])
    return 0
