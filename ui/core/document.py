"""The open project as the window sees it: the store, its undo stack, change signals.

Widgets never change the project themselves: they ask the document to run an
undo command (:meth:`ProjectDocument.run`), and follow its signals to refresh.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.errors import PinscribeError
from app.store.project import Project
from ui.messages import user_message


@dataclass(frozen=True)
class NotesChange:
    """Which notes changed (added, edited or gone) on which photos.

    An empty ``note_ids`` means "any note of these photos" (after an import).
    """

    photo_ids: frozenset[int]
    note_ids: frozenset[int] = field(default_factory=frozenset)


class ProjectDocument(QObject):
    """One open project with its undo stack.

    Stations are named in undo commands by a *key*: the id the station had when the
    command that created it first ran. Undoing and redoing an "add" gives the station
    a new id in the file; :meth:`station_id` maps a key to the current id.
    """

    stationsChanged = Signal()
    workshopChanged = Signal()
    #: A photo was added to the station with this id (by an import).
    photoAdded = Signal(int, int)  # station id, photo id
    notesChanged = Signal(object)  # NotesChange
    #: The themes of the station with this id changed (added, renamed, moved, gone).
    themesChanged = Signal(int)
    errorOccurred = Signal(str)

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = QUndoStack(self)
        self._ids: dict[int, int] = {}

    @property
    def path(self) -> Path:
        return self.project.path

    def station_id(self, key: int) -> int:
        """The current id of the station first created with id ``key``."""
        return self._ids.get(key, key)

    def set_station_id(self, key: int, station_id: int) -> None:
        self._ids[key] = station_id

    def station_key(self, station_id: int) -> int:
        """The key under which undo commands know the station now at ``station_id``."""
        for key, current in self._ids.items():
            if current == station_id:
                return key
        return station_id

    def run(self, command: QUndoCommand) -> None:
        """Do ``command`` once and put it on the undo stack.

        The change is made here, before the push, so that its error (a duplicate
        name, a read-only file) reaches the caller as a :class:`PinscribeError` and
        nothing is pushed. Commands implement ``apply()``; their first ``redo()``,
        called by the push, does nothing.
        """
        command.apply()  # type: ignore[attr-defined]
        self.undo_stack.push(command)

    def clear_history(self) -> None:
        """Forget every undo step (after a change that cannot be undone)."""
        self.undo_stack.clear()
        self._ids.clear()

    def report(self, error: PinscribeError) -> None:
        """Tell the window about an error in an undo or redo."""
        self.errorOccurred.emit(user_message(error))

    def close(self) -> None:
        self.undo_stack.clear()
        self.project.close()
