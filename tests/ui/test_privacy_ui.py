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
