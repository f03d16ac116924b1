"""The Graphic Recordings window: the project's recordings and the selected one's editor."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import PinscribeError
from ui.core.document import ProjectDocument
from ui.core.item_models import Column, RowsModel
from ui.core.jobs import Job, JobRunner
from ui.dialogs import Dialogs
from ui.messages import user_message
from ui.plain import fill, window_title
from ui.recordings import work
from ui.recordings.commands import DeleteRecordingCommand, RecordingsHub
from ui.recordings.editor import RecordingEditor
from ui.recordings.mosaic import MosaicDialog
from ui.screens import resize_to_screen


@dataclass(frozen=True)
class Listed:
    """A recording as the list shows it: the file, where it belongs, its picture."""

    photo_id: int
    filename: str
    where: str
    icon: QIcon


class RecordingsWindow(QDialog):
    """Non-modal: add, delete and edit the graphic recordings of the open project."""

    #: The list of recordings was (re)loaded.
    listLoaded = Signal()
    #: New recordings were imported (their ids).
    recordingsAdded = Signal(list)

    def __init__(
        self,
        document: ProjectDocument,
        hub: RecordingsHub,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.hub = hub
        self.dialogs = dialogs
        self.runner = JobRunner(self)
        self.add_job: Job | None = None
        self.mosaic: MosaicDialog | None = None
        self._generation = 0  # of the list: only the newest load is shown
        self.setWindowTitle(
            fill(self.tr("Graphic Recordings – %1"), window_title(document.path.name))
        )
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)

        self.station = QComboBox()
        self.add_button = QPushButton(self.tr("&Add…"))
        self.add_button.setToolTip(
            self.tr("Add photos of posters, for the whole workshop or the chosen station")
        )
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.board_button = QPushButton(self.tr("Show as One &Board"))
        self.board_button.setToolTip(
            self.tr("Join the chosen station's overlapping board photos into one picture")
        )
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.model = RowsModel(
            [
                Column(
                    self.tr("Recording"),
                    lambda r: f"{r.filename}\n{r.where}",
                    lambda r: f"{r.filename} ({r.where})",
                    lambda r: r.icon,
                )
            ],
            self,
        )
        self._filling = False
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setIconSize(QSize(work.THUMBNAIL_SIDE, work.THUMBNAIL_SIDE))
        self.list.setMinimumWidth(120)
        self.list.setSpacing(2)
        self.editor = RecordingEditor(document, hub, self.runner, dialogs)
        self._lay_out()

        self.add_button.clicked.connect(self.add_recordings)
        self.delete_button.clicked.connect(self.delete_recording)
        self.board_button.clicked.connect(self.show_board)
        hub.listChanged.connect(lambda: self.reload())
        self.station.currentIndexChanged.connect(self._update_buttons)
        self.list.selectionModel().currentChanged.connect(
            lambda *_: None if self._filling else self._current_changed()
        )
        self.editor.workDone.connect(lambda _name: self.reload())
        document.stationsChanged.connect(self._fill_stations)
        # Return in a text field (a region's caption) must not press a button.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._fill_stations()
        self.reload()
        resize_to_screen(self, 1400, 860)

    def _lay_out(self) -> None:
        bar = QHBoxLayout()
        label = QLabel(self.tr("&Station:"))
        label.setBuddy(self.station)
        bar.addWidget(label)
        bar.addWidget(self.station)
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        bar.addSpacing(16)
        bar.addWidget(self.board_button)
        bar.addStretch(1)
        bar.addWidget(self.progress)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 1160])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def _fill_stations(self) -> None:
        current = self.station.currentData()
        self.station.blockSignals(True)
        self.station.clear()
        self.station.addItem(self.tr("The whole workshop"), None)
        for station in self.document.project.stations.list():
            self.station.addItem(station.name, station.id)
        self.station.setCurrentIndex(max(self.station.findData(current), 0))
        self.station.blockSignals(False)
        self._update_buttons()

    def station_id(self) -> int | None:
        data = self.station.currentData()
        return int(data) if data is not None else None

    def set_station(self, station_id: int | None) -> None:
        self.station.setCurrentIndex(max(self.station.findData(station_id), 0))

    def _update_buttons(self) -> None:
        self.add_button.setEnabled(self.add_job is None)
        self.delete_button.setEnabled(self.current_id() is not None)
        self.board_button.setEnabled(self.station_id() is not None)

    # The list

    def reload(self, select: int | None = None) -> Job:
        """Load the list again (with thumbnails), keeping or choosing the selection."""
        keep = select if select is not None else self.current_id()
        self._generation += 1
        generation = self._generation
        job = self.runner.start(
            "list",
            work.load_entries(self.document.path),
            on_failure=lambda message: self.dialogs.show_error(self, self.windowTitle(), message),
        )
        job.finished.connect(lambda entries: self._show_entries(entries, keep, generation))
        return job

    def _show_entries(self, entries: list[work.Entry], select: int | None, generation: int) -> None:
        if generation != self._generation:  # a newer load is on its way
            return
        names = {s.id: s.name for s in self.document.project.stations.list()}
        listed = [
            Listed(
                entry.photo_id,
                entry.filename,
                names.get(entry.station_id, "") if entry.station_id else self.tr("Workshop"),
                QIcon(QPixmap.fromImage(entry.thumbnail)),
            )
            for entry in entries
        ]
        self._filling = True
        self.model.set_rows(listed)
        ids = [r.photo_id for r in listed]
        row = ids.index(select) if select in ids else 0
        if listed:
            self._set_current_row(row)
        self._filling = False
        shown = self.current_id()
        if shown != self.editor.photo_id:
            self.editor.show_recording(shown)
        self._update_buttons()
        self.listLoaded.emit()

    def current_id(self) -> int | None:
        index = self.list.currentIndex()
        return int(self.model.row(index).photo_id) if index.isValid() else None

    def select(self, photo_id: int) -> None:
        for row, listed in enumerate(self.model.rows()):
            if listed.photo_id == photo_id:
                self._set_current_row(row)

    def _set_current_row(self, row: int) -> None:
        self.list.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _current_changed(self) -> None:
        self.editor.show_recording(self.current_id())
        self._update_buttons()

    # Adding and deleting

    def add_recordings(self) -> Job | None:
        """Ask for poster photos and import them in the background for the chosen station."""
        if self.add_job is not None:
            return None
        paths = self.dialogs.ask_recording_paths(self)
        if not paths:
            return None
        self.add_job = self.document.writer.start(
            "add", work.add_work(self.station_id(), paths), on_failure=self._add_failed
        )
        self.add_job.progressed.connect(self._add_progress)
        self.add_job.finished.connect(self._added)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._update_buttons()
        return self.add_job

    def _add_progress(self, value: object) -> None:
        if isinstance(value, tuple):
            done, total = value
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _added(self, ids: list[int]) -> None:
        self.add_job = None
        self.progress.hide()
        self._update_buttons()
        self.reload(ids[-1] if ids else None)
        self.recordingsAdded.emit(ids)

    def _add_failed(self, message: str) -> None:
        self.add_job = None
        self.progress.hide()
        self._update_buttons()
        self.dialogs.show_error(self, self.tr("The recording was not added"), message)
        self.reload()

    def delete_recording(self) -> bool:
        index = self.list.currentIndex()
        if not index.isValid():
            return False
        photo_id, name = self.model.row(index).photo_id, self.model.row(index).filename
        question = self.tr("Delete the recording “%1” with its regions?")
        if not self.dialogs.ask_yes_no(
            self, self.tr("Delete recording"), question.replace("%1", name)
        ):
            return False
        try:
            self.document.run(DeleteRecordingCommand(self.document, self.hub, photo_id))
        except PinscribeError as error:
            self.dialogs.show_error(
                self, self.tr("The recording was not deleted"), user_message(error)
            )
            return False
        self.editor.show_recording(None)
        rows = self.model.rows()
        self._filling = True
        self.model.set_rows([r for r in rows if r.photo_id != photo_id])
        self._filling = False
        return True

    # One board

    def show_board(self) -> MosaicDialog | None:
        station_id = self.station_id()
        if station_id is None:
            return None
        if self.mosaic is not None:
            self.mosaic.close()
        dialog = MosaicDialog(self.station.currentText(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.mosaic = dialog
        job = self.runner.start(
            "mosaic",
            work.mosaic_work(Path(self.document.path), station_id),
            on_failure=dialog.show_failure,
        )
        job.finished.connect(dialog.show_mosaic)
        dialog.destroyed.connect(lambda: setattr(self, "mosaic", None))
        dialog.show()
        return dialog

    # Closing

    def shutdown(self) -> None:
        """Stop the background work (before the project closes)."""
        self.runner.shutdown()
        for job in (self.add_job, self.editor.job):  # on the project's writer
            if job is not None:
                job.cancel()
                job.wait(30)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
