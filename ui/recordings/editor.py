"""One recording: the photo with its corners, the result with its regions, the settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain import Point
from app.errors import PinscribeError
from ui.core.document import ProjectDocument
from ui.core.jobs import Job, JobRunner
from ui.dialogs import Dialogs
from ui.messages import user_message
from ui.plain import plain_label
from ui.recordings import work
from ui.recordings.commands import RecordingsHub, SettingsCommand
from ui.recordings.region_editing import RegionEditing
from ui.recordings.regions import RegionsPanel
from ui.recordings.views import CornerView, RegionView

#: The paper choices besides "custom" (stored as "WxH").
PAPERS = ("auto", "A0", "A1", "flipchart")


def _titled(title: str, widget: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title)
    label.setWordWrap(True)  # a narrow window wraps the title rather than widen
    layout.addWidget(label)
    layout.addWidget(widget, 1)
    return box


class RecordingEditor(QWidget):
    """Straighten, enhance and mark regions of the selected recording."""

    #: The pictures of this recording are shown (its id).
    picturesShown = Signal(int)
    #: A background change ended (its job name); the list may need a new thumbnail.
    workDone = Signal(str)

    def __init__(
        self,
        document: ProjectDocument,
        hub: RecordingsHub,
        runner: JobRunner,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.hub = hub
        self.runner = runner
        self.dialogs = dialogs
        self.photo_id: int | None = None
        self.pictures: work.Pictures | None = None
        self.job: Job | None = None
        self._pending_status = ""  # shown once the pictures are loaded

        self.corner_view = CornerView()
        self.result_view = RegionView()
        self.notice = plain_label()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel { background: #fff4ce; color: #5c4400; padding: 4px; }")
        self.notice.hide()
        self.paper = QComboBox()
        self.paper.addItem(self.tr("Auto (from the corners)"), "auto")
        self.paper.addItem(self.tr("A0"), "A0")
        self.paper.addItem(self.tr("A1"), "A1")
        self.paper.addItem(self.tr("Flipchart"), "flipchart")
        self.paper.addItem(self.tr("Custom W × H"), "custom")
        self.paper_w, self.paper_h = QSpinBox(), QSpinBox()
        for box in (self.paper_w, self.paper_h):
            box.setRange(1, 10_000)
            box.setValue(100)
            box.setSuffix(self.tr(" cm"))
        self.enhance = QCheckBox(self.tr("&Enhance (white paper, even light)"))
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setToolTip(self.tr("Straighten the poster again with these settings"))
        self.detect_button = QPushButton(self.tr("&Find Corners"))
        self.detect_button.setToolTip(self.tr("Look for the poster's edges again"))
        self.read_button = QPushButton(self.tr("&Read Lettering"))
        self.read_button.setToolTip(self.tr("Read the words on the poster so they can be searched"))
        self.status = plain_label()
        self.status.setMinimumHeight(self.fontMetrics().height() + 4)  # no jump when shown
        self.regions = RegionsPanel()
        self.region_editing = RegionEditing(
            document, hub, dialogs, self.regions, self.result_view, self
        )
        self._lay_out()

        self.corner_view.cornersEdited.connect(self.set_corners)
        self.paper.activated.connect(self._paper_chosen)
        self.paper_w.editingFinished.connect(self._custom_paper)
        self.paper_h.editingFinished.connect(self._custom_paper)
        self.enhance.clicked.connect(self._enhance_clicked)
        self.apply_button.clicked.connect(self.apply)
        self.detect_button.clicked.connect(lambda: self.apply(detect=True))
        self.read_button.clicked.connect(self.read_lettering)
        hub.changed.connect(self._recording_changed)
        self.show_recording(None)

    def _lay_out(self) -> None:
        views = QSplitter()
        views.addWidget(
            _titled(self.tr("Photo: drag the corners onto the poster"), self.corner_view)
        )
        views.addWidget(_titled(self.tr("Result: drag to mark a region"), self.result_view))
        views.addWidget(self.regions)
        views.setStretchFactor(0, 3)
        views.setStretchFactor(1, 3)
        views.setStretchFactor(2, 1)
        views.setSizes([480, 480, 220])
        views.setChildrenCollapsible(False)
        settings = QHBoxLayout()
        paper_label = QLabel(self.tr("&Paper:"))
        paper_label.setBuddy(self.paper)
        settings.addWidget(paper_label)
        settings.addWidget(self.paper)
        settings.addWidget(self.paper_w)
        self.times = QLabel("×")
        settings.addWidget(self.times)
        settings.addWidget(self.paper_h)
        settings.addStretch(1)
        # The buttons in a row of their own: the window fits a small screen.
        actions = QHBoxLayout()
        actions.addWidget(self.enhance)
        actions.addStretch(1)
        actions.addWidget(self.detect_button)
        actions.addWidget(self.apply_button)
        actions.addSpacing(12)
        actions.addWidget(self.read_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice)
        layout.addWidget(views, 1)
        layout.addLayout(settings)
        layout.addLayout(actions)
        layout.addWidget(self.status)

    # Showing

    def show_recording(self, photo_id: int | None) -> None:
        """Show a recording (None: nothing); its pictures load in the background."""
        self.photo_id = photo_id
        self.pictures = None
        self.corner_view.set_image(None)
        self.corner_view.set_corners(None)
        self.result_view.set_image(None)
        self.result_view.set_regions([])
        self.notice.hide()
        self.status.clear()
        self.setEnabled(photo_id is not None)
        self.region_editing.show_recording(photo_id)
        if photo_id is None:
            return
        self.status.setText(self.tr("Loading…"))
        job = self.runner.start(
            "load",
            work.load_pictures(self.document.path, photo_id),
            on_failure=lambda message: self._load_failed(photo_id, message),
        )
        job.finished.connect(self._pictures_loaded)

    def _pictures_loaded(self, pictures: work.Pictures) -> None:
        if pictures.recording.photo_id != self.photo_id:
            return
        self.pictures = pictures
        self.corner_view.set_image(pictures.original, pictures.size)
        self.result_view.set_image(pictures.flattened, pictures.flat_size)
        self.region_editing.refresh()
        self.status.setText(self._pending_status)
        self._pending_status = ""
        self._show_settings()
        self.picturesShown.emit(pictures.recording.photo_id)

    def _show_settings(self) -> None:
        """The stored settings into the controls; "out of date" when there is no result."""
        if self.photo_id is None or self.pictures is None:
            return
        recording = self.document.project.recordings.get(self.photo_id)
        self.corner_view.set_corners(recording.corners)
        paper = recording.paper if recording.paper in PAPERS else "custom"
        self.paper.setCurrentIndex(self.paper.findData(paper))
        custom = paper == "custom"
        if custom and "x" in recording.paper:
            w, _, h = recording.paper.partition("x")
            self.paper_w.setValue(round(float(w)))
            self.paper_h.setValue(round(float(h)))
        for widget in (self.paper_w, self.times, self.paper_h):
            widget.setVisible(custom)
        self.enhance.setChecked(recording.enhance)
        whole = work.whole_photo(recording, self.pictures.size)
        self.notice.setText(self.tr("No clear edge found: using the whole photo."))
        self.notice.setVisible(whole)
        stale = not recording.has_flattened
        self.result_view.pixmap_item.setOpacity(0.35 if stale else 1.0)
        if stale:
            self.status.setText(self.tr("Changed: press Apply to straighten the poster again."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        """Settings change only while nothing runs (a running job would overwrite them)."""
        idle = self.job is None and self.pictures is not None
        widgets: tuple[QWidget, ...] = (
            self.apply_button,
            self.detect_button,
            self.read_button,
            self.paper,
            self.paper_w,
            self.paper_h,
            self.enhance,
        )
        for widget in widgets:
            widget.setEnabled(idle)
        self.corner_view.setInteractive(idle)

    def _recording_changed(self, photo_id: int) -> None:
        if photo_id == self.photo_id:
            self._show_settings()

    # Settings (undo steps)

    def _run_settings(self, text: str, **change: object) -> None:
        if self.photo_id is None:
            return
        try:
            self.document.run(
                SettingsCommand(self.document, self.hub, self.photo_id, text, **change)  # type: ignore[arg-type]
            )
        except PinscribeError as error:
            self.dialogs.show_error(
                self, self.tr("The recording was not changed"), user_message(error)
            )
            self._show_settings()

    def set_corners(self, corners: list[Point]) -> None:
        """Store new corners (photo pixels) as one undo step."""
        self._run_settings(self.tr("Move the recording's corners"), corners=corners)

    def set_paper(self, paper: str) -> None:
        self._run_settings(self.tr("Change the recording's paper"), paper=paper)

    def _paper_chosen(self, index: int) -> None:
        paper = str(self.paper.itemData(index))
        if paper == "custom":
            for widget in (self.paper_w, self.times, self.paper_h):
                widget.setVisible(True)
            paper = f"{self.paper_w.value()}x{self.paper_h.value()}"
        self.set_paper(paper)

    def _custom_paper(self) -> None:
        if self.paper.currentData() != "custom" or self.photo_id is None:
            return
        paper = f"{self.paper_w.value()}x{self.paper_h.value()}"
        if self.document.project.recordings.get(self.photo_id).paper != paper:
            self.set_paper(paper)

    def _enhance_clicked(self, checked: bool) -> None:
        text = self.tr("Enhance the recording") if checked else self.tr("Do not enhance")
        self._run_settings(text, enhance=checked)

    # Background work

    def apply(self, *, detect: bool = False) -> Job | None:
        """Straighten (and enhance) again from the stored settings, in the background."""
        if self.photo_id is None or self.job is not None:
            return None
        self.job = self.document.writer.start(
            "straighten",
            work.straighten_work(self.photo_id, detect=detect),
            on_failure=self._failed,
        )
        self.job.finished.connect(self._straightened)
        self.status.setText(self.tr("Straightening…"))
        self._update_buttons()
        return self.job

    def _straightened(self, message: str) -> None:
        self.job = None
        photo_id = self.photo_id
        self._pending_status = (
            self.tr("No clear edge found: using the whole photo.")
            if message
            else self.tr("Straightened again; the original photo is kept.")
        )
        self.show_recording(photo_id)
        self.workDone.emit("straighten")

    def read_lettering(self) -> Job | None:
        if self.photo_id is None or self.job is not None:
            return None
        self.job = self.document.writer.start(
            "read", work.read_work(self.photo_id), on_failure=self._failed
        )
        self.job.finished.connect(self._read)
        self.status.setText(self.tr("Reading the lettering…"))
        self._update_buttons()
        return self.job

    def _read(self, words: str) -> None:
        self.job = None
        count = len(words.split())
        self.status.setText(
            self.tr("%n word(s) read; they can now be searched.", "", count)
            if count
            else self.tr("No lettering was read.")
        )
        self._update_buttons()
        self.workDone.emit("read")

    def _load_failed(self, photo_id: int, message: str) -> None:
        if photo_id == self.photo_id:  # not a recording deleted meanwhile
            self._failed(message)

    def _failed(self, message: str) -> None:
        self.job = None
        self.status.clear()
        self._update_buttons()
        self.dialogs.show_error(self, self.tr("Graphic recording"), message)
