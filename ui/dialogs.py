"""Every question the window asks the user, behind one object that tests replace.

The window never opens a message box or file dialog itself: it calls a
:class:`Dialogs`. Tests hand in a fake with canned answers, so nothing blocks.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from ui.stations.dialog import StationDialog

translate = QCoreApplication.translate
SUFFIX = ".pinscribe"


def message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> QMessageBox:
    """A message box that shows ``text`` as plain text (it may hold a stranger's names)."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def _show(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> None:
    box = message_box(parent, icon, title, text)
    box.exec()
    box.deleteLater()


class Dialogs(Protocol):
    def ask_new_project_path(self, parent: QWidget) -> str | None: ...

    def ask_open_project_path(self, parent: QWidget) -> str | None: ...

    def ask_station(
        self, parent: QWidget, name: str = "", question: str = "", *, new: bool,
        statement: str = "",
    ) -> tuple[str, ...] | None:
        """Name, question (and summary statement) of a station; None when cancelled."""
        ...

    def confirm_delete_station(self, parent: QWidget, name: str) -> bool: ...

    def show_error(self, parent: QWidget, title: str, message: str) -> None: ...

    def ask_photo_paths(self, parent: QWidget) -> list[str]:
        """Photo files to import; empty when cancelled."""
        ...

    def ask_import_station(self, parent: QWidget, stations: list[str], current: int) -> int | None:
        """The index of the station to import into; None when cancelled."""
        ...

    def ask_yes_no(self, parent: QWidget, title: str, message: str) -> bool: ...

    def show_info(self, parent: QWidget, title: str, message: str) -> None: ...

    def ask_copy_path(self, parent: QWidget, suggested: str) -> str | None:
        """Where to save a copy of the project; None when cancelled."""
        ...

    def ask_export_path(self, parent: QWidget, suggested: str, format: str) -> str | None:
        """Where to export in ``format`` (docx, pdf, ..., xlsx); None: cancelled."""
        ...

    def ask_recording_paths(self, parent: QWidget) -> list[str]:
        """Photos of graphic recordings (posters) to add; empty when cancelled."""
        ...


#: Each export format's file suffix (the first is added when the name has none).
EXPORT_SUFFIXES: dict[str, tuple[str, ...]] = {
    "docx": (".docx",),
    "pdf": (".pdf",),
    "html": (".html", ".htm"),
    "markdown": (".md", ".markdown"),
    "csv": (".csv",),
    "json": (".json",),
    "xlsx": (".xlsx",),
}


def _export_filter(format: str) -> str:
    names = {
        "docx": translate("Dialogs", "Word documents"),
        "pdf": translate("Dialogs", "PDF documents"),
        "html": translate("Dialogs", "Web pages"),
        "markdown": translate("Dialogs", "Markdown files"),
        "csv": translate("Dialogs", "CSV tables"),
        "json": translate("Dialogs", "JSON files"),
        "xlsx": translate("Dialogs", "Excel workbooks"),
    }
    patterns = " ".join(f"*{suffix}" for suffix in EXPORT_SUFFIXES[format])
    return f"{names[format]} ({patterns})"


def _file_filter() -> str:
    return translate("Dialogs", "Pinscribe projects (*.pinscribe);;All files (*)")


class QtDialogs:
    """The real dialogs."""

    def ask_new_project_path(self, parent: QWidget) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            translate("Dialogs", "New project"),
            "",
            _file_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not path:
            return None
        return path if path.endswith(SUFFIX) else path + SUFFIX

    def ask_open_project_path(self, parent: QWidget) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, translate("Dialogs", "Open project"), "", _file_filter()
        )
        return path or None

    def ask_station(
        self, parent: QWidget, name: str = "", question: str = "", *, new: bool,
        statement: str = "",
    ) -> tuple[str, ...] | None:
        dialog = StationDialog(parent, name, question, new=new, statement=statement)
        try:
            if dialog.exec() != StationDialog.DialogCode.Accepted:
                return None
            return dialog.values()
        finally:
            dialog.deleteLater()

    def confirm_delete_station(self, parent: QWidget, name: str) -> bool:
        box = message_box(
            parent,
            QMessageBox.Icon.Warning,
            translate("Dialogs", "Delete station"),
            translate("Dialogs", "Delete the station “%1”?").replace("%1", name),
        )
        box.setInformativeText(
            translate(
                "Dialogs",
                "Its photos, notes and themes are deleted too. "
                "Edit ▸ Undo brings all of it back.",
            )
        )
        delete = box.addButton(
            translate("Dialogs", "Delete"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        answer = box.clickedButton() is delete
        box.deleteLater()
        return answer

    def show_error(self, parent: QWidget, title: str, message: str) -> None:
        _show(parent, QMessageBox.Icon.Warning, title, message)

    def ask_photo_paths(self, parent: QWidget) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            parent,
            translate("Dialogs", "Import photos"),
            "",
            translate("Dialogs", "Photos (%1);;All files (*)").replace(
                "%1", "*.jpg *.jpeg *.png *.heic *.heif *.hif *.avif *.webp *.tif *.tiff *.bmp"
            ),
        )
        return list(paths)

    def ask_import_station(self, parent: QWidget, stations: list[str], current: int) -> int | None:
        name, ok = QInputDialog.getItem(
            parent,
            translate("Dialogs", "Import photos"),
            translate("Dialogs", "Import the photos into the station:"),
            stations,
            current,
            False,
        )
        return stations.index(name) if ok and name in stations else None

    def ask_yes_no(self, parent: QWidget, title: str, message: str) -> bool:
        box = message_box(parent, QMessageBox.Icon.Question, title, message)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        answer = box.exec()
        box.deleteLater()
        return answer == QMessageBox.StandardButton.Yes

    def show_info(self, parent: QWidget, title: str, message: str) -> None:
        _show(parent, QMessageBox.Icon.Information, title, message)

    def ask_copy_path(self, parent: QWidget, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            parent, translate("Dialogs", "Save a copy"), suggested, _file_filter()
        )
        if not path:
            return None
        return path if path.endswith(SUFFIX) else path + SUFFIX

    def ask_export_path(self, parent: QWidget, suggested: str, format: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            parent, translate("Dialogs", "Export"), suggested, _export_filter(format)
        )
        if not path:
            return None
        suffixes = EXPORT_SUFFIXES[format]
        return path if path.lower().endswith(suffixes) else path + suffixes[0]

    def ask_recording_paths(self, parent: QWidget) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            parent,
            translate("Dialogs", "Add graphic recordings"),
            "",
            translate("Dialogs", "Photos (%1);;All files (*)").replace(
                "%1", "*.jpg *.jpeg *.png *.heic *.heif *.hif *.avif *.webp *.tif *.tiff *.bmp"
            ),
        )
        return list(paths)
