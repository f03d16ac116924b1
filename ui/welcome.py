"""The empty state: what to do when no project is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.delegates import SubtitleRole, TwoLineDelegate
from ui.plain import tip

PathRole = Qt.ItemDataRole.UserRole


class WelcomePage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
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
        line = self.fontMetrics().lineSpacing()
        for button in (self.new_button, self.open_button):
            big = QFont(button.font())
            big.setPointSizeF(big.pointSizeF() * 1.25)
            button.setFont(big)
            button.setMinimumSize(QSize(line * 12, line * 3))
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)

        self.recent_label = QLabel(self.tr("Recent projects"))
        self.recent_list = QListWidget()
        self.recent_list.setMinimumWidth(line * 25)
        self.recent_list.setItemDelegate(TwoLineDelegate(SubtitleRole, self.recent_list))
        self.recent_list.itemActivated.connect(
            lambda item: self.recentRequested.emit(item.data(PathRole))
        )

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
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
        self.recent_list.clear()
        for path in paths:
            item = QListWidgetItem(Path(path).name)
            item.setData(PathRole, path)
            item.setData(SubtitleRole, str(Path(path).parent))
            item.setToolTip(tip(path))
            self.recent_list.addItem(item)
        self.recent_label.setVisible(bool(paths))
        self.recent_list.setVisible(bool(paths))
