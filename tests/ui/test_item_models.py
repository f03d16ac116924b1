"""The lists of the window are item models over plain rows, checked with qtmodeltester."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.store.project import Project
from tests.ui.boards import imported_project
from ui.core.item_models import CheckedRowsModel, Column, RowRole, RowsModel
from ui.main_window import MainWindow
from ui.plain import tip
from ui.review.problems import ErrorPanel


def test_rows_model_keeps_the_rows_as_data(qtmodeltester) -> None:
    model = RowsModel(
        [
            Column("Name", lambda r: r[0], tip=lambda r: f"tip {r[0]}"),
            Column("Count", lambda r: str(r[1])),
        ]
    )
    qtmodeltester.check(model)
    model.set_rows([("Klima", 2), ("Mobilität  (3)", 1)])
    qtmodeltester.check(model)
    model.append(("Rad", 0))
    qtmodeltester.check(model)
    index = model.index(1, 0)
    assert index.data() == "Mobilität  (3)"
    assert index.data(RowRole) == ("Mobilität  (3)", 1)  # the data, not parsed from the text
    # tooltips show the text as written (escaped, never read as rich text)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == tip("tip Mobilität  (3)")
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Count"
    assert model.rowCount(index) == 0


def test_problems_panel_model(window: MainWindow, qtmodeltester) -> None:
    panel: ErrorPanel = window.workflow.problems
    panel.add_problem("/photos/bad.jpg", "bad.jpg: not a photo")
    panel.add_problem("", "OCR is missing", warning=True)
    qtmodeltester.check(panel.model)
    assert panel.problems() == [("bad.jpg", "not a photo"), ("(whole import)", "OCR is missing")]
    assert panel.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == tip("/photos/bad.jpg")
    panel.clear()
    qtmodeltester.check(panel.model)
    assert panel.problems() == []


def test_search_and_tag_models(window: MainWindow, tmp_path: Path, qtmodeltester) -> None:
    path, _station_id, photo_id = imported_project(tmp_path)
    with Project.open(path) as project:
        note = project.notes.list(photo_id=photo_id)[0]
        project.notes.update(note.id, text="Radwege ausbauen")
        project.tags.add([note.id], "Klima")
        project.tags.add([note.id], "Rad")
    assert window.open_project(str(path))
    panel = window.workflow.search_panel
    assert [n.id for n in panel.search("radwege")] == [note.id]
    qtmodeltester.check(panel.model)
    board = window.project_view.station_detail.board
    board.view.select_notes([note.id])
    tags = board.note_panel.tags_model
    qtmodeltester.check(tags)
    assert tags.rows() == ["Klima", "Rad"]
    # Removing a tag takes its name from the row, not from what the list displays.
    board.note_panel.tags_list.setCurrentIndex(tags.index(1, 0))
    board.note_panel.remove_tag_button.click()
    assert tags.rows() == ["Klima"]


def test_checked_rows_model(qtmodeltester) -> None:
    model = CheckedRowsModel([Column("Station", lambda r: r[1])], key=lambda r: r[0])
    model.set_rows([(1, "Governance"), (2, "Mobilität")])
    qtmodeltester.check(model)
    first = model.index(0, 0)
    assert first.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert first.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(first, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.checked_rows() == [(2, "Mobilität")]
    model.set_checked(1, True)
    assert [r[0] for r in model.checked_rows()] == [1, 2]
    model.set_rows([(3, "Energie")], checked=False)
    assert model.checked_rows() == []
