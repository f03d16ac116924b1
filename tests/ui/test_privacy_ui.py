"""The privacy check and the photo's publishing dialog, with real widgets."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

import app.privacy.faces as faces_module
from app.pipeline import import_photos
from app.privacy.check import privacy_check
from app.privacy.faces import add_face_regions, faces_on_photo
from app.store import Project
from tests.ui.boards import PORTRAIT, board_with_face, imported_project
from ui.export.dialog import ExportDialog
from ui.main_window import MainWindow
from ui.privacy.check_dialog import FaceSearchDialog, PrivacyCheckDialog, qt_ask_export_privacy
from ui.privacy.photo_dialog import PublishPhotoDialog


def opened(window: MainWindow, tmp_path: Path) -> tuple[int, int]:
    path, _station_id, photo_id = imported_project(tmp_path)
    with Project.open(path) as project:
        note = project.notes.list(photo_id=photo_id)[0]
        project.notes.update(note.id, text="Danke an Anna Schmidt")
    assert window.open_project(str(path))
    return photo_id, note.id


def test_privacy_check_lists_and_decides(window: MainWindow, tmp_path: Path, qtbot, qtmodeltester):
    photo_id, note_id = opened(window, tmp_path)
    assert window.privacy.action.isEnabled()
    dialog = window.privacy.open_dialog()
    assert isinstance(dialog, PrivacyCheckDialog)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    kinds = [f.kind for f in dialog.findings()]
    assert kinds == ["name", "photo"]
    assert "Anna Schmidt" in dialog.findings()[0].why
    dialog.table.selectRow(0)
    assert dialog.initials.isEnabled() and not dialog.edit_photo.isEnabled()
    with qtbot.waitSignal(dialog.showNote) as shown:
        dialog.show_button.click()
    assert shown.args == [window.document.project.notes.get(note_id).station_id, photo_id, note_id]
    dialog.initials.click()
    assert window.document.project.notes.get(note_id).publish == "initials"
    assert [f.kind for f in dialog.findings()] == ["photo"]
    window.document.undo_stack.undo()
    assert window.document.project.notes.get(note_id).publish == "auto"


def test_photo_dialog_marks_a_region_by_dragging(window: MainWindow, tmp_path: Path, qtbot):
    photo_id, _ = opened(window, tmp_path)
    dialog = PublishPhotoDialog(window.document, photo_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.canvas.scene().items()), timeout=10_000)
    view = dialog.canvas.viewport()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(40, 40))
    qtbot.mouseMove(view, QPoint(160, 120))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(160, 120))
    regions = window.document.project.photos.redactions(photo_id)
    assert len(regions) == 1 and regions[0].mode == "blur"
    assert regions[0].rect[2] > 50  # in photo pixels, larger than on screen
    dialog.notes_button.click()
    assert window.document.project.photos.get(photo_id).publish_crop is not None
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert window.document.project.photos.get(photo_id).publish_crop is None
    assert window.document.project.photos.redactions(photo_id) == []
    dialog.close()


def test_export_asks_the_privacy_check_first(window: MainWindow, dialogs, tmp_path: Path) -> None:
    opened(window, tmp_path)
    dialog = window.exporter.open_dialog()
    assert dialog is not None
    dialogs.privacy_answers.append(False)  # "Cancel" in the privacy check
    assert dialog.start_export() is None
    assert dialogs.asked_privacy and dialogs.asked_export == []  # no file was asked for
    dialog.close()


def test_export_open_data_from_the_app(window: MainWindow, dialogs, tmp_path: Path, qtbot) -> None:
    opened(window, tmp_path)
    assert window.privacy.opendata_action.isEnabled()
    dialog = window.privacy.open_opendata()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.publisher.setText("Stadt Osnabrück")
    dialog.contact.setText("not an address")
    dialogs.opendata_folders.append(str(tmp_path / "offen"))
    assert dialog.start_export() is None  # refused before anything is written
    assert "e-mail" in dialog.status.text()
    dialog.contact.setText("beteiligung@example.org")
    job = dialog.start_export()
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=120_000):
        pass
    assert (tmp_path / "offen" / "metadata.jsonld").is_file()
    assert window.document.project.settings.get("opendata.publisher") == "Stadt Osnabrück"
    window.document.undo_stack.undo()  # the details are one undo step
    assert window.document.project.settings.get("opendata.publisher") is None
    dialog.close()


def opened_with_face(window: MainWindow, tmp_path: Path) -> int:
    """Open a project whose one board photo shows a face beside the notes."""
    path = tmp_path / "faces.pinscribe"
    photo = tmp_path / "board.jpg"
    board_with_face().save(photo, quality=92)
    with Project.create(path, title="Smart City") as project:
        station = project.stations.add("Governance")
        result = import_photos(project, station.id, [photo], reader=None)
        assert result.imported, result.failed
        photo_id = result.imported[0].photo_id
    assert window.open_project(str(path))
    return photo_id


def test_photo_dialog_finds_faces_as_one_undo_step(window: MainWindow, tmp_path: Path, qtbot):
    photo_id = opened_with_face(window, tmp_path)
    photos = window.document.project.photos
    dialog = PublishPhotoDialog(window.document, photo_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(dialog.canvas.scene().items()), timeout=10_000)
    hand = photos.add_redaction(photo_id, (20, 20, 100, 60))  # a region drawn before
    dialog.find_faces.click()
    qtbot.waitUntil(lambda: len(photos.redactions(photo_id)) == 2, timeout=30_000)
    face = photos.redactions(photo_id)[1]
    assert (face.source, face.mode) == ("face", "blur")
    x, y, side = PORTRAIT
    assert x < face.rect[0] + face.rect[2] / 2 < x + side
    assert "Blurred 1 face" in dialog.hint.text()
    assert window.document.undo_stack.undoText().startswith("Blur 1 face")
    qtbot.waitUntil(dialog.find_faces.isEnabled)
    dialog.find_faces.click()  # again: nothing new
    qtbot.waitUntil(lambda: "all hidden already" in dialog.hint.text(), timeout=30_000)
    assert len(photos.redactions(photo_id)) == 2
    window.document.undo_stack.undo()
    assert [r.id for r in photos.redactions(photo_id)] == [hand.id]
    window.document.undo_stack.redo()
    assert [r.source for r in photos.redactions(photo_id)] == ["hand", "face"]
    # a wrong face: click it, show it again; the hand-drawn region stays
    dialog._marks()
    s = 1 / dialog.canvas.scale_to_photo
    centre = QPointF((face.rect[0] + face.rect[2] / 2) * s, (face.rect[1] + face.rect[3] / 2) * s)
    view = dialog.canvas.viewport()
    at = dialog.canvas.mapFromScene(centre)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at)
    assert dialog.selected == face.id
    assert "selected" in dialog.undo_region.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Delete)
    assert [r.id for r in photos.redactions(photo_id)] == [hand.id]
    window.document.undo_stack.undo()
    assert [r.id for r in photos.redactions(photo_id)] == [hand.id, face.id]
    dialog.close()


def test_privacy_check_lists_faces_found_in_the_background(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    photo_id = opened_with_face(window, tmp_path)
    dialog = window.privacy.open_dialog()
    assert isinstance(dialog, PrivacyCheckDialog)
    qtbot.addWidget(dialog)
    assert "Looking for faces" in dialog.summary.text()
    qtbot.waitUntil(lambda: dialog.faces is not None, timeout=30_000)
    faces = [f for f in dialog.findings() if f.kind == "faces"]
    assert [(f.photo_id, f.why[:6]) for f in faces] == [(photo_id, "1 face")]
    assert "Looking for faces" not in dialog.summary.text()
    dialog.table.selectRow(dialog.findings().index(faces[0]))
    assert dialog.edit_photo.isEnabled()
    window.document.project.photos.add_redaction(photo_id, (1200, 200, 400, 450))
    dialog.look_for_faces()
    qtbot.waitUntil(lambda: dialog.faces is not None, timeout=30_000)
    assert [f.kind for f in dialog.findings()] == ["photo"]
    dialog.close()


def test_showing_a_face_again_dismisses_it_as_one_undo_step(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    photo_id = opened_with_face(window, tmp_path)
    photos = window.document.project.photos
    dialog = PublishPhotoDialog(window.document, photo_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.find_faces.click()
    qtbot.waitUntil(lambda: len(photos.redactions(photo_id)) == 1, timeout=30_000)
    (face,) = photos.redactions(photo_id)
    dialog.selected = face.id
    dialog._marks()
    dialog.undo_region.click()  # "Show the selected region again": not a face
    assert photos.redactions(photo_id) == []
    (dismissal,) = photos.face_dismissals(photo_id)
    assert dismissal.rect == face.rect
    assert window.document.undo_stack.undoText() == "Dismiss a face"
    qtbot.waitUntil(dialog.find_faces.isEnabled)
    dialog.find_faces.click()  # not proposed again
    qtbot.waitUntil(lambda: "dismissed before" in dialog.hint.text(), timeout=30_000)
    assert photos.redactions(photo_id) == []
    window.document.undo_stack.undo()  # the region is back, the dismissal forgotten
    assert photos.redactions(photo_id) == [face] and photos.face_dismissals() == []
    window.document.undo_stack.redo()
    assert photos.redactions(photo_id) == [] and photos.face_dismissals() == [dismissal]
    dialog.close()
    check = window.privacy.open_dialog()
    assert isinstance(check, PrivacyCheckDialog)
    qtbot.addWidget(check)
    qtbot.waitUntil(lambda: check.faces is not None, timeout=30_000)
    assert check.faces == [] and "faces" not in [f.kind for f in check.findings()]
    check.close()


def _answer_modal(qtbot, kind: type, answer: Callable[[QDialog], None]) -> list[QDialog]:
    """Run ``answer`` on the next modal dialog of ``kind`` once it shows; list what showed."""
    seen: list[QDialog] = []
    timer = QTimer()
    timer.setInterval(50)

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind) and modal not in seen:
            seen.append(modal)
            timer.stop()
            answer(modal)

    timer.timeout.connect(poll)
    timer.start()
    _timers.append(timer)  # kept alive until the next test
    return seen


_timers: list[QTimer] = []


@pytest.fixture(autouse=True)
def _stop_timers() -> Iterator[None]:
    yield
    for timer in _timers:
        timer.stop()
    _timers.clear()


def _export_dialog_with_the_real_check(window: MainWindow, photo_id: int) -> ExportDialog:
    # the face is the only finding: the photo is cropped (the face inside), no names
    window.document.project.photos.set_publish_crop(photo_id, (5, 5, 1590, 890))
    dialog = window.exporter.open_dialog()
    assert dialog is not None
    dialog.ask_privacy = qt_ask_export_privacy  # the real one, not the test double
    return dialog


def test_a_face_alone_brings_up_the_check_before_an_export(
    window: MainWindow, dialogs, tmp_path: Path, qtbot, monkeypatch
) -> None:
    photo_id = opened_with_face(window, tmp_path)
    dialog = _export_dialog_with_the_real_check(window, photo_id)
    assert privacy_check(window.document.project).empty()  # without faces: nothing
    searches: list[FaceSearchDialog] = []
    modal: list[bool] = []
    findings: list[list[str]] = []
    shown_search = FaceSearchDialog.exec

    def record_search(search: FaceSearchDialog) -> int:
        """Each search dialog as it is shown (a search may end before any polling sees it)."""
        searches.append(search)
        assert search.label.text() == "Checking photos for faces…"
        # posted before the search starts, so handled first once the dialog's loop runs
        QTimer.singleShot(0, lambda: modal.append(QApplication.activeModalWidget() is search))
        return shown_search(search)

    monkeypatch.setattr(FaceSearchDialog, "exec", record_search)

    def cancel_check(check: QDialog) -> None:
        assert isinstance(check, PrivacyCheckDialog)
        findings.append([f.kind for f in check.findings()])
        assert check.go.text() == "&Export anyway" and check.faces == [(photo_id, 1)]
        check.reject()

    shown = _answer_modal(qtbot, PrivacyCheckDialog, cancel_check)
    assert dialog.start_export() is None  # the check was cancelled: no file asked for
    assert len(searches) == 1 and modal == [True]
    assert len(shown) == 1 and findings == [["faces"]]
    assert dialogs.asked_export == []
    # without pictures, or with the face blurred, the export goes straight on
    dialog.pictures.setChecked(False)
    dialogs.export_paths.append(None)  # (then "Cancel" in the file dialog)
    assert dialog.start_export() is None and len(dialogs.asked_export) == 1
    dialog.pictures.setChecked(True)
    faces = faces_on_photo(window.document.project, photo_id)
    add_face_regions(window.document.project, photo_id, faces.proposals)
    more = _answer_modal(qtbot, PrivacyCheckDialog, lambda check: check.reject())
    dialogs.export_paths.append(None)
    assert dialog.start_export() is None and len(dialogs.asked_export) == 2
    assert more == []
    dialog.close()


def test_the_face_search_before_an_export_can_be_cancelled(
    window: MainWindow, dialogs, tmp_path: Path, qtbot, monkeypatch
) -> None:
    import time

    from ui.privacy import check_dialog

    def slow(project: Project, *args: object, cancelled: Callable[[], bool], **kwargs: object):
        """A search that takes until it is cancelled (a real one may end before Cancel)."""
        while not cancelled():
            time.sleep(0.01)
        return []

    monkeypatch.setattr(check_dialog, "unhidden_faces", slow)
    photo_id = opened_with_face(window, tmp_path)
    dialog = _export_dialog_with_the_real_check(window, photo_id)
    _answer_modal(qtbot, FaceSearchDialog, lambda search: search.reject())  # Cancel
    shown = _answer_modal(qtbot, PrivacyCheckDialog, lambda check: check.accept())
    assert dialog.start_export() is None
    assert shown == [] and dialogs.asked_export == []  # nothing exported, no check
    dialog.close()


def test_a_failed_face_search_is_shown_in_the_check(
    window: MainWindow, dialogs, tmp_path: Path, qtbot, monkeypatch
) -> None:
    photo_id = opened_with_face(window, tmp_path)
    dialog = _export_dialog_with_the_real_check(window, photo_id)
    monkeypatch.setattr(faces_module, "face_model", lambda: tmp_path / "gone.onnx")
    texts: list[str] = []

    def export_anyway(check: QDialog) -> None:
        assert isinstance(check, PrivacyCheckDialog)
        texts.append(check.summary.text())
        check.accept()

    _answer_modal(qtbot, PrivacyCheckDialog, export_anyway)
    dialogs.export_paths.append(None)
    assert dialog.start_export() is None
    assert len(texts) == 1 and "Faces were not looked for" in texts[0]
    assert "model is missing" in texts[0]
    assert len(dialogs.asked_export) == 1  # "Export anyway" went on to the file
    dialog.close()
