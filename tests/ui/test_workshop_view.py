"""The workshop overview: all stations' themes side by side, cross-station themes with undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store.project import Project
from tests.ui.test_canvas import fill_station
from ui.canvas.workshop_view import ThemeBox, WorkshopOverview
from ui.main_window import MainWindow


@pytest.fixture
def two_stations(tmp_path: Path) -> Path:
    path = tmp_path / "overview.pinscribe"
    with Project.create(path, title="Overview") as project:
        for name, texts, theme in (
            ("Mobilität", [("yellow", "Mehr Radwege"), ("pink", "Bus nachts")], "Rad"),
            ("Daten", [("blue", "Offene Daten"), ("yellow", "<b>Datenplattform</b>")], "Daten"),
        ):
            station = project.stations.add(name)
            ids = fill_station(project, station.id, texts)
            made = project.themes.add(station.id, theme)
            project.notes.set_theme(ids, made.id)
    return path


def cross_themes(window: MainWindow) -> list[tuple[str, list[int]]]:
    with Project.open(window.document.path, read_only=True) as project:
        return [(c.name, c.theme_ids) for c in project.cross_themes.list()]


def test_overview_shows_every_station_and_edits_cross_themes_with_undo(
    window: MainWindow, two_stations: Path, qtbot
) -> None:
    assert window.open_project(str(two_stations))
    window.workflow.themes_action.trigger()
    page = window.workflow.themes
    assert page is not None
    page.overview_action.trigger()
    overview = page.overview
    assert isinstance(overview, WorkshopOverview)
    qtbot.waitUntil(overview.isVisible)
    themes = {b.theme.name: b.theme.id for b in overview.boxes if b.theme is not None}
    assert set(themes) == {"Rad", "Daten"}
    # note text is drawn as plain text: the markup shows as written
    texts = [c.text() for b in overview.boxes for c in b.childItems() if hasattr(c, "text")]
    assert any("<b>Datenplattform</b>" in t for t in texts)

    overview.select(theme_ids=[themes["Rad"]])
    overview.name_field.setText("Vernetzte Stadt")
    overview.new_action.trigger()
    assert cross_themes(window) == [("Vernetzte Stadt", [themes["Rad"]])]
    cross_id = next(b.cross.id for b in overview.boxes if b.cross is not None)

    overview.select(theme_ids=[themes["Daten"]], cross_ids=[cross_id])
    assert overview.gather_action.isEnabled()
    overview.gather_action.trigger()
    assert cross_themes(window) == [("Vernetzte Stadt", [themes["Rad"], themes["Daten"]])]
    box = next(b for b in overview.boxes if b.cross is not None)
    assert box.childItems()[0].text() == "Vernetzte Stadt (4)"

    stack = window.document.undo_stack
    stack.undo()
    assert cross_themes(window) == [("Vernetzte Stadt", [themes["Rad"]])]
    stack.undo()
    assert cross_themes(window) == []
    assert not any(b.cross for b in overview.boxes)
    stack.redo()
    stack.redo()
    assert cross_themes(window) == [("Vernetzte Stadt", [themes["Rad"], themes["Daten"]])]

    overview.select(cross_ids=[cross_id])
    overview.delete_action.trigger()
    assert cross_themes(window) == []
    stack.undo()
    assert cross_themes(window) == [("Vernetzte Stadt", [themes["Rad"], themes["Daten"]])]


def test_a_new_cross_theme_needs_a_name(window: MainWindow, two_stations: Path, qtbot) -> None:
    assert window.open_project(str(two_stations))
    overview = WorkshopOverview(window.document, window)
    qtbot.addWidget(overview)
    overview.new_action.trigger()
    assert cross_themes(window) == [] and "name" in overview.status.text()


def test_a_provisional_theme_name_is_shown_and_confirmed_with_undo(
    window: MainWindow, two_stations: Path, qtbot
) -> None:
    with Project.open(two_stations) as project:
        station = project.stations.list()[0]
        theme = project.themes.add(station.id, "Radwege / Bus", provisional=True)
    assert window.open_project(str(two_stations))
    window.workflow.themes_action.trigger()
    page = window.workflow.themes
    assert page is not None
    qtbot.waitUntil(lambda: theme.id in page.scene.frames)
    frame = page.scene.frames[theme.id]
    assert frame.name_item.font().italic() and "unreviewed" in frame.toolTip()

    def provisional() -> bool:
        with Project.open(window.document.path, read_only=True) as project:
            return project.themes.get(theme.id).provisional

    assert page.editor.confirm_name(theme.id)
    assert not provisional()
    qtbot.waitUntil(lambda: not page.scene.frames[theme.id].name_item.font().italic())
    window.document.undo_stack.undo()
    assert provisional()
    assert page.editor.rename(theme.id, "Verkehr")  # a rename confirms too
    assert not provisional()


def test_long_station_and_theme_names_stay_inside_their_column(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    """A station name as long as the demo's "Bürgerbeteiligung und Akzeptanz" ran into
    the next column's title; such a name wraps once, a longer one and the themes' names
    and notes are cut with "…" at the column's width."""
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    from ui.canvas.workshop_view import COLUMN_W, GAP

    path = tmp_path / "long.pinscribe"
    with Project.create(path, title="Long") as project:
        for name in (
            "Bürgerbeteiligung und Akzeptanz",
            "Technologie und Infrastruktur",
            "Nachhaltige Mobilität und öffentlicher Raum in den wachsenden Stadtteilen",
        ):
            station = project.stations.add(name)
            ids = fill_station(project, station.id, [("yellow", "Herausforderungen " * 4)])
            theme = project.themes.add(station.id, "Kommunikation und Beteiligung vor Ort " * 2)
            project.notes.set_theme(ids, theme.id)
    assert window.open_project(str(path))
    overview = WorkshopOverview(window.document, window)
    qtbot.addWidget(overview)
    texts = [i for i in overview.scene.items() if isinstance(i, QGraphicsSimpleTextItem)]
    titles = [i for i in texts if i.parentItem() is None and i.pos().y() == 0]
    assert len(titles) == 4
    shown = [t.text() for t in titles]
    assert "Bürgerbeteiligung und\nAkzeptanz" in shown
    assert "Technologie und\nInfrastruktur" in shown
    assert any(t.count("\n") == 1 and t.endswith("…") for t in shown), shown
    tops = {round(i.pos().y()) for i in overview.scene.items() if isinstance(i, ThemeBox)}
    assert min(tops) > max(t.boundingRect().height() for t in titles)  # below every title
    for item in titles + [i for i in texts if i.parentItem() is not None]:
        left = item.mapToScene(item.boundingRect().topLeft()).x()
        right = item.mapToScene(item.boundingRect().topRight()).x()
        column = round(left / (COLUMN_W + GAP))
        assert right <= column * (COLUMN_W + GAP) + COLUMN_W + 0.5, item.text()


