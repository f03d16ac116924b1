"""Undo commands of the canvas: every edit of themes and note groupings is one command.

A snapshot command (:class:`ui.core.commands.SnapshotCommand`) runs an edit on the
project and keeps, before and after, the station's themes and the stored rows of the
notes it touches. Undo and redo
put both back exactly (themes under their ids first, then the notes), so creating,
deleting and reordering themes and moving any number of notes is one step each.
The document then announces the change; the canvas follows those signals.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from app.domain import Theme
from app.store.project import Project
from app.suggest import Suggestion, apply_suggestions
from ui.core.commands import SnapshotCommand
from ui.core.document import ProjectDocument

translate = QCoreApplication.translate

#: An edit: changes the project (only the command's notes and the station's themes);
#: what it returns is kept as the command's ``result`` (e.g. a new theme's id).
CanvasEdit = Callable[[Project], object]


def canvas_edit(
    document: ProjectDocument,
    text: str,
    station_id: int,
    note_ids: Sequence[int],
    edit: CanvasEdit,
) -> SnapshotCommand:
    """One edit of a station's themes and the notes in them, as one step."""
    return SnapshotCommand(document, text, edit, note_ids=note_ids, station_id=station_id)


def move_notes(
    document: ProjectDocument, station_id: int, note_ids: Sequence[int], theme_id: int | None
) -> SnapshotCommand:
    """Put notes into a theme, or back to unsorted with ``None``."""

    def edit(project: Project) -> None:
        project.notes.set_theme(note_ids, theme_id)

    text = translate("CanvasCommands", "Move %n note(s)", "", len(note_ids))
    return canvas_edit(document, text, station_id, note_ids, edit)


def add_theme(
    document: ProjectDocument,
    station_id: int,
    name: str,
    note_ids: Sequence[int] = (),
    color: str | None = None,
) -> SnapshotCommand:
    """Create a theme (holding ``note_ids``); the command's ``result`` is its id."""

    def edit(project: Project) -> int:
        theme = project.themes.add(station_id, name, color)
        if note_ids:
            project.notes.set_theme(note_ids, theme.id)
        return theme.id

    text = translate("CanvasCommands", "New theme “%1”").replace("%1", name.strip())
    return canvas_edit(document, text, station_id, note_ids, edit)


def edit_theme(
    document: ProjectDocument,
    theme: Theme,
    *,
    name: str | None = None,
    color: str | None = None,
    provisional: bool | None = None,
    statement: str | None = None,
) -> SnapshotCommand:
    def edit(project: Project) -> None:
        project.themes.update(
            theme.id, name=name, color=color, provisional=provisional, statement=statement
        )

    if provisional is False and name is None:
        text = translate("CanvasCommands", "Confirm theme name “%1”").replace("%1", theme.name)
    elif name is not None:
        text = translate("CanvasCommands", "Rename theme “%1”").replace("%1", theme.name)
    elif statement is not None:
        text = translate("CanvasCommands", "Edit summary of theme “%1”").replace("%1", theme.name)
    else:
        text = translate("CanvasCommands", "Recolour theme “%1”").replace("%1", theme.name)
    return canvas_edit(document, text, theme.station_id, [], edit)


def move_theme(document: ProjectDocument, theme: Theme, index: int) -> SnapshotCommand:
    def edit(project: Project) -> None:
        project.themes.move(theme.id, index)

    text = translate("CanvasCommands", "Move theme “%1”").replace("%1", theme.name)
    return canvas_edit(document, text, theme.station_id, [], edit)


def delete_theme(document: ProjectDocument, theme: Theme) -> SnapshotCommand:
    """Delete a theme; its notes go back to unsorted."""
    note_ids = [n.id for n in document.project.notes.list(theme_id=theme.id)]

    def edit(project: Project) -> None:
        project.themes.delete(theme.id)

    text = translate("CanvasCommands", "Delete theme “%1”").replace("%1", theme.name)
    return canvas_edit(document, text, theme.station_id, note_ids, edit)


def accept_suggestions(
    document: ProjectDocument, station_id: int, suggestions: Sequence[Suggestion]
) -> SnapshotCommand:
    """Turn accepted suggestions into themes, as one step."""
    note_ids = [i for s in suggestions for i in s.note_ids]
    note_ids += [s.header_note_id for s in suggestions if s.header_note_id is not None]

    def edit(project: Project) -> None:
        apply_suggestions(project, station_id, list(suggestions))

    if len(suggestions) == 1:
        text = translate("CanvasCommands", "Accept suggestion “%1”").replace(
            "%1", suggestions[0].name
        )
    else:
        text = translate("CanvasCommands", "Accept %1 suggestions").replace(
            "%1", str(len(suggestions))
        )
    return canvas_edit(document, text, station_id, note_ids, edit)
