"""A scrolling list of row widgets, one under the other.

The proposals of Suggest Themes and the pairs of Find Duplicates: rows are added as
they are found and taken off one by one as the user deals with them.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

R = TypeVar("R", bound=QWidget)


class RowList(Generic[R]):
    """Rows in a scroll area (:attr:`scroll`), above a stretch; :attr:`rows` as shown."""

    def __init__(self) -> None:
        self.rows: list[R] = []
        self._widget = QWidget()
        self._layout = QVBoxLayout(self._widget)
        self._layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self._widget)

    def add(self, row: R) -> None:
        """Show ``row`` under the others."""
        self._layout.insertWidget(self._layout.count() - 1, row)
        self.rows.append(row)

    def remove(self, row: R) -> None:
        """Take ``row`` off the list, if it is still on it, and delete it."""
        if row in self.rows:
            self.rows.remove(row)
            row.hide()
            row.deleteLater()

    def clear(self) -> None:
        """Delete every row."""
        for row in self.rows:
            row.deleteLater()
        self.rows = []
