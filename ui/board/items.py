"""Graphics items of the board view: a note's outline and its corner handles.

Items show the model; they never change it. A handle drag only moves the outline
drawn on screen and, on release, hands the new polygon to ``on_corners_moved``;
the view turns that into an undo command, and the item follows the stored note.

The items are Qt's own polygon and rectangle items with pens and brushes set from
Python only when a note or its selection changes: painting, bounding boxes and hit
tests run in C++ without Python's global lock, so the view repaints smoothly with
hundreds of notes even while an import is busy in a background thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsSceneMouseEvent,
)

from app.domain import Note, Point
from ui.plain import tip

#: Outline colour per note colour name.
NOTE_COLORS = {
    "yellow": "#f5c400",
    "orange": "#ff8c1a",
    "pink": "#ff4fa3",
    "green": "#2ecc40",
    "blue": "#1e90ff",
    "purple": "#a259ff",
    "white": "#ffffff",
    "other": "#bbbbbb",
}
HANDLE_SIZE = 10.0

CornersMoved = Callable[[int, list[Point]], None]


def note_color(name: str) -> QColor:
    return QColor(NOTE_COLORS.get(name, NOTE_COLORS["other"]))


def _cosmetic_pen(color: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(color, width, style)
    pen.setCosmetic(True)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


class HandleItem(QGraphicsRectItem):
    """A corner handle, the same size on screen at every zoom."""

    def __init__(self, parent: NoteItem, index: int) -> None:
        half = HANDLE_SIZE / 2
        super().__init__(QRectF(-half, -half, HANDLE_SIZE, HANDLE_SIZE), parent)
        self.index = index
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setPen(QPen(QColor("black"), 1))
        self.setBrush(QBrush(QColor("white")))
        self.setZValue(2)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        note = self.parentItem()
        assert isinstance(note, NoteItem)
        note.drag_corner(self.index, note.mapFromScene(event.scenePos()))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        note = self.parentItem()
        assert isinstance(note, NoteItem)
        note.finish_drag()


class NoteItem(QGraphicsPolygonItem):
    """A note's outline in its colour over a dark halo; dashed while not reviewed.

    Handles appear while it is the only note selected.
    """

    def __init__(self, note: Note, on_corners_moved: CornersMoved) -> None:
        super().__init__()
        self.note_id = note.id
        self._on_corners_moved = on_corners_moved
        self._handles: list[HandleItem] = []
        self._dragging = False
        self._color = QColor()
        self._reviewed = False
        self._highlighted = False
        self._halo = QGraphicsPolygonItem(self)
        self._halo.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent)
        self._halo.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        # Repaints that do not change a note (a progress bar, a neighbour) blit its
        # cached outline.
        for item in (self, self._halo):
            item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.set_note(note)

    # The model's state

    def set_note(self, note: Note) -> None:
        """Show the stored note (after a change); ends any drag preview."""
        self._set_outline(QPolygonF([QPointF(x, y) for x, y in note.polygon]))
        self._color = note_color(note.color)
        self._reviewed = note.reviewed
        self._dragging = False
        self.setToolTip(tip((note.text or "").strip()[:200]))
        self._update_look()

    def set_highlighted(self, highlighted: bool) -> None:
        """Draw the outline as selected (thicker, lightly filled)."""
        if highlighted != self._highlighted:
            self._highlighted = highlighted
            self._update_look()

    def points(self) -> list[Point]:
        outline = self.polygon()
        return [(outline.at(i).x(), outline.at(i).y()) for i in range(outline.count())]

    def _set_outline(self, outline: QPolygonF) -> None:
        self.setPolygon(outline)
        self._halo.setPolygon(outline)
        self._place_handles()

    def _update_look(self) -> None:
        width = 4.0 if self._highlighted else 2.0
        dashed = not self._reviewed and not self._highlighted
        style = Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine
        self.setPen(_cosmetic_pen(self._color, width, style))
        self._halo.setPen(_cosmetic_pen(QColor(0, 0, 0, 150), width + 2))
        if self._highlighted:
            fill = QColor(self._color)
            fill.setAlpha(60)
            self.setBrush(QBrush(fill))
        else:
            self.setBrush(QBrush(Qt.BrushStyle.NoBrush))

    # Handles and dragging

    def show_handles(self, visible: bool) -> None:
        if visible and not self._handles:
            self._handles = [HandleItem(self, i) for i in range(self.polygon().count())]
            self._place_handles()
        elif not visible and self._handles:
            scene = self.scene()
            for handle in self._handles:
                if scene is not None:
                    scene.removeItem(handle)  # also detaches it from this item
                else:
                    handle.setParentItem(None)
            self._handles = []

    def has_handles(self) -> bool:
        return bool(self._handles)

    def handle(self, index: int) -> HandleItem:
        return self._handles[index]

    def _place_handles(self) -> None:
        outline = self.polygon()
        for handle in self._handles:
            if handle.index < outline.count():
                handle.setPos(outline.at(handle.index))

    def drag_corner(self, index: int, pos: QPointF) -> None:
        outline = self.polygon()
        points = [outline.at(i) for i in range(outline.count())]
        points[index] = pos
        self._dragging = True
        self._set_outline(QPolygonF(points))

    def finish_drag(self) -> None:
        if self._dragging:
            self._dragging = False
            self._on_corners_moved(self.note_id, self.points())
