"""The note under review, large: its crop with the counted voting dots circled.

Or the photo around it with its outline. Zoom with the wheel or Ctrl++ / Ctrl+-.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QImage,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsPixmapItem,
    QGraphicsPolygonItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from app.domain import Point
from app.review import Dot

#: Colour of the circles around counted dots and of the outline on the photo.
MARK = QColor("#00e5ff")


class NoteView(QGraphicsView):
    """A zoomable picture of one note (crop or surroundings)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene_ = QGraphicsScene(self)
        self.setScene(self.scene_)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumSize(240, 240)
        self.circles: list[QGraphicsEllipseItem] = []
        self.outline: QGraphicsPolygonItem | None = None
        self._fit = True

    def show_crop(self, data: bytes | None, dots: Sequence[Dot], placeholder: str) -> None:
        """The note's crop, each counted dot circled."""
        self._clear()
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            self._placeholder(placeholder)
            return
        self.scene_.addItem(QGraphicsPixmapItem(QPixmap.fromImage(image)))
        pen = QPen(MARK, 2.5)
        pen.setCosmetic(True)
        for dot in dots:
            r = dot.r * 1.6 + 2
            circle = self.scene_.addEllipse(QRectF(dot.x - r, dot.y - r, 2 * r, 2 * r), pen)
            self.circles.append(circle)
        self._set_rect(QRectF(image.rect()))

    def show_surroundings(
        self, image: QImage, scale: float, polygon: Sequence[Point], placeholder: str
    ) -> None:
        """The photo (``scale`` display pixels per photo pixel) around the note's outline."""
        self._clear()
        if image.isNull() or len(polygon) < 3:
            self._placeholder(placeholder)
            return
        self.scene_.addItem(QGraphicsPixmapItem(QPixmap.fromImage(image)))
        shape = QPolygonF([QPointF(x * scale, y * scale) for x, y in polygon])
        pen = QPen(MARK, 3)
        pen.setCosmetic(True)
        self.outline = self.scene_.addPolygon(shape, pen)
        box = shape.boundingRect()
        margin = max(box.width(), box.height()) * 0.8
        self._set_rect(box.adjusted(-margin, -margin, margin, margin), scene=QRectF(image.rect()))

    def zoom(self) -> float:
        return float(self.transform().m11())

    def zoom_by(self, factor: float) -> None:
        self._fit = False
        zoom = self.zoom() * factor
        if 0.02 <= zoom <= 40:
            self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom_by(1.25 if event.angleDelta().y() > 0 else 0.8)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.fitInView(self._view_rect, Qt.AspectRatioMode.KeepAspectRatio)

    def _set_rect(self, rect: QRectF, scene: QRectF | None = None) -> None:
        self.scene_.setSceneRect(scene if scene is not None else rect)
        self._view_rect = rect
        self._fit = True
        self.resetTransform()
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def _placeholder(self, text: str) -> None:
        item = QGraphicsSimpleTextItem(text)
        item.setBrush(self.palette().placeholderText())
        self.scene_.addItem(item)
        self._set_rect(item.boundingRect().adjusted(-20, -20, 20, 20))

    def _clear(self) -> None:
        self.scene_.clear()
        self.circles = []
        self.outline = None
        self._view_rect = QRectF()
