"""File ▸ Export…: the options on the left, a live preview of the summary on the right.

"Export…" asks for the target file (through the :class:`~ui.dialogs.Dialogs` object),
then writes it in the background with a progress bar and Cancel. The dialog closes
when the file is written; :class:`ExportController` then shows a notice in the main
window's status bar with buttons to open the file or its folder.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListView,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.export import ExportOptions
from app.export.summary import build_summary
from ui.core.document import ProjectDocument
from ui.core.item_models import CheckedRowsModel, Column
from ui.core.jobs import Job, JobRunner, report_failure
from ui.dialogs import Dialogs
from ui.export.job import (
    DATA_FORMATS,
    FORMAT_CHOICES,
    ExportNotice,
    ExportOutcome,
    export_work,
    format_label,
)
from ui.export.preview import ExportPreview
from ui.plain import fill, plain_label, window_title
from ui.privacy.check_dialog import qt_ask_export_privacy
from ui.screens import resize_to_screen
from ui.settings import LAST_EXPORT_FOLDER, AppSettings

translate = QCoreApplication.translate


class ExportDialog(QDialog):
    #: The file was written (its path).
    exported = Signal(object)
    #: An export ended without a file: cancelled, or failed (already shown to the user).
    exportStopped = Signal()
    #: The user chose to review the unchecked notes instead of exporting.
    reviewRequested = Signal()

    def __init__(
        self,
        document: ProjectDocument,
        settings: AppSettings,
        dialogs: Dialogs,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.settings = settings
        self.dialogs = dialogs
        self.job: Job | None = None
        self._close_when_done = False
        self._runner = JobRunner(self)
        self.setWindowTitle(fill(self.tr("Export – %1"), window_title(document.path.name)))

        # The stations to export, all ticked at first.
        self.stations_model = CheckedRowsModel(
            [Column(self.tr("Station"), lambda s: s.name, lambda s: s.question)],
            key=lambda s: s.id,
            parent=self,
        )
        self.stations_model.set_rows(document.project.stations.list())
        self.stations = QListView()
        self.stations.setModel(self.stations_model)
        # A list view swallows Enter; here it starts the export, as the default button does.
        self.stations.installEventFilter(self)
        self.format_box = QComboBox()
        for name, _suffix in FORMAT_CHOICES:
            self.format_box.addItem(format_label(name), name)
        self.pictures = QCheckBox(self.tr("&Charts and board photos"))
        self.pictures.setChecked(True)
        self.crops = QCheckBox(self.tr("Note c&rops beside their text"))
        self.recordings = QCheckBox(self.tr("&Graphic recordings"))
        self.recordings.setChecked(True)
        self.by_votes = QCheckBox(self.tr("Order notes by &votes (most first)"))
        self.language = QComboBox()
        language = document.project.workshop.get().language
        own = self.tr("German") if language == "de" else self.tr("English")
        self.language.addItem(self.tr("The project's (%1)").replace("%1", own), None)
        self.language.addItem(self.tr("German"), "de")
        self.language.addItem(self.tr("English"), "en")
        self.unreviewed = QComboBox()
        self.unreviewed.addItem(self.tr("Marked, with a footnote"), "mark")
        self.unreviewed.addItem(self.tr("Left out"), "omit")
        self.evidence = QComboBox()
        self.evidence.addItem(self.tr("Beneath each statement"), "beneath")
        self.evidence.addItem(self.tr("In an appendix"), "appendix")
        self.ask_unchecked: UncheckedAsker = getattr(
            dialogs, "ask_export_unchecked", qt_ask_export_unchecked
        )
        self.ask_privacy = getattr(dialogs, "ask_export_privacy", qt_ask_export_privacy)

        self.preview = ExportPreview(document.path)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel Export"))
        self.cancel_button.clicked.connect(self.cancel_export)
        self.status = plain_label()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.start_export)
        buttons.rejected.connect(self.reject)

        self._lay_out(buttons)
        for check in (self.pictures, self.crops, self.recordings, self.by_votes):
            check.toggled.connect(self._options_changed)
        self.format_box.currentIndexChanged.connect(self._options_changed)
        self.language.currentIndexChanged.connect(self._options_changed)
        self.unreviewed.currentIndexChanged.connect(self._options_changed)
        self.evidence.currentIndexChanged.connect(self._options_changed)
        self.stations_model.dataChanged.connect(lambda *_: self._options_changed())
        self._set_running(False)
        self._options_changed()
        self.preview.render_now()
        resize_to_screen(self, 1120, 720)

    def _lay_out(self, buttons: QDialogButtonBox) -> None:
        rows = min(max(self.stations_model.rowCount(), 3), 12)
        self.stations.setMaximumHeight(
            rows * self.stations.sizeHintForRow(0) + 2 * self.stations.frameWidth() + 4
        )
        all_button = QPushButton(self.tr("&All"))
        all_button.clicked.connect(lambda: self._check_all(True))
        none_button = QPushButton(self.tr("&None"))
        none_button.clicked.connect(lambda: self._check_all(False))
        choose = QHBoxLayout()
        choose.addStretch(1)
        choose.addWidget(all_button)
        choose.addWidget(none_button)
        stations_box = QGroupBox(self.tr("&Stations"))
        stations_layout = QVBoxLayout(stations_box)
        stations_layout.addWidget(self.stations)
        stations_layout.addLayout(choose)
        content_box = QGroupBox(self.tr("Content"))
        form = QFormLayout(content_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # small screens
        form.addRow(self.tr("&Format:"), self.format_box)
        include = QVBoxLayout()
        for check in (self.pictures, self.crops, self.recordings):
            include.addWidget(check)
        form.addRow(self.tr("Include:"), include)
        form.addRow(self.tr("Order:"), self.by_votes)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Notes not yet &checked:"), self.unreviewed)
        form.addRow(self.tr("Notes of a &theme with a summary:"), self.evidence)
        options = QWidget()
        column = QVBoxLayout(options)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(stations_box)
        column.addWidget(content_box)
        column.addStretch(1)
        # The options scroll on a small screen rather than push the dialog off it.
        options_scroll = QScrollArea()
        options_scroll.setWidgetResizable(True)
        options_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        options_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        options_scroll.setWidget(options)
        options_scroll.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        splitter = QSplitter()
        splitter.addWidget(options_scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 740])
        splitter.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.cancel_button)
        bottom.addSpacing(self.fontMetrics().averageCharWidth() * 4)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.stations
            and event.type() == QEvent.Type.KeyPress
            and cast(QKeyEvent, event).key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not cast(QKeyEvent, event).modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            if self.export_button.isEnabled():
                self.export_button.click()
            return True
        return super().eventFilter(watched, event)

    # Options

    def _check_all(self, checked: bool) -> None:
        for station in self.stations_model.rows():
            self.stations_model.set_checked(station.id, checked)

    def format(self) -> str:
        return str(self.format_box.currentData())

    def station_ids(self) -> list[int]:
        return [station.id for station in self.stations_model.checked_rows()]

    def set_station_checked(self, station_id: int, checked: bool) -> None:
        self.stations_model.set_checked(station_id, checked)

    def set_format(self, format: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(format))

    def options(self) -> ExportOptions:
        ids = self.station_ids()
        return ExportOptions(
            stations=None if len(ids) == self.stations_model.rowCount() else ids,
            pictures=self.pictures.isChecked(),
            crops=self.crops.isChecked(),
            recordings=self.recordings.isChecked(),
            by_votes=self.by_votes.isChecked(),
            language=self.language.currentData(),
            unreviewed=str(self.unreviewed.currentData()),
            evidence=str(self.evidence.currentData()),
        )

    def _options_changed(self) -> None:
        data = self.format() in DATA_FORMATS
        for check in (self.pictures, self.crops, self.recordings):
            check.setEnabled(not data)
        self.preview.show_options(self.options(), data_format=data)
        self._update_export_button()

    def _update_export_button(self) -> None:
        has_stations = bool(self.station_ids())
        self.export_button.setEnabled(has_stations and self.job is None)
        if not has_stations:
            self.status.setText(self.tr("Choose at least one station to export."))
        elif self.job is None:
            self.status.clear()

    # Exporting

    def suggested_path(self) -> str:
        folder = Path(str(self.settings.get(LAST_EXPORT_FOLDER) or ""))
        if not str(folder) or str(folder) == "." or not folder.is_dir():
            folder = self.document.path.parent
        suffix = dict(FORMAT_CHOICES)[self.format()]
        return str(folder / f"{self.document.path.stem}{suffix}")

    def unchecked_count(self) -> int:
        """How many of the notes the summary shows no one has checked yet."""
        options = dataclasses.replace(self.options(), unreviewed="mark")
        return build_summary(self.document.project, options=options).unchecked

    def start_export(self) -> Job | None:
        """Ask for the target file, then write it in the background.

        With notes no one has checked yet (and marked, not left out), the user is
        told first and may export anyway or review them now.
        """
        if self.job is not None or not self.station_ids():
            return None
        unchecked = self.unchecked_count()
        if unchecked and self.unreviewed.currentData() == "mark":
            choice = self.ask_unchecked(self, unchecked)
            if choice == "review":
                self.reviewRequested.emit()
                self.reject()
                return None
            if choice != "export":
                return None
        shows_photos = self.format() not in DATA_FORMATS
        pictures = self.options().pictures and shows_photos
        recordings = self.options().recordings and shows_photos
        if not self.ask_privacy(
            self, self.document, self.station_ids(), pictures, recordings=recordings
        ):
            return None
        answer = self.dialogs.ask_export_path(self, self.suggested_path(), self.format())
        if not answer:
            return None
        out = Path(answer)
        self.settings.set(LAST_EXPORT_FOLDER, str(out.parent))
        self.job = self._runner.start(
            "export",
            export_work(self.document.path, out, self.format(), self.options()),
            on_failure=lambda message: self._finished(ExportOutcome(error=message)),
        )
        self.job.progressed.connect(self._show_progress)
        self.job.finished.connect(self._finished)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Exporting to “%1”…").replace("%1", out.name))
        self._set_running(True)
        return self.job

    def cancel_export(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Cancelling…"))

    def _show_progress(self, value: object) -> None:
        if isinstance(value, tuple) and len(value) == 2:
            done, total = value
            self.progress.setRange(0, max(int(total), 1))
            self.progress.setValue(int(done))

    def _finished(self, outcome: ExportOutcome) -> None:
        self.job = None
        self._set_running(False)
        if outcome.path is not None:
            self.exported.emit(outcome.path)
            self.accept()
            return
        if outcome.cancelled:
            self.status.setText(self.tr("Export cancelled; nothing was written."))
        else:  # the one error channel of background work (log, Problems panel), and here
            self.status.clear()
            report_failure("export", outcome.error)
            self.dialogs.show_error(self, self.tr("The export failed"), outcome.error)
        self.exportStopped.emit()
        if self._close_when_done:
            super().reject()

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self._update_export_button()

    # Closing

    def reject(self) -> None:
        """Close; a running export is cancelled first (the dialog closes when it stopped)."""
        if self.job is not None:
            self._close_when_done = True
            self.cancel_export()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.job is not None:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Stop the background work (before the project closes)."""
        self.preview.shutdown()
        self._runner.shutdown()


