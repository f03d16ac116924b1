"""What the window shows while a project is open: details and stations, and room beside."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.core.document import ProjectDocument
from ui.core.jobs import JobRunner
from ui.dialogs import Dialogs
from ui.stations.detail import StationDetail
from ui.stations.panel import StationsPanel
from ui.workshop_form import WorkshopDialog


class ProjectView(QSplitter):
    def __init__(
        self, document: ProjectDocument, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.document = document
        #: The workshop's details: a dialog, so the board keeps the width.
        self.workshop_dialog = WorkshopDialog(document, self)
        self.workshop_form = self.workshop_dialog.form
        self.stations_panel = StationsPanel(document, dialogs)
        #: Read-only background work on the project: decoding photos, reading one note.
        self.display_jobs = JobRunner(self)
        self.reader_jobs = JobRunner(self)
        self.station_detail = StationDetail(document, self.display_jobs, self.reader_jobs)

        self.workshop_title = QLabel()
        self.workshop_title.setTextFormat(Qt.TextFormat.PlainText)
        self.workshop_title.setWordWrap(True)
        font = self.workshop_title.font()
        font.setBold(True)
        self.workshop_title.setFont(font)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setToolTip(
            self.tr("Title, date, place, moderation and description of the workshop")
        )
        self.details_button.setAccessibleName(self.tr("Workshop details"))
        self.details_button.clicked.connect(self.workshop_dialog.open_form)
        workshop_row = QHBoxLayout()
        workshop_row.addWidget(self.workshop_title, 1)
        workshop_row.addWidget(self.details_button)
        stations_box = QGroupBox(self.tr("Stations"))
        QVBoxLayout(stations_box).addWidget(self.stations_panel)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(workshop_row)
        left_layout.addWidget(stations_box, 1)

        self.addWidget(left)
        self.addWidget(self.station_detail)
        self.setStretchFactor(0, 0)
        self.setStretchFactor(1, 1)
        self.setChildrenCollapsible(False)
        # Never narrower than its buttons need (German labels are longer).
        left.setMinimumWidth(
            max(self.fontMetrics().averageCharWidth() * 34, left.minimumSizeHint().width())
        )
        self.setSizes([self.fontMetrics().averageCharWidth() * 44, 4000])
        document.workshopChanged.connect(self._show_workshop)
        self._show_workshop()

        self.stations_panel.currentStationChanged.connect(self.station_detail.show_station)
        self.station_detail.show_station(self.stations_panel.current_station())

    def _show_workshop(self) -> None:
        title = self.document.project.workshop.get().title
        self.workshop_title.setText(title or self.tr("Workshop"))

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
