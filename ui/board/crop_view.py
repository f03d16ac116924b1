"""A note's crop, shown as large as its space allows, keeping its proportions."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QFrame, QSizePolicy, QWidget


def crop_pixmap(data: bytes | None) -> QPixmap:
    """The stored crop bytes (JPEG or PNG) as a pixmap; null when there are none."""
    if not data:
        return QPixmap()
    return QPixmap.fromImage(QImage.fromData(data))


class CropView(QFrame):
    def __init__(self, parent: QWidget | None = None, *, minimum: int = 160) -> None:
        super().__init__(parent)
        self._pixmap = QPixmap()
        self._placeholder = ""
        self._minimum = minimum
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)

    def set_crop(self, data: bytes | None, placeholder: str = "") -> None:
        self._pixmap = crop_pixmap(data)
        self._placeholder = placeholder
        self.update()

    def pixmap(self) -> QPixmap:
        return self._pixmap

    def sizeHint(self) -> QSize:
        return QSize(self._minimum * 2, self._minimum * 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(self._minimum, self._minimum)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        area = self.contentsRect().adjusted(6, 6, -6, -6)
        if self._pixmap.isNull():
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self._placeholder)
            return
        size = self._pixmap.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        if size.width() > self._pixmap.width() * 3:  # do not blow tiny crops up beyond use
            size = self._pixmap.size() * 3
        x = area.x() + (area.width() - size.width()) // 2
        y = area.y() + (area.height() - size.height()) // 2
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(x, y, size.width(), size.height(), self._pixmap)
