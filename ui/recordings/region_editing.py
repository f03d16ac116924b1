"""Marking regions on a recording: draw, caption, link to a theme, delete; undoable.

Ties the :class:`~ui.recordings.regions.RegionsPanel` and the result view to the
project through undo commands (:mod:`ui.recordings.region_commands`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from app import recordings
from app.errors import PinscribeError
from ui.core.commands import Command
from ui.core.document import ProjectDocument
from ui.dialogs import Dialogs
from ui.messages import user_message
from ui.recordings.commands import RecordingsHub
from ui.recordings.region_commands import (
    AddRegionCommand,
    DeleteRegionCommand,
    EditRegionCommand,
)
from ui.recordings.regions import RegionsPanel
from ui.recordings.views import RegionView

REGION_COLOR = QColor(0, 140, 255)


class RegionEditing(QObject):
    """The regions of the recording shown in ``view`` and listed in ``panel``."""

    def __init__(
        self,
        document: ProjectDocument,
        hub: RecordingsHub,
        dialogs: Dialogs,
        panel: RegionsPanel,
        view: RegionView,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.hub = hub
        self.dialogs = dialogs
        self.regions = panel
        self.view = view
        self.parent_widget = parent
        self.photo_id: int | None = None
        view.regionDrawn.connect(self.add_region)
        view.regionClicked.connect(panel.select)
        panel.regionSelected.connect(view.highlight)
        panel.captionEdited.connect(self.set_caption)
        panel.themeChosen.connect(self.set_theme)
        panel.deleteRequested.connect(self.delete_region)
        hub.regionsChanged.connect(self._regions_changed)
        document.themesChanged.connect(self._themes_changed)

    def show_recording(self, photo_id: int | None) -> None:
        self.photo_id = photo_id
        if photo_id is None:
            self.regions.set_themes([])
            self.regions.set_regions([])
            self.view.set_regions([])
            return
        self._load_themes(photo_id)
        self.refresh()

    def _themes_changed(self, _station_id: int) -> None:
        if self.photo_id is not None:
            self._load_themes(self.photo_id)
            self.refresh()

    def _load_themes(self, photo_id: int) -> None:
        project = self.document.project
        station_id = project.photos.get(photo_id).station_id
        themes = project.themes.list(station_id)
        names = None
        if station_id is None:
            stations = {s.id: s.name for s in project.stations.list()}
            names = {t.id: f"{stations.get(t.station_id, '')}: {t.name}" for t in themes}
        self.regions.set_themes(themes, names)

    def refresh(self, select: int | None = None) -> None:
        """Show the recording's regions again (selecting ``select`` if given)."""
        if self.photo_id is None:
            return
        found = recordings.list_regions(self.document.project, self.photo_id)
        self.regions.set_regions(found, select)
        shown = []
        for region in found:
            xs = [x for x, _ in region.polygon]
            ys = [y for _, y in region.polygon]
            rect = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
            shown.append((region.id, rect, region.caption, REGION_COLOR))
        self.view.set_regions(shown)
        self.view.highlight(self.regions.current_id())

    def _run_region(self, command: Command) -> bool:
        try:
            self.document.run(command)
        except PinscribeError as error:
            self.dialogs.show_error(
                self.parent_widget, self.tr("The region was not changed"), user_message(error)
            )
            return False
        return True

    def _regions_changed(self, photo_id: int) -> None:
        if photo_id == self.photo_id:
            self.refresh()

    def add_region(self, rect: QRectF) -> int | None:
        """Mark ``rect`` (flattened pixels) as one undo step; its caption is typed next."""
        if self.photo_id is None:
            return None
        polygon = recordings.rect_polygon(rect.x(), rect.y(), rect.width(), rect.height())
        command = AddRegionCommand(
            self.document, self.hub, self.photo_id, polygon, self.tr("Mark a region")
        )
        if not self._run_region(command) or command.region_id is None:
            return None
        region_id = command.region_id
        self.refresh(region_id)
        self.regions.caption.setFocus(Qt.FocusReason.OtherFocusReason)
        return region_id

    def set_caption(self, region_id: int, caption: str) -> None:
        text = self.tr("Caption a region")
        self._run_region(
            EditRegionCommand(self.document, self.hub, region_id, text, caption=caption)
        )

    def set_theme(self, region_id: int, theme_id: int | None) -> None:
        text = self.tr("Link a region to a theme")
        self._run_region(
            EditRegionCommand(self.document, self.hub, region_id, text, theme=(theme_id,))
        )

    def delete_region(self, region_id: int) -> None:
        self._run_region(
            DeleteRegionCommand(self.document, self.hub, region_id, self.tr("Delete a region"))
        )
