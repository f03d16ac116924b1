"""The Graphic Recordings window: add a poster photo, move a corner, apply, mark a region."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt
from PySide6.QtWidgets import QMainWindow

import ui.recordings.work
from app import recordings
from app.store.project import Project
from ocr.types import Reading
from ui.core.document import ProjectDocument
from ui.recordings import RecordingsController
from ui.recordings.window import RecordingsWindow
from ui.settings import AppSettings

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
#: Where the poster's corners lie on the rendered photo, clockwise from the top left.
TRUTH = np.array([[330, 170], [1290, 215], [1240, 890], [300, 850]], dtype=np.float64)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.truetype(FONT, size) if Path(FONT).exists() else ImageFont.load_default()


def poster_image(width: int = 1200, height: int = 850) -> np.ndarray:
    """A white poster with coloured drawings and lettering."""
    image = Image.new("RGB", (width, height), (248, 246, 240))
    draw = ImageDraw.Draw(image)
    draw.text((60, 50), "SMART CITY", font=_font(90), fill=(30, 60, 140))
    draw.text((60, 170), "Beteiligung und Daten", font=_font(44), fill=(25, 25, 30))
    draw.ellipse((850, 60, 1090, 300), outline=(30, 140, 70), width=14)
    draw.ellipse((910, 120, 1030, 240), fill=(250, 200, 40))
    draw.line((50, 390, 1150, 390), fill=(215, 30, 45), width=20)
    draw.rectangle((70, 450, 260, 620), fill=(70, 150, 220))
    for i, word in enumerate(["Bürgerrat", "Open Data", "Mobilität", "Klima"]):
        draw.text(
            (330 + 420 * (i % 2), 460 + 110 * (i // 2)), word, font=_font(46), fill=(20, 20, 25)
        )
    for k in range(7):
        x = 120 + 140 * k
        draw.polygon(
            [(x, 790), (x + 40, 720), (x + 80, 790)], fill=[(220, 90, 40), (140, 60, 170)][k % 2]
        )
    return np.asarray(image)


def photo_of_poster(
    path: Path, corners: np.ndarray = TRUTH, size: tuple[int, int] = (1600, 1060)
) -> Path:
    """The poster warped in perspective onto a grey, cluttered wall, saved as JPEG."""
    w, h = size
    rng = np.random.default_rng(3)
    wall = np.full((h, w, 3), 118, np.float32) + rng.normal(0, 6, (h, w, 1)).astype(np.float32)
    for _ in range(12):
        x, y = int(rng.uniform(0, w)), int(rng.uniform(0, h))
        color = tuple(float(v) for v in rng.uniform(30, 200, 3))
        cv2.rectangle(
            wall, (x, y), (x + int(rng.uniform(40, 200)), y + int(rng.uniform(30, 160))), color, -1
        )
    poster = poster_image().astype(np.float32)
    ph, pw = poster.shape[:2]
    src = np.array([[0, 0], [pw - 1, 0], [pw - 1, ph - 1], [0, ph - 1]], np.float32)
    matrix = cv2.getPerspectiveTransform(src, corners.astype(np.float32))
    warped = cv2.warpPerspective(poster, matrix, (w, h), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), matrix, (w, h))[..., None]
    scene = np.clip(wall * (1 - mask) + warped * mask, 0, 255).astype(np.uint8)
    Image.fromarray(scene).save(path, quality=90)
    return path


@pytest.fixture
def opened(
    qtbot, tmp_path: Path, project_file: Path, settings: AppSettings, dialogs
) -> Iterator[tuple[ProjectDocument, RecordingsController, RecordingsWindow]]:
    with Project.open(project_file) as project:
        governance = project.stations.list()[0]
        project.themes.add(governance.id, "Transparenz")
        project.themes.add(governance.id, "Beteiligung")
    main = QMainWindow()
    qtbot.addWidget(main)
    document = ProjectDocument(Project.open(project_file))
    controller = RecordingsController(main, settings, dialogs)
    controller.set_document(document)
    assert controller.action.isEnabled()
    window = controller.open_window()
    assert window is not None
    with qtbot.waitSignal(window.listLoaded, timeout=10_000):
        pass
    qtbot.waitExposed(window)
    yield document, controller, window
    controller.set_document(None)
    document.close()


def test_add_straighten_region_delete(
    qtbot, qtmodeltester, tmp_path: Path, dialogs, opened
) -> None:
    document, _controller, window = opened
    project = document.project
    governance = project.stations.list()[0]
    window.set_station(governance.id)
    dialogs.recording_paths.append([str(photo_of_poster(tmp_path / "poster.jpg"))])
    editor = window.editor
    with qtbot.waitSignal(editor.picturesShown, timeout=30_000):
        window.add_recordings()
    [recording] = recordings.list_recordings(project)
    photo_id = recording.photo_id
    assert project.photos.get(photo_id).station_id == governance.id
    assert window.current_id() == photo_id
    assert window.model.rowCount() == 1
    qtmodeltester.check(window.model)
    assert not editor.notice.isVisible()

    # The detected corners are shown as handles, near the truth.
    shown = np.array(editor.corner_view.corners())
    assert np.abs(shown - TRUTH).max() < 25, shown
    assert all(handle.isVisible() for handle in editor.corner_view.handles)

    # Drag the top-left handle with the mouse: one undo step; the result is out of date.
    before = project.recordings.flattened(photo_id)
    view = editor.corner_view
    start = view.mapFromScene(view.handles[0].pos())
    end = start + QPoint(30, 20)
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view.viewport(), start + QPoint(10, 8))
    qtbot.mouseMove(view.viewport(), end)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=end)
    moved = view.mapToScene(end)
    assert (moved - QPointF(*TRUTH[0])).manhattanLength() > 40
    assert document.undo_stack.count() == 1
    stored = project.recordings.get(photo_id)
    assert stored.corners is not None and stored.corners[0] == pytest.approx(
        (moved.x(), moved.y()), abs=1
    )
    assert not stored.has_flattened
    assert "Apply" in editor.status.text()

    # Apply straightens again in the background: a new result, the corners kept.
    with qtbot.waitSignal(editor.picturesShown, timeout=30_000):
        editor.apply()
    after = project.recordings.flattened(photo_id)
    assert after is not None and after != before
    stored = project.recordings.get(photo_id)
    assert stored.corners is not None and stored.corners[0] == pytest.approx(
        (moved.x(), moved.y()), abs=1
    )
    assert np.array(editor.corner_view.corners())[0] == pytest.approx([moved.x(), moved.y()], abs=1)

    # Undo puts back the detected corners and their result; redo the drag again.
    document.undo_stack.undo()
    stored = project.recordings.get(photo_id)
    assert stored.corners is not None and np.abs(np.array(stored.corners) - TRUTH).max() < 25
    assert project.recordings.flattened(photo_id) == before
    document.undo_stack.redo()
    assert project.recordings.get(photo_id).corners[0] == pytest.approx(
        (moved.x(), moved.y()), abs=1
    )

    # A paper choice is an undo step too.
    editor.paper.setCurrentIndex(editor.paper.findData("A1"))
    editor.paper.activated.emit(editor.paper.currentIndex())
    assert project.recordings.get(photo_id).paper == "A1"
    assert document.undo_stack.count() == 2
    with qtbot.waitSignal(editor.picturesShown, timeout=30_000):
        editor.apply()

    # A region drawn on the result, with a caption and a theme.
    result = editor.result_view
    top_left, bottom_right = result.mapFromScene(40, 30), result.mapFromScene(340, 150)
    qtbot.mousePress(result.viewport(), Qt.MouseButton.LeftButton, pos=top_left)
    qtbot.mouseMove(result.viewport(), top_left + QPoint(20, 10))
    qtbot.mouseMove(result.viewport(), bottom_right)
    qtbot.mouseRelease(result.viewport(), Qt.MouseButton.LeftButton, pos=bottom_right)
    panel = editor.regions
    region_id = panel.current_id()
    assert region_id is not None
    assert panel.caption.hasFocus() or not window.isActiveWindow()
    qtbot.keyClicks(panel.caption, "Leitbild")
    qtbot.keyClick(panel.caption, Qt.Key.Key_Return)  # and no button of the window is pressed
    index = panel.theme.findText("Beteiligung")
    panel.theme.setCurrentIndex(index)
    panel.theme.activated.emit(index)
    [region] = recordings.list_regions(project, photo_id)
    theme = next(t for t in project.themes.list(governance.id) if t.name == "Beteiligung")
    assert (region.caption, region.theme_id) == ("Leitbild", theme.id)
    drawn = np.array(region.polygon)
    assert np.abs(drawn - [(40, 30), (340, 30), (340, 150), (40, 150)]).max() < 6, drawn
    assert set(editor.result_view.regions) == {region_id}
    assert panel.model.index(0, 0).data().startswith("Leitbild")
    qtmodeltester.check(panel.model)
    steps = document.undo_stack.count()
    panel.delete_button.click()
    assert recordings.list_regions(project, photo_id) == []
    assert editor.result_view.regions == {}

    # Regions are undo steps too: the deleted one comes back with its caption and theme.
    assert document.undo_stack.count() == steps + 1
    document.undo_stack.undo()
    [again] = recordings.list_regions(project, photo_id)
    assert (again.caption, again.theme_id, again.polygon) == ("Leitbild", theme.id, region.polygon)
    assert set(editor.result_view.regions) == {again.id}
    document.undo_stack.undo()  # the theme
    assert recordings.list_regions(project, photo_id)[0].theme_id is None
    document.undo_stack.redo()
    document.undo_stack.redo()
    assert recordings.list_regions(project, photo_id) == []

    # Delete the recording, after asking.
    dialogs.yes_no.append(True)
    with qtbot.waitSignal(window.listLoaded, timeout=10_000):
        assert window.delete_recording()
    assert dialogs.asked_yes_no
    assert recordings.list_recordings(project) == []
    assert window.model.rowCount() == 0
    assert editor.photo_id is None
    assert dialogs.errors == []
    with qtbot.waitSignals([window.listLoaded, editor.picturesShown], timeout=10_000):
        document.undo_stack.undo()  # deleting a recording is an undoable step
    assert [r.photo_id for r in recordings.list_recordings(project)] == [photo_id]
    assert window.model.rowCount() == 1


def test_whole_photo_when_no_edge(qtbot, tmp_path: Path, dialogs, opened) -> None:
    document, _controller, window = opened
    path = tmp_path / "close-up.jpg"
    Image.fromarray(poster_image()).save(path, quality=90)
    dialogs.recording_paths.append([str(path)])
    with qtbot.waitSignal(window.editor.picturesShown, timeout=30_000):
        window.add_recordings()
    [recording] = recordings.list_recordings(document.project)
    assert document.project.photos.get(recording.photo_id).station_id is None
    assert window.editor.notice.isVisible()
    assert "No clear edge found" in window.editor.notice.text()
    assert "Workshop" in window.model.index(0, 0).data()


def test_read_lettering_custom_paper_and_find_corners(
    qtbot, tmp_path: Path, dialogs, opened, monkeypatch
) -> None:
    document, _controller, window = opened
    project = document.project
    dialogs.recording_paths.append([str(photo_of_poster(tmp_path / "poster.jpg"))])
    editor = window.editor
    with qtbot.waitSignal(editor.picturesShown, timeout=30_000):
        window.add_recordings()
    photo_id = window.current_id()
    assert photo_id is not None

    def reader(crops: list[np.ndarray]) -> list[Reading | None]:
        return [Reading("Bürgerrat Klima", 0.9) for _ in crops]

    monkeypatch.setattr(ui.recordings.work, "make_reader", lambda *args, **kwargs: reader)
    with qtbot.waitSignal(editor.workDone, timeout=30_000):
        editor.read_button.click()
    assert re.match(r"\d+ word\(s\) read", editor.status.text()), editor.status.text()
    assert [r.photo_id for r in recordings.search_recordings(project, "burgerrat")] == [photo_id]

    # A custom paper size: width × height.
    index = editor.paper.findData("custom")
    editor.paper.setCurrentIndex(index)
    editor.paper_w.setValue(150)
    editor.paper_h.setValue(100)
    editor.paper.activated.emit(index)
    assert project.recordings.get(photo_id).paper == "150x100"
    with qtbot.waitSignal(editor.picturesShown, timeout=30_000):
        editor.apply()
    width, height = editor.pictures.flat_size if editor.pictures else (0, 0)
    assert width / height == pytest.approx(1.5, rel=0.02)
    assert editor.paper_w.isVisible() and editor.paper_w.value() == 150

    # Moved corners are found again by "Find Corners".
    editor.corner_view.move_corner(2, QPointF(1500, 1000))
    with qtbot.waitSignal(editor.picturesShown, timeout=30_000):
        editor.detect_button.click()
    assert np.abs(np.array(editor.corner_view.corners()) - TRUTH).max() < 25
    assert dialogs.errors == []

    # Undo still works once the window is closed (and a new window follows it).
    window.close()
    assert _controller.window is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # deleted now
    document.undo_stack.undo()
    assert project.recordings.get(photo_id).paper == "150x100"
    document.undo_stack.undo()
    assert project.recordings.get(photo_id).paper == "auto"
    again = _controller.open_window()
    assert again is not None
    with qtbot.waitSignal(again.editor.picturesShown, timeout=30_000):
        pass
    assert again.editor.paper.currentData() == "auto"


def test_show_as_one_board(qtbot, tmp_path: Path, dialogs, opened) -> None:
    document, _controller, window = opened
    station = document.project.stations.list()[0]
    scene = Image.open(photo_of_poster(tmp_path / "board.jpg"))
    for i, box in enumerate([(0, 0, 1000, 1060), (600, 0, 1600, 1060)]):
        data = io.BytesIO()
        scene.crop(box).save(data, "JPEG", quality=90)
        document.project.photos.add(
            station.id,
            data.getvalue(),
            filename=f"board{i}.jpg",
            width=1000,
            height=1060,
            mime="image/jpeg",
        )
    window.set_station(station.id)
    dialog = window.show_board()
    assert dialog is not None
    qtbot.waitUntil(dialog.view.has_image, timeout=30_000)
    assert dialog.view.scene().sceneRect().width() > 1300  # wider than either photo
    dialog.close()


def test_show_as_one_board_without_photos(qtbot, dialogs, opened) -> None:
    document, _controller, window = opened
    assert not window.board_button.isEnabled()  # the workshop is not a board
    window.set_station(document.project.stations.list()[1].id)
    assert window.board_button.isEnabled()
    dialog = window.show_board()
    assert dialog is not None
    qtbot.waitUntil(lambda: "no board photo" in dialog.message.text(), timeout=20_000)
    assert not dialog.view.has_image()
    dialog.close()
