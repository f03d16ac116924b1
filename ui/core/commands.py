"""Undo commands: one small command per edit, each changing the project store.

Every command is a :class:`Command`: ``apply()`` does the change the first time
(errors propagate so nothing is pushed, see :meth:`ui.core.document.ProjectDocument.run`);
``redo()`` / ``undo()``, which Qt calls, report their errors to the document instead
of raising. Whatever a command deletes comes back under its old ids, so later steps
that name a station, a photo, a note or a theme by id stay valid across undo and redo.
:class:`SnapshotCommand` is the one command for edits of notes and themes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.domain import Theme
from app.errors import PinscribeError
from app.store import subtrees
from app.store.notes import NoteRecord
from app.store.project import Project
from ui.core.document import NotesChange, ProjectDocument
from ui.plain import command_text, fill

translate = QCoreApplication.translate


class Command(QUndoCommand):
    """One undoable change of the project; subclasses implement ``_do`` and ``_undo``.

    Its text may name a station, a theme or a note: the Edit menu shows it as written
    (:func:`ui.plain.command_text`), also when set later with :meth:`setText`.
    """

    def __init__(self, document: ProjectDocument, text: str) -> None:
        super().__init__()
        self.setText(text)
        self.document = document
        self._applied = False

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(command_text(text))

    def apply(self) -> None:
        """Do the change the first time; its errors reach the caller."""
        self._do()
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False  # the push's redo: apply() already did it
            return
        self._guard(self._do)

    def undo(self) -> None:
        self._guard(self._undo)

    def _guard(self, action: Callable[[], None]) -> None:
        try:
            action()
        except PinscribeError as error:
            self.setObsolete(True)
            self.document.report(error)

    def _do(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


class DoneCommand(Command):
    """A change already made elsewhere (by the background writer), put on the stack.

    ``apply()`` does nothing; undo takes the rows of ``table`` out with everything
    under them, redo puts them back whole, under their ids.
    """

    def __init__(
        self,
        document: ProjectDocument,
        text: str,
        table: str,
        ids: Sequence[int],
        announce: Callable[[], None],
    ) -> None:
        super().__init__(document, text)
        self.table = table
        self.ids = list(ids)
        self._announce = announce
        self._taken: subtrees.Subtree | None = None

    def apply(self) -> None:
        self._applied = True

    def _do(self) -> None:
        if self._taken is not None:
            subtrees.restore(self.document.project, self._taken)
            self._taken = None
        self._announce()

    def _undo(self) -> None:
        project = self.document.project
        self._taken = subtrees.snapshot(project, self.table, self.ids)
        subtrees.delete(project, self._taken)
        self._announce()


# An edit: changes the project; what it returns is kept as the command's ``result``.
ProjectEdit = Callable[[Project], object]


class SnapshotCommand(Command):
    """An edit of notes (and of a station's themes), undone by putting back stored rows.

    The command keeps the stored rows of the notes it touches (every column, theme
    and tags), before and after, and with ``station_id`` also the station's themes.
    Undo and redo put them back exactly, under the same ids (themes first), so a
    deleted, split or merged note or a deleted theme returns as it was; only what
    changed after the edit by other means (a reading written in the background) stays
    as it is now (:meth:`app.store.notes.Notes.keep_newer`), so undo takes back the
    user's edit and nothing else.

    ``result_ids`` turns the edit's result into the ids of the notes it left
    (changed or new); without it, those are the ``note_ids`` it was given. The edit
    runs in one transaction, unless it is ``atomic=False`` (atomic by itself).
    """

    def __init__(
        self,
        document: ProjectDocument,
        text: str,
        edit: ProjectEdit,
        *,
        note_ids: Sequence[int] = (),
        station_id: int | None = None,
        result_ids: Callable[[object], Sequence[int]] | None = None,
        atomic: bool = True,
    ) -> None:
        super().__init__(document, text)
        self.note_ids = list(note_ids)
        self.station_id = station_id
        self._edit = edit
        self._result_ids = result_ids
        self._atomic = atomic
        self.done = False
        self.themes_before: list[Theme] = []
        self.themes_after: list[Theme] = []
        self.before: list[NoteRecord] = []
        self.after: list[NoteRecord] = []
        # What the edit returned (e.g. the new theme's id), for the caller.
        self.result: object = None
        # The notes the edit left (changed or new).
        self.result_ids: list[int] = []

    def _themes(self) -> list[Theme]:
        if self.station_id is None:
            return []
        return self.document.project.themes.list(self.station_id)

    def _do(self) -> None:
        project = self.document.project
        if not self.done:
            self.themes_before = self._themes()
            self.before = project.notes.snapshot(self.note_ids)
            if self._atomic:
                with project.transaction():
                    self.result = self._edit(project)
            else:
                self.result = self._edit(project)
            self.result_ids = list(
                self._result_ids(self.result) if self._result_ids else self.note_ids
            )
            self.themes_after = self._themes()
            self.after = project.notes.snapshot(self.result_ids)
            self.done = True
        else:
            self._put(self.themes_after, self.after, self.before)
        self._announce()

    def _undo(self) -> None:
        self._put(self.themes_before, self.before, self.after)
        self._announce()

    def extend(self, edit: Callable[[Project], None]) -> None:
        """Make a later change (the new crops read in the background) part of this edit.

        Redo then brings it back too, and undo takes it away with the edit.
        """
        project = self.document.project
        with project.transaction():
            edit(project)
        self.after = project.notes.snapshot([r.id for r in self.after])
        self._announce()

    def _put(self, themes: list[Theme], notes: list[NoteRecord], gone: list[NoteRecord]) -> None:
        project = self.document.project
        with project.transaction():
            if self.station_id is not None:
                project.themes.restore(self.station_id, themes)
            # What changed after this edit (a reading in the background) stays.
            notes = project.notes.keep_newer(notes, gone)
            project.notes.restore(notes, remove=[r.id for r in gone])

    def _announce(self) -> None:
        records = self.before + self.after
        if self.station_id is not None and (self.themes_before != self.themes_after or not records):
            self.document.themesChanged.emit(self.station_id)
        if records or self.station_id is None:
            self.document.notesChanged.emit(
                NotesChange(
                    frozenset(r.photo_id for r in records), frozenset(r.id for r in records)
                )
            )


class AddStationCommand(Command):
    def __init__(self, document: ProjectDocument, name: str, question: str) -> None:
        super().__init__(
            document, translate("Commands", "Add station “%1”").replace("%1", name.strip())
        )
        self.name = name
        self.question = question
        # The new station's id (kept across undo and redo).
        self.station_id: int | None = None
        self.statement = ""
        self._taken: subtrees.Subtree | None = None

    def _do(self) -> None:
        project = self.document.project
        if self._taken is None:
            self.station_id = project.stations.add(self.name, self.question, self.statement).id
        else:  # the station as it was undone, with what was added to it meanwhile
            subtrees.restore(project, self._taken)
            self._taken = None
        self.document.stationsChanged.emit()

    def _undo(self) -> None:
        assert self.station_id is not None
        project = self.document.project
        self._taken = subtrees.snapshot(project, "station", [self.station_id])
        subtrees.delete(project, self._taken)
        self.document.stationsChanged.emit()


class DeleteStationCommand(Command):
    """Delete a station with its photos, notes and themes; undo brings all of it back."""

    def __init__(self, document: ProjectDocument, station_id: int) -> None:
        station = document.project.stations.get(station_id)
        super().__init__(
            document, translate("Commands", "Delete station “%1”").replace("%1", station.name)
        )
        self.station_id = station_id
        self._taken: subtrees.Subtree | None = None

    def _do(self) -> None:
        project = self.document.project
        self._taken = subtrees.snapshot(project, "station", [self.station_id])
        subtrees.delete(project, self._taken)
        self.document.stationsChanged.emit()

    def _undo(self) -> None:
        assert self._taken is not None
        subtrees.restore(self.document.project, self._taken)
        self.document.stationsChanged.emit()


class EditStationCommand(Command):
    """Change a station's name, question and/or summary statement."""

    def __init__(
        self,
        document: ProjectDocument,
        station_id: int,
        name: str,
        question: str,
        statement: str | None = None,
    ) -> None:
        old = document.project.stations.get(station_id)
        if old.name != name.strip():
            text = fill(
                translate("Commands", "Rename station “%1” to “%2”"), old.name, name.strip()
            )
        elif old.question != question.strip():
            text = translate("Commands", "Edit question of “%1”").replace("%1", old.name)
        else:
            text = translate("Commands", "Edit summary of “%1”").replace("%1", old.name)
        super().__init__(document, text)
        self.station_id = station_id
        self.old = (old.name, old.question, old.statement)
        self.new = (name, question, old.statement if statement is None else statement)

    def _set(self, values: tuple[str, str, str]) -> None:
        self.document.project.stations.update(
            self.station_id, name=values[0], question=values[1], statement=values[2]
        )
        self.document.stationsChanged.emit()

    def _do(self) -> None:
        self._set(self.new)

    def _undo(self) -> None:
        self._set(self.old)


class MoveStationCommand(Command):
    def __init__(self, document: ProjectDocument, station_id: int, index: int) -> None:
        station = document.project.stations.get(station_id)
        super().__init__(
            document, translate("Commands", "Move station “%1”").replace("%1", station.name)
        )
        order = [s.id for s in document.project.stations.list()]
        self.station_id = station_id
        self.old_index = order.index(station_id)
        self.new_index = max(0, min(index, len(order) - 1))

    def _move(self, index: int) -> None:
        self.document.project.stations.move(self.station_id, index)
        self.document.stationsChanged.emit()

    def _do(self) -> None:
        self._move(self.new_index)

    def _undo(self) -> None:
        self._move(self.old_index)


class EditWorkshopCommand(Command):
    """Change one of the workshop's fields (title, date, language, ...)."""

    def __init__(self, document: ProjectDocument, field: str, label: str, value: str) -> None:
        super().__init__(document, translate("Commands", "Change %1").replace("%1", label))
        self.field = field
        self.old = str(getattr(document.project.workshop.get(), field))
        self.new = value

    def _set(self, value: str) -> None:
        self.document.project.workshop.update(**{self.field: value})
        self.document.workshopChanged.emit()

    def _do(self) -> None:
        self._set(self.new)

    def _undo(self) -> None:
        self._set(self.old)
