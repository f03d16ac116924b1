"""The export dialog's live preview of the summary.

Each change of the options restarts a short timer; when it fires, the summary is
rendered off the GUI thread (a job on the pane's own runner) and shown when done.
A result that an even newer request overtook is dropped, so the view always ends
up showing the latest options.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.export import ExportOptions
from ui.core.jobs import JobRunner
from ui.export.job import preview_work

DEBOUNCE_MS = 250


class ExportPreview(QWidget):
    #: The view shows the summary for the latest options.
    updated = Signal()

    def __init__(self, project_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project_path = project_path
        self._options = ExportOptions()
        self._generation = 0
        self._runner = JobRunner(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._render)

        self.title = QLabel(self.tr("<b>Preview</b>"))
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Preview"))
        self.view.setOpenLinks(False)
        self.view.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)
        self.note = QLabel(
            self.tr(
                "Pictures are left out of the preview: charts, board photos, note crops "
                "and graphic recordings appear only in the exported file."
            )
        )
        self.note.setWordWrap(True)
        self.note.setEnabled(False)  # greyed: a remark, not content
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)

    def show_options(self, options: ExportOptions, *, data_format: bool = False) -> None:
        """Show the summary for ``options`` soon (debounced)."""
        self._options = options
        self.title.setText(
            self.tr("<b>Preview</b> of the summary (this format exports the notes as data)")
            if data_format
            else self.tr("<b>Preview</b>")
        )
        self.note.setVisible(not data_format)  # data formats hold no pictures
        self._generation += 1
        self._timer.start()

    def render_now(self) -> None:
        """Skip the wait: render the latest options at once (still in the background)."""
        self._timer.stop()
        self._render()

    def is_pending(self) -> bool:
        """Whether a newer preview is still waiting or being rendered."""
        return self._timer.isActive() or bool(self._runner.active())

    def shutdown(self) -> None:
        self._timer.stop()
        self._runner.shutdown()

    def _render(self) -> None:
        generation = self._generation
        for job in self._runner.active():
            job.cancel()
        job = self._runner.start(
            "preview",
            preview_work(self.project_path, self._options, self.view.font().pointSizeF()),
            on_failure=lambda message: self._show_error(generation, message),
        )
        job.finished.connect(lambda html: self._show(generation, html))

    def _show(self, generation: int, html: str) -> None:
        if generation != self._generation:
            return
        scroll = self.view.verticalScrollBar().value()
        self.view.setHtml(html)
        self.view.verticalScrollBar().setValue(scroll)
        self.updated.emit()

    def _show_error(self, generation: int, message: str) -> None:
        if generation != self._generation:
            return
        self.view.setPlainText(self.tr("The preview could not be made: %1").replace("%1", message))
        self.updated.emit()
