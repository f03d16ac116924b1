"""File ▸ Privacy Check…: the action and its dialog."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow

from ui.core.document import ProjectDocument
from ui.privacy.check_dialog import PrivacyCheckDialog
from ui.privacy.opendata_dialog import OpenDataDialog


class PrivacyController(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.document: ProjectDocument | None = None
        self.action = QAction(self.tr("&Privacy Check…"), self)
        self.action.setToolTip(
            self.tr("What an export would publish about people: names, photos, metadata")
        )
        self.action.triggered.connect(lambda: self.open_dialog())
        self.opendata_action = QAction(self.tr("Export Open &Data…"), self)
        self.opendata_action.setToolTip(
            self.tr("A folder for an open-data portal: notes, summary and DCAT-AP.de description")
        )
        self.opendata_action.triggered.connect(lambda: self.open_opendata())
        self.dialogs: object = getattr(window, "dialogs", None)
        self.checks: list[PrivacyCheckDialog] = []
        self.set_document(None)

    def set_document(self, document: ProjectDocument | None) -> None:
        for dialog in self.checks:  # they show a project that is closing
            dialog.close()
        self.checks = []
        self.document = document
        self.action.setEnabled(document is not None)
        self.opendata_action.setEnabled(document is not None)

    def open_opendata(self) -> OpenDataDialog | None:
        if self.document is None:
            return None
        dialog = OpenDataDialog(self.document, self.dialogs, self.window)
        dialog.show()
        return dialog

    def open_dialog(self, *, before_export: bool = False,
                    station_ids: list[int] | None = None) -> PrivacyCheckDialog | None:
        if self.document is None:
            return None
        dialog = PrivacyCheckDialog(
            self.document, self.window, station_ids=station_ids, before_export=before_export
        )
        show_note = getattr(self.window, "workflow", None)
        if show_note is not None:
            dialog.showNote.connect(show_note.show_note)
        if not before_export:
            self.checks.append(dialog)
            dialog.finished.connect(lambda _result, d=dialog: self._forget(d))
            dialog.show()
        return dialog

    def _forget(self, dialog: PrivacyCheckDialog) -> None:
        if dialog in self.checks:
            self.checks.remove(dialog)
