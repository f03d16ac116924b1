"""Fixtures for the user interface: isolated settings, fake dialogs, a window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from app.store.project import Project
from tests.ui.boards import imported_project
from ui.main_window import MainWindow
from ui.settings import AppSettings


class FakeDialogs:
    """Canned answers instead of modal dialogs; records what was shown."""

    def __init__(self) -> None:
        self.new_paths: list[str | None] = []
        self.open_paths: list[str | None] = []
        self.station_answers: list[tuple[str, ...] | None] = []
        self.confirmations: list[bool] = []
        self.errors: list[tuple[str, str]] = []
        self.asked_station: list[tuple[str, str, bool]] = []
        self.asked_delete: list[str] = []
        self.photo_paths: list[list[str]] = []
        self.import_stations: list[int | None] = []
        self.asked_import_station: list[tuple[list[str], int]] = []
        self.yes_no: list[bool] = []
        self.asked_yes_no: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.copy_paths: list[str | None] = []
        self.export_paths: list[str | None] = []
        self.asked_export: list[tuple[str, str]] = []
        self.recording_paths: list[list[str]] = []
        self.unchecked_answers: list[str] = []  # empty: "export"
        self.asked_unchecked: list[int] = []
        self.privacy_answers: list[bool] = []  # empty: export anyway
        self.opendata_folders: list[str | None] = []
        self.asked_privacy: list[list[int]] = []

    def ask_export_privacy(
        self,
        parent: QWidget,
        document: object,
        station_ids: list[int],
        pictures: bool,
        *,
        recordings: bool = True,
    ) -> bool:
        from app.privacy.check import privacy_check

        project = document.project  # type: ignore[attr-defined]
        if privacy_check(project, station_ids, pictures=pictures, recordings=recordings).empty():
            return True
        self.asked_privacy.append(list(station_ids))
        return self.privacy_answers.pop(0) if self.privacy_answers else True

    def ask_opendata_folder(self, parent: QWidget) -> str | None:
        return self.opendata_folders.pop(0)

    def ask_export_unchecked(self, parent: QWidget, count: int) -> str:
        self.asked_unchecked.append(count)
        return self.unchecked_answers.pop(0) if self.unchecked_answers else "export"

    def ask_new_project_path(self, parent: QWidget) -> str | None:
        return self.new_paths.pop(0)

    def ask_open_project_path(self, parent: QWidget) -> str | None:
        return self.open_paths.pop(0)

    def ask_station(
        self,
        parent: QWidget,
        name: str = "",
        question: str = "",
        *,
        new: bool,
        statement: str = "",
    ) -> tuple[str, ...] | None:
        self.asked_station.append((name, question, new))
        return self.station_answers.pop(0)

    def confirm_delete_station(self, parent: QWidget, name: str) -> bool:
        self.asked_delete.append(name)
        return self.confirmations.pop(0)

    def show_error(self, parent: QWidget, title: str, message: str) -> None:
        self.errors.append((title, message))

    def ask_photo_paths(self, parent: QWidget) -> list[str]:
        return self.photo_paths.pop(0)

    def ask_import_station(self, parent: QWidget, stations: list[str], current: int) -> int | None:
        self.asked_import_station.append((stations, current))
        return self.import_stations.pop(0)

    def ask_yes_no(self, parent: QWidget, title: str, message: str) -> bool:
        self.asked_yes_no.append((title, message))
        return self.yes_no.pop(0)

    def show_info(self, parent: QWidget, title: str, message: str) -> None:
        self.infos.append((title, message))

    def ask_copy_path(self, parent: QWidget, suggested: str) -> str | None:
        return self.copy_paths.pop(0)

    def ask_export_path(self, parent: QWidget, suggested: str, format: str) -> str | None:
        self.asked_export.append((suggested, format))
        return self.export_paths.pop(0)

    def ask_recording_paths(self, parent: QWidget) -> list[str]:
        return self.recording_paths.pop(0)


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    """Settings in a file of the test's own, never the user's."""
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def window(qtbot, settings: AppSettings, dialogs: FakeDialogs) -> Iterator[MainWindow]:
    win = MainWindow(settings, dialogs)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


@pytest.fixture
def project_file(tmp_path: Path) -> Path:
    """A project with two stations, made through the store."""
    path = tmp_path / "workshop.pinscribe"
    with Project.create(path, title="Smart City") as project:
        project.stations.add("Governance", "Welche Strukturen braucht es?")
        project.stations.add("Mobilität", "Wie bewegen wir uns 2040?")
    return path


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Ignore the offscreen platform's notice that it cannot resize windows to hints."""
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(
                pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
            )


@pytest.fixture
def board(window: MainWindow, tmp_path: Path, qtbot, monkeypatch):
    """The board page of a project with one imported photo, its pixels decoded.

    No OCR after outline edits unless a test hands in a reader of its own.
    """
    monkeypatch.setattr("ui.board.page.make_reader", lambda engine, project=None, warn=None: None)
    path, _, photo_id = imported_project(tmp_path)
    assert window.open_project(str(path))
    page = window.project_view.station_detail.board
    assert page.view.photo_id == photo_id
    qtbot.waitUntil(lambda: not page.view.pixmap_item.pixmap().isNull(), timeout=10_000)
    qtbot.waitUntil(page.view.pixels_ready, timeout=10_000)  # decoded in the background
    return page
