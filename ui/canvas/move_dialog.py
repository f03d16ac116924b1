"""Move to Theme…: choose a theme by typing part of its name, then Enter (keyboard only)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from app.domain import Theme
from ui.screens import resize_to_screen

#: The theme id of a row (None: back to unsorted).
ThemeIdRole = Qt.ItemDataRole.UserRole + 1


class MoveToThemeDialog(QDialog):
    """A filter field over the station's themes ("Unsorted" first).

    The chosen one is :meth:`theme_id` after the dialog is accepted.
    """

    def __init__(self, themes: Sequence[Theme], count: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to Theme"))
        self.model = QStandardItemModel(self)
        unsorted = QStandardItem(self.tr("Unsorted"))
        unsorted.setData(None, ThemeIdRole)
        self.model.appendRow(unsorted)
        for theme in themes:
            row = QStandardItem(theme.name)
            row.setData(theme.id, ThemeIdRole)
            self.model.appendRow(row)
        for index in range(self.model.rowCount()):
            self.model.item(index).setEditable(False)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Type part of the theme's name"))
        self.filter.setAccessibleName(self.tr("Filter themes"))
        self.filter.textChanged.connect(self._filter_changed)
        self.filter.installEventFilter(self)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(self.tr("Themes"))
        self.list.activated.connect(lambda _: self.accept())
        label = QLabel(self.tr("Move %n note(s) to:", "", count))
        label.setBuddy(self.filter)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        resize_to_screen(self, 360, 420)
        self._select_first()

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._select_first()

    def _select_first(self) -> None:
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def eventFilter(self, watched: object, event: object) -> bool:
        """Up and Down in the filter field move through the list."""
        if (
            watched is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            step = -1 if event.key() == Qt.Key.Key_Up else 1
            row = max(0, min(self.proxy.rowCount() - 1, self.list.currentIndex().row() + step))
            self.list.setCurrentIndex(self.proxy.index(row, 0))
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def has_choice(self) -> bool:
        return self.list.currentIndex().isValid()

    def theme_id(self) -> int | None:
        """The chosen theme (None: unsorted)."""
        value = self.list.currentIndex().data(ThemeIdRole)
        return None if value is None else int(value)
