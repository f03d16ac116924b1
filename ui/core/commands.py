"""Undo commands: one small command per edit, each changing the project store.

Every command has ``apply()`` (do the change the first time; errors propagate so
nothing is pushed, see :meth:`ui.core.document.ProjectDocument.run`) and ``redo()`` /
``undo()``, which report their errors to the document instead of raising, since
Qt calls them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.errors import PinscribeError
from ui.core.document import ProjectDocument

translate = QCoreApplication.translate


class _Command(QUndoCommand):
    def __init__(self, document: ProjectDocument, text: str) -> None:
        super().__init__(text)
        self.document = document
        self._applied = False

    def apply(self) -> None:
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


class AddStationCommand(_Command):
    def __init__(self, document: ProjectDocument, name: str, question: str) -> None:
        super().__init__(
            document, translate("Commands", "Add station “%1”").replace("%1", name.strip())
        )
        self.name = name
        self.question = question
        self.statement = ""
        self.key: int | None = None

    def _do(self) -> None:
        station = self.document.project.stations.add(self.name, self.question, self.statement)
        if self.key is None:
            self.key = station.id
        self.document.set_station_id(self.key, station.id)
        self.document.stationsChanged.emit()

    def _undo(self) -> None:
        assert self.key is not None
        self.document.project.stations.delete(self.document.station_id(self.key))
        self.document.stationsChanged.emit()


class EditStationCommand(_Command):
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
            text = translate("Commands", "Rename station “%1” to “%2”").replace("%1", old.name)
            text = text.replace("%2", name.strip())
        elif old.question != question.strip():
            text = translate("Commands", "Edit question of “%1”").replace("%1", old.name)
        else:
            text = translate("Commands", "Edit summary of “%1”").replace("%1", old.name)
        super().__init__(document, text)
        self.key = document.station_key(station_id)
        self.old = (old.name, old.question, old.statement)
        self.new = (name, question, old.statement if statement is None else statement)

    def _set(self, values: tuple[str, str, str]) -> None:
        station_id = self.document.station_id(self.key)
        self.document.project.stations.update(
            station_id, name=values[0], question=values[1], statement=values[2]
        )
        self.document.stationsChanged.emit()

    def _do(self) -> None:
        self._set(self.new)

    def _undo(self) -> None:
        self._set(self.old)


class MoveStationCommand(_Command):
    def __init__(self, document: ProjectDocument, station_id: int, index: int) -> None:
        station = document.project.stations.get(station_id)
        super().__init__(
            document, translate("Commands", "Move station “%1”").replace("%1", station.name)
        )
        order = [s.id for s in document.project.stations.list()]
        self.key = document.station_key(station_id)
        self.old_index = order.index(station_id)
        self.new_index = max(0, min(index, len(order) - 1))

    def _move(self, index: int) -> None:
        self.document.project.stations.move(self.document.station_id(self.key), index)
        self.document.stationsChanged.emit()

    def _do(self) -> None:
        self._move(self.new_index)

    def _undo(self) -> None:
        self._move(self.old_index)


class EditWorkshopCommand(_Command):
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
