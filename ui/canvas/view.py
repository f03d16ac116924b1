"""The canvas view: zoom (wheel), pan (middle button), fit, rubber band, keyboard, inline rename."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QLineEdit, QWidget

from ui.canvas.items import CardItem
from ui.canvas.scene import CanvasScene
from ui.plain import fill

MIN_ZOOM, MAX_ZOOM = 0.05, 4.0


class TitleEditor(QLineEdit):
    """The inline editor over a frame's title: Enter or leaving saves, Escape cancels."""

    committed = Signal(int, str)  # theme id, name

    def __init__(self, parent: QWidget, theme_id: int, name: str) -> None:
        super().__init__(name, parent)
        self.theme_id = theme_id
        self._done = False
        self.editingFinished.connect(self._commit)

    def _commit(self) -> None:
        if not self._done:
            self._done = True
            self.committed.emit(self.theme_id, self.text())
            self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._done = True
            self.deleteLater()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # QLineEdit passes Enter on; the canvas under it would open the selected
            # note on its board.
            event.accept()


class CanvasView(QGraphicsView):
    noteActivated = Signal(int)  # Enter on a card: show the note
    #: Right click: the scene point and the global point for the menu.
    contextRequested = Signal(QPointF, QPoint)
    renamed = Signal(int, str)  # theme id, new name (from the inline editor)

    def __init__(self, scene: CanvasScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.canvas = scene
        self.editor: TitleEditor | None = None
        self._pan_from: QPoint | None = None
        #: Fit the canvas into the view on resizes until the user zooms or pans.
        self.auto_fit = True
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setBackgroundBrush(self.palette().base())
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._set_auto_fit(True)
        self.setAccessibleName(self.tr("Themes canvas"))
        scene.selectionChanged.connect(self._announce)
        scene.renameRequested.connect(self.edit_title)
        scene.refreshed.connect(self._refreshed)

    def _refreshed(self) -> None:
        if self.auto_fit:
            self.zoom_fit()

    def _set_auto_fit(self, on: bool) -> None:
        """While fitting, everything is in view: no scroll bars.

        Scroll bars shown and hidden as the fit changes would resize the viewport,
        which fits again, which shows them again: a loop at some widths.
        """
        self.auto_fit = on
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if on else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)

    def _announce(self) -> None:
        """Tell a screen reader which note is selected (the cards are not widgets)."""
        if not shiboken6.isValid(self.canvas):  # the scene is being destroyed
            return
        ids = self.canvas.selected_ids()
        card = self.canvas.cards.get(ids[0]) if ids else None
        if card is None:
            self.setAccessibleName(self.tr("Themes canvas"))
            self.setAccessibleDescription(
                self.tr("Arrow keys choose a note; Ctrl+M moves it to a theme.")
            )
            return
        theme = next((t.name for t in self.canvas.themes if t.id == card.note.theme_id), None)
        text = card.note.text or self.tr("(no text)")
        where = self.tr("theme %1").replace("%1", theme) if theme else self.tr("unsorted")
        self.setAccessibleName(fill(self.tr("Note: %1, %2"), text, where))
        if len(ids) > 1:
            self.setAccessibleDescription(self.tr("%n note(s) selected", "", len(ids)))

    # Zoom and pan

    def zoom(self) -> float:
        return self.transform().m11()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.auto_fit:
            self.zoom_fit()

    def zoom_by(self, factor: float) -> None:
        self._set_auto_fit(False)
        factor = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom() * factor)) / self.zoom()
        self.scale(factor, factor)

    def zoom_fit(self) -> None:
        """Show every frame (at most at 100 %); keeps fitting on resizes."""
        self._set_auto_fit(True)
        bounds = QRectF()
        for frame in self.canvas.frames.values():
            bounds = bounds.united(frame.slot)
        if bounds.isEmpty():
            return
        self.fitInView(bounds.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.resetTransform()
            self.centerOn(bounds.center())

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)  # scroll sideways/along
            return
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom_by(1.15**steps)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position().toPoint()
            self._set_auto_fit(False)
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            point = event.position().toPoint()
            delta = point - self._pan_from
            self._pan_from = point
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """Double-click on a card: open it for editing (the note on its board)."""
        item = self.itemAt(event.position().toPoint())
        if isinstance(item, CardItem) and event.button() == Qt.MouseButton.LeftButton:
            self.noteActivated.emit(item.note_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        point = self.mapToScene(event.pos())
        item = self.itemAt(event.pos())
        if isinstance(item, CardItem) and not item.isSelected():
            self.canvas.select_notes([item.note_id])
        self.contextRequested.emit(point, event.globalPos())
        event.accept()

    # Keyboard: arrows move between cards, Enter shows the note

    def keyPressEvent(self, event: QKeyEvent) -> None:
        directions = {
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
        }
        key = Qt.Key(event.key())
        if key in directions:
            self.move_selection(*directions[key])
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            ids = self.canvas.selected_ids()
            if ids:
                self.noteActivated.emit(ids[0])
                event.accept()
                return
        super().keyPressEvent(event)

    def move_selection(self, dx: int, dy: int) -> None:
        """Select the nearest visible card in a direction from the selected one."""
        cards = [c for c in self.canvas.cards.values() if c.isVisible()]
        if not cards:
            return
        selected = [c for c in cards if c.isSelected()]
        if not selected:
            best = min(cards, key=lambda c: (c.pos().y(), c.pos().x()))
        else:
            here = selected[0].pos()

            def cost(card: CardItem) -> float:
                d = card.pos() - here
                along = d.x() * dx + d.y() * dy
                across = abs(d.x() * dy) + abs(d.y() * dx)
                return along + 3 * across if along > 1 else float("inf")

            best = min(cards, key=cost)
            if cost(best) == float("inf"):
                return
        self.canvas.select_notes([best.note_id])
        self.ensureVisible(best, 40, 40)

    # Inline rename

    def edit_title(self, theme_id: int) -> None:
        frame = self.canvas.frames.get(theme_id)
        if frame is None or frame.theme is None:
            return
        if self.editor is not None:
            self.editor.deleteLater()
        rect = self.mapFromScene(frame.title_rect()).boundingRect()
        editor = TitleEditor(self.viewport(), theme_id, frame.theme.name)
        font = editor.font()
        font.setBold(True)
        font.setPixelSize(max(12, round(18 * self.zoom())))
        editor.setFont(font)
        editor.setGeometry(rect.adjusted(4, 4, -4, -4))
        editor.committed.connect(self.renamed)
        editor.destroyed.connect(lambda: setattr(self, "editor", None))
        editor.selectAll()
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.editor = editor
