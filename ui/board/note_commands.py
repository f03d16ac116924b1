"""Undo commands for notes: every edit of a note is one snapshot command.

A command runs an edit of :mod:`app.editing` or the store on the project and keeps
the stored rows of the notes it touched, before and after (crops, themes and tags
included). Undo and redo put those rows back exactly, under the same ids, so a
deleted, split or merged note returns as it was. The document then announces the
change (:attr:`ui.core.document.ProjectDocument.notesChanged`); views follow that signal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import cast

from PySide6.QtCore import QCoreApplication

from app import duplicates, editing
from app.domain import Point
from app.reading.note_fields import reading_fields
from app.store.project import Project
from ocr.types import Reading
from ui.core.commands import SnapshotCommand
from ui.core.document import ProjectDocument

translate = QCoreApplication.translate

#: A note edit: changes the project, returns the ids of the notes it left (changed or new).
NoteEdit = Callable[[Project], Sequence[int]]


def note_edit(
    document: ProjectDocument, text: str, note_ids: Sequence[int], edit: NoteEdit
) -> SnapshotCommand:
    """One edit of one or more notes, undone by restoring their stored rows."""
    return SnapshotCommand(
        document,
        text,
        edit,
        note_ids=note_ids,
        result_ids=lambda result: list(cast(Sequence[int], result)),
        atomic=False,  # each edit of app.editing and the store is atomic by itself
    )


def move_outline(
    document: ProjectDocument,
    note_id: int,
    polygon: Sequence[Point],
    cache: editing.PixelCache | None = None,
) -> SnapshotCommand:
    return note_edit(
        document,
        translate("NoteCommands", "Move corners"),
        [note_id],
        lambda project: [editing.set_polygon(project, note_id, polygon, cache=cache).id],
    )


def add_note(
    document: ProjectDocument,
    photo_id: int,
    polygon: Sequence[Point],
    cache: editing.PixelCache | None = None,
) -> SnapshotCommand:
    return note_edit(
        document,
        translate("NoteCommands", "Draw note"),
        [],
        lambda project: [editing.add_note(project, photo_id, polygon, cache=cache).id],
    )


def delete_notes(document: ProjectDocument, note_ids: Sequence[int]) -> SnapshotCommand:
    def edit(project: Project) -> list[int]:
        project.notes.delete(note_ids)
        return []

    text = (
        translate("NoteCommands", "Delete note")
        if len(note_ids) == 1
        else translate("NoteCommands", "Delete %1 notes").replace("%1", str(len(note_ids)))
    )
    return note_edit(document, text, note_ids, edit)


def split_note(
    document: ProjectDocument, note_id: int, cache: editing.PixelCache | None = None
) -> SnapshotCommand:
    return note_edit(
        document,
        translate("NoteCommands", "Split note"),
        [note_id],
        lambda project: [n.id for n in editing.split_note(project, note_id, cache=cache)],
    )


def merge_notes(
    document: ProjectDocument, note_ids: Sequence[int], cache: editing.PixelCache | None = None
) -> SnapshotCommand:
    return note_edit(
        document,
        translate("NoteCommands", "Merge notes"),
        note_ids,
        lambda project: [editing.merge_notes(project, note_ids, cache=cache).id],
    )


def edit_note(
    document: ProjectDocument, note_id: int, label: str, **fields: object
) -> SnapshotCommand:
    """Change stored fields of a note (text, colour, votes, reviewed)."""
    return note_edit(
        document,
        label,
        [note_id],
        lambda project: [project.notes.update(note_id, **fields).id],
    )


def review_note(document: ProjectDocument, note_id: int, text: str | None) -> SnapshotCommand:
    """Mark a note reviewed, with its (corrected) text."""
    fields: dict[str, object] = {"reviewed": True}
    if text is not None:
        fields["text"] = text
    return edit_note(document, note_id, translate("NoteCommands", "Review note"), **fields)


def set_theme(document: ProjectDocument, note_id: int, theme_id: int | None) -> SnapshotCommand:
    def edit(project: Project) -> list[int]:
        project.notes.set_theme([note_id], theme_id)
        return [note_id]

    return note_edit(document, translate("NoteCommands", "Change theme"), [note_id], edit)


def add_tag(document: ProjectDocument, note_ids: Sequence[int], name: str) -> SnapshotCommand:
    def edit(project: Project) -> list[int]:
        project.tags.add(note_ids, name)
        return list(note_ids)

    text = translate("NoteCommands", "Add tag “%1”").replace("%1", name.strip())
    return note_edit(document, text, note_ids, edit)


def remove_tag(document: ProjectDocument, note_ids: Sequence[int], name: str) -> SnapshotCommand:
    def edit(project: Project) -> list[int]:
        project.tags.remove(note_ids, name)
        return list(note_ids)

    return note_edit(
        document, translate("NoteCommands", "Remove tag “%1”").replace("%1", name), note_ids, edit
    )


def apply_reading(document: ProjectDocument, note_id: int, reading: Reading) -> SnapshotCommand:
    """Store a new reading of a note (read in the background); it is to be reviewed again."""
    return edit_note(
        document,
        note_id,
        translate("NoteCommands", "Read note again"),
        **reading_fields(reading),
        reviewed=False,
    )


def merge_duplicates(
    document: ProjectDocument, pairs: Sequence[duplicates.DuplicatePair]
) -> SnapshotCommand:
    """Merge notes seen twice (each pair's ``drop`` into its ``keep``): one undo step."""
    ids = sorted({i for pair in pairs for i in (pair.keep, pair.drop)})

    def edit(project: Project) -> list[int]:
        return [pair.keep for pair in duplicates.merge_pairs(project, list(pairs))]

    text = (
        translate("NoteCommands", "Merge duplicate notes")
        if len(pairs) == 1
        else translate("NoteCommands", "Merge %1 pairs of duplicate notes").replace(
            "%1", str(len(pairs))
        )
    )
    return note_edit(document, text, ids, edit)
