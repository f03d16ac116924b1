"""The empty state: what to do when no project is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.core.item_models import Column, RowRole, RowsModel
from ui.delegates import SubtitleRole, TwoLineDelegate

#: A recent project's path (the row itself).
PathRole = RowRole


class WelcomePage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("Pinscribe")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("From photos of workshop pinboards to themed results."))
        subtitle.setWordWrap(True)

        self.new_button = QPushButton(self.tr("New project…"))
        self.open_button = QPushButton(self.tr("Open project…"))
        self.demo_button = QPushButton(self.tr("Open the demo workshop"))
        self.demo_button.setToolTip(
            self.tr("Three sample boards, already found, read and grouped: see a result first.")
        )
        line = self.fontMetrics().lineSpacing()
        for button in (self.new_button, self.open_button, self.demo_button):
            big = QFont(button.font())
            big.setPointSizeF(big.pointSizeF() * 1.25)
            button.setFont(big)
            button.setMinimumSize(QSize(line * 12, line * 3))
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)

        self.recent_label = QLabel(self.tr("Recent projects"))
        #: The recent projects' paths (the rows; the list shows name and folder).
        self.recent_model = RowsModel(
            [
                Column(
                    self.tr("Project"),
                    lambda path: Path(path).name,
                    str,
                    roles={SubtitleRole: lambda path: str(Path(path).parent)},
                )
            ],
            self,
        )
        self.recent_list = QListView()
        self.recent_list.setModel(self.recent_model)
        self.recent_list.setMinimumWidth(line * 25)
        self.recent_list.setItemDelegate(TwoLineDelegate(SubtitleRole, self.recent_list))
        self.recent_list.activated.connect(
            lambda index: self.recentRequested.emit(self.recent_model.row(index))
        )

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch()
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(line * 2)
        column.addLayout(buttons)
        column.addSpacing(line * 2)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent_list, 3)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)

    def set_recent_files(self, paths: list[str]) -> None:
        self.recent_model.set_rows(paths)
        self.recent_label.setVisible(bool(paths))
        self.recent_list.setVisible(bool(paths))
