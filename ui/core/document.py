"""The open project as the window sees it: the store, its undo stack, change signals.

Widgets never change the project themselves: they ask the document to run an
undo command (:meth:`ProjectDocument.run`), and follow its signals to refresh.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from app.errors import PinscribeError
from app.store.project import Project
from ui.core.project_jobs import ProjectWriter
from ui.messages import user_message

if TYPE_CHECKING:
    from ui.core.commands import Command


@dataclass(frozen=True)
class NotesChange:
    """Which notes changed (added, edited or gone) on which photos.

    An empty ``note_ids`` means "any note of these photos" (after an import).
    """

    photo_ids: frozenset[int]
    note_ids: frozenset[int] = field(default_factory=frozenset)


class ProjectDocument(QObject):
    """One open project with its undo stack and its background writer.

    Undo commands put back what they deleted under its old ids, so a station, a
    photo or a note keeps its id across undo and redo.
    """

    stationsChanged = Signal()
    workshopChanged = Signal()
    #: A photo was added to the station with this id (by an import).
    photoAdded = Signal(int, int)  # station id, photo id
    #: Photos of the station with this id were taken away or brought back (undo, redo).
    photosChanged = Signal(int)
    notesChanged = Signal(object)  # NotesChange
    #: The themes of the station with this id changed (added, renamed, moved, gone).
    themesChanged = Signal(int)
    #: The cross-station themes changed (added, renamed, members, gone).
    crossThemesChanged = Signal()
    errorOccurred = Signal(str)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        #: The project's one background writer (see :mod:`ui.core.project_jobs`).
        self.writer = ProjectWriter(project.path, read_only=project.read_only, parent=self)

    @property
    def path(self) -> Path:
        return self.project.path

    def run(self, command: Command) -> None:
        """Do ``command`` once and put it on the undo stack.

        The change is made here, before the push, so that its error (a duplicate
        name, a read-only file) reaches the caller as a :class:`PinscribeError` and
        nothing is pushed. Commands implement ``apply()``; their first ``redo()``,
        called by the push, does nothing.
        """
        command.apply()
        self.undo_stack.push(command)

    def clear_history(self) -> None:
        """Forget every undo step (after a change that cannot be undone)."""
        self.undo_stack.clear()

    def report(self, error: PinscribeError) -> None:
        """Tell the window about an error in an undo or redo."""
        self.errorOccurred.emit(user_message(error))

    def close(self) -> None:
        self.writer.close()
        self.undo_stack.clear()
        self.project.close()
