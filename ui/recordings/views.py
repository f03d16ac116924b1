"""The picture views of the recordings window: zoomable, with corner handles or regions.

Scene coordinates are pixels of the full image (the original photo or the flattened
recording); a picture shown downscaled is scaled back up by its pixmap item.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPixmapItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from app.domain import Point

MIN_ZOOM, MAX_ZOOM = 0.01, 16.0
HANDLE_SIZE = 14
#: Smallest region one can draw, in screen pixels.
MIN_DRAWN = 8


def cosmetic_pen(color: QColor, width: float = 2.0) -> QPen:
    pen = QPen(color, width)
    pen.setCosmetic(True)
    return pen


class ImageView(QGraphicsView):
    """A picture that fits the view until zoomed (wheel); pan with the middle button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picture = QGraphicsScene(self)
        self.picture.setBackgroundBrush(QColor(60, 60, 60))
        self.setScene(self.picture)
        self.pixmap_item = QGraphicsPixmapItem()
        self.pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.pixmap_item.setZValue(-1)
        self.picture.addItem(self.pixmap_item)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setMinimumSize(140, 140)
        self.message = QGraphicsSimpleTextItem()
        self._fit = True
        self._pan_from: QPointF | None = None

    def set_image(self, image: QImage | None, full_size: tuple[int, int] | None = None) -> None:
        """Show ``image`` as a picture of ``full_size`` pixels (its own size if None)."""
        if image is None or image.isNull():
            self.pixmap_item.setPixmap(QPixmap())
            self.picture.setSceneRect(QRectF(0, 0, 1, 1))
            return
        self.pixmap_item.setPixmap(QPixmap.fromImage(image))
        width, height = full_size or (image.width(), image.height())
        self.pixmap_item.setScale(width / max(image.width(), 1))
        self.picture.setSceneRect(QRectF(0, 0, width, height))
        self.zoom_fit()

    def has_image(self) -> bool:
        return not self.pixmap_item.pixmap().isNull()

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_fit(self) -> None:
        rect = self.picture.sceneRect()
        if not rect.isEmpty():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._fit = True

    def zoom_by(self, factor: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom() * factor))
        self._fit = False
        self.setTransform(QTransform.fromScale(zoom, zoom))

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(1.25**steps)
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.zoom_fit()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.zoom_fit()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            bars = (self.horizontalScrollBar(), self.verticalScrollBar())
            bars[0].setValue(bars[0].value() - round(delta.x()))
            bars[1].setValue(bars[1].value() - round(delta.y()))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            self.viewport().unsetCursor()
            return
        super().mouseReleaseEvent(event)


class CornerHandle(QGraphicsEllipseItem):
    """One poster corner, the same size on screen at every zoom."""

    def __init__(self, view: CornerView, index: int) -> None:
        half = HANDLE_SIZE / 2
        super().__init__(QRectF(-half, -half, HANDLE_SIZE, HANDLE_SIZE))
        self.view = view
        self.index = index
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton)
        self.setPen(QPen(QColor(20, 20, 20), 1.5))
        self.setBrush(QBrush(QColor(255, 200, 0)))
        self.setZValue(3)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.view.drag_corner(self.index, event.scenePos())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.view.move_corner(self.index, event.scenePos())


class CornerView(ImageView):
    """The original photo with the poster's four corners as draggable handles."""

    #: The user moved a corner: the four corners in photo pixels.
    cornersEdited = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quad = QGraphicsPolygonItem()
        self.quad.setPen(cosmetic_pen(QColor(255, 200, 0), 2.5))
        self.quad.setBrush(QBrush(QColor(255, 200, 0, 18)))
        self.quad.setZValue(2)
        self.picture.addItem(self.quad)
        self.handles = [CornerHandle(self, i) for i in range(4)]
        for handle in self.handles:
            self.picture.addItem(handle)
            handle.hide()
        self.quad.hide()

    def set_corners(self, corners: Sequence[Point] | None) -> None:
        """Show ``corners`` (photo pixels), or none."""
        if not corners or len(corners) != 4:
            self.quad.hide()
            for handle in self.handles:
                handle.hide()
            return
        for handle, (x, y) in zip(self.handles, corners, strict=True):
            handle.setPos(QPointF(x, y))
            handle.show()
        self._update_quad()
        self.quad.show()

    def corners(self) -> list[Point]:
        return [(h.pos().x(), h.pos().y()) for h in self.handles]

    def _clamp(self, pos: QPointF) -> QPointF:
        rect = self.picture.sceneRect()
        return QPointF(
            min(max(pos.x(), rect.left()), rect.right()),
            min(max(pos.y(), rect.top()), rect.bottom()),
        )

    def _update_quad(self) -> None:
        self.quad.setPolygon(QPolygonF([h.pos() for h in self.handles]))

    def drag_corner(self, index: int, pos: QPointF) -> None:
        """Follow the mouse while a handle is dragged (nothing is stored)."""
        self.handles[index].setPos(self._clamp(pos))
        self._update_quad()

    def move_corner(self, index: int, pos: QPointF) -> None:
        """Put a corner at ``pos`` (scene = photo pixels) and announce the new corners."""
        self.drag_corner(index, pos)
        self.cornersEdited.emit(self.corners())


