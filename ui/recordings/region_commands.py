"""Undo steps for the regions of a recording: add, delete, caption, theme.

A deleted region comes back under its old id, so every step names a region by its id.
"""

from __future__ import annotations

from app import recordings
from app.domain import Point
from app.store import subtrees
from ui.core.commands import Command
from ui.core.document import ProjectDocument
from ui.recordings.commands import RecordingsHub


class _RegionCommand(Command):
    def __init__(self, document: ProjectDocument, hub: RecordingsHub, text: str) -> None:
        super().__init__(document, text)
        self.hub = hub
        self._taken: subtrees.Subtree | None = None

    def _take(self, region_id: int) -> None:
        """Delete the region, keeping it to put back."""
        project = self.document.project
        photo_id = project.recordings.region(region_id).photo_id
        self._taken = subtrees.snapshot(project, "region", [region_id])
        subtrees.delete(project, self._taken)
        self.hub.regionsChanged.emit(photo_id)

    def _put_back(self, photo_id: int) -> None:
        assert self._taken is not None
        subtrees.restore(self.document.project, self._taken)
        self._taken = None
        self.hub.regionsChanged.emit(photo_id)


class AddRegionCommand(_RegionCommand):
    def __init__(
        self,
        document: ProjectDocument,
        hub: RecordingsHub,
        photo_id: int,
        polygon: list[Point],
        text: str,
    ) -> None:
        super().__init__(document, hub, text)
        self.photo_id = photo_id
        self.polygon = polygon
        #: The new region's id (kept across undo and redo).
        self.region_id: int | None = None

    def _do(self) -> None:
        if self.region_id is None:
            added = recordings.add_region(self.document.project, self.photo_id, self.polygon)
            self.region_id = added.id
            self.hub.regionsChanged.emit(added.photo_id)
        else:
            self._put_back(self.photo_id)

    def _undo(self) -> None:
        assert self.region_id is not None
        self._take(self.region_id)


class DeleteRegionCommand(_RegionCommand):
    def __init__(
        self, document: ProjectDocument, hub: RecordingsHub, region_id: int, text: str
    ) -> None:
        super().__init__(document, hub, text)
        self.region_id = region_id
        self.photo_id = document.project.recordings.region(region_id).photo_id

    def _do(self) -> None:
        self._take(self.region_id)

    def _undo(self) -> None:
        self._put_back(self.photo_id)


class EditRegionCommand(_RegionCommand):
    """Change a region's caption or theme (``theme_id`` None: no theme)."""

    def __init__(
        self,
        document: ProjectDocument,
        hub: RecordingsHub,
        region_id: int,
        text: str,
        *,
        caption: str | None = None,
        theme: tuple[int | None] | None = None,
    ) -> None:
        super().__init__(document, hub, text)
        self.region_id = region_id
        region = document.project.recordings.region(region_id)
        self.before = (region.caption, region.theme_id)
        self.after = (
            caption if caption is not None else region.caption,
            theme[0] if theme is not None else region.theme_id,
        )

    def _set(self, values: tuple[str, int | None]) -> None:
        caption, theme_id = values
        region = recordings.update_region(
            self.document.project,
            self.region_id,
            caption=caption,
            theme_id=theme_id,
            clear_theme=theme_id is None,
        )
        self.hub.regionsChanged.emit(region.photo_id)

    def _do(self) -> None:
        self._set(self.after)

    def _undo(self) -> None:
        self._set(self.before)
