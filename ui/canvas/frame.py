"""A theme's frame on the canvas: a coloured, titled box that holds its cards.

Qt's own path and text items draw it (in C++, without Python per repaint), so a
frame as large as a thousand cards costs nothing while cards are dragged over it.
The frame tells its scene when it was dragged by its title or its title was
double-clicked; the scene turns that into an undo command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
)

from app.domain import Theme
from ui.canvas.items import SELECTION, TITLE_H, title_height
from ui.plain import tip

if TYPE_CHECKING:
    from ui.canvas.scene import CanvasScene

translate = QCoreApplication.translate

UNSORTED_COLOR = "#9e9e9e"
RADIUS = 10.0


class FrameItem(QGraphicsPathItem):
    """A theme (or the unsorted notes, with ``theme`` None): a titled, coloured frame.

    Drag it by its title band to reorder the themes; double-click the title to rename.
    """

    def __init__(self, theme: Theme | None) -> None:
        super().__init__()
        self.theme = theme
        self.width, self.height = 0.0, 0.0
        self.title_h = TITLE_H
        self.count = 0
        self.has_cards = False
        self.highlight = False
        #: Where the layout put the frame (it leaves it while being dragged).
        self.slot = QRectF()
        self._carried: list[tuple[QGraphicsItem, QPointF]] = []
        self.band = QGraphicsPathItem(self)
        self.band.setPen(QPen(Qt.PenStyle.NoPen))
        self.name_item = QGraphicsSimpleTextItem(self)
        self.count_item = QGraphicsSimpleTextItem(self)
        self.hint = QGraphicsTextItem(self)
        self.hint.setDefaultTextColor(QColor("#757575"))
        option = self.hint.document().defaultTextOption()
        option.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.document().setDefaultTextOption(option)
        for child in (self.band, self.name_item, self.count_item, self.hint):
            child.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(0)
        if theme is not None:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    @property
    def theme_id(self) -> int | None:
        return self.theme.id if self.theme else None

    def title(self) -> str:
        return self.theme.name if self.theme else translate("Canvas", "Unsorted")

    def colour(self) -> QColor:
        return QColor(self.theme.color if self.theme else UNSORTED_COLOR)

    def set_theme(self, theme: Theme | None) -> None:
        if theme != self.theme:
            self.theme = theme
            self._restyle()

    def set_geometry(self, rect: QRectF, count: int, has_cards: bool = True) -> None:
        self.slot = QRectF(rect)
        self.setPos(rect.topLeft())
        size = (rect.width(), rect.height())
        if size != (self.width, self.height) or (count, has_cards) != (
            self.count,
            self.has_cards,
        ):
            self.width, self.height = size
            self.count, self.has_cards = count, has_cards
            self.title_h = title_height(self.width)
            self._reshape()

    def set_highlight(self, on: bool) -> None:
        if on != self.highlight:
            self.highlight = on
            self._restyle()

    def title_rect(self) -> QRectF:
        """The title band in scene coordinates (where the inline editor goes)."""
        return QRectF(
            self.pos(), QPointF(self.pos().x() + self.width, self.pos().y() + self.title_h)
        )

    def _reshape(self) -> None:
        body = QPainterPath()
        body.addRoundedRect(QRectF(0, 0, self.width, self.height), RADIUS, RADIUS)
        self.setPath(body)
        band = QPainterPath()
        band.setFillRule(Qt.FillRule.WindingFill)
        band.addRoundedRect(QRectF(1, 1, self.width - 2, self.title_h), RADIUS - 1, RADIUS - 1)
        band.addRect(QRectF(1, self.title_h / 2, self.width - 2, self.title_h / 2 + 1))
        self.band.setPath(band.simplified())
        font = QFont()
        font.setPixelSize(round(self.title_h * 0.45))
        self.count_item.setFont(font)
        self.count_item.setText(str(self.count))
        count_w = self.count_item.boundingRect().width()
        text_h = self.count_item.boundingRect().height()
        self.count_item.setPos(self.width - count_w - 12, (self.title_h - text_h) / 2)
        font.setBold(True)
        self.name_item.setFont(font)
        self.name_item.setPos(12, (self.title_h - text_h) / 2)
        hint_font = QFont()
        hint_font.setPixelSize(round(self.title_h * 0.33))
        self.hint.setFont(hint_font)
        self.hint.setTextWidth(self.width - 24)
        self.hint.setPos(12, self.title_h + (self.height - self.title_h) / 2 - self.title_h * 0.4)
        self._restyle()

    def _restyle(self) -> None:
        colour = self.colour()
        body = QColor(colour)
        body.setAlpha(60 if self.highlight else 32)
        border = QPen(
            SELECTION if self.highlight else colour.darker(115), 4 if self.highlight else 2
        )
        if self.theme is None:
            border.setStyle(Qt.PenStyle.DashLine)
        self.setPen(border)
        self.setBrush(QBrush(body))
        band = QColor(colour)
        band.setAlpha(200 if self.theme else 90)
        self.band.setBrush(QBrush(band))
        self._set_name()
        if self.count == 0 and not self.has_cards:
            self.hint.setPlainText(
                translate("Canvas", "Drag notes here")
                if self.theme
                else translate(
                    "Canvas", "Every note is in a theme. Drag notes here to unsort them."
                )
            )
            self.hint.show()
        else:
            self.hint.hide()

    def _set_name(self) -> None:
        room = self.width - self.count_item.boundingRect().width() - 36
        metrics = QFontMetricsF(self.name_item.font())
        self.name_item.setText(metrics.elidedText(self.title(), Qt.TextElideMode.ElideRight, room))
        self.setToolTip(tip(self.title()))
        provisional = bool(self.theme and self.theme.provisional)
        if self.name_item.font().italic() != provisional:
            font = self.name_item.font()
            font.setItalic(provisional)  # a name proposed from unreviewed text
            self.name_item.setFont(font)
        if provisional:
            self.setToolTip(
                tip(
                    translate(
                        "Canvas", "%1 (proposed from unreviewed text: rename or confirm it)"
                    ).replace("%1", self.title())
                )
            )

    def _canvas(self) -> CanvasScene | None:
        return self.scene()  # type: ignore[return-value]

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if (
            self.theme is None
            or event.pos().y() > self.title_h
            or event.button() != Qt.MouseButton.LeftButton
        ):
            event.ignore()  # the body: rubber-band selection starts in the view
            return
        self.setZValue(2)
        scene = self._canvas()
        # The frame's cards travel with it (they are not its children: cards change frames).
        self._carried = [
            (card, card.pos())
            for card in (scene.cards.values() if scene else [])
            if card.note.theme_id == self.theme.id
        ]
        for card, _ in self._carried:
            card.setZValue(3)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseMoveEvent(event)
        delta = self.pos() - self.slot.topLeft()
        for card, start in self._carried:
            card.setPos(start + delta)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.setZValue(0)
        for card, _ in self._carried:
            card.setZValue(1)
        self._carried = []
        scene = self._canvas()
        if scene is None:
            return
        if (self.pos() - self.slot.topLeft()).manhattanLength() > 4:
            scene.frame_dropped(self, event.scenePos())
        else:
            scene.relayout()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        scene = self._canvas()
        if scene is not None and self.theme is not None and event.pos().y() <= self.title_h:
            scene.renameRequested.emit(self.theme.id)
            return
        super().mouseDoubleClickEvent(event)