def test_overview_opens_from_the_view_menu_by_key(
    window: MainWindow, two_stations: Path, qtbot
) -> None:
    """A main workflow with a key and a menu entry, not only a button that hides
    behind the canvas toolbar's ›› on a 1024-px screen."""
    from PySide6.QtCore import Qt

    assert window.open_project(str(two_stations))
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    action = window.workflow.overview_action
    assert action in view_menu.actions()
    assert action.shortcut().toString() == "Ctrl+Shift+T"
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_T, keys)
    page = window.workflow.themes
    assert page is not None
    qtbot.waitUntil(lambda: page.overview is not None and page.overview.isVisible())
    page.overview.close()


HOSTILE = '<b>EVIL</b><img src="no-such-picture.png"> & <a href="http://example.org">x</a>'


def test_overview_tooltips_show_station_and_theme_names_as_typed(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    """A tooltip is rich text when it looks like HTML (Qt::mightBeRichText): a station
    named "<b>…<img src=…>" rendered bold and fetched a picture in the overview."""
    from PySide6.QtGui import QTextDocument

    path = tmp_path / "hostile.pinscribe"
    with Project.create(path, title="Hostile") as project:
        for suffix in (" A", " B"):
            station = project.stations.add(HOSTILE + suffix)
            ids = fill_station(project, station.id, [("yellow", HOSTILE + " note")])
            theme = project.themes.add(station.id, HOSTILE + " theme" + suffix)
            project.notes.set_theme(ids, theme.id)
    assert window.open_project(str(path))
    overview = WorkshopOverview(window.document, window)
    qtbot.addWidget(overview)
    tips = [item.toolTip() for item in overview.scene.items() if item.toolTip()]
    shown = []
    for text in tips:
        document = QTextDocument()
        document.setHtml(text)  # how Qt shows a tooltip that might be rich text
        shown.append(document.toPlainText())
    assert HOSTILE + " A" in shown and HOSTILE + " B" in shown, tips
    assert "Cross-station themes" in shown
    boxes = [text for text in shown if text != "Cross-station themes"]
    assert len(boxes) == 4 and all(HOSTILE in text for text in boxes), shown  # as typed
    assert f"{HOSTILE} theme A (1)\n• {HOSTILE} note" in shown  # a box's tip: all of it
