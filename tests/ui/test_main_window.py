from __future__ import annotations

from pathlib import Path

from app.store.project import Project
from ui.delegates import SubtitleRole
from ui.main_window import MainWindow


def station_names(window: MainWindow) -> list[str]:
    assert window.project_view is not None
    model = window.project_view.stations_panel.model
    return [model.station(row).name for row in range(model.rowCount())]  # type: ignore[union-attr]


def test_starts_empty_with_welcome_page(window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.welcome
    assert window.windowTitle() == "Pinscribe"
    assert not window.close_action.isEnabled()
    assert not window.undo_action.isEnabled()


def test_create_edit_undo_reorder_delete_and_reopen(window, dialogs, tmp_path: Path, qtbot) -> None:
    path = tmp_path / "smart-city"
    dialogs.new_paths.append(str(path) + ".pinscribe")
    window.new_action.trigger()
    path = path.with_suffix(".pinscribe")
    assert path.is_file()
    assert window.windowTitle().startswith("smart-city.pinscribe")
    panel = window.project_view.stations_panel
    stack = window.document.undo_stack

    dialogs.station_answers += [("Governance", "Welche Strukturen?"), ("Mobilität", "")]
    panel.add_button.click()
    panel.add_button.click()
    assert station_names(window) == ["Governance", "Mobilität"]
    assert panel.current_station().name == "Mobilität"
    assert window.project_view.station_detail.name_label.text() == "Mobilität"

    panel.select_row(0)
    dialogs.station_answers.append(("Governance und Organisation", "Welche Strukturen braucht es?"))
    panel.edit_button.click()
    assert dialogs.asked_station[-1] == ("Governance", "Welche Strukturen?", False)
    assert station_names(window) == ["Governance und Organisation", "Mobilität"]

    window.undo_action.trigger()
    assert station_names(window) == ["Governance", "Mobilität"]
    window.redo_action.trigger()
    assert station_names(window) == ["Governance und Organisation", "Mobilität"]

    # Undo the rename and both adds, then redo all: ids change, commands still find them.
    for _ in range(3):
        window.undo_action.trigger()
    assert station_names(window) == []
    for _ in range(3):
        window.redo_action.trigger()
    assert station_names(window) == ["Governance und Organisation", "Mobilität"]

    panel.select_row(1)
    panel.up_button.click()
    assert station_names(window) == ["Mobilität", "Governance und Organisation"]
    assert panel.current_station().name == "Mobilität"
    window.undo_action.trigger()
    assert station_names(window) == ["Governance und Organisation", "Mobilität"]
    window.redo_action.trigger()
    assert stack.count() == 4

    panel.select_row(0)  # Mobilität
    dialogs.confirmations += [False, True]
    panel.delete_button.click()
    assert station_names(window) == ["Mobilität", "Governance und Organisation"]
    panel.delete_button.click()
    assert dialogs.asked_delete == ["Mobilität", "Mobilität"]
    assert station_names(window) == ["Governance und Organisation"]
    assert stack.count() == 5  # deleting a station is an undoable step
    window.undo_action.trigger()
    assert station_names(window) == ["Mobilität", "Governance und Organisation"]
    window.redo_action.trigger()
    assert station_names(window) == ["Governance und Organisation"]

    window.close_action.trigger()
    assert window.document is None
    assert window.pages.currentWidget() is window.welcome
    assert window.open_project(str(path))
    assert station_names(window) == ["Governance und Organisation"]
    with Project.open(path, read_only=True) as project:
        assert project.stations.list()[0].question == "Welche Strukturen braucht es?"
    assert dialogs.errors == []


def test_duplicate_station_name_shows_error_and_pushes_nothing(
    window, dialogs, project_file
) -> None:
    window.open_project(str(project_file))
    dialogs.station_answers.append(("Governance", "again"))
    window.project_view.stations_panel.add_button.click()
    assert len(dialogs.errors) == 1
    assert "already exists" in dialogs.errors[0][1]
    assert window.document.undo_stack.count() == 0
    assert station_names(window) == ["Governance", "Mobilität"]


def test_cancelled_dialogs_change_nothing(window, dialogs, project_file) -> None:
    dialogs.new_paths.append(None)
    dialogs.open_paths.append(None)
    assert not window.new_project()
    assert not window.open_project()
    window.open_project(str(project_file))
    dialogs.station_answers += [None, None]
    window.project_view.stations_panel.add_button.click()
    window.project_view.stations_panel.edit_button.click()
    assert window.document.undo_stack.count() == 0


def test_drag_and_drop_reorders_through_undo(window, project_file, qtbot) -> None:
    window.open_project(str(project_file))
    model = window.project_view.stations_panel.model
    from PySide6.QtCore import QModelIndex, Qt

    data = model.mimeData([model.index(0, 0)])
    with qtbot.waitSignal(window.document.stationsChanged):
        assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert station_names(window) == ["Mobilität", "Governance"]
    window.undo_action.trigger()
    assert station_names(window) == ["Governance", "Mobilität"]


def test_opening_a_non_project_shows_the_message(window, dialogs, tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("not a project")
    dialogs.open_paths.append(str(bad))
    window.open_action.trigger()
    assert window.document is None
    assert window.pages.currentWidget() is window.welcome
    [(title, message)] = dialogs.errors
    assert "Not a Pinscribe project" in message
    assert "Traceback" not in message


def test_creating_over_an_existing_file_is_refused(window, dialogs, project_file) -> None:
    assert not window.new_project(str(project_file))
    assert "already exists" in dialogs.errors[0][1]
    assert window.document is None


def test_recent_files_menu_and_welcome_list(
    window, settings, project_file, tmp_path, qtmodeltester, qtbot
) -> None:
    other = tmp_path / "other.pinscribe"
    Project.create(other).close()
    window.open_project(str(project_file))
    window.open_project(str(other))
    assert settings.recent_files() == [str(other.resolve()), str(project_file.resolve())]
    labels = [a.text() for a in window.recent_menu.actions() if not a.isSeparator()]
    assert labels[:2] == ["&1 other.pinscribe", "&2 workshop.pinscribe"]
    assert window.welcome.recent_model.rowCount() == 2
    qtmodeltester.check(window.welcome.recent_model)
    first = window.welcome.recent_model.index(0, 0)
    assert (first.data(), first.data(SubtitleRole)) == ("other.pinscribe", str(tmp_path.resolve()))
    with qtbot.waitSignal(window.welcome.recentRequested) as chosen:
        window.welcome.recent_list.activated.emit(first)
    assert chosen.args == [str(other.resolve())]

    window.recent_menu.actions()[1].trigger()
    assert window.document.path == project_file
    assert settings.recent_files()[0] == str(project_file.resolve())


def test_missing_recent_file_is_dropped(window, dialogs, settings, tmp_path) -> None:
    gone = tmp_path / "gone.pinscribe"
    settings.add_recent_file(gone)
    window._update_recent_menu()
    window.recent_menu.actions()[0].trigger()
    assert "not found" in dialogs.errors[0][1]
    assert settings.recent_files() == []
    assert not window.recent_menu.isEnabled()


def test_close_remembers_last_project(qtbot, settings, dialogs, project_file) -> None:
    win = MainWindow(settings, dialogs)
    qtbot.addWidget(win)
    win.open_project(str(project_file))
    win.close()
    assert settings.last_project() == str(project_file.resolve())
    assert win.document is None


def test_error_in_undo_reaches_the_user(window, dialogs, project_file) -> None:
    window.open_project(str(project_file))
    panel = window.project_view.stations_panel
    dialogs.station_answers.append(("Governance neu", ""))
    panel.edit_button.click()
    station_id = panel.current_station().id
    window.document.project.stations.delete(station_id)  # behind the window's back
    window.undo_action.trigger()
    [(title, message)] = dialogs.errors
    assert f"No station with id {station_id}" in message


def test_english_menu_entries_are_in_title_case(window: MainWindow) -> None:
    """"New Project…" beside "Save a Copy…" and "Import Photos…" (it was "New project…")."""
    small = {"a", "an", "and", "of", "the", "to", "or"}
    wrong = []
    for top in window.menuBar().actions():
        for action in top.menu().actions():
            words = action.text().replace("&", "").replace("…", "").split()
            if any(w[0].islower() and w not in small for w in words):
                wrong.append(action.text())
    assert wrong == []
