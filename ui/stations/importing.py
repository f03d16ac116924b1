"""Importing photos in the background: the job, its progress bar, its problems.

The job runs on the project's one background writer (``document.writer``, see
:mod:`ui.core.project_jobs`), one transaction per photo. Each imported photo is
announced as it is saved, and becomes an undo step of its own: undo takes the photo
away with its notes, redo brings them back under their ids.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from app.errors import PinscribeError
from app.pipeline import ImportResult, PhotoProgress, PhotoResult, Reader, import_photos
from app.reading.readers import make_reader
from app.store.project import Project
from ui.board import note_commands
from ui.core.commands import DoneCommand
from ui.core.document import NotesChange, ProjectDocument
from ui.core.jobs import Job, JobContext
from ui.core.project_jobs import ProjectWork
from ui.messages import user_message
from ui.plain import plain_label, tip
from ui.review.problems import ErrorPanel

#: Share of a photo's progress reached at each stage.
_STAGE_SHARE = {"loading": 0.05, "detecting": 0.15, "reading": 0.45, "saving": 0.95}
_STEPS = 1000


class _Warning(str):
    """A message from setting up the job (an OCR engine missing), not about a file."""


def import_work(
    station_id: int, files: Sequence[Path], *, read_text: bool
) -> ProjectWork[ImportResult]:
    """The writer's job: import ``files`` into the station."""

    def work(context: JobContext, project: Project) -> ImportResult:
        reader: Reader | None = None
        if read_text:
            try:
                reader = make_reader(None, project=project, warn=_warner(context))
            except Exception as error:  # noqa: BLE001 - OCR missing must not stop imports
                text = QCoreApplication.translate(
                    "ImportController", "OCR is not available (%1); notes stay unread."
                )
                context.produce(_Warning(text.replace("%1", user_message(error))))
        return import_photos(
            project,
            station_id,
            list(files),
            reader=reader,
            progress=context.progress,
            cancelled=context.cancelled,
            on_photo=context.produce,
            find_twice=True,
        )

    return work


def _warner(context: JobContext) -> Callable[[str], None]:
    return lambda message: context.produce(_Warning(message))


class ImportProgress(QWidget):
    """Progress bar with photo and note counts and a cancel button (for the status bar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = plain_label()
        self.bar = QProgressBar()
        self.bar.setRange(0, _STEPS)
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop after the current photo; imported photos stay"))
        self.cancel_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def show_progress(self, progress: PhotoProgress, notes_found: int) -> None:
        share = _STAGE_SHARE.get(progress.stage, 1.0)
        if progress.stage == "reading" and progress.notes_total:
            share += 0.5 * progress.notes_done / progress.notes_total
        value = (progress.index + share) / max(progress.count, 1)
        self.bar.setValue(int(value * _STEPS))
        text = self.tr("Photo %1 of %2 · %n note(s) found", "", notes_found)
        self.label.setText(
            text.replace("%1", str(progress.index + 1))
            .replace("%2", str(progress.count))
            .replace("%3", str(notes_found))
        )
        self.label.setToolTip(tip(progress.path.name))


class ImportController(QObject):
    """Starts imports, shows their progress, lists their problems, announces photos."""

    importFinished = Signal(object)  # ImportResult, or None after a failure

    def __init__(
        self,
        document: ProjectDocument,
        progress: ImportProgress,
        problems: ErrorPanel,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self._progress = progress
        self._problems = problems
        self._jobs: list[Job] = []
        self._notes_found = 0
        self.last_message = ""
        progress.cancel_button.clicked.connect(self.cancel)

    def start(self, station_id: int, files: Sequence[Path], *, read_text: bool) -> Job:
        # A failure reaches the Problems panel by the jobs' default route.
        job = self._document.writer.start(
            "import", import_work(station_id, files, read_text=read_text)
        )
        job.progressed.connect(self._on_progress)
        job.produced.connect(lambda value: self._on_produced(station_id, value))
        job.finished.connect(lambda result, job=job: self._on_finished(job, result))
        job.failed.connect(lambda message, job=job: self._on_failed(job, message))
        self._jobs.append(job)
        self._progress.cancel_button.setEnabled(True)
        self._progress.show()
        return job

    def busy(self) -> bool:
        return bool(self._jobs)

    def cancel(self) -> None:
        for job in self._jobs:
            job.cancel()
        self._progress.cancel_button.setEnabled(False)
        self._progress.label.setText(self.tr("Cancelling after the current photo…"))

    def _on_progress(self, progress: PhotoProgress) -> None:
        if progress.stage == "failed":
            self._problems.add_problem(str(progress.path), progress.message)
        elif progress.stage == "skipped":
            self._problems.add_problem(str(progress.path), progress.message, warning=True)
        elif progress.stage == "done":
            self._notes_found += progress.notes_total
        if self._progress.cancel_button.isEnabled():
            self._progress.show_progress(progress, self._notes_found)

    def _on_produced(self, station_id: int, value: object) -> None:
        if isinstance(value, _Warning):
            self._problems.add_problem("", str(value), warning=True)
        elif isinstance(value, PhotoResult):
            document, photo_id = self._document, value.photo_id
            document.photoAdded.emit(station_id, photo_id)
            document.notesChanged.emit(NotesChange(frozenset([photo_id])))

            def announce() -> None:
                document.photosChanged.emit(station_id)
                document.notesChanged.emit(NotesChange(frozenset([photo_id])))

            text = self.tr("Import photo “%1”").replace("%1", value.path.name)
            document.run(DoneCommand(document, text, "photo", [photo_id], announce))

    def _on_finished(self, job: Job, result: ImportResult) -> None:
        notes = sum(photo.notes for photo in result.imported)
        photos = len(result.imported)
        message = self.tr("Imported %n photo(s)", "", photos) + self.tr(
            " with %n note(s)", "", notes
        )
        if result.failed:
            message += self.tr("; %1 failed").replace("%1", str(len(result.failed)))
        if result.skipped:
            message += self.tr("; %1 skipped").replace("%1", str(len(result.skipped)))
        if result.cancelled:
            message += self.tr("; cancelled")
        merged = self._merge_seen_twice(result)
        if merged:
            message += self.tr("; merged %1 notes seen twice").replace("%1", str(merged))
        self.last_message = message
        self._done(job)
        self.importFinished.emit(result)

    def _merge_seen_twice(self, result: ImportResult) -> int:
        """Merge the notes the import saw twice, as ``pinscribe import`` does: one undo step."""
        if not result.seen_twice:
            return 0
        command = note_commands.merge_duplicates(self._document, result.seen_twice)
        try:
            self._document.run(command)
        except PinscribeError as error:
            self._document.report(error)
            return 0
        return len(command.result_ids)

    def _on_failed(self, job: Job, message: str) -> None:
        self.last_message = self.tr("The import stopped: %1").replace("%1", message)
        self._done(job)
        self.importFinished.emit(None)

    def _done(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        if not self._jobs:
            self._notes_found = 0
            self._progress.hide()
