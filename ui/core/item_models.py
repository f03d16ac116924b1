"""An item model over plain rows, for the lists and tables of the window.

A view shows the rows; the rows stay the data (a note's ids, a tag's name), so that
nothing is read back out of the text a view displays. Each :class:`Column` says how
a row is shown in it. Checked with pytest-qt's ``qtmodeltester``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon

from ui.plain import tip

Index = QModelIndex | QPersistentModelIndex

#: The row itself, for whoever needs more than the text.
RowRole = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Column:
    """How rows are shown in one column: text; a tooltip, an icon, more roles if given."""

    title: str
    text: Callable[[Any], str]
    tip: Callable[[Any], str] | None = None
    icon: Callable[[Any], QIcon | None] | None = None
    roles: Mapping[int, Callable[[Any], object]] = field(default_factory=dict)


class RowsModel(QAbstractTableModel):
    """A read-only table (a list, with one column) over a list of plain rows."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append(self, row: Any) -> None:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(row)
        self.endInsertRows()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row(self, index: Index) -> Any:
        """The row at a (valid) index."""
        return self._rows[index.row()]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tip is not None:
            text = column.tip(row)
            # a project's text as written, never as rich text
            return tip(text) if isinstance(text, str) else text
        if role == Qt.ItemDataRole.DecorationRole and column.icon is not None:
            return column.icon(row)
        if role == RowRole:
            return row
        if role in column.roles:
            return column.roles[role](row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren


class CheckedRowsModel(RowsModel):
    """Rows the user ticks (the first column has a check box); ``key`` names a row."""

    def __init__(
        self,
        columns: Sequence[Column],
        key: Callable[[Any], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(columns, parent)
        self._key = key
        self._checked: set[object] = set()

    def set_rows(self, rows: Sequence[Any], *, checked: bool = True) -> None:
        self._checked = {self._key(row) for row in rows} if checked else set()
        super().set_rows(rows)

    def checked_rows(self) -> list[Any]:
        return [row for row in self.rows() if self._key(row) in self._checked]

    def set_checked(self, key: object, checked: bool) -> None:
        for number, row in enumerate(self.rows()):
            if self._key(row) == key:
                self.setData(
                    self.index(number, 0),
                    Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked,
                    Qt.ItemDataRole.CheckStateRole,
                )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            key = self._key(self.row(index))
            return Qt.CheckState.Checked if key in self._checked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column():
            return False
        key = self._key(self.row(index))
        state = Qt.CheckState(value) if isinstance(value, int) else value
        if state == Qt.CheckState.Checked:
            self._checked.add(key)
        else:
            self._checked.discard(key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags
