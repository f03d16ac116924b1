"""Item delegates shared by the lists of the shell."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

SubtitleRole = Qt.ItemDataRole.UserRole + 100


class TwoLineDelegate(QStyledItemDelegate):
    """Draws an item's text in bold over a dimmed, elided second line.

    The second line is the item's data in ``subtitle_role``; colours come from the
    palette, so light and dark themes both work.
    """

    def __init__(self, subtitle_role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._subtitle_role = subtitle_role

    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        bold, plain = self._fonts(option)
        height = QFontMetrics(bold).lineSpacing() + QFontMetrics(plain).lineSpacing()
        return QSize(QFontMetrics(bold).averageCharWidth() * 20, height + 12)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        title = option.text
        subtitle = str(index.data(self._subtitle_role) or "")
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)

        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        main = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        dim = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        bold, plain = self._fonts(option)
        rect: QRect = option.rect.adjusted(8, 6, -8, -6)
        top = QRect(rect.left(), rect.top(), rect.width(), QFontMetrics(bold).lineSpacing())
        bottom = QRect(rect.left(), top.bottom() + 1, rect.width(), rect.bottom() - top.bottom())
        painter.save()
        painter.setFont(bold)
        painter.setPen(palette.color(main))
        elide = Qt.TextElideMode.ElideRight
        painter.drawText(top, 0, QFontMetrics(bold).elidedText(title, elide, top.width()))
        painter.setFont(plain)
        painter.setPen(palette.color(dim))
        painter.drawText(bottom, 0, QFontMetrics(plain).elidedText(subtitle, elide, bottom.width()))
        painter.restore()