#: Asks what to do about ``count`` unchecked notes: "export", "review" or "" (cancel).
UncheckedAsker = Callable[[QWidget, int], str]


def qt_ask_export_unchecked(parent: QWidget, count: int) -> str:
    """The message box before an export with unchecked notes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("ExportDialog", "Notes not yet checked"))
    text = translate("ExportDialog", "%n note(s) not yet checked.", "", count)
    box.setText(text)
    box.setInformativeText(
        translate(
            "ExportDialog",
            "They were read automatically and may hold misreadings. The export marks "
            "them with a footnote.",
        )
    )
    export = box.addButton(
        translate("ExportDialog", "Export Anyway"), QMessageBox.ButtonRole.AcceptRole
    )
    review = box.addButton(
        translate("ExportDialog", "Review Now"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(review)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return "export" if clicked is export else "review" if clicked is review else ""


class ExportController(QObject):
    """The File ▸ Export… action, its dialog and the "exported" notice in the status bar."""

    #: The user chose to review the unchecked notes (from the export dialog).
    reviewRequested = Signal()

    def __init__(self, window: QMainWindow, settings: AppSettings, dialogs: Dialogs) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.dialogs = dialogs
        self.document: ProjectDocument | None = None
        self.dialog: ExportDialog | None = None
        self.action = QAction(self.tr("&Export…"), self)
        self.action.setShortcut(QKeySequence("Ctrl+E"))
        self.action.setToolTip(self.tr("Export the themed summary or the notes (Ctrl+E)"))
        self.action.triggered.connect(self.open_dialog)
        self.notice = ExportNotice()
        window.statusBar().addWidget(self.notice)
        self.set_document(None)

    def set_document(self, document: ProjectDocument | None) -> None:
        """Follow the open project (None: closed)."""
        if document is not self.document:
            self._close_dialog()
            self.notice.hide()
        self.document = document
        self.action.setEnabled(document is not None)

    def open_dialog(self) -> ExportDialog | None:
        if self.document is None:
            return None
        self._close_dialog()
        dialog = ExportDialog(self.document, self.settings, self.dialogs, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.exported.connect(self._exported)
        dialog.reviewRequested.connect(self.reviewRequested)
        dialog.finished.connect(lambda _result: self._dialog_finished(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _exported(self, path: Path) -> None:
        self.window.statusBar().clearMessage()
        self.notice.show_export(path)

    def _dialog_finished(self, dialog: ExportDialog) -> None:
        dialog.shutdown()
        if self.dialog is dialog:
            self.dialog = None

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.shutdown()
            dialog.done(QDialog.DialogCode.Rejected)
