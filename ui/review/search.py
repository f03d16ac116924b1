"""Full-text search over all notes: results with their crops; choosing one shows it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import Note
from ui.board.crop_view import crop_pixmap
from ui.core.document import ProjectDocument

#: Most results listed (each with its thumbnail).
MAX_RESULTS = 200
THUMBNAIL = 56


class SearchPanel(QDockWidget):
    noteChosen = Signal(int, int, int)  # station id, photo id, note id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Search results"), parent)
        self.setObjectName("SearchPanel")
        self.document: ProjectDocument | None = None
        self.summary = QLabel()
        self.results = QListWidget()
        self.results.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.itemActivated.connect(self._chosen)
        self.results.itemClicked.connect(self._chosen)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)
        self.setWidget(body)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._run_pending)
        self._pending = ""

    def set_document(self, document: ProjectDocument | None) -> None:
        self.document = document
        self.results.clear()
        self.summary.clear()

    def search_later(self, text: str) -> None:
        """Search after a short pause in typing."""
        self._pending = text
        self._timer.start()

    def _run_pending(self) -> None:
        self.search(self._pending)

    def search(self, text: str) -> list[Note]:
        """List the notes matching ``text``; returns them."""
        self._timer.stop()
        self.results.clear()
        if self.document is None or not text.strip():
            self.summary.clear()
            return []
        notes = self.document.project.notes.search(text)
        self.summary.setText(self.tr("%n note(s) found", "", len(notes)))
        for note in notes[:MAX_RESULTS]:
            label = (note.text or "").strip().replace("\n", " ")
            item = QListWidgetItem(label or self.tr("(no text)"))
            pixmap = crop_pixmap(self.document.project.notes.crop(note.id))
            if not pixmap.isNull():
                item.setIcon(QIcon(pixmap.scaled(
                    THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )))
            item.setData(Qt.ItemDataRole.UserRole, (note.station_id, note.photo_id, note.id))
            item.setToolTip(note.text or "")
            self.results.addItem(item)
        self.show()
        return notes

    def _chosen(self, item: QListWidgetItem) -> None:
        station_id, photo_id, note_id = item.data(Qt.ItemDataRole.UserRole)
        self.noteChosen.emit(station_id, photo_id, note_id)
