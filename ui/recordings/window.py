"""The Graphic Recordings window: the project's recordings and the selected one's editor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.errors import PinscribeError
from ui.core.document import ProjectDocument
from ui.core.jobs import Job, JobRunner
from ui.dialogs import Dialogs
from ui.messages import user_message
from ui.recordings import work
from ui.recordings.commands import RecordingsHub
from ui.recordings.editor import RecordingEditor
from ui.recordings.mosaic import MosaicDialog
from ui.screens import resize_to_screen


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
        self.dialogs = dialogs
        self.runner = JobRunner(self)
        self.add_job: Job | None = None
        self.mosaic: MosaicDialog | None = None
        self._generation = 0  # of the list: only the newest load is shown
        self.setWindowTitle(self.tr("Graphic Recordings – %1").replace("%1", document.path.name))
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
        self.list = QListWidget()
        self.list.setIconSize(QSize(work.THUMBNAIL_SIDE, work.THUMBNAIL_SIDE))
        self.list.setMinimumWidth(120)
        self.list.setSpacing(2)
        self.editor = RecordingEditor(document, hub, self.runner, dialogs)
        self._lay_out()

        self.add_button.clicked.connect(self.add_recordings)
        self.delete_button.clicked.connect(self.delete_recording)
        self.board_button.clicked.connect(self.show_board)
        self.station.currentIndexChanged.connect(self._update_buttons)
        self.list.currentItemChanged.connect(self._current_changed)
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
        job = self.runner.start("list", work.load_entries(self.document.project))
        job.finished.connect(lambda entries: self._show_entries(entries, keep, generation))
        job.failed.connect(
            lambda message: self.dialogs.show_error(self, self.windowTitle(), message)
        )
        return job

    def _show_entries(self, entries: list[work.Entry], select: int | None, generation: int) -> None:
        if generation != self._generation:  # a newer load is on its way
            return
        names = {s.id: s.name for s in self.document.project.stations.list()}
        self.list.blockSignals(True)
        self.list.clear()
        chosen = None
        for entry in entries:
            where = names.get(entry.station_id, "") if entry.station_id else self.tr("Workshop")
            item = QListWidgetItem(
                QIcon(QPixmap.fromImage(entry.thumbnail)), f"{entry.filename}\n{where}"
            )
            item.setData(Qt.ItemDataRole.UserRole, entry.photo_id)
            item.setToolTip(f"{entry.filename} ({where})")
            self.list.addItem(item)
            if entry.photo_id == select:
                chosen = item
        if chosen is None and self.list.count():
            chosen = self.list.item(0)
        if chosen is not None:
            self.list.setCurrentItem(chosen)
        self.list.blockSignals(False)
        shown = self.current_id()
        if shown != self.editor.photo_id:
            self.editor.show_recording(shown)
        self._update_buttons()
        self.listLoaded.emit()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select(self, photo_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == photo_id:
                self.list.setCurrentRow(row)

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
        project = self.document.project
        self.add_job = self.runner.start(
            "add",
            work.add_work(project.path, self.station_id(), paths, read_only=project.read_only),
        )
        self.add_job.progressed.connect(self._add_progress)
        self.add_job.finished.connect(self._added)
        self.add_job.failed.connect(self._add_failed)
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
        photo_id = self.current_id()
        item = self.list.currentItem()
        if photo_id is None or item is None:
            return False
        name = item.text().split("\n")[0]
        question = self.tr("Delete the recording “%1” with its regions? This cannot be undone.")
        if not self.dialogs.ask_yes_no(
            self, self.tr("Delete recording"), question.replace("%1", name)
        ):
            return False
        try:
            self.document.project.photos.delete(photo_id)
        except PinscribeError as error:
            self.dialogs.show_error(
                self, self.tr("The recording was not deleted"), user_message(error)
            )
            return False
        self.editor.show_recording(None)
        self.list.takeItem(self.list.row(item))
        self.reload()
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
        job = self.runner.start("mosaic", work.mosaic_work(Path(self.document.path), station_id))
        job.finished.connect(dialog.show_mosaic)
        job.failed.connect(dialog.show_failure)
        dialog.destroyed.connect(lambda: setattr(self, "mosaic", None))
        dialog.show()
        return dialog

    # Closing

    def shutdown(self) -> None:
        """Stop the background work (before the project closes)."""
        self.runner.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
