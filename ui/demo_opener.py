"""Welcome ▸ Open the demo workshop: the sample boards as a finished project, one click.

The demo is built once (the three sample boards of ``resources/samples`` imported with
detection and reading, grouped as on the boards) into the app's data folder, in the
background; later clicks open the project built before.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QProgressDialog

from app.demo import DEMO_NAME, DemoResult, build_demo
from app.errors import PinscribeError
from app.reading.readers import make_reader
from app.store.database import inspect
from ui.core.jobs import JobContext, JobRunner
from ui.dialogs import Dialogs

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def default_demo_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(location or Path.home() / ".local" / "share" / "pinscribe") / "demo"


class DemoOpener(QObject):
    def __init__(
        self, window: MainWindow, dialogs: Dialogs, folder: Path | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs = dialogs
        self.folder = folder or default_demo_folder()
        self.jobs = JobRunner(self)
        self.progress: QProgressDialog | None = None

    @property
    def path(self) -> Path:
        return self.folder / DEMO_NAME

    def open(self) -> None:
        """Open the demo, building it first (in the background) if there is none yet."""
        if self.jobs.active():
            return
        if self._built():
            self.window.open_project(str(self.path))
            return
        self.progress = QProgressDialog(
            self.tr("Preparing the demo workshop: finding and reading the notes of three "
                    "sample boards…"),
            "", 0, 0, self.window,
        )
        self.progress.setCancelButton(None)
        self.progress.setWindowTitle(self.tr("Demo workshop"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        folder = self.folder
        job = self.jobs.start(
            "demo", lambda context: _build(context, folder), on_failure=self._failed
        )
        job.finished.connect(self._built_now)

    def shutdown(self) -> None:
        self.jobs.shutdown()

    def _built(self) -> bool:
        try:
            inspect(self.path)
        except PinscribeError:
            return False
        return True

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _built_now(self, result: DemoResult) -> None:
        self._close_progress()
        self.window.open_project(str(result.project))

    def _failed(self, message: str) -> None:
        self._close_progress()
        self.dialogs.show_error(
            self.window, self.tr("The demo workshop could not be prepared"), message
        )


def _build(context: JobContext, folder: Path) -> DemoResult:
    reader = make_reader("auto")
    return build_demo(folder, reader=reader, log=lambda _message: None, summaries=False)
