"""Undo steps for the regions of a recording: add, delete, caption, theme.

Regions are named by a *key*, the id they had when first added: undoing a delete
adds the region again under a new id, which the hub maps the key to.
"""

from __future__ import annotations

from app import recordings
from app.domain import Point
from app.store.recordings import Region
from ui.core.commands import _Command
from ui.core.document import ProjectDocument
from ui.recordings.commands import RecordingsHub


class _RegionCommand(_Command):
    def __init__(self, document: ProjectDocument, hub: RecordingsHub, text: str) -> None:
        super().__init__(document, text)
        self.hub = hub

    def _restore(self, key: int, region: Region) -> None:
        """Add ``region`` again and remember its new id under ``key``."""
        again = recordings.add_region(
            self.document.project, region.photo_id, region.polygon, region.caption, region.theme_id
        )
        self.hub.set_region_id(key, again.id)
        self.hub.regionsChanged.emit(region.photo_id)

    def _remove(self, key: int) -> Region:
        project = self.document.project
        region = project.recordings.region(self.hub.region_id(key))
        recordings.delete_region(project, region.id)
        self.hub.regionsChanged.emit(region.photo_id)
        return region


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
        self.region = Region(0, photo_id, polygon, "", None)
        self.key: int | None = None

    def _do(self) -> None:
        if self.key is None:
            added = recordings.add_region(
                self.document.project, self.region.photo_id, self.region.polygon
            )
            self.key = added.id
            self.hub.regionsChanged.emit(added.photo_id)
        else:
            self._restore(self.key, self.region)

    def _undo(self) -> None:
        assert self.key is not None
        self.region = self._remove(self.key)


class DeleteRegionCommand(_RegionCommand):
    def __init__(self, document: ProjectDocument, hub: RecordingsHub, key: int, text: str) -> None:
        super().__init__(document, hub, text)
        self.key = key
        self.region: Region | None = None

    def _do(self) -> None:
        self.region = self._remove(self.key)

    def _undo(self) -> None:
        assert self.region is not None
        self._restore(self.key, self.region)


class EditRegionCommand(_RegionCommand):
    """Change a region's caption or theme (``theme_id`` None: no theme)."""

    def __init__(
        self,
        document: ProjectDocument,
        hub: RecordingsHub,
        key: int,
        text: str,
        *,
        caption: str | None = None,
        theme: tuple[int | None] | None = None,
    ) -> None:
        super().__init__(document, hub, text)
        self.key = key
        region = document.project.recordings.region(hub.region_id(key))
        self.before = (region.caption, region.theme_id)
        self.after = (
            caption if caption is not None else region.caption,
            theme[0] if theme is not None else region.theme_id,
        )

    def _set(self, values: tuple[str, int | None]) -> None:
        caption, theme_id = values
        region = recordings.update_region(
            self.document.project,
            self.hub.region_id(self.key),
            caption=caption,
            theme_id=theme_id,
            clear_theme=theme_id is None,
        )
        self.hub.regionsChanged.emit(region.photo_id)

    def _do(self) -> None:
        self._set(self.after)

    def _undo(self) -> None:
        self._set(self.before)
