"""What the window shows while a project is open: details and stations, and room beside."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout, QWidget

from ui.core.document import ProjectDocument
from ui.core.jobs import JobRunner
from ui.dialogs import Dialogs
from ui.stations.detail import StationDetail
from ui.stations.panel import StationsPanel
from ui.workshop_form import WorkshopForm


class ProjectView(QSplitter):
    def __init__(
        self, document: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.document = document
        self.workshop_form = WorkshopForm(document)
        self.stations_panel = StationsPanel(document, dialogs)
        #: Read-only background work on the project: decoding photos, reading one note.
        self.display_jobs = JobRunner(self)
        self.reader_jobs = JobRunner(self)
        self.station_detail = StationDetail(document, self.display_jobs, self.reader_jobs)

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

    def show_note(self, station_id: int, photo_id: int, note_id: int) -> None:
        """Show a note: select its station and photo, select the note and centre it."""
        if self.station_detail.station is None or self.station_detail.station.id != station_id:
            self.stations_panel.select_station(station_id)
        board = self.station_detail.board
        board.show_photo(photo_id)
        board.view.select_notes([note_id], center=True)

    def shutdown(self) -> None:
        """Wait for the background work on the project to end (before closing it)."""
        self.display_jobs.shutdown()
        self.reader_jobs.shutdown()
