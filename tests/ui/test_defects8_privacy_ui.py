"""The privacy check window lists faces on graphic recordings like those on board photos."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.recordings import add_recording
from app.store import Project
from tests.ui.boards import board_with_face
from ui.main_window import MainWindow
from ui.privacy.check_dialog import PrivacyCheckDialog


def test_privacy_check_lists_faces_on_a_recording(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    path = tmp_path / "recording.pinscribe"
    poster = tmp_path / "poster.jpg"
    board_with_face().save(poster, quality=92)
    with Project.create(path, title="Smart City") as project:
        station = project.stations.add("Governance")
        photo_id = add_recording(project, poster, station.id)
    assert window.open_project(str(path))
    dialog = window.privacy.open_dialog()
    assert isinstance(dialog, PrivacyCheckDialog)
    qtbot.addWidget(dialog)
    assert "Looking for faces" in dialog.summary.text()
    qtbot.waitUntil(lambda: dialog.faces is not None, timeout=30_000)
    faces = [f for f in dialog.findings() if f.kind == "faces"]
    assert [(f.photo_id, f.why[:6]) for f in faces] == [(photo_id, "1 face")]
    assert faces[0].what == "Graphic recording: Station 1, photo 1"
    # a recording is never listed as "published whole"
    assert [f.kind for f in dialog.findings()] == ["faces"]
    dialog.table.selectRow(0)
    assert dialog.edit_photo.isEnabled()
    window.document.project.photos.add_redaction(photo_id, (1200, 200, 400, 450))
    dialog.look_for_faces()
    qtbot.waitUntil(lambda: dialog.faces is not None, timeout=30_000)
    assert dialog.findings() == []
    dialog.close()


# the damaged photo's thumbnail: Qt's JPEG reader complains
@pytest.mark.qt_log_ignore(
    "Corrupt JPEG data", "JPEG datastream contains no image",
    "This plugin does not support propagateSizeHints",
)
def test_removing_metadata_tells_which_photos_were_left(
    window: MainWindow, tmp_path: Path, qtbot, capsys
) -> None:
    from tests.test_defects8_privacy import damaged_photo_project

    path = damaged_photo_project(tmp_path, capsys)
    assert window.open_project(str(path))
    dialog = window.privacy.open_dialog()
    assert isinstance(dialog, PrivacyCheckDialog)
    qtbot.addWidget(dialog)
    # the damaged photo, which no export can show, does not stop the search for faces
    qtbot.waitUntil(lambda: dialog.faces is not None, timeout=30_000)
    assert dialog.faces_problem == ""
    rows = [f.kind for f in dialog.findings()]
    dialog.table.selectRow(rows.index("metadata"))
    assert dialog.clean.isEnabled()
    dialog.clean.click()
    text = dialog.summary.text()
    assert text.startswith("Removed the metadata of 1 photos;")
    assert "could not be cleaned" in text, text
    assert text.endswith(": Station 1, photo 1 (damaged JPEG segment)"), text
    dialog.close()
