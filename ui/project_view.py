"""What the window shows while a project is open: details and stations, and room beside."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout, QWidget

from ui.dialogs import Dialogs
from ui.document import ProjectDocument
from ui.station_detail import StationDetail
from ui.stations_panel import StationsPanel
from ui.workshop_form import WorkshopForm


class ProjectView(QSplitter):
    def __init__(
        self, document: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.document = document
        self.workshop_form = WorkshopForm(document)
        self.stations_panel = StationsPanel(document, dialogs)
        self.station_detail = StationDetail()

        workshop_box = QGroupBox(self.tr("Workshop"))
        QVBoxLayout(workshop_box).addWidget(self.workshop_form)
        stations_box = QGroupBox(self.tr("Stations"))
        QVBoxLayout(stations_box).addWidget(self.stations_panel)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(workshop_box)
        left_layout.addWidget(stations_box, 1)

        self.addWidget(left)
        self.addWidget(self.station_detail)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        left.setMinimumWidth(self.fontMetrics().averageCharWidth() * 55)

        self.stations_panel.currentStationChanged.connect(self.station_detail.show_station)
        self.station_detail.show_station(self.stations_panel.current_station())
