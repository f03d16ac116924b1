"""Undo commands for cross-station themes.

A :class:`CrossThemesCommand` keeps every cross-station theme (with its members)
before and after its edit; undo and redo put that list back exactly, under the
same ids. The document then announces ``crossThemesChanged``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication

from app.domain import CrossTheme
from app.store.project import Project
from ui.core.commands import Command
from ui.core.document import ProjectDocument

translate = QCoreApplication.translate


class CrossThemesCommand(Command):
    """One edit of the cross-station themes."""

    def __init__(
        self, document: ProjectDocument, text: str, edit: Callable[[Project], object]
    ) -> None:
        super().__init__(document, text)
        self._edit = edit
        self.done = False
        self.before: list[CrossTheme] = []
        self.after: list[CrossTheme] = []
        # what the edit returned (e.g. the new cross theme), for the caller
        self.result: object = None

    def _do(self) -> None:
        project = self.document.project
        if not self.done:
            self.before = project.cross_themes.list()
            with project.transaction():
                self.result = self._edit(project)
            self.after = project.cross_themes.list()
            self.done = True
        else:
            self._put(self.after)
        self.document.crossThemesChanged.emit()

    def _undo(self) -> None:
        self._put(self.before)
        self.document.crossThemesChanged.emit()

    def _put(self, state: list[CrossTheme]) -> None:
        project = self.document.project
        with project.transaction():
            for cross in project.cross_themes.list():
                project.cross_themes.delete(cross.id)
            for cross in state:
                project.cross_themes.restore(cross)


def add_cross_theme(
    document: ProjectDocument, name: str, theme_ids: Sequence[int] = ()
) -> CrossThemesCommand:
    """A new cross-station theme (gathering ``theme_ids``); ``result`` is the new one."""

    def edit(project: Project) -> CrossTheme:
        cross = project.cross_themes.add(name)
        if theme_ids:
            cross = project.cross_themes.add_members(cross.id, theme_ids=theme_ids)
        return cross

    text = translate("CrossCommands", "New cross-station theme “%1”").replace("%1", name.strip())
    return CrossThemesCommand(document, text, edit)


def gather(
    document: ProjectDocument,
    cross: CrossTheme,
    theme_ids: Sequence[int] = (),
    note_ids: Sequence[int] = (),
) -> CrossThemesCommand:
    def edit(project: Project) -> None:
        project.cross_themes.add_members(cross.id, theme_ids=theme_ids, note_ids=note_ids)

    text = translate("CrossCommands", "Add to “%1”").replace("%1", cross.name)
    return CrossThemesCommand(document, text, edit)


def release(
    document: ProjectDocument,
    cross: CrossTheme,
    theme_ids: Sequence[int] = (),
    note_ids: Sequence[int] = (),
) -> CrossThemesCommand:
    def edit(project: Project) -> None:
        project.cross_themes.remove_members(cross.id, theme_ids=theme_ids, note_ids=note_ids)

    text = translate("CrossCommands", "Remove from “%1”").replace("%1", cross.name)
    return CrossThemesCommand(document, text, edit)


def rename_cross_theme(
    document: ProjectDocument, cross: CrossTheme, name: str
) -> CrossThemesCommand:
    def edit(project: Project) -> None:
        project.cross_themes.update(cross.id, name=name)

    text = translate("CrossCommands", "Rename “%1”").replace("%1", cross.name)
    return CrossThemesCommand(document, text, edit)


def delete_cross_theme(document: ProjectDocument, cross: CrossTheme) -> CrossThemesCommand:
    def edit(project: Project) -> None:
        project.cross_themes.delete(cross.id)

    text = translate("CrossCommands", "Delete cross-station theme “%1”").replace("%1", cross.name)
    return CrossThemesCommand(document, text, edit)
