"""Fitting every screen: no resize loop on the themes canvas."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.boards import imported_project
from tests.ui.test_canvas import canvas, canvas_file  # noqa: F401 (fixtures)
from ui.canvas.page import CanvasPage
from ui.canvas.view import CanvasView
from ui.main_window import MainWindow
from ui.screens import keep_on_screen


class ResizeCounter(QObject):
    """Counts the viewport's resizes; ends a loop (stops fitting) instead of hanging."""

    def __init__(self, view: CanvasView) -> None:
        super().__init__()
        self.view = view
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.count += 1
            if self.count > 200:
                self.view.auto_fit = False
        return False


def test_narrowing_the_canvas_does_not_loop(canvas: CanvasPage, qtbot) -> None:  # noqa: F811
    """Each width the splitter gives settles after a few resizes (the scroll bars)."""
    view = canvas.view
    counter = ResizeCounter(view)
    view.viewport().installEventFilter(counter)
    canvas.window().resize(1024, 710)
    worst = 0
    for width in range(700, 150, -7):
        view.setFixedWidth(width)
        counter.count = 0
        for _ in range(50):
            QApplication.processEvents()
        worst = max(worst, counter.count)
        assert counter.count < 10, f"{counter.count} resizes at width {width}"
    assert view.auto_fit


def test_cards_zoomed_far_out_show_their_content(canvas: CanvasPage, qtbot) -> None:  # noqa: F811
    """At a small "Fit" (a big workshop, a small screen) a card is not a blank box."""
    scene, view = canvas.scene, canvas.view
    qtbot.waitUntil(lambda: all(canvas.crops.pixmap(i) for i in scene.cards), timeout=10_000)
    view.resetTransform()
    view.scale(0.25, 0.25)
    card = next(iter(scene.cards.values()))
    view.centerOn(card)
    image = view.viewport().grab().toImage()
    rect = view.mapFromScene(card.sceneBoundingRect()).boundingRect().adjusted(3, 3, -3, -3)
    colours = {
        image.pixel(x, y)
        for x in range(rect.left(), rect.right())
        for y in range(rect.top(), rect.bottom())
    }
    assert len(colours) > 8  # the crop's text and colours, not one fill


#: A 1600×1000 screen at 2× scale is 800×500 for Qt, less a panel: the smallest target.
SMALL = QSize(780, 470)


def fits(widget: QWidget) -> bool:
    hint = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    return hint.width() <= SMALL.width() and hint.height() <= SMALL.height()


def test_every_window_fits_a_small_screen(window: MainWindow, tmp_path: Path, qtbot) -> None:
    """The main window, its pages and every dialog can be made as small as 780×470
    and open no larger than the screen (buttons never off-screen)."""
    path, _, _ = imported_project(tmp_path)
    assert window.open_project(str(path))
    area = window.screen().availableGeometry()
    page = window.workflow.themes
    assert page is not None
    window.workflow.themes_action.trigger()
    opened = [
        page.open_suggestions(),
        page.open_duplicates(),
        page.open_overview(),
        window.exporter.open_dialog(),
        window.project_view.workshop_dialog,
    ]
    window.recordings.open_window()
    window.workflow.open_review()
    opened += [window.recordings.window, window.workflow.review]
    assert fits(window), window.minimumSizeHint()
    for dialog in opened:
        assert dialog is not None
        assert fits(dialog), (type(dialog).__name__, dialog.minimumSizeHint())
        assert dialog.width() <= area.width() and dialog.height() <= area.height()
        dialog.close()


def test_a_window_saved_off_screen_comes_back(window: MainWindow, qtbot) -> None:
    area = window.screen().availableGeometry()
    window.move(area.right() + 2000, area.bottom() + 2000)
    keep_on_screen(window)
    assert area.contains(window.frameGeometry().topLeft())
    assert area.intersects(window.frameGeometry())


def test_the_problems_panel_keeps_the_window_small(window: MainWindow, tmp_path: Path) -> None:
    path, _, _ = imported_project(tmp_path)
    assert window.open_project(str(path))
    window.workflow.problems.add_problem("x.jpg", "image file is damaged")
    assert window.workflow.problems.isVisibleTo(window)
    assert fits(window), window.minimumSizeHint()


def test_a_title_card_zoomed_far_out_shows_its_whole_word(canvas: CanvasPage) -> None:  # noqa: F811
    """At a small "Fit" a title card's long word ("KOMMUNIKATION", the demo's third
    board) is drawn smaller rather than cut off at the card's edge."""
    import dataclasses

    from PySide6.QtGui import QFontMetricsF, QImage, QPainter
    from PySide6.QtWidgets import QStyleOptionGraphicsItem

    from ui.canvas.items import CARD_H, CARD_W

    card = next(iter(canvas.scene.cards.values()))
    card.set_note(dataclasses.replace(card.note, kind="header", text="KOMMUNIKATION"))
    image = QImage(int(CARD_W), int(CARD_H), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    painter.scale(0.25, 0.25)  # level of detail 0.25: the overview drawing
    card.paint(painter, QStyleOptionGraphicsItem(), None)
    font = painter.font()
    painter.end()
    assert font.bold() and font.pixelSize() < 30
    assert QFontMetricsF(font).horizontalAdvance("KOMMUNIKATION") <= CARD_W - 8


def test_a_geometry_from_another_screen_size_opens_at_a_useful_size(
    settings, dialogs, qtbot
) -> None:
    """Saved on a 1920-px monitor, opened on this screen: Qt refuses the geometry
    (screen width off by more than 25 %); the window opens at its usual size, not
    at its smallest."""
    import struct

    from PySide6.QtCore import QByteArray

    from ui.screens import fit_size
    from ui.settings import WINDOW_GEOMETRY

    first = MainWindow(settings, dialogs)
    qtbot.addWidget(first)
    first.resize(700, 500)
    saved = bytearray(first.saveGeometry().data())
    first.close()
    # magic, version, frame and normal rectangles, screen number, two flags: then the width
    saved[46:50] = struct.pack(">i", first.screen().geometry().width() * 2)
    settings.set(WINDOW_GEOMETRY, QByteArray(bytes(saved)))
    window = MainWindow(settings, dialogs)
    qtbot.addWidget(window)
    assert window.size() == fit_size(window, QSize(1100, 720))
    window.close()
