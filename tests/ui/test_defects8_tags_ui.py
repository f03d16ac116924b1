"""The themes page's tag list and tag filter forget a tag whose last note was deleted."""

from __future__ import annotations

from tests.ui.test_canvas import canvas, canvas_file, ids_of  # noqa: F401 - fixtures
from ui.board import note_commands
from ui.canvas.page import CanvasPage
from ui.main_window import MainWindow


def test_a_tag_goes_with_its_last_note_and_comes_back_with_undo(
    window: MainWindow, canvas: CanvasPage, qtbot  # noqa: F811 - the fixture
) -> None:
    scene, sidebar = canvas.scene, canvas.sidebar
    (note_id,) = ids_of(canvas, "Mehr Radwege")
    scene.select_notes([note_id])
    sidebar.tag_field.setText("Sicherheit")
    sidebar.add_button.click()
    assert [t.name for t in sidebar.tags_model.rows()] == ["Sicherheit"]
    assert sidebar.tag.findData("Sicherheit") > 0
    window.document.run(note_commands.delete_notes(window.document, [note_id]))
    assert sidebar.tags_model.rows() == []
    assert sidebar.tag.findData("Sicherheit") < 0 and sidebar.tag.count() == 1  # "Any tag"
    assert window.document.project.tags.list() == []
    window.document.undo_stack.undo()
    assert [(t.name, t.count) for t in sidebar.tags_model.rows()] == [("Sicherheit", 1)]
    assert sidebar.tag.findData("Sicherheit") > 0
