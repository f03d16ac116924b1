"""Searching all notes; choosing a result shows the note on its photo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from app.store.project import Project
from tests.ui.boards import imported_project
from ui.main_window import MainWindow


def test_search_finds_umlauts_and_jumps_to_the_note(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    path, _, photo_id = imported_project(tmp_path)
    with Project.open(path) as project:
        mobility = project.stations.add("Mobilität")
        notes = project.notes.list(photo_id=photo_id)
        project.notes.update(notes[3].id, text="Bürgerbeteiligung stärken")
        project.notes.update(notes[4].id, text="Radwege ausbauen")
    assert window.open_project(str(path))
    window.project_view.stations_panel.select_station(mobility.id)
    assert window.project_view.station_detail.board.view.photo_id is None

    window.workflow.find_action.trigger()
    field = window.workflow.search_field
    assert field.hasFocus()
    qtbot.keyClicks(field, "burger")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    results = window.workflow.search_panel.results
    assert results.model().rowCount() == 1
    item = results.model().index(0, 0)
    assert item.data() == "Bürgerbeteiligung stärken"
    assert not item.data(Qt.ItemDataRole.DecorationRole).isNull()

    results.activated.emit(item)
    detail = window.project_view.station_detail
    assert detail.station.name == "Governance"
    assert detail.board.view.photo_id == photo_id
    assert detail.board.view.selected_ids() == [notes[3].id]
    assert detail.board.note_panel.text_edit.toPlainText() == "Bürgerbeteiligung stärken"
