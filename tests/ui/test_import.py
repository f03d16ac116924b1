"""Importing photos in the background: progress, problems, photos appearing."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store.project import Project
from tests.ui.boards import write_board
from ui.main_window import MainWindow
from ui.settings import IMPORT_READS_TEXT


@pytest.fixture
def opened(window: MainWindow, settings, project_file: Path) -> MainWindow:
    settings.set(IMPORT_READS_TEXT, False)
    assert window.open_project(str(project_file))
    return window


def test_import_two_photos_one_corrupt(opened: MainWindow, dialogs, tmp_path: Path, qtbot) -> None:
    good = write_board(tmp_path / "good.jpg")
    bad = tmp_path / "bad.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 this is not really a JPEG")
    workflow = opened.workflow
    detail = opened.project_view.station_detail
    assert detail.station.name == "Governance"
    dialogs.photo_paths.append([str(bad), str(good)])
    with qtbot.waitSignal(workflow.importer.importFinished, timeout=30_000) as finished:
        opened.workflow.import_action.trigger()
        assert workflow.progress.isVisibleTo(opened)
    result = finished.args[0]
    assert [p.name for p, _ in result.failed] == ["bad.jpg"]
    assert len(result.imported) == 1

    problems = workflow.problems.problems()
    assert [name for name, _ in problems] == ["bad.jpg"]
    assert "damaged" in problems[0][1] or "not a supported" in problems[0][1]
    assert workflow.problems.isVisibleTo(opened)
    assert not workflow.progress.isVisibleTo(opened)
    assert "1 photo" in opened.statusBar().currentMessage()

    board = detail.board
    assert detail.pages.currentWidget() is board
    assert board.photo_count() == 1
    assert len(board.view.note_items) == 6
    qtbot.waitUntil(lambda: not board.view.pixmap_item.pixmap().isNull(), timeout=10_000)
    with Project.open(opened.document.path) as project:
        assert len(project.notes.list()) == 6


def test_cancel_keeps_what_finished(opened: MainWindow, tmp_path: Path, qtbot) -> None:
    files = [write_board(tmp_path / f"b{i}.jpg", words=(f"Wort {i}",)) for i in range(3)]
    workflow = opened.workflow
    station_id = opened.project_view.stations_panel.current_station().id
    with qtbot.waitSignal(workflow.importer.importFinished, timeout=30_000) as finished:
        workflow.import_files(station_id, files)
        with qtbot.waitSignal(opened.document.photoAdded, timeout=30_000):
            pass
        workflow.progress.cancel_button.click()
    result = finished.args[0]
    assert result.cancelled
    assert 1 <= len(result.imported) < 3
    photos = opened.document.project.photos.list(station_id)
    assert len(photos) == len(result.imported)
    for photo in photos:
        assert len(opened.document.project.notes.list(photo_id=photo.id)) == 6


def test_drop_on_window_asks_for_station(opened: MainWindow, dialogs, tmp_path: Path, qtbot):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    good = write_board(tmp_path / "good.jpg")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good))])
    dialogs.import_stations.append(1)
    event = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    # Qt delivers a drop only after a real drag entered; hand it to the filter directly.
    with qtbot.waitSignal(opened.workflow.importer.importFinished, timeout=30_000):
        assert opened.workflow.window_drops.eventFilter(opened, event)
    assert dialogs.asked_import_station == [(["Governance", "Mobilität"], 0)]
    mobility = opened.document.project.stations.list()[1]
    assert len(opened.document.project.photos.list(mobility.id)) == 1


def test_import_reads_text_when_ocr_is_available(
    window: MainWindow, settings, project_file: Path, tmp_path: Path, qtbot
) -> None:
    from app.reading.readers import make_reader

    try:
        with Project.open(project_file) as project:
            reader = make_reader(None, project=project)
    except Exception as error:  # noqa: BLE001 - the engines are optional here
        pytest.skip(f"OCR not usable here: {error}")
    if reader is None:
        pytest.skip("no OCR engine installed")
    settings.set(IMPORT_READS_TEXT, True)
    assert window.open_project(str(project_file))
    photo = write_board(tmp_path / "words.jpg", columns=2, rows=2, words=("Radwege", "Bäume"))
    station_id = window.project_view.stations_panel.current_station().id
    with qtbot.waitSignal(window.workflow.importer.importFinished, timeout=60_000) as finished:
        window.workflow.import_files(station_id, [photo])
    assert finished.args[0].imported[0].read == 4
    texts = {n.text for n in window.document.project.notes.list()}
    assert any(t and "Radwege" in t for t in texts), texts


def test_drop_on_a_station_of_the_list(opened: MainWindow, dialogs, tmp_path: Path, qtbot):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    good = write_board(tmp_path / "good.jpg")
    panel = opened.project_view.stations_panel
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(good))])
    row = panel.view.visualRect(panel.model.index(1, 0)).center()
    event = QDropEvent(
        QPointF(row), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(opened.workflow.importer.importFinished, timeout=30_000):
        assert opened.workflow.station_drops.eventFilter(panel.view.viewport(), event)
    assert dialogs.asked_import_station == []  # the station under the drop is taken
    assert panel.current_station().name == "Mobilität"
    board = opened.project_view.station_detail.board
    assert board.photo_count() == 1 and len(board.view.note_items) == 6


def test_closing_the_project_stops_the_import(opened: MainWindow, tmp_path: Path, qtbot):
    files = [write_board(tmp_path / f"c{i}.jpg", words=(f"Zu {i}",)) for i in range(4)]
    path = opened.document.path
    writer = opened.document.writer
    station_id = opened.project_view.stations_panel.current_station().id
    opened.workflow.import_files(station_id, files)
    with qtbot.waitSignal(opened.workflow.progress.bar.valueChanged, timeout=10_000):
        pass
    opened.close_project()  # waits for the photo being analysed, stores nothing half
    assert opened.document is None
    assert not opened.workflow.progress.isVisible()
    assert not writer.active()
    with Project.open(path) as project:
        photos = project.photos.list(station_id)
        assert len(photos) < 4
        for photo in photos:
            assert len(project.notes.list(photo_id=photo.id)) == 6
        assert project.integrity_check() == "ok"


def test_drop_a_folder_on_a_station(opened: MainWindow, dialogs, tmp_path: Path, qtbot):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    from tests.test_phone_photos import phone_photo

    folder = tmp_path / "Handy"
    (folder / "Album").mkdir(parents=True)
    write_board(folder / "IMG_1.jpg")
    phone_photo(folder / "Album" / "IMG_2.heic", "HEIF")
    (folder / "clip.mov").write_bytes(b"\0" * 10)
    panel = opened.project_view.stations_panel
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    row = panel.view.visualRect(panel.model.index(1, 0)).center()
    event = QDropEvent(
        QPointF(row), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(opened.workflow.importer.importFinished, timeout=60_000) as done:
        assert opened.workflow.station_drops.eventFilter(panel.view.viewport(), event)
    assert sorted(p.path.name for p in done.args[0].imported) == ["IMG_1.jpg", "IMG_2.heic"]
    problems = opened.workflow.problems.problems()
    assert len(problems) == 1 and "not photos" in problems[0][1]
    assert opened.project_view.station_detail.board.photo_count() == 2


def test_drop_a_folder_without_photos(opened: MainWindow, dialogs, tmp_path: Path) -> None:
    folder = tmp_path / "leer"
    folder.mkdir()
    station_id = opened.project_view.stations_panel.current_station().id
    opened.workflow.import_files(station_id, [folder])
    assert dialogs.errors and "leer" in dialogs.errors[-1][1]
    assert not opened.document.writer.active()
