"""Undo steps for a recording's straightening settings: corners, paper, enhance.

A step stores the new settings and forgets the flattened image, which no longer
matches them (it is made again by "Apply", or whenever it is needed, e.g. by an
export). Undo puts back the old settings with the flattened image they had.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.domain import Point
from app.store import subtrees
from app.store.recordings import Recording
from ocr.geometry import order_corners
from ui.core.commands import Command
from ui.core.document import ProjectDocument


def clockwise(points: list[Point]) -> list[Point]:
    """Four points clockwise on screen from the top left (the order the store keeps)."""
    return [(float(x), float(y)) for x, y in order_corners(np.asarray(points, dtype=np.float64))]


class RecordingsHub(QObject):
    """Announces changes to recordings (lives as long as the controller)."""

    #: The settings or the flattened image of this recording changed.
    changed = Signal(int)
    #: The regions of this recording changed.
    regionsChanged = Signal(int)

    #: A recording was added, deleted or brought back (by undo).
    listChanged = Signal()


@dataclass(frozen=True)
class Settings:
    corners: list[Point] | None
    found: bool
    paper: str
    enhance: bool

    @classmethod
    def of(cls, recording: Recording) -> Settings:
        corners = list(recording.corners) if recording.corners else None
        return cls(corners, recording.found, recording.paper, recording.enhance)


class SettingsCommand(Command):
    """Change one recording's straightening settings."""

    def __init__(
        self,
        document: ProjectDocument,
        hub: RecordingsHub,
        photo_id: int,
        text: str,
        *,
        corners: list[Point] | None = None,
        paper: str | None = None,
        enhance: bool | None = None,
    ) -> None:
        super().__init__(document, text)
        self.hub = hub
        self.photo_id = photo_id
        recordings = document.project.recordings
        self.before = Settings.of(recordings.get(photo_id))
        self.before_image = recordings.flattened(photo_id)
        after = self.before
        if corners is not None:
            after = replace(after, corners=clockwise(list(corners)), found=False)
        if paper is not None:
            after = replace(after, paper=paper)
        if enhance is not None:
            after = replace(after, enhance=enhance)
        self.after = after

    def _put(self, settings: Settings, image: bytes | None) -> None:
        recordings = self.document.project.recordings
        if recordings.find(self.photo_id) is None:  # the recording was deleted since
            self.setObsolete(True)
            return
        with self.document.project.transaction():
            recordings.update(
                self.photo_id,
                corners=settings.corners,
                found=settings.found,
                paper=settings.paper,
                enhance=settings.enhance,
            )
            recordings.set_flattened(self.photo_id, image)
        self.hub.changed.emit(self.photo_id)

    def _do(self) -> None:
        self._put(self.after, None)

    def _undo(self) -> None:
        self._put(self.before, self.before_image)


class DeleteRecordingCommand(Command):
    """Delete a recording (its photo, regions and flattened image); undo brings it back."""

    def __init__(self, document: ProjectDocument, hub: RecordingsHub, photo_id: int) -> None:
        name = document.project.photos.get(photo_id).filename
        super().__init__(
            document,
            QCoreApplication.translate("Commands", "Delete recording “%1”").replace("%1", name),
        )
        self.hub = hub
        self.photo_id = photo_id
        self._taken: subtrees.Subtree | None = None

    def _do(self) -> None:
        project = self.document.project
        self._taken = subtrees.snapshot(project, "photo", [self.photo_id])
        subtrees.delete(project, self._taken)
        self.hub.listChanged.emit()

    def _undo(self) -> None:
        assert self._taken is not None
        subtrees.restore(self.document.project, self._taken)
        self.hub.listChanged.emit()
