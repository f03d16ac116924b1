"""The canvas context menu: for the selected cards, for a theme frame, for the empty canvas."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QPoint, QPointF
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QMenu, QWidget

from app.store.themes import THEME_COLORS
from ui.canvas.editor import CanvasEditor
from ui.canvas.items import CardItem
from ui.plain import menu_text

translate = QCoreApplication.translate


class CanvasPageLike(Protocol):
    """What the menu needs of the page around the canvas."""

    def focus_tags(self) -> None: ...

    def show_on_board(self, note_id: int) -> None: ...

    def move_to_theme(self) -> bool: ...


def swatch(color: str) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def build_menu(
    editor: CanvasEditor, point: QPointF, parent: QWidget, page: CanvasPageLike
) -> QMenu:
    """The menu for what is at scene ``point``."""
    scene = editor.scene
    menu = QMenu(parent)
    item = next((i for i in scene.items(point) if isinstance(i, CardItem)), None)
    ids = scene.selected_ids()
    if item is not None and ids:
        show = menu.addAction(translate("Canvas", "Show on the Board"))
        show.triggered.connect(lambda: page.show_on_board(item.note_id))
        menu.addSeparator()
        new = menu.addAction(translate("Canvas", "New Theme from Selection"))
        new.triggered.connect(lambda: editor.new_theme(ids, rename=True))
        choose = menu.addAction(translate("Canvas", "Move to Theme…"))
        choose.triggered.connect(page.move_to_theme)
        move = menu.addMenu(translate("Canvas", "Move to Theme"))
        unsorted = move.addAction(translate("Canvas", "Unsorted"))
        unsorted.triggered.connect(lambda: editor.move_notes(ids, None))
        for theme in scene.themes:
            action = move.addAction(swatch(theme.color), menu_text(theme.name))
            action.triggered.connect(lambda _=False, t=theme.id: editor.move_notes(ids, t))
        menu.addSeparator()
        add_tag = menu.addAction(translate("Canvas", "Add Tag…"))
        add_tag.triggered.connect(page.focus_tags)
        tags = sorted({t for i in ids for t in scene.cards[i].note.tags}, key=str.casefold)
        if tags:
            remove = menu.addMenu(translate("Canvas", "Remove Tag"))
            for tag in tags:
                action = remove.addAction(menu_text(tag))
                action.triggered.connect(lambda _=False, t=tag: editor.remove_tag(ids, t))
        return menu
    frame = scene.frame_at(point)
    if frame is not None and frame.theme is not None:
        theme_id = frame.theme.id
        rename = menu.addAction(translate("Canvas", "Rename…"))
        rename.triggered.connect(lambda: scene.renameRequested.emit(theme_id))
        summary = menu.addAction(translate("Canvas", "Summary Statement…"))
        summary.triggered.connect(lambda: editor.edit_statement(theme_id))
        if frame.theme.provisional:
            confirm = menu.addAction(translate("Canvas", "Confirm Name"))
            confirm.triggered.connect(lambda: editor.confirm_name(theme_id))
        colours = menu.addMenu(translate("Canvas", "Colour"))
        for colour in THEME_COLORS:
            action = colours.addAction(swatch(colour), colour)
            action.setCheckable(True)
            action.setChecked(colour == frame.theme.color)
            action.triggered.connect(lambda _=False, c=colour: editor.recolour(theme_id, c))
        colours.addSeparator()
        other = colours.addAction(translate("Canvas", "Other Colour…"))
        other.triggered.connect(lambda: editor.choose_colour(theme_id))
        order = [t.id for t in scene.themes]
        left = menu.addAction(translate("Canvas", "Move Left"))
        left.setEnabled(order.index(theme_id) > 0)
        left.triggered.connect(lambda: editor.move_theme_by(theme_id, -1))
        right = menu.addAction(translate("Canvas", "Move Right"))
        right.setEnabled(order.index(theme_id) < len(order) - 1)
        right.triggered.connect(lambda: editor.move_theme_by(theme_id, 1))
        menu.addSeparator()
        delete = menu.addAction(translate("Canvas", "Delete Theme…"))
        delete.triggered.connect(lambda: editor.delete_theme(theme_id))
        return menu
    new = menu.addAction(translate("Canvas", "New Theme"))
    new.triggered.connect(lambda: editor.new_theme(rename=True))
    return menu


def show_menu(
    editor: CanvasEditor, point: QPointF, where: QPoint, parent: QWidget, page: CanvasPageLike
) -> None:
    menu = build_menu(editor, point, parent, page)
    menu.exec(where)
    menu.deleteLater()
