"""Windows and dialogs that fit the screen they open on (1024×768, or 2× scale)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

#: Part of the screen a window may take at most when it opens.
SHARE = 0.92


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen the widget (or its parent window) is on, else the primary one."""
    parent = widget.parentWidget()
    for candidate in (widget, parent.window() if parent is not None else None):
        if candidate is not None and candidate.screen() is not None:
            return candidate.screen()
    return QGuiApplication.primaryScreen()


def available(widget: QWidget) -> QRect:
    screen = screen_of(widget)
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 768)


def fit_size(widget: QWidget, wanted: QSize) -> QSize:
    """``wanted``, made smaller where the screen is smaller."""
    area = available(widget)
    return QSize(
        min(wanted.width(), int(area.width() * SHARE)),
        min(wanted.height(), int(area.height() * SHARE)),
    )


def resize_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize to ``width``×``height`` or less: never larger than the screen."""
    widget.resize(fit_size(widget, QSize(width, height)))


def keep_on_screen(widget: QWidget) -> None:
    """Move (and shrink) a window whose saved place is off every screen, or partly off."""
    frame = widget.frameGeometry()
    screen = QGuiApplication.screenAt(frame.center()) or screen_of(widget)
    if screen is None:
        return
    area = screen.availableGeometry()
    size = widget.size().boundedTo(area.size())
    if size != widget.size():
        widget.resize(size)
        frame = widget.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() - frame.width() + 1)
    y = min(max(frame.y(), area.top()), area.bottom() - frame.height() + 1)
    if QPoint(x, y) != frame.topLeft():
        widget.move(x, y)
