"""A note's card on the canvas, and the sizes the canvas is laid out with.

Cards show the model and never change it. A card is painted once per zoom level
(:attr:`QGraphicsItem.CacheMode.DeviceCoordinateCache`), so dragging hundreds of
them only moves cached pictures; zoomed far out it is a plain coloured block.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.domain import Note
from ui.board.items import note_color
from ui.plain import tip

if TYPE_CHECKING:
    from ui.canvas.crops import CropCache

translate = QCoreApplication.translate

CARD_W, CARD_H = 160.0, 124.0
CROP_H = 64.0
TITLE_H = 40.0


def title_height(width: float) -> float:
    """A frame's title band: taller for wide frames, so names stay legible zoomed out."""
    return max(TITLE_H, min(160.0, width / 16))


SELECTION = QColor("#1565c0")
#: Below this scale a card shows its photo crop or a few large words (small text is unreadable).
DETAIL_LOD = 0.4
#: Below this scale a card is a coloured block only.
BLOCK_LOD = 0.08
_WRAP = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def _pastel(colour: QColor) -> QColor:
    """A note's colour softened towards white, so that its text reads well."""
    return QColor(
        (colour.red() + 2 * 255) // 3,
        (colour.green() + 2 * 255) // 3,
        (colour.blue() + 2 * 255) // 3,
    )


class CardItem(QGraphicsRectItem):
    """One note: its crop, its text, its colour; header cards as the theme's title card.

    A rectangle item only for its bounding box and hit tests, which then run in C++
    (Qt asks for them thousands of times per frame); the painting is below.
    """

    def __init__(self, note: Note, crops: CropCache) -> None:
        super().__init__(0, 0, CARD_W, CARD_H)
        self.setPen(QPen(Qt.GlobalColor.transparent, 8))  # room for the selection outline
        self.note = note
        self._crops = crops
        flags = QGraphicsItem.GraphicsItemFlag
        self.setFlags(flags.ItemIsSelectable | flags.ItemIsMovable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(1)
        self._update_tooltip()

    @property
    def note_id(self) -> int:
        return self.note.id

    def set_note(self, note: Note) -> None:
        if note != self.note:
            self.note = note
            self._update_tooltip()
            self.update()

    def _update_tooltip(self) -> None:
        text = self.note.text or translate("Canvas", "(no text)")
        if self.note.tags:
            text += "\n" + " ".join(f"#{t}" for t in self.note.tags)
        self.setToolTip(tip(text))

    def _paint_overview(self, painter: QPainter) -> None:
        """Zoomed far out (a whole workshop at "Fit"): the crop large, else large words."""
        pixmap = self._crops.pixmap(self.note.id)
        area = QRectF(4, 4, CARD_W - 8, CARD_H - 8)
        if pixmap is not None and self.note.kind != "header":
            size = pixmap.size().scaled(
                int(area.width()), int(area.height()), Qt.AspectRatioMode.KeepAspectRatio
            )
            target = QRectF(
                area.x() + (area.width() - size.width()) / 2,
                area.y() + (area.height() - size.height()) / 2,
                size.width(),
                size.height(),
            )
            painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
            return
        font = QFont(painter.font())
        font.setPixelSize(30)
        font.setBold(True)
        painter.setFont(font)
        text = self.note.text or ""
        # the longest word is made smaller rather than cut ("KOMMUNIKATION")
        longest = max(text.split() or [""], key=len)
        while font.pixelSize() > 12 and (
            painter.fontMetrics().horizontalAdvance(longest) > area.width()
        ):
            font.setPixelSize(font.pixelSize() - 2)
            painter.setFont(font)
        painter.setPen(QColor("#212121"))
        painter.drawText(area, _WRAP, text)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        note = self.note
        header = note.kind == "header"
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = note_color(note.color)
        fill = QColor("#ffffff") if header else _pastel(colour)
        if selected:
            pen = QPen(SELECTION, 4)
        elif header:
            pen = QPen(QColor("#424242"), 2)
        else:
            pen = QPen(colour.darker(140), 1)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < DETAIL_LOD:
            painter.drawRect(QRectF(0, 0, CARD_W, CARD_H))
            if lod >= BLOCK_LOD:
                self._paint_overview(painter)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.drawRoundedRect(QRectF(0, 0, CARD_W, CARD_H), 6, 6)
        text_top = 6.0
        pixmap = self._crops.pixmap(note.id)
        if pixmap is not None and not header:
            area = QRectF(6, 6, CARD_W - 12, CROP_H)
            size = pixmap.size().scaled(
                int(area.width()), int(area.height()), Qt.AspectRatioMode.KeepAspectRatio
            )
            target = QRectF(
                area.x() + (area.width() - size.width()) / 2, area.y(), size.width(), size.height()
            )
            painter.drawPixmap(target, pixmap, QRectF(pixmap.rect()))
            text_top = 6 + CROP_H + 3
        elif not header:
            text_top = 8.0
        font = QFont(painter.font())
        font.setPixelSize(15 if header else 12)
        font.setBold(header)
        painter.setFont(font)
        text = note.text or translate("Canvas", "(no text)")
        if header:  # a title card's long word is made smaller rather than cut
            longest = max(text.split() or [""], key=len)
            while font.pixelSize() > 9 and (
                painter.fontMetrics().horizontalAdvance(longest) > CARD_W - 16
            ):
                font.setPixelSize(font.pixelSize() - 1)
                painter.setFont(font)
        painter.setPen(QColor("#212121"))
        bottom = CARD_H - (20 if note.tags or header else 6)
        painter.drawText(QRectF(8, text_top, CARD_W - 16, bottom - text_top), _WRAP, text)
        small = QFont(font)
        small.setPixelSize(10)
        small.setBold(False)
        painter.setFont(small)
        if header:
            painter.setPen(QColor("#616161"))
            painter.drawText(
                QRectF(8, CARD_H - 18, CARD_W - 16, 14),
                Qt.AlignmentFlag.AlignLeft,
                translate("Canvas", "Title card"),
            )
        elif note.tags:
            painter.setPen(QColor("#37474f"))
            tags = " ".join(f"#{t}" for t in note.tags)
            painter.drawText(
                QRectF(8, CARD_H - 18, CARD_W - 16, 14), Qt.AlignmentFlag.AlignLeft, tags
            )
        if not note.reviewed and not header:  # a dot: the text is still to be checked
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#ef6c00"))
            painter.drawEllipse(QPointF(CARD_W - 10, 10), 4, 4)