class RegionItem(QGraphicsRectItem):
    """A marked region of the flattened recording with its caption."""

    def __init__(self, region_id: int, rect: QRectF, caption: str, color: QColor) -> None:
        super().__init__(rect)
        self.region_id = region_id
        self.color = color
        self.label = QGraphicsSimpleTextItem(caption, self)
        self.label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.label.setBrush(QBrush(QColor("white")))
        self.label.setPos(rect.topLeft())
        self.label_back = QGraphicsRectItem(self)
        self.label_back.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.label_back.setPos(rect.topLeft())
        self.label_back.setZValue(-0.5)
        self.label_back.setPen(QPen(Qt.PenStyle.NoPen))
        self.label.setZValue(0.5)
        box = self.label.boundingRect().adjusted(-3, -1, 3, 1)
        self.label_back.setRect(box)
        self.label.setVisible(bool(caption))
        self.label_back.setVisible(bool(caption))
        self.set_highlighted(False)

    def set_highlighted(self, highlighted: bool) -> None:
        self.setPen(cosmetic_pen(self.color, 4.0 if highlighted else 2.0))
        fill = QColor(self.color)
        fill.setAlpha(60 if highlighted else 25)
        self.setBrush(QBrush(fill))
        self.label_back.setBrush(QBrush(self.color.darker(130)))


class RegionView(ImageView):
    """The flattened recording with its regions; drag with the left button to draw one."""

    #: A rectangle was drawn: x, y, w, h in flattened-image pixels.
    regionDrawn = Signal(QRectF)
    #: A region was clicked (its id).
    regionClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.regions: dict[int, RegionItem] = {}
        self._draw_from: QPointF | None = None
        self._rubber = QGraphicsRectItem()
        self._rubber.setPen(cosmetic_pen(QColor(0, 160, 255), 2))
        self._rubber.setZValue(5)
        self._rubber.hide()
        self.picture.addItem(self._rubber)
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(self.tr("Drag a rectangle to mark a region"))

    def set_regions(self, regions: Sequence[tuple[int, QRectF, str, QColor]]) -> None:
        for item in self.regions.values():
            self.picture.removeItem(item)
        self.regions = {}
        for region_id, rect, caption, color in regions:
            item = RegionItem(region_id, rect, caption, color)
            self.picture.addItem(item)
            self.regions[region_id] = item

    def highlight(self, region_id: int | None) -> None:
        for key, item in self.regions.items():
            item.set_highlighted(key == region_id)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.has_image():
            self._draw_from = self.mapToScene(event.position().toPoint())
            self._rubber.setRect(QRectF(self._draw_from, self._draw_from))
            self._rubber.show()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._draw_from is not None:
            here = self.mapToScene(event.position().toPoint())
            self._rubber.setRect(QRectF(self._draw_from, here).normalized())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._draw_from is not None and event.button() == Qt.MouseButton.LeftButton:
            start, self._draw_from = self._draw_from, None
            self._rubber.hide()
            end = self.mapToScene(event.position().toPoint())
            rect = QRectF(start, end).normalized() & self.picture.sceneRect()
            if min(rect.width(), rect.height()) * self.zoom() >= MIN_DRAWN:
                self.regionDrawn.emit(rect)
            else:
                self._click(start)
            return
        super().mouseReleaseEvent(event)

    def _click(self, pos: QPointF) -> None:
        hits = [i for i in self.regions.values() if i.rect().contains(pos)]
        if hits:
            smallest = min(hits, key=lambda i: i.rect().width() * i.rect().height())
            self.regionClicked.emit(smallest.region_id)
