"""File ▸ Export Open Data…: a folder for a municipal open-data portal.

The publisher, contact, licence and web address are kept in the project (its
``opendata.*`` settings, one undo step when changed); the privacy check comes first;
the folder is written in the background (see :func:`app.export.opendata.export_opendata`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.errors import PinscribeError
from app.export.files import export
from app.export.opendata import LICENCES, default_options, export_opendata
from app.export.options import ExportOptions
from app.project_settings import check_setting
from app.store.project import Project
from ui.core.commands import Command
from ui.core.document import ProjectDocument
from ui.core.jobs import Job, JobContext, JobRunner
from ui.core.project_jobs import reading
from ui.messages import user_message
from ui.plain import plain_label
from ui.privacy.check_dialog import qt_ask_export_privacy

translate = QCoreApplication.translate

FIELDS = ("opendata.publisher", "opendata.contact", "opendata.licence", "opendata.base_url")


class SettingsCommand(Command):
    """Change some of the project's settings (one undo step)."""

    def __init__(self, document: ProjectDocument, values: dict[str, str]) -> None:
        super().__init__(document, translate("OpenDataDialog", "Open data details"))
        settings = document.project.settings
        self.after = values
        self.before = {key: settings.get(key) for key in values}

    def _do(self) -> None:
        project = self.document.project
        checked = {key: check_setting(key, value) for key, value in self.after.items()}
        with project.transaction():  # all of them or none
            for key, value in checked.items():
                project.settings.set(key, value)

    def _undo(self) -> None:
        project = self.document.project
        with project.transaction():
            for key, value in self.before.items():
                if value is None:
                    project.settings.delete(key)
                else:
                    project.settings.set(key, value)


class OpenDataDialog(QDialog):
    def __init__(self, document: ProjectDocument, dialogs: object, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.document = document
        self.jobs = JobRunner(self)
        self.job: Job | None = None
        self.ask_folder = getattr(dialogs, "ask_opendata_folder", qt_ask_opendata_folder)
        self.ask_privacy = getattr(dialogs, "ask_export_privacy", qt_ask_export_privacy)
        self.setWindowTitle(self.tr("Export Open Data"))
        current = default_options(document.project)
        self.publisher = QLineEdit(current.publisher)
        self.publisher.setPlaceholderText(self.tr("e.g. Stadt Osnabrück, Bürgerbeteiligung"))
        self.contact = QLineEdit(current.contact_email)
        self.licence = QComboBox()
        for key in LICENCES:
            label = {
                "dl-by-de/2.0": self.tr("Datenlizenz Deutschland – Namensnennung 2.0"),
                "dl-zero-de/2.0": self.tr("Datenlizenz Deutschland – Zero 2.0"),
            }[key]
            self.licence.addItem(label, key)
        self.licence.setCurrentIndex(max(0, self.licence.findData(current.licence)))
        self.base_url = QLineEdit(current.base_url)
        self.base_url.setPlaceholderText("https://")
        for widget, name in (
            (self.publisher, self.tr("Publisher")), (self.contact, self.tr("Contact e-mail")),
            (self.licence, self.tr("Licence")), (self.base_url, self.tr("Web address")),
        ):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("&Publisher:"), self.publisher)
        form.addRow(self.tr("&Contact e-mail:"), self.contact)
        form.addRow(self.tr("&Licence:"), self.licence)
        form.addRow(self.tr("&Web address of the folder:"), self.base_url)
        self.status = plain_label(
            self.tr("The notes as CSV and JSON, the summary as PDF and a description in "
                    "DCAT-AP.de, ready for an open-data portal such as GovData.")
        )
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.export_button.clicked.connect(self.start_export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def values(self) -> dict[str, str]:
        return {
            "opendata.publisher": self.publisher.text().strip(),
            "opendata.contact": self.contact.text().strip(),
            "opendata.licence": str(self.licence.currentData()),
            "opendata.base_url": self.base_url.text().strip(),
        }

    def start_export(self) -> Job | None:
        if self.job is not None:
            return None
        values = self.values()
        now = default_options(self.document.project)
        if values != dict(zip(FIELDS, (now.publisher, now.contact_email, now.licence,
                                       now.base_url), strict=True)):
            try:
                self.document.run(SettingsCommand(self.document, values))
            except PinscribeError as error:
                self.status.setText(user_message(error))
                return None
        stations = [s.id for s in self.document.project.stations.list()]
        if not self.ask_privacy(self, self.document, stations, True):
            return None
        answer = self.ask_folder(self)
        if not answer:
            return None
        folder = Path(answer)
        self.job = self.jobs.start(
            "opendata",
            reading(self.document.path, lambda c, p: _write(c, p, folder)),
            on_failure=self._failed,
        )
        self.job.finished.connect(self._done)
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Writing “%1”…").replace("%1", folder.name))
        return self.job

    def _done(self, folder: Path) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.status.setText(self.tr("Written: %1").replace("%1", str(folder)))

    def _failed(self, message: str) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.status.setText(message)

    def done(self, result: int) -> None:
        self.jobs.shutdown()
        super().done(result)


def _write(context: JobContext, project: Project, folder: Path) -> Path:
    options = ExportOptions()

    def summary(path: Path) -> Path:
        return export(project, path, format="pdf", options=options, overwrite=True)

    export_opendata(project, folder, default_options(project), summary=summary, overwrite=True)
    return folder


def qt_ask_opendata_folder(parent: QWidget) -> str | None:
    """An empty (or new) folder for the open-data files; None: cancelled."""
    path = QFileDialog.getExistingDirectory(
        parent, translate("OpenDataDialog", "Folder for the open data (empty or new)")
    )
    return path or None
