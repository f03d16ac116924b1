"""The themes canvas: cards in theme frames, drags into themes, theme edits, tags, undo."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QPointF, Qt

from app.store.project import Project
from tests.ui.conftest import FakeDialogs
from ui.canvas.page import CanvasPage
from ui.main_window import MainWindow

COLOURS = {"yellow": (250, 236, 110), "pink": (245, 140, 180), "blue": (130, 195, 240)}


def crop_png(colour: tuple[int, int, int], text: str) -> bytes:
    image = Image.new("RGB", (120, 80), colour)
    ImageDraw.Draw(image).text((8, 30), text, fill=(20, 20, 20))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def fill_station(project: Project, station_id: int, texts: list[tuple[str, str]]) -> list[int]:
    """A photo with one note per (colour, text), each with a crop; returns their ids."""
    photo = project.photos.add(
        station_id, crop_png((128, 128, 128), "board"), filename="board.png",
        width=120, height=80, mime="image/png",
    )  # fmt: skip
    ids = []
    for k, (colour, text) in enumerate(texts):
        x = 10.0 * k
        note = project.notes.add(
            photo.id, [(x, 0), (x + 8, 0), (x + 8, 8), (x, 8)],
            crop=crop_png(COLOURS[colour], text), color=colour, text=text, reviewed=k % 2 == 0,
        )  # fmt: skip
        ids.append(note.id)
    return ids


@pytest.fixture
def canvas_file(tmp_path: Path) -> Path:
    path = tmp_path / "canvas.pinscribe"
    with Project.create(path, title="Canvas") as project:
        station = project.stations.add("Mobilität", "Wie bewegen wir uns 2040?")
        fill_station(
            project, station.id,
            [("yellow", "Mehr Radwege"), ("yellow", "Radwege sicherer machen"),
             ("pink", "Bus nachts"), ("pink", "Busse öfter"), ("blue", "Carsharing")],
        )  # fmt: skip
        project.themes.add(station.id, "Rad", "#6fcf97")
    return path


@pytest.fixture
def canvas(window: MainWindow, canvas_file: Path, qtbot) -> CanvasPage:
    assert window.open_project(str(canvas_file))
    page = window.workflow.themes
    assert page is not None
    window.workflow.themes_action.trigger()
    qtbot.waitUntil(lambda: page.isVisible() and len(page.scene.cards) == 5)
    return page


def stored(window: MainWindow):
    """The notes and themes of the first station as saved in the file."""
    with Project.open(window.document.path, read_only=True) as project:
        station = project.stations.list()[0]
        notes = {n.text: n for n in project.notes.list(station_id=station.id)}
        themes = project.themes.list(station.id)
    return notes, themes


def ids_of(page: CanvasPage, *texts: str) -> list[int]:
    return [next(c.note_id for c in page.scene.cards.values() if c.note.text == t) for t in texts]


def drag_cards(qtbot, page: CanvasPage, note_ids: list[int], target: QPointF) -> None:
    """Select cards and drag them with the mouse, in steps, onto ``target`` (scene point)."""
    view, scene = page.view, page.scene
    scene.select_notes(note_ids)
    card = scene.cards[note_ids[0]]
    start = view.mapFromScene(card.sceneBoundingRect().center())
    end = view.mapFromScene(target)
    viewport = view.viewport()
    qtbot.mousePress(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, start
    )
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * step / 5)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_shows_cards_in_frames_with_crops(canvas: CanvasPage, qtbot) -> None:
    scene = canvas.scene
    assert [f.title() for f in scene.frames.values()] == ["Unsorted", "Rad"]
    assert scene.frames[None].count == 5
    qtbot.waitUntil(lambda: all(canvas.crops.pixmap(i) for i in scene.cards), timeout=10_000)
    unsorted = scene.frames[None].slot
    assert all(unsorted.contains(c.sceneBoundingRect().center()) for c in scene.cards.values())


def test_drag_into_a_theme_and_back_with_undo(window: MainWindow, canvas: CanvasPage, qtbot):
    scene, stack = canvas.scene, window.document.undo_stack
    ids = ids_of(canvas, "Mehr Radwege", "Radwege sicherer machen")
    theme = scene.themes[0]
    canvas.view.zoom_fit()
    drag_cards(qtbot, canvas, ids, scene.frames[theme.id].slot.center())
    notes, _ = stored(window)
    assert notes["Mehr Radwege"].theme_id == theme.id
    assert notes["Radwege sicherer machen"].theme_id == theme.id
    assert stack.count() == 1  # two cards, one step
    assert scene.frames[theme.id].count == 2
    assert scene.frames[theme.id].slot.contains(scene.cards[ids[0]].sceneBoundingRect().center())

    window.undo_action.trigger()
    notes, _ = stored(window)
    assert notes["Mehr Radwege"].theme_id is None
    assert scene.frames[None].count == 5
    window.redo_action.trigger()
    assert stored(window)[0]["Radwege sicherer machen"].theme_id == theme.id

    drag_cards(qtbot, canvas, ids[:1], scene.frames[None].slot.center())  # back to unsorted
    notes, _ = stored(window)
    assert notes["Mehr Radwege"].theme_id is None
    assert notes["Radwege sicherer machen"].theme_id == theme.id
    assert stack.count() == 2


def test_drop_on_empty_space_makes_a_theme_named_in_place(
    window: MainWindow, canvas: CanvasPage, qtbot
) -> None:
    ids = ids_of(canvas, "Bus nachts", "Busse öfter")
    bottom = max(f.slot.bottom() for f in canvas.scene.frames.values())
    canvas.view.zoom_fit()
    drag_cards(qtbot, canvas, ids, QPointF(100, bottom + 150))
    notes, themes = stored(window)
    assert len(themes) == 2 and notes["Bus nachts"].theme_id == themes[1].id
    editor = canvas.view.editor
    assert editor is not None and editor.text() == themes[1].name
    editor.setText("ÖPNV")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert stored(window)[1][1].name == "ÖPNV"
    assert canvas.scene.frames[themes[1].id].title() == "ÖPNV"
    assert window.document.undo_stack.count() == 2
    window.undo_action.trigger()
    assert stored(window)[1][1].name == themes[1].name


def test_theme_from_selection_rename_recolour_move_delete(
    window: MainWindow, canvas: CanvasPage, dialogs: FakeDialogs, qtbot
) -> None:
    scene, editor = canvas.scene, canvas.editor
    ids = ids_of(canvas, "Bus nachts", "Busse öfter")
    scene.select_notes(ids)
    canvas.new_theme_action.trigger()
    notes, themes = stored(window)
    new = themes[1]
    assert notes["Busse öfter"].theme_id == new.id
    assert canvas.view.editor is not None
    canvas.view.editor.deleteLater()

    assert editor.rename(new.id, "Bus")
    assert editor.recolour(new.id, "#eb5757")
    assert editor.move_theme_by(new.id, -1)
    _, themes = stored(window)
    assert [(t.name, t.color) for t in themes] == [("Bus", "#eb5757"), ("Rad", "#6fcf97")]
    assert [t.name for t in scene.themes] == ["Bus", "Rad"]
    assert scene.frames[new.id].slot.left() < scene.frames[themes[1].id].slot.left()

    dialogs.yes_no.append(False)
    assert not editor.delete_theme(new.id)  # asked, and said no
    dialogs.yes_no.append(True)
    assert editor.delete_theme(new.id)
    notes, themes = stored(window)
    assert [t.name for t in themes] == ["Rad"]
    assert notes["Bus nachts"].theme_id is None and notes["Busse öfter"].theme_id is None
    assert scene.frames[None].count == 5

    window.undo_action.trigger()  # the theme comes back, with its notes, in its place
    notes, themes = stored(window)
    assert [t.name for t in themes] == ["Bus", "Rad"]
    assert notes["Bus nachts"].theme_id == new.id
    for _ in range(4):
        window.undo_action.trigger()
    notes, themes = stored(window)
    assert [t.name for t in themes] == ["Rad"] and notes["Bus nachts"].theme_id is None
    assert window.document.undo_stack.index() == 0


def test_enter_that_names_a_new_theme_stays_on_the_canvas(
    window: MainWindow, canvas: CanvasPage, qtbot
) -> None:
    """Enter saves the typed name; it does not also open the selected note on the board."""
    canvas.scene.select_notes(ids_of(canvas, "Bus nachts", "Busse öfter"))
    canvas.new_theme_action.trigger()
    title = canvas.view.editor
    assert title is not None
    tabs = window.project_view.station_detail.tabs
    themes_tab = tabs.currentIndex()
    title.selectAll()
    qtbot.keyClicks(title, "Nachtbus")
    qtbot.keyClick(title, Qt.Key.Key_Return)
    _, themes = stored(window)
    assert "Nachtbus" in [t.name for t in themes]
    assert tabs.currentIndex() == themes_tab != 0


def test_drag_a_frame_to_reorder(window: MainWindow, canvas: CanvasPage, qtbot) -> None:
    editor, scene = canvas.editor, canvas.scene
    second = editor.new_theme(ids_of(canvas, "Bus nachts"), name="Bus")
    assert second is not None
    canvas.view.zoom_fit()
    frame, rad = scene.frames[second], scene.frames[scene.themes[0].id]
    view, viewport = canvas.view, canvas.view.viewport()
    start = view.mapFromScene(frame.title_rect().center())
    end = view.mapFromScene(rad.slot.topLeft() + QPointF(10, 10))
    card = scene.cards[ids_of(canvas, "Bus nachts")[0]]
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(viewport, start + (end - start) * step / 5)
    assert card.pos().x() < frame.slot.left()  # the frame's cards travel with it
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert [t.name for t in stored(window)[1]] == ["Bus", "Rad"]
    assert scene.frames[second].slot.contains(card.sceneBoundingRect().center())


def test_tag_two_notes_and_filter(
    window: MainWindow, canvas: CanvasPage, qtbot, qtmodeltester
) -> None:
    scene, sidebar = canvas.scene, canvas.sidebar
    ids = ids_of(canvas, "Mehr Radwege", "Bus nachts")
    scene.select_notes(ids)
    sidebar.tag_field.setText("Sicherheit")
    sidebar.add_button.click()
    notes, _ = stored(window)
    assert notes["Mehr Radwege"].tags == ["Sicherheit"] and notes["Bus nachts"].tags == [
        "Sicherheit"
    ]
    assert notes["Busse öfter"].tags == []
    assert sidebar.tags_model.rowCount() == 1 and "(2)" in sidebar.tags_model.index(0, 0).data()
    qtmodeltester.check(sidebar.tags_model)

    sidebar._tag_clicked(sidebar.tags_model.index(0, 0))  # filter by the tag
    assert sorted(scene.matching()) == sorted(ids)
    dimmed = [c for c in scene.cards.values() if c.opacity() < 1]
    assert len(dimmed) == 3
    sidebar.hide_others.setChecked(True)
    assert sum(c.isVisible() for c in scene.cards.values()) == 2
    sidebar.tag.setCurrentIndex(0)
    sidebar.colour.setCurrentIndex(sidebar.colour.findData("pink"))
    assert len(scene.matching()) == 2
    sidebar.colour.setCurrentIndex(0)
    sidebar.review.setCurrentIndex(sidebar.review.findData(True))
    assert all(scene.cards[i].note.reviewed for i in scene.matching())
    sidebar.review.setCurrentIndex(0)
    sidebar.text.setText("radweg")
    assert len(scene.matching()) == 2
    sidebar.text.clear()

    scene.select_notes(ids[:1])
    sidebar.remove_button.click()
    assert stored(window)[0]["Mehr Radwege"].tags == []
    window.undo_action.trigger()
    assert stored(window)[0]["Mehr Radwege"].tags == ["Sicherheit"]


def test_keyboard_moves_between_cards_and_enter_shows_the_note(
    window: MainWindow, canvas: CanvasPage, qtbot
) -> None:
    view, scene = canvas.view, canvas.scene
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    first = scene.selected_ids()
    assert len(first) == 1
    qtbot.keyClick(view, Qt.Key.Key_Right)
    second = scene.selected_ids()
    assert len(second) == 1 and second != first
    assert scene.cards[second[0]].pos().x() > scene.cards[first[0]].pos().x()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    detail = window.project_view.station_detail
    assert detail.tabs.currentIndex() == 0
    assert detail.board.view.selected_ids() == second


def test_context_menus_act_on_cards_and_frames(window: MainWindow, canvas: CanvasPage) -> None:
    from PySide6.QtGui import QColor

    from ui.canvas.menus import build_menu

    scene = canvas.scene
    ids = ids_of(canvas, "Carsharing")
    scene.select_notes(ids)
    point = scene.cards[ids[0]].sceneBoundingRect().center()
    menu = build_menu(canvas.editor, point, canvas.view, canvas)
    actions = {a.text(): a for a in menu.actions()}
    actions["Move to Theme"].menu().actions()[1].trigger()  # the theme "Rad"
    assert stored(window)[0]["Carsharing"].theme_id == scene.themes[0].id

    theme = scene.themes[0]
    frame_point = scene.frames[theme.id].slot.topLeft() + QPointF(20, 10)
    menu = build_menu(canvas.editor, frame_point, canvas.view, canvas)
    colours = next(a for a in menu.actions() if a.text() == "Colour").menu()
    colours.actions()[0].trigger()
    assert stored(window)[1][0].color == colours.actions()[0].text()
    canvas.editor.ask_color = lambda parent, initial: QColor("#123456")
    colours.actions()[-1].trigger()  # Other Colour…
    assert stored(window)[1][0].color == "#123456"
    assert window.document.undo_stack.count() == 3


def test_a_themes_summary_statement_is_an_undo_step(
    window: MainWindow, canvas: CanvasPage, dialogs: FakeDialogs
) -> None:
    editor = canvas.editor
    theme = canvas.scene.themes[0]
    asked: list[tuple[str, str]] = []
    editor.ask_statement = lambda parent, name, old: asked.append((name, old)) or "Mehr Radwege"
    assert editor.edit_statement(theme.id)
    assert asked == [(theme.name, "")]
    assert stored(window)[1][0].statement == "Mehr Radwege"
    assert not editor.set_statement(theme.id, "Mehr Radwege")  # unchanged: no step
    editor.ask_statement = lambda parent, name, old: None  # cancelled
    assert not editor.edit_statement(theme.id)
    window.undo_action.trigger()
    assert stored(window)[1][0].statement == ""
    window.redo_action.trigger()
    assert stored(window)[1][0].statement == "Mehr Radwege"
