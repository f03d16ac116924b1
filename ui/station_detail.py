"""The right-hand side: the selected station's name and question.

Room for later work (the board photos, the canvas); it shows no controls for
features that do not exist yet.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.domain import Station


class StationDetail(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_label = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question_label = QLabel()
        question_font = QFont(self.font())
        question_font.setPointSizeF(question_font.pointSizeF() * 1.15)
        question_font.setItalic(True)
        self.question_label.setFont(question_font)
        self.question_label.setWordWrap(True)
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.photos_area = QFrame()
        self.photos_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.photos_area.setFrameShadow(QFrame.Shadow.Sunken)
        self.photos_label = QLabel()
        self.photos_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photos_label.setWordWrap(True)
        self.photos_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        area_layout = QVBoxLayout(self.photos_area)
        area_layout.addWidget(self.photos_label)

        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.question_label)
        layout.addSpacing(self.fontMetrics().lineSpacing())
        layout.addWidget(self.photos_area, 1)
        self.show_station(None)

    def show_station(self, station: Station | None) -> None:
        if station is None:
            self.name_label.setText(self.tr("No station selected"))
            self.question_label.setText(
                self.tr("Add a station for each pinboard of the workshop, with its question.")
            )
            self.photos_label.clear()
            self.photos_area.hide()
            return
        self.name_label.setText(station.name)
        self.question_label.setText(station.question or self.tr("(no guiding question yet)"))
        self.photos_label.setText(
            self.tr("The board photos of this station will appear here.\n"
                    "Importing photos comes in a later version.")
        )  # fmt: skip
        self.photos_area.show()
