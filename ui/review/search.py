"""Full-text search over all notes: results with their crops; choosing one shows it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDockWidget, QLabel, QListView, QVBoxLayout, QWidget

from app.domain import Note
from ui.board.crop_view import crop_pixmap
from ui.core.document import ProjectDocument
from ui.core.item_models import Column, RowsModel

#: Most results listed (each with its thumbnail).
MAX_RESULTS = 200
THUMBNAIL = 56


@dataclass(frozen=True)
class Result:
    """One note found: where it is, its text as listed, and its crop."""

    station_id: int | None
    photo_id: int
    note_id: int
    label: str
    text: str
    icon: QIcon


class SearchPanel(QDockWidget):
    noteChosen = Signal(int, int, int)  # station id, photo id, note id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Search results"), parent)
        self.setObjectName("SearchPanel")
        self.document: ProjectDocument | None = None
        self.summary = QLabel()
        self.model = RowsModel(
            [Column(self.tr("Note"), lambda r: r.label, lambda r: r.text, lambda r: r.icon)],
            self,
        )
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.activated.connect(self._chosen)
        self.results.clicked.connect(self._chosen)
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
        self.model.set_rows([])
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
        self.model.set_rows([])
        if self.document is None or not text.strip():
            self.summary.clear()
            return []
        notes = self.document.project.notes.search(text)
        self.summary.setText(self.tr("%n note(s) found", "", len(notes)))
        results = []
        for note in notes[:MAX_RESULTS]:
            label = (note.text or "").strip().replace("\n", " ")
            pixmap = crop_pixmap(self.document.project.notes.crop(note.id))
            icon = QIcon()
            if not pixmap.isNull():
                icon = QIcon(pixmap.scaled(
                    THUMBNAIL, THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                ))  # fmt: skip
            results.append(
                Result(
                    note.station_id, note.photo_id, note.id,
                    label or self.tr("(no text)"), note.text or "", icon,
                )  # fmt: skip
            )
        self.model.set_rows(results)
        self.show()
        return notes

    def _chosen(self, index: QModelIndex | QPersistentModelIndex) -> None:
        result = self.model.row(index)
        if result.station_id is not None:
            self.noteChosen.emit(result.station_id, result.photo_id, result.note_id)
