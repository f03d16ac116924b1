"""The privacy check and the photo's publishing dialog, with real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from app.store import Project
from tests.ui.boards import imported_project
from ui.main_window import MainWindow
from ui.privacy.check_dialog import PrivacyCheckDialog
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
