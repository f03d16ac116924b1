"""Puts the themes canvas beside a station's board, for the open project."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from app.domain import Station
from ui.canvas.page import CanvasPage
from ui.core.document import ProjectDocument
from ui.dialogs import Dialogs
from ui.project_view import ProjectView

translate = QCoreApplication.translate


def install_canvas(
    document: ProjectDocument,
    view: ProjectView,
    dialogs: Dialogs,
    show_note: Callable[[int, int, int], None],
) -> CanvasPage:
    """Add the "Themes" tab to the station detail; it follows the selected station."""
    page = CanvasPage(document, dialogs, view.display_jobs)
    detail = view.station_detail
    detail.tabs.addTab(page, translate("Canvas", "Themes"))

    def station_chosen(station: Station | None) -> None:
        page.show_station(station.id if station else None)

    view.stations_panel.currentStationChanged.connect(station_chosen)
    station_chosen(view.stations_panel.current_station())
    page.noteActivated.connect(show_note)
    return page


def show_canvas(view: ProjectView | None, page: CanvasPage | None) -> None:
    """View ▸ Themes: switch to the canvas of the selected station."""
    if view is not None and page is not None:
        view.station_detail.tabs.setCurrentWidget(page)
        page.view.setFocus()
