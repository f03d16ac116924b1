"""A list model over the project's stations, in their order.

The model only reads: a drop asks for a move through :attr:`StationListModel.moveRequested`,
which the owner turns into an undo command; then :meth:`refresh` shows the result.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.domain import Station
from ui.plain import tip

MIME_TYPE = "application/x-pinscribe-station-id"
StationIdRole = Qt.ItemDataRole.UserRole + 1
QuestionRole = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


class StationListModel(QAbstractListModel):
    """Rows are stations; display is the name, the tooltip the question."""

    moveRequested = Signal(int, int)  # station id, target row

    def __init__(
        self, load: Callable[[], Sequence[Station]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._rows: list[Station] = list(load())

    def refresh(self) -> None:
        """Reload the stations from the store."""
        self.beginResetModel()
        self._rows = list(self._load())
        self.endResetModel()

    def station(self, row: int) -> Station | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, station_id: int) -> int:
        """The row of the station with ``station_id``, or -1."""
        for row, station in enumerate(self._rows):
            if station.id == station_id:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        station = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return station.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(station.question) or None
        if role == StationIdRole:
            return station.id
        if role == QuestionRole:
            return station.question
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    # Drag to reorder: the drag carries the station id; the drop only asks for a move.

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = [i.row() for i in indexes if i.isValid()]
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(self._rows[rows[0]].id).encode()))
        return data

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: AnyIndex,
    ) -> bool:
        """Ask for the move and return False, so the view removes nothing itself."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            station_id = int(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        source = self.row_of(station_id)
        if source < 0:
            return False
        target = row - 1 if row > source else row  # row counts the dragged item itself
        if target != source:
            self.moveRequested.emit(station_id, target)
        return False
