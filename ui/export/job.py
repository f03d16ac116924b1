"""The export's background work: the job callables, and the notice shown when it is done.

Each job opens its own read-only connection to the project file, so an export (a
PDF with many photos takes seconds) never holds the lock the window needs. Expected
failures (a missing folder, a full disk, a read-only folder) and a cancel come back
as an :class:`ExportOutcome`, not as an exception: they are the user's business, not
a bug with a traceback.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.errors import PinscribeError
from app.export import ExportCancelledError, ExportOptions, export
from app.export.preview import preview_html
from app.store.project import Project
from ui.core.jobs import JobContext
from ui.messages import user_message
from ui.plain import plain_label, tip

translate = QCoreApplication.translate

#: The formats offered, in the order shown: (format name, file suffix).
FORMAT_CHOICES: tuple[tuple[str, str], ...] = (
    ("docx", ".docx"),
    ("pdf", ".pdf"),
    ("html", ".html"),
    ("markdown", ".md"),
    ("csv", ".csv"),
    ("xlsx", ".xlsx"),
    ("json", ".json"),
)
#: Formats that hold the notes as data rather than the themed summary.
DATA_FORMATS = frozenset({"csv", "json", "xlsx"})


def format_label(format: str) -> str:
    """How the format is named in the dialog."""
    labels = {
        "docx": translate("Export", "Word document (.docx)"),
        "pdf": translate("Export", "PDF (.pdf)"),
        "html": translate("Export", "Web page (.html)"),
        "markdown": translate("Export", "Markdown (.md)"),
        "csv": translate("Export", "CSV table of the notes (.csv)"),
        "json": translate("Export", "JSON data (.json)"),
        "xlsx": translate("Export", "Excel workbook of the notes (.xlsx)"),
    }
    return labels[format]


@dataclass(frozen=True)
class ExportOutcome:
    """How an export ended: written to ``path``, cancelled, or failed with ``error``."""

    path: Path | None = None
    cancelled: bool = False
    error: str = ""


def export_work(
    project_path: Path, out: Path, format: str, options: ExportOptions
) -> Callable[[JobContext], ExportOutcome]:
    """The export job: progress is reported as ``(done, total)``."""

    def work(context: JobContext) -> ExportOutcome:
        try:
            with Project.open(project_path, read_only=True) as project:
                path = export(
                    project,
                    out,
                    format=format,
                    options=options,
                    progress=lambda done, total: context.progress((done, total)),
                    cancelled=context.cancelled,
                    overwrite=True,  # the file dialog asked before replacing a file
                )
        except ExportCancelledError:
            return ExportOutcome(cancelled=True)
        except (PinscribeError, OSError) as error:
            return ExportOutcome(error=user_message(error))
        return ExportOutcome(path=path)

    return work


def preview_work(
    project_path: Path, options: ExportOptions, font_pt: float
) -> Callable[[JobContext], str]:
    """The preview job: the summary as HTML without pictures."""

    def work(context: JobContext) -> str:
        with Project.open(project_path, read_only=True) as project:
            return preview_html(project, options, font_pt=font_pt)

    return work


class ExportNotice(QWidget):
    """For the status bar: "Exported x.pdf" with buttons to open the file or its folder."""

    SHOWN_MS = 60_000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Opens a URL; tests replace it so that nothing is started.
        self.open_url: Callable[[QUrl], object] = QDesktopServices.openUrl
        self.path: Path | None = None
        self.label = plain_label()
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the exported file"))
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QPushButton(self.tr("Show Folder"))
        self.folder_button.setToolTip(self.tr("Open the folder the file was exported to"))
        self.folder_button.clicked.connect(self.open_folder)
        self.close_button = QPushButton("×")
        self.close_button.setToolTip(self.tr("Hide this message"))
        self.close_button.setFlat(True)
        self.close_button.setFixedWidth(self.fontMetrics().horizontalAdvance("×") * 3)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_export(self, path: Path) -> None:
        self.path = path
        self.label.setText(self.tr("Exported “%1”.").replace("%1", path.name))
        self.label.setToolTip(tip(str(path)))
        self.show()
        self._timer.start(self.SHOWN_MS)

    def open_file(self) -> None:
        if self.path is not None:
            self.open_url(QUrl.fromLocalFile(str(self.path)))

    def open_folder(self) -> None:
        if self.path is not None:
            self.open_url(QUrl.fromLocalFile(str(self.path.parent)))
