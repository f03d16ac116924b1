"""Photos dropped from the file manager: onto a station of the list, or anywhere."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files and folders in a drag, in order (folders are opened on import)."""
    if not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


class FileDropFilter(QObject):
    """Accepts dropped files on a widget and hands them to ``on_drop(pos, paths)``.

    Installed as an event filter; drags without files pass through untouched, so a
    list keeps its own drag and drop for reordering.
    """

    def __init__(
        self,
        on_drop: Callable[[QDropEvent, list[Path]], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_drop = on_drop

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, (QDragEnterEvent, QDragMoveEvent)):
            if dropped_files(event.mimeData()):
                event.acceptProposedAction()
                return True
            return False
        if isinstance(event, QDropEvent):
            files = dropped_files(event.mimeData())
            if files and self._on_drop(event, files):
                event.acceptProposedAction()
                return True
        return False


def station_row_at(view: QAbstractItemView, event: QDropEvent) -> int:
    """The row of the list under a drop, or -1."""
    index = view.indexAt(event.position().toPoint())
    return index.row() if index.isValid() else -1
