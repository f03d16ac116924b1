"""User text in menus, actions, buttons and undo texts shows as typed, ``&`` included.

Qt reads ``&`` in those texts as a mnemonic: a station "Mobility & Transport" showed
as "Mobility  Transport", a theme "R&D" as "RD" with the D underlined (and Alt+D
pressed it). Each test puts a user string with ``&`` where Qt would read it and
checks what Qt draws.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence

from app.store.project import Project
from tests.ui.test_canvas import fill_station
from ui.core.commands import AddStationCommand, EditStationCommand
from ui.main_window import MainWindow
from ui.plain import command_text, menu_text

STATION = "Mobility & Transport"


def shown(text: str) -> str:
    """What Qt draws for a text with mnemonics: "&&" is one "&", "&x" an underlined x."""
    out: list[str] = []
    chars = iter(text)
    for char in chars:
        if char == "&":
            char = next(chars, "")
        out.append(char)
    return "".join(out)


def no_mnemonic(text: str) -> bool:
    return QKeySequence.mnemonic(text).isEmpty()


def test_menu_text_escapes_every_ampersand() -> None:
    for text in ("R&D", "&&", "a & b && c &", "&Hidden", "no ampersand"):
        assert shown(menu_text(text)) == text
        assert no_mnemonic(menu_text(text))
    assert shown(menu_text("two\nlines\tand a tab")) == "two lines and a tab"
    assert command_text("") == ""
    assert command_text("Add R&D").split("\n") == ["Add R&D", "Add R&&D"]


def test_undo_and_redo_menu_texts_show_the_station_name_as_typed(
    window: MainWindow, project_file: Path
) -> None:
    assert window.open_project(str(project_file))
    document = window.document
    command = AddStationCommand(document, STATION, "?")
    document.run(command)
    assert command.text().endswith(f"“{STATION}”")  # the history shows it as typed
    undo = window.undo_action
    assert undo.isEnabled()
    assert shown(undo.text()).endswith(f"“{STATION}”"), undo.text()
    assert undo.iconText().endswith(f"“{STATION}”")  # Qt's own reading of the mnemonics
    assert no_mnemonic(undo.text())
    undo.trigger()
    redo = window.redo_action
    assert shown(redo.text()).endswith(f"“{STATION}”"), redo.text()
    assert no_mnemonic(redo.text())

    station = document.project.stations.list()[0]
    document.run(EditStationCommand(document, station.id, "R&D", station.question))
    assert shown(undo.text()).endswith("“R&D”"), undo.text()
    assert f"“{station.name}”" in shown(undo.text())


def test_canvas_menus_show_theme_and_tag_names_as_typed(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    from ui.canvas.menus import build_menu

    path = tmp_path / "amp.pinscribe"
    with Project.create(path, title="A & B") as project:
        station = project.stations.add(STATION)
        ids = fill_station(project, station.id, [("yellow", "Bus & Bahn"), ("pink", "Rad")])
        project.themes.add(station.id, "R&D", "#6fcf97")
        project.tags.add(ids[:1], "Q&A")
    assert window.open_project(str(path))
    window.workflow.themes_action.trigger()
    page = window.workflow.themes
    assert page is not None
    qtbot.waitUntil(lambda: page.isVisible() and len(page.scene.cards) == 2)
    page.scene.select_notes(ids[:1])
    point = page.scene.cards[ids[0]].sceneBoundingRect().center()
    menu = build_menu(page.editor, point, page.view, page)
    submenus = {a.text(): a.menu() for a in menu.actions() if a.menu() is not None}
    themes = [a.text() for a in submenus["Move to Theme"].actions()]
    tags = [a.text() for a in submenus["Remove Tag"].actions()]
    assert [shown(t) for t in themes] == ["Unsorted", "R&D"], themes
    assert [shown(t) for t in tags] == ["Q&A"], tags
    assert all(no_mnemonic(t) for t in themes + tags)


def test_recent_projects_menu_shows_the_file_name_as_typed(
    window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "R&D & Mobility.pinscribe"
    with Project.create(path, title="x") as project:
        project.stations.add("A")
    assert window.open_project(str(path))
    first = window.recent_menu.actions()[0]
    assert shown(first.text()) == "1 R&D & Mobility.pinscribe", first.text()
    assert QKeySequence.mnemonic(first.text()).toString() == "Alt+1"  # its number stays the key


def test_review_alternatives_show_ampersands_and_press_no_letter(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    path = tmp_path / "alt.pinscribe"
    with Project.create(path, title="x") as project:
        station = project.stations.add(STATION)
        ids = fill_station(project, station.id, [("yellow", "R+D"), ("pink", "Rad")])
        project.notes.update(
            ids[0], confidence=0.1, reviewed=False, alternatives=["R&D", "Bus && Bahn"]
        )
        project.notes.update(ids[1], confidence=0.9, reviewed=False)
    assert window.open_project(str(path))
    window.workflow.review_action.trigger()
    queue = window.workflow.review
    assert queue is not None
    qtbot.waitExposed(queue)
    assert queue.note is not None and queue.note.id == ids[0]
    first, second = queue.alternative_buttons[:2]
    assert shown(first.text()) == "Alt+1: R&D", first.text()
    assert shown(second.text()) == "Alt+2: Bus && Bahn", second.text()
    assert no_mnemonic(first.text()) and no_mnemonic(second.text())


def test_fill_replaces_each_placeholder_once() -> None:
    from ui.plain import fill

    assert fill("Rename “%1” to “%2”", "50%2 off", "R&D") == "Rename “50%2 off” to “R&D”"
    assert fill("%2 before %1", "a%1", "b%2") == "b%2 before a%1"
    assert fill("%1 and %3", "x") == "x and %3"


def test_renaming_a_station_names_it_as_typed_in_the_undo_text(
    window: MainWindow, project_file: Path
) -> None:
    assert window.open_project(str(project_file))
    document = window.document
    station = document.project.stations.list()[0]
    document.project.stations.update(station.id, name="50%2 off")
    command = EditStationCommand(document, station.id, "Mobility", station.question)
    assert "“50%2 off”" in command.text() and command.text().endswith("“Mobility”")


def test_window_titles_show_file_and_station_names_as_typed(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    """Qt hides "[*]" in a window title (the place of the "modified" mark)."""
    from ui.recordings.mosaic import MosaicDialog

    path = tmp_path / "Plan[*] & [*][*].pinscribe"
    with Project.create(path, title="x") as project:
        project.stations.add("A")
    assert window.open_project(str(path))
    handle = window.windowHandle()
    assert handle is not None
    assert handle.title().startswith("Plan[*] & [*][*].pinscribe"), handle.title()
    dialog = MosaicDialog("Station [*]", window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "Station [*]" in dialog.windowHandle().title(), dialog.windowHandle().title()
