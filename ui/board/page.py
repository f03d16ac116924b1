"""A station's board photos: choose a photo, check its notes, edit them.

The photo chooser, the board view with its tools (select, draw, zoom, delete,
split, merge, read again) and the note panel beside it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QScrollArea,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app import editing
from app.domain import Note
from app.errors import PinscribeError
from app.messages import message as message_of
from app.pipeline import Reader
from app.reading.note_fields import reading_fields
from app.reading.readers import make_reader
from app.store.project import Project
from ocr.types import Reading
from ui.board import note_commands
from ui.board.note_panel import NotePanel
from ui.board.view import BoardView
from ui.core.commands import SnapshotCommand
from ui.core.document import NotesChange, ProjectDocument
from ui.core.jobs import JobContext, JobRunner
from ui.core.project_jobs import reading as read_only
from ui.messages import user_message

# The widest the photo chooser asks to be kept (a very long file name may be cut).
MAX_COMBO_W = 360


class BoardPage(QWidget):
    """The photos of one station with their notes."""

    problem = Signal(str, str)  # file, message: for the problems panel

    def __init__(
        self,
        document: ProjectDocument,
        loader: JobRunner,
        reader_jobs: JobRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.station_id: int | None = None
        self._reader_jobs = reader_jobs
        self._ocr: Reader | None = None
        #: What the reader said (engine missing, failed), in order; read in the reading thread.
        self._ocr_said: list[str] = []
        self.photo_combo = QComboBox()
        self.photo_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.photo_combo.setToolTip(self.tr("The board photo shown"))
        self.view = BoardView(document, loader)
        self.note_panel = NotePanel(document)
        self.toolbar = QToolBar()
        self.toolbar.addWidget(self.photo_combo)
        self.toolbar.addSeparator()
        self._create_actions()
        #: What the Find note click is doing (shown under the toolbar while it says something).
        self.find_status = QLabel()
        self.find_status.setTextFormat(Qt.TextFormat.PlainText)
        self.find_status.setContentsMargins(6, 2, 6, 2)
        self.find_status.hide()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        # The panel scrolls on a low screen instead of holding the window's height.
        panel_scroll = QScrollArea()
        panel_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take focus
        panel_scroll.setWidgetResizable(True)
        panel_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        panel_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        panel_scroll.setWidget(self.note_panel)
        panel_scroll.setMinimumWidth(self.note_panel.minimumWidth())
        splitter.addWidget(panel_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.find_status)
        layout.addWidget(splitter, 1)

        self.photo_combo.currentIndexChanged.connect(self._photo_chosen)
        self.view.notesSelected.connect(self.note_panel.show_notes)
        self.view.notesSelected.connect(self._update_actions)
        self.view.modeChanged.connect(self._mode_changed)
        self.note_panel.rereadRequested.connect(self.reread)
        self.view.outlinesEdited.connect(self._read_outlines)
        self.view.findMessage.connect(self._show_find_message)
        document.photoAdded.connect(self._photo_added)
        document.photosChanged.connect(self._photos_changed)
        document.notesChanged.connect(self._notes_changed)
        self._update_actions([])

    def _create_actions(self) -> None:
        def action(
            text: str, keys: str | QKeySequence.StandardKey, tip: str, shown: bool = True
        ) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{tip} ({shortcut})")
            if shown:
                self.toolbar.addAction(act)
            self.view.addAction(act)
            return act

        self.select_action = action(self.tr("Select"), "V", self.tr("Select notes, drag corners"))
        self.draw_action = action(self.tr("Draw"), "D", self.tr("Draw a missing note"))
        self.find_action = action(
            self.tr("Find note"), "A", self.tr("Click inside a missed note to add it")
        )
        modes = QActionGroup(self)
        for act in (self.select_action, self.draw_action, self.find_action):
            act.setCheckable(True)
            modes.addAction(act)
        self.select_action.setChecked(True)
        self.select_action.triggered.connect(lambda: self.view.set_mode("select"))
        self.draw_action.triggered.connect(lambda: self.view.set_mode("draw"))
        self.find_action.triggered.connect(lambda: self.view.set_mode("find"))
        self.toolbar.addSeparator()
        self.delete_action = action(
            self.tr("Delete"), QKeySequence.StandardKey.Delete, self.tr("Delete the selected notes")
        )
        self.split_action = action(self.tr("Split"), "S", self.tr("Split the note in two"))
        self.merge_action = action(self.tr("Merge"), "M", self.tr("Merge the selected notes"))
        self.reread_action = action(
            self.tr("Read again"), "R", self.tr("Read the note again"), False
        )
        self.delete_action.triggered.connect(self.view.delete_selected)
        self.split_action.triggered.connect(self.view.split_selected)
        self.merge_action.triggered.connect(self.view.merge_selected)
        self.reread_action.triggered.connect(self._reread_selected)
        self.toolbar.addSeparator()
        self.fit_action = action(self.tr("Fit"), "0", self.tr("Show the whole photo"))
        self.actual_action = action(
            self.tr("100 %"), "1", self.tr("One photo pixel per screen pixel")
        )
        self.zoom_in_action = action(
            self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, self.tr("Zoom in"), False
        )
        self.zoom_out_action = action(
            self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut, self.tr("Zoom out"), False
        )
        self.fit_action.triggered.connect(self.view.zoom_fit)
        self.actual_action.triggered.connect(self.view.zoom_actual)
        self.zoom_in_action.triggered.connect(lambda: self.view.zoom_by(1.25))
        self.zoom_out_action.triggered.connect(lambda: self.view.zoom_by(0.8))

    def _show_find_message(self, message: str) -> None:
        self.find_status.setText(message)
        self.find_status.setVisible(bool(message))

    def _mode_changed(self, mode: str) -> None:
        actions = {"draw": self.draw_action, "find": self.find_action}
        actions.get(mode, self.select_action).setChecked(True)

    def _update_actions(self, ids: list[int]) -> None:
        self.delete_action.setEnabled(bool(ids))
        self.split_action.setEnabled(len(ids) == 1)
        self.reread_action.setEnabled(len(ids) == 1)
        self.merge_action.setEnabled(len(ids) >= 2)

    # Photos

    def show_station(self, station_id: int | None, photo_id: int | None = None) -> None:
        """List the station's photos and show ``photo_id`` (or the first one)."""
        self.station_id = station_id
        photos = self.document.project.photos.list(station_id) if station_id is not None else []
        self.photo_combo.blockSignals(True)
        self.photo_combo.clear()
        for photo in photos:
            self.photo_combo.addItem(self._photo_label(photo.id, photo.filename), photo.id)
        self.photo_combo.blockSignals(False)
        self._fit_combo()
        if photo_id is None and photos:
            shown = self.view.photo_id
            photo_id = shown if shown in {p.id for p in photos} else photos[0].id
        self.show_photo(photo_id)

    def photo_count(self) -> int:
        return self.photo_combo.count()

    def show_photo(self, photo_id: int | None) -> None:
        index = self.photo_combo.findData(photo_id) if photo_id is not None else -1
        self.photo_combo.blockSignals(True)
        self.photo_combo.setCurrentIndex(index)
        self.photo_combo.blockSignals(False)
        if self.view.photo_id != photo_id or photo_id is None:
            self.view.show_photo(photo_id if index >= 0 else None)

    def _fit_combo(self) -> None:
        """Keep the photo's name and note count whole (up to a limit).

        A squeezed toolbar then moves actions behind its ›› button instead of cutting
        the name.
        """
        self.photo_combo.setMinimumWidth(min(self.photo_combo.sizeHint().width(), MAX_COMBO_W))

    def _photo_label(self, photo_id: int, filename: str) -> str:
        count = len(self.document.project.notes.list(photo_id=photo_id))
        return self.tr("%1 (%n note(s))", "", count).replace("%1", filename)

    def _photo_chosen(self, index: int) -> None:
        self.view.show_photo(self.photo_combo.itemData(index) if index >= 0 else None)

    def _photo_added(self, station_id: int, photo_id: int) -> None:
        if station_id != self.station_id or self.photo_combo.findData(photo_id) >= 0:
            return
        photo = self.document.project.photos.get(photo_id)
        self.photo_combo.addItem(self._photo_label(photo.id, photo.filename), photo.id)
        self._fit_combo()
        if self.view.photo_id is None:
            self.show_photo(photo_id)

    def _photos_changed(self, station_id: int) -> None:
        if station_id == self.station_id:
            self.show_station(station_id)

    def _notes_changed(self, change: NotesChange) -> None:
        for index in range(self.photo_combo.count()):
            photo_id = self.photo_combo.itemData(index)
            if photo_id in change.photo_ids:
                photo = self.document.project.photos.get(photo_id)
                self.photo_combo.setItemText(index, self._photo_label(photo_id, photo.filename))
        self._fit_combo()

    # Reading again, in the background

    def _reread_selected(self) -> None:
        ids = self.view.selected_ids()
        if len(ids) == 1:
            self.reread(ids[0])

    def _reader(self, project: Project) -> Reader:
        """The OCR reader, made once (in the reading thread, where it is used)."""
        if self._ocr is None:
            self._ocr_said.clear()
            self._ocr = make_reader(None, project=project, warn=self._ocr_said.append)
            if self._ocr is None:
                shown = [user_message(m) for m in self._ocr_said]
                raise PinscribeError(
                    " ".join(shown) or user_message(message_of("read.no_engine_available"))
                )
        return self._ocr

    def reread(self, note_id: int) -> None:
        def work(context: JobContext, project: Project) -> Reading | None:
            reader = self._reader(project)
            before = len(self._ocr_said)
            reading = editing.read_note(project, note_id, reader, photo=photo)
            if reading is None:
                # Why: what the engine said now, else what it said last (it says a thing once).
                said = self._ocr_said[before:] or self._ocr_said[-1:]
                shown = [user_message(m) for m in said]
                raise PinscribeError(
                    " ".join(shown) or user_message(message_of("read.not_reread", count=1))
                )
            return reading

        try:  # the note as it was asked for: the reading is stored only if it still is
            started = self.document.project.notes.get(note_id)
        except PinscribeError as error:
            self.document.report(error)
            return
        photo = self._decoded().get(started.photo_id)
        job = self._reader_jobs.start(
            "read",
            read_only(self.document.path, work),
            on_failure=lambda message: self.problem.emit("", message),
        )
        job.finished.connect(lambda result: self._apply_reading(started, result))

    def _apply_reading(self, started: Note, reading: Reading | None) -> None:
        """Store the reading, unless the note changed while it was read (the change stays)."""
        if reading is None:
            return
        note_id = started.id
        notes = self.document.project.notes
        try:
            now = notes.get(note_id) if notes.exists(note_id) else None
            if now != started:
                # edited, reviewed or deleted meanwhile: the reading is stale; say so only
                # where it would have given the note another text
                if now is not None and (now.text or "") != (reading.text or ""):
                    self.problem.emit("", user_message(message_of("read.note_changed", id=note_id)))
                return
            self.document.run(note_commands.apply_reading(self.document, note_id, reading))
        except PinscribeError as error:
            self.document.report(error)

    def _read_outlines(self, command: SnapshotCommand) -> None:
        """Read the new crops of an outline edit; the text becomes part of that edit."""
        ids = list(command.result_ids)

        def work(context: JobContext, project: Project) -> list[tuple[int, Reading | None]]:
            try:
                reader = self._reader(project)
            except PinscribeError:
                return []  # no OCR engine: the edit keeps its text; "Read again" says why
            notes = [n for n in (project.notes.get(i) for i in ids) if not n.reviewed]
            read: list[tuple[int, Reading | None]] = []
            for photo_id in {n.photo_id for n in notes}:  # an outline edit is on one photo
                batch, crops = editing.reading_crops(
                    project,
                    [n for n in notes if n.photo_id == photo_id],
                    lambda _note, _error: None,  # a damaged one keeps its text
                    photo=known.get(photo_id),
                )
                read += [
                    (n.id, editing.read_crop(reader, c)) for n, c in zip(batch, crops, strict=True)
                ]
            return read

        known = self._decoded()
        job = self._reader_jobs.start("read", read_only(self.document.path, work))
        job.finished.connect(lambda readings: self._attach_readings(command, readings))

    def _decoded(self) -> dict[int, np.ndarray]:
        """The photo shown, by id, where its pixels are decoded already (a 12-MP photo: 0.2 s)."""
        view = self.view
        if view.photo_id is None or not view.pixels_ready():
            return {}
        return {view.photo_id: view.pixels.pixels(self.document.project, view.photo_id)}

    def _attach_readings(
        self, command: SnapshotCommand, readings: list[tuple[int, Reading | None]]
    ) -> None:
        stack = self.document.undo_stack
        if stack.index() == 0 or stack.command(stack.index() - 1) is not command:
            return  # undone or followed by other edits meanwhile: the reading is stale

        def store(project: Project) -> None:
            for note_id, reading in readings:
                if reading is not None and not project.notes.get(note_id).reviewed:
                    project.notes.update(note_id, **reading_fields(reading))

        try:
            command.extend(store)
        except PinscribeError as error:
            self.document.report(error)
