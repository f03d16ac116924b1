"""The right-hand side: the selected station's name and question, and its board photos.

Photos dropped here from the file manager are imported into the station shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QPalette
from PySide6.QtWidgets import QFrame, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from app.domain import Station
from ui.board.page import BoardPage
from ui.core.document import ProjectDocument
from ui.core.jobs import JobRunner
from ui.plain import plain_label
from ui.stations.drops import dropped_files


class StationDetail(QWidget):
    filesDropped = Signal(int, list)  # station id, paths

    def __init__(
        self,
        document: ProjectDocument,
        loader: JobRunner,
        reader_jobs: JobRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.station: Station | None = None
        self.name_label = plain_label()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.question_label = plain_label()
        question_font = QFont(self.font())
        question_font.setPointSizeF(question_font.pointSizeF() * 1.15)
        question_font.setItalic(True)
        self.question_label.setFont(question_font)
        self.question_label.setWordWrap(True)
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.photos_area = QFrame()
        self.photos_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.photos_area.setFrameShadow(QFrame.Shadow.Sunken)
        self.photos_label = plain_label()
        self.photos_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photos_label.setWordWrap(True)
        self.photos_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        area_layout = QVBoxLayout(self.photos_area)
        area_layout.addWidget(self.photos_label)
        self.board = BoardPage(document, loader, reader_jobs)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.photos_area)
        self.pages.addWidget(self.board)
        #: The board, and pages added beside it (the themes canvas).
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.pages, self.tr("Board"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.name_label)
        layout.addWidget(self.question_label)
        layout.addSpacing(self.fontMetrics().lineSpacing() // 2)
        layout.addWidget(self.tabs, 1)
        self.setAcceptDrops(True)
        document.photoAdded.connect(lambda *_: self._update_page())
        document.photosChanged.connect(lambda _station_id: self._update_page())
        self.show_station(None)

    def show_station(self, station: Station | None, photo_id: int | None = None) -> None:
        self.station = station
        self.board.show_station(station.id if station else None, photo_id)
        if station is None:
            self.name_label.setText(self.tr("No station selected"))
            self.question_label.setText(
                self.tr("Add a station for each pinboard of the workshop, with its question.")
            )
            self.photos_label.clear()
            self.tabs.hide()
            return
        self.name_label.setText(station.name)
        self.question_label.setText(station.question or self.tr("(no guiding question yet)"))
        self.photos_label.setText(
            self.tr("No board photos yet.\n\nDrop photos of this station's board here, "
                    "or choose File ▸ Import Photos…")
        )  # fmt: skip
        self.tabs.show()
        self._update_page()

    def _update_page(self) -> None:
        has_photos = self.board.photo_count() > 0
        self.pages.setCurrentWidget(self.board if has_photos else self.photos_area)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.station is not None and dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        if self.station is not None and dropped_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = dropped_files(event.mimeData())
        if self.station is not None and files:
            event.acceptProposedAction()
            self.filesDropped.emit(self.station.id, [str(f) for f in files])

