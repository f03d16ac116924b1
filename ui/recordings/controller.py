"""Tools ▸ Graphic Recordings…: the action and its non-modal window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from ui.core.document import ProjectDocument
from ui.dialogs import Dialogs
from ui.recordings.commands import RecordingsHub
from ui.recordings.window import RecordingsWindow
from ui.settings import AppSettings

#: Not Ctrl+Shift+G: that is "Unsort" on the themes canvas (ui/canvas/page.py).
SHORTCUT = "Ctrl+Shift+R"


class RecordingsController(QObject):
    """Opens the :class:`RecordingsWindow` for the open project; closes it with the project."""

    def __init__(self, window: QMainWindow, settings: AppSettings, dialogs: Dialogs) -> None:
        super().__init__(window)
        self.main_window = window
        self.settings = settings
        self.dialogs = dialogs
        self.document: ProjectDocument | None = None
        self.window: RecordingsWindow | None = None
        self.hub = RecordingsHub(self)
        self.action = QAction(self.tr("&Graphic Recordings…"), self)
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setToolTip(
            self.tr("Straighten, mark and read photos of graphic recordings (Ctrl+Shift+R)")
        )
        self.action.triggered.connect(self.open_window)
        self.set_document(None)

    def set_document(self, document: ProjectDocument | None) -> None:
        """Follow the open project (None: closed)."""
        if document is not self.document:
            self._close_window()
        self.document = document
        self.action.setEnabled(document is not None)

    def open_window(self) -> RecordingsWindow | None:
        """Show the window (raised if already open)."""
        if self.document is None:
            return None
        if self.window is not None:  # already open: bring it to the front
            self.window.raise_()
            self.window.activateWindow()
            return self.window
        window = RecordingsWindow(self.document, self.hub, self.dialogs, self.main_window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.finished.connect(lambda _result: self._window_closed(window))
        self.window = window
        window.show()
        return window

    def _window_closed(self, window: RecordingsWindow) -> None:
        window.shutdown()
        if self.window is window:
            self.window = None

    def _close_window(self) -> None:
        window, self.window = self.window, None
        if window is not None:
            window.shutdown()
            window.done(RecordingsWindow.DialogCode.Rejected)
