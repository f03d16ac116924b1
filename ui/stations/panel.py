"""The list of stations with its buttons: add, edit, move up and down, delete."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import Station
from app.errors import PinscribeError
from ui.core.commands import (
    AddStationCommand,
    Command,
    DeleteStationCommand,
    EditStationCommand,
    MoveStationCommand,
)
from ui.core.document import ProjectDocument
from ui.delegates import TwoLineDelegate
from ui.dialogs import Dialogs
from ui.stations.model import QuestionRole, StationListModel


class StationsPanel(QWidget):
    """Edits the stations through undo commands; tells which station is selected."""

    currentStationChanged = Signal(object)  # Station | None

    def __init__(
        self, document: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._dialogs = dialogs
        self.model = StationListModel(document.project.stations.list, self)
        self.view = QListView()
        self.view.setAccessibleName(self.tr("Stations"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)
        self.view.setItemDelegate(TwoLineDelegate(QuestionRole, self.view))
        self.view.doubleClicked.connect(lambda _: self.edit_station())
        self.view.activated.connect(lambda _: self.edit_station())

        self.add_button = QPushButton(self.tr("&Add…"))
        self.edit_button = QPushButton(self.tr("Ed&it…"))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.add_button.setToolTip(self.tr("Add a station (a pinboard with its question)"))
        self.edit_button.setToolTip(self.tr("Rename the station or edit its question"))
        self.up_button.setToolTip(self.tr("Move the station up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move the station down (Alt+Down)"))
        self.delete_button.setToolTip(self.tr("Delete the station with its photos and notes"))
        self.add_button.clicked.connect(self.add_station)
        self.edit_button.clicked.connect(self.edit_station)
        self.up_button.clicked.connect(lambda: self.move_station(-1))
        self.down_button.clicked.connect(lambda: self.move_station(+1))
        self.delete_button.clicked.connect(self.delete_station)
        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_station),
            (QKeySequence("Alt+Up"), lambda: self.move_station(-1)),
            (QKeySequence("Alt+Down"), lambda: self.move_station(+1)),
        ):
            shortcut = QShortcut(keys, self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        # Two rows: the labels fit a narrow column (and longer German ones).
        buttons = QGridLayout()
        buttons.addWidget(self.add_button, 0, 0)
        buttons.addWidget(self.edit_button, 0, 1)
        buttons.addWidget(self.delete_button, 0, 2)
        buttons.addWidget(self.up_button, 1, 0)
        buttons.addWidget(self.down_button, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

        self._selected_id: int | None = None
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.moveRequested.connect(self._move_to, Qt.ConnectionType.QueuedConnection)
        document.stationsChanged.connect(self.model.refresh)
        if self.model.rowCount():
            self.select_row(0)
        self._update_buttons()

    def current_station(self) -> Station | None:
        index = self.view.currentIndex()
        return self.model.station(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)

    def select_station(self, station_id: int) -> None:
        row = self.model.row_of(station_id)
        if row >= 0:
            self.select_row(row)

    def add_station(self) -> None:
        answer = self._dialogs.ask_station(self, new=True)
        if answer is None:
            return
        command = AddStationCommand(self._document, *answer[:2])
        command.statement = answer[2] if len(answer) > 2 else ""
        if self._run(command) and command.station_id is not None:
            self.select_station(command.station_id)

    def edit_station(self) -> None:
        station = self.current_station()
        if station is None:
            return
        answer = self._dialogs.ask_station(
            self, station.name, station.question, new=False, statement=station.statement
        )
        if answer is None:
            return
        name, question = answer[0], answer[1]
        statement = answer[2] if len(answer) > 2 else station.statement
        if (name, question, statement) == (station.name, station.question, station.statement):
            return
        self._run(EditStationCommand(self._document, station.id, name, question, statement))

    def move_station(self, step: int) -> None:
        station = self.current_station()
        if station is not None:
            self._move_to(station.id, self.model.row_of(station.id) + step)

    def delete_station(self) -> None:
        """Delete the selected station after asking (an undoable step)."""
        station = self.current_station()
        if station is None or not self._dialogs.confirm_delete_station(self, station.name):
            return
        row = self.model.row_of(station.id)
        self._selected_id = None
        if not self._run(DeleteStationCommand(self._document, station.id)):
            return
        if self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))

    def _move_to(self, station_id: int, index: int) -> None:
        if not 0 <= index < self.model.rowCount() or index == self.model.row_of(station_id):
            return
        self._run(MoveStationCommand(self._document, station_id, index))
        self.select_station(station_id)

    def _run(self, command: Command) -> bool:
        try:
            self._document.run(command)
        except PinscribeError as error:
            self._document.report(error)
            return False
        return True

    def _remember_selection(self) -> None:
        station = self.current_station()
        self._selected_id = station.id if station else None

    def _restore_selection(self) -> None:
        if self._selected_id is not None:
            self.select_station(self._selected_id)
        self._current_changed(self.view.currentIndex())

    def _current_changed(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self._update_buttons()
        station = self.model.station(index.row()) if index.isValid() else None
        self.currentStationChanged.emit(station)

    def _update_buttons(self) -> None:
        row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        count = self.model.rowCount()
        self.edit_button.setEnabled(row >= 0)
        self.delete_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)
