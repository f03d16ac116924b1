"""Note crops as small pixmaps for the canvas, decoded once, in the background.

The crop bytes are read and decoded (and scaled down to thumbnail size) on a
background job as :class:`QImage` s, which may be made off the GUI thread; the
GUI thread turns them into pixmaps and tells the cards to repaint.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap

from app.store.project import Project
from ui.core.jobs import JobContext, JobRunner
from ui.core.project_jobs import reading

#: Crops are scaled to fit this size (about the size they are shown at, 1:1 zoom).
THUMB = QSize(150, 72)
#: Crops decoded per message to the GUI thread.
CHUNK = 100


def decode_thumbnail(data: bytes | None, size: QSize = THUMB) -> QImage:
    """A crop's bytes as a small image (null when missing or undecodable)."""
    if not data:
        return QImage()
    image = QImage.fromData(data)
    if image.isNull():
        return image
    return image.scaled(
        size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )


class CropCache(QObject):
    """Thumbnails of note crops by note id; :attr:`loaded` names those that arrived."""

    loaded = Signal(list)  # note ids

    def __init__(self, project: Project, jobs: JobRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._jobs = jobs
        self._pixmaps: dict[int, QPixmap] = {}
        self._pending: set[int] = set()

    def pixmap(self, note_id: int) -> QPixmap | None:
        return self._pixmaps.get(note_id)

    def forget(self, note_ids: Iterable[int]) -> None:
        """Drop thumbnails whose crop may have changed (decoded again on request)."""
        for note_id in note_ids:
            self._pixmaps.pop(note_id, None)

    def request(self, note_ids: Iterable[int]) -> None:
        """Decode the crops of these notes that are not cached or on their way."""
        wanted = [i for i in note_ids if i not in self._pixmaps and i not in self._pending]
        if not wanted:
            return
        self._pending.update(wanted)

        def work(context: JobContext, project: Project) -> None:
            chunk: list[tuple[int, QImage]] = []
            for note_id in wanted:
                if context.cancelled():
                    break
                try:
                    data = project.notes.crop(note_id)
                except Exception:  # noqa: BLE001 - a note deleted meanwhile has no crop
                    data = None
                chunk.append((note_id, decode_thumbnail(data)))
                if len(chunk) >= CHUNK:
                    context.produce(chunk)
                    chunk = []
            if chunk:
                context.produce(chunk)

        job = self._jobs.start("crops", reading(self._project.path, work))
        job.produced.connect(self._arrived)
        job.finished.connect(lambda _: self._pending.difference_update(wanted))
        job.failed.connect(lambda _: self._pending.difference_update(wanted))

    def _arrived(self, chunk: object) -> None:
        ids = []
        for note_id, image in chunk:  # type: ignore[attr-defined]
            self._pending.discard(note_id)
            if not image.isNull():
                self._pixmaps[note_id] = QPixmap.fromImage(image)
                ids.append(note_id)
        if ids:
            self.loaded.emit(ids)
