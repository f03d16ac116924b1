"""The board view: a photo with every note's outline; zoom, pan, select, edit outlines.

The scene follows the project through the document's ``notesChanged`` signal: only
the items of notes that changed are touched. Edits (a corner drag, a drawn note,
delete, split, merge) become undo commands (:mod:`ui.board.note_commands`); the items
never change the model. Coordinates in the scene are pixels of the full photo; a
large photo is shown downscaled by scaling its pixmap item.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPen,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QPinchGesture,
    QWidget,
)

from app import editing
from app.domain import Point
from app.errors import PinscribeError
from app.store.project import Project
from ui.board import note_commands
from ui.board.items import NoteItem
from ui.core.commands import SnapshotCommand
from ui.core.document import NotesChange, ProjectDocument
from ui.core.jobs import Job, JobContext, JobRunner
from ui.core.photo_loader import DisplayImage, load_display_image
from ui.core.project_jobs import reading

MIN_ZOOM, MAX_ZOOM = 0.01, 16.0
#: Smallest note one can draw, in screen pixels.
MIN_DRAWN = 8


_DIRECTIONS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


class BoardView(QGraphicsView):
    notesSelected = Signal(list)  # ids of the selected notes
    #: An outline edit was done (a SnapshotCommand); its new crops may be read.
    outlinesEdited = Signal(object)
    modeChanged = Signal(str)  # "select", "draw" or "find"
    findMessage = Signal(str)  # what the "find note here" click is doing or found
    #: A note was added by hand (found with one click or drawn): its id, for the review.
    noteAdded = Signal(int)
    imageLoaded = Signal(int)  # photo id
    #: The photo with this id is decoded at full size: outline edits are quick now.
    pixelsReady = Signal(int)
    #: An edit by mouse or keyboard was refused: the project is read-only.
    editRefused = Signal()

    def __init__(
        self, document: ProjectDocument, loader: JobRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._loader = loader
        self.photo_id: int | None = None
        self.note_items: dict[int, NoteItem] = {}
        #: The shown photo decoded at full size (in the background), for outline edits.
        self.pixels = editing.PixelCache()
        #: The note finder of the shown photo (used in the background only).
        self.finders = editing.FinderCache()
        self.finding = False
        self._pixels_job: Job | None = None
        #: Outline edits made before the pixels arrived; they run when they do.
        self._waiting: list[Callable[[], object]] = []
        self.mode = "select"
        self._selected: list[int] = []
        self._fit = True
        self._pan_from: QPointF | None = None
        self._draw_from: QPointF | None = None
        self._draw_item: QGraphicsRectItem | None = None
        #: A read-only project: notes are selected, never moved or reshaped.
        self.read_only = False
        self._refused_from: QPointF | None = None

        self.board = QGraphicsScene(self)
        self.board.setBackgroundBrush(QColor(60, 60, 60))
        self.board.selectionChanged.connect(self._selection_changed)
        self.setScene(self.board)
        self.pixmap_item = QGraphicsPixmapItem()
        self.pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.pixmap_item.setZValue(-1)
        self.board.addItem(self.pixmap_item)

        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Board photo"))
        self.setAccessibleDescription(
            self.tr("Arrow keys choose a note; Shift+arrow keys move it.")
        )
        self.notesSelected.connect(self._announce)
        document.notesChanged.connect(self._notes_changed)

    def _announce(self, ids: list[int]) -> None:
        """Tell a screen reader which note is selected (the notes are not widgets)."""
        if len(ids) != 1:
            self.setAccessibleName(
                self.tr("Board photo, %n note(s) selected", "", len(ids))
                if ids
                else self.tr("Board photo")
            )
            return
        try:
            text = self.document.project.notes.get(ids[0]).text
        except PinscribeError:
            return
        self.setAccessibleName(self.tr("Note: %1").replace("%1", text or self.tr("(no text)")))

    # Showing a photo

    def show_photo(self, photo_id: int | None) -> None:
        """Show a stored photo with its notes; the picture itself loads in the background."""
        self.board.blockSignals(True)
        for item in self.note_items.values():
            self.board.removeItem(item)
        self.board.blockSignals(False)
        self.note_items = {}
        self.pixmap_item.setPixmap(QPixmap())
        self.pixels.clear()
        if photo_id != self.photo_id:
            self.finders = editing.FinderCache()  # a running search keeps its own
        self._waiting.clear()
        if self._pixels_job is not None:
            self._pixels_job.cancel()
            self._pixels_job = None
        self.photo_id = photo_id
        if photo_id is None:
            self.board.setSceneRect(QRectF())
            self._selection_changed()
            return
        photo = self.document.project.photos.get(photo_id)
        self.board.setSceneRect(QRectF(0, 0, photo.width, photo.height))
        for note in self.document.project.notes.list(photo_id=photo_id):
            self._add_item(note.id, note)
        self._fit = True
        self.zoom_fit()
        job = self._loader.start("display", load_display_image(self.document.path, photo_id))
        job.finished.connect(self._image_loaded)
        self._selection_changed()

    def _image_loaded(self, result: DisplayImage) -> None:
        if result.photo_id != self.photo_id or result.image.isNull():
            return
        self.pixmap_item.setPixmap(QPixmap.fromImage(result.image))
        rect = self.board.sceneRect()
        self.pixmap_item.setScale(rect.width() / max(result.image.width(), 1))
        self.imageLoaded.emit(result.photo_id)
        self._decode_pixels()

    # The full-size pixels that outline edits crop from

    def pixels_ready(self) -> bool:
        return self.photo_id is not None and self.pixels.has(self.document.path, self.photo_id)

    def _decode_pixels(self) -> None:
        """Decode the shown photo at full size in the background (once per photo)."""
        if self.photo_id is None or self.pixels_ready() or self._pixels_job is not None:
            return
        photo_id = self.photo_id

        def work(context: JobContext, project: Project) -> np.ndarray | None:
            return None if context.cancelled() else editing.photo_pixels(project, photo_id)

        job = self._loader.start("pixels", reading(self.document.path, work))
        job.finished.connect(lambda rgb: self._pixels_decoded(job, photo_id, rgb))
        job.failed.connect(lambda _message: self._pixels_decoded(job, photo_id, None))
        self._pixels_job = job

    def _pixels_decoded(self, job: Job, photo_id: int, rgb: np.ndarray | None) -> None:
        if job is not self._pixels_job:
            return  # another photo is shown
        self._pixels_job = None
        waiting, self._waiting = self._waiting, []
        if rgb is None:  # the failure went to the Problems panel
            self._notes_changed(NotesChange(frozenset([photo_id])))  # back to what is stored
            return
        self.pixels.put(self.document.path, photo_id, rgb)
        for edit in waiting:
            edit()
        self.pixelsReady.emit(photo_id)

    def _with_pixels(self, edit: Callable[[], object]) -> None:
        """Make an outline edit now, or as soon as the photo is decoded."""
        if self.pixels_ready():
            edit()
        else:
            self._waiting.append(edit)
            self._decode_pixels()

    def _add_item(self, note_id: int, note: object) -> NoteItem:
        item = NoteItem(note, self._corners_moved)  # type: ignore[arg-type]
        self.board.addItem(item)
        self.note_items[note_id] = item
        return item

    def _notes_changed(self, change: NotesChange) -> None:
        if self.photo_id is None or self.photo_id not in change.photo_ids:
            return
        notes = self.document.project.notes
        if not change.note_ids:
            current = {n.id: n for n in notes.list(photo_id=self.photo_id)}
            ids = set(current) | set(self.note_items)
        else:
            ids = set(change.note_ids)
            current = {}
            for note_id in ids:
                try:
                    note = notes.get(note_id)
                except PinscribeError:
                    continue
                if note.photo_id == self.photo_id:
                    current[note_id] = note
        for note_id in ids:
            item = self.note_items.get(note_id)
            if note_id not in current:
                if item is not None:
                    self.board.removeItem(self.note_items.pop(note_id))
            elif item is None:
                self._add_item(note_id, current[note_id])
            else:
                item.set_note(current[note_id])
        self._selection_changed()

    # Selection

    def selected_ids(self) -> list[int]:
        return sorted(i.note_id for i in self.board.selectedItems() if isinstance(i, NoteItem))

    def select_notes(self, note_ids: Sequence[int], *, center: bool = False) -> None:
        self.board.blockSignals(True)
        self.board.clearSelection()
        for note_id in note_ids:
            if note_id in self.note_items:
                self.note_items[note_id].setSelected(True)
        self.board.blockSignals(False)
        if center and note_ids and note_ids[0] in self.note_items:
            self.centerOn(self.note_items[note_ids[0]])
        self._selection_changed()

    def _selection_changed(self) -> None:
        ids = self.selected_ids()
        chosen = set(ids)
        for note_id, item in self.note_items.items():
            item.set_highlighted(note_id in chosen)
            item.show_handles(len(ids) == 1 and ids[0] == note_id)
        if ids != self._selected:
            self._selected = ids
            self.notesSelected.emit(ids)

    # Edits, as undo commands

    def _run(self, command: SnapshotCommand, *, outline: bool = True) -> list[int]:
        try:
            self.document.run(command)
        except PinscribeError as error:
            self.document.report(error)
            self._notes_changed(NotesChange(frozenset([self.photo_id or 0])))
            return []
        if outline and command.result_ids:
            self.outlinesEdited.emit(command)
        return command.result_ids

    def _corners_moved(self, note_id: int, polygon: list[Point]) -> None:
        self._with_pixels(
            lambda: self._run(
                note_commands.move_outline(self.document, note_id, polygon, self.pixels)
            )
        )

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._run(note_commands.delete_notes(self.document, ids), outline=False)

    def split_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self._with_pixels(
                lambda: self.select_notes(
                    self._run(note_commands.split_note(self.document, ids[0], self.pixels))
                )
            )

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) >= 2:
            self._with_pixels(
                lambda: self.select_notes(
                    self._run(note_commands.merge_notes(self.document, ids, self.pixels))
                )
            )

    def find_note_at(self, point: QPointF) -> None:
        """Find the note holding ``point`` (scene = photo pixels) and add it: one undo step.

        The outline is looked for in the background; a click inside a note already
        there selects it instead.
        """
        if self.photo_id is None or self.finding:
            return
        for item in self.board.items(point):
            if isinstance(item, NoteItem):
                self.select_notes([item.note_id])
                return
        photo_id, cache = self.photo_id, self.finders
        at = (point.x(), point.y())
        self.finding = True
        self.findMessage.emit(self.tr("Looking for the note…"))

        def work(context: JobContext, project: Project) -> list[Point] | None:
            return editing.find_outline(project, photo_id, at, cache)

        job = self._loader.start("find", reading(self.document.path, work))
        job.finished.connect(lambda polygon: self._found(photo_id, polygon))
        job.failed.connect(self._find_failed)

    def _found(self, photo_id: int, polygon: object) -> None:
        self.finding = False
        if not isinstance(polygon, list):
            self.findMessage.emit(self.tr("No note found there. Draw it with D."))
            return
        if photo_id != self.photo_id:
            self.findMessage.emit("")
            return
        self.findMessage.emit("")
        text = self.tr("Find note here")

        def add() -> None:
            command = note_commands.add_note(self.document, photo_id, polygon, self.pixels)
            command.setText(text)
            self._added(self._run(command))

        self._with_pixels(add)

    def _added(self, ids: list[int]) -> None:
        """Select a note just added by hand and offer it to the review (Enter confirms it)."""
        self.select_notes(ids)
        if len(ids) == 1:
            self.noteAdded.emit(ids[0])

    def _find_failed(self, message: str) -> None:
        self.finding = False
        self.findMessage.emit(message)

    def add_note(self, rect: QRectF) -> None:
        if self.photo_id is None:
            return
        polygon = [
            (rect.left(), rect.top()),
            (rect.right(), rect.top()),
            (rect.right(), rect.bottom()),
            (rect.left(), rect.bottom()),
        ]
        photo_id = self.photo_id
        self._with_pixels(
            lambda: self._added(
                self._run(note_commands.add_note(self.document, photo_id, polygon, self.pixels))
            )
        )

    # Modes

    def set_mode(self, mode: str) -> None:
        """Switch the mouse mode.

        ``"select"`` (click, rubber band, drag corners), ``"draw"`` (drag a new note)
        or ``"find"`` (click inside a missed note to find it).
        """
        self.mode = mode
        draw = mode in ("draw", "find")
        self.setDragMode(
            QGraphicsView.DragMode.NoDrag if draw else QGraphicsView.DragMode.RubberBandDrag
        )
        self.viewport().setCursor(
            Qt.CursorShape.CrossCursor if draw else Qt.CursorShape.ArrowCursor
        )
        self.modeChanged.emit(mode)

    # Zoom

    def zoom(self) -> float:
        return self.transform().m11()

    def zoom_fit(self) -> None:
        rect = self.board.sceneRect()
        if not rect.isEmpty():
            self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._fit = True

    def zoom_actual(self) -> None:
        """100 %: one pixel of the photo per screen pixel."""
        self.set_zoom(1.0)

    def set_zoom(self, zoom: float) -> None:
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._fit = False
        self.setTransform(QTransform.fromScale(zoom, zoom))

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.zoom() * factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.zoom_by(1.25**steps)
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if (
            isinstance(event, QNativeGestureEvent)
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.zoom_by(1.0 + event.value())
            return True
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
            if isinstance(pinch, QPinchGesture):
                self.zoom_by(pinch.scaleFactor())
                return True
        return super().viewportEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit:
            self.zoom_fit()

    # Mouse: pan with the middle button, draw in draw mode

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if self.mode == "find" and event.button() == Qt.MouseButton.LeftButton:
            self.find_note_at(self.mapToScene(event.position().toPoint()))
            return
        if self.mode == "draw" and event.button() == Qt.MouseButton.LeftButton:
            self._draw_from = self.mapToScene(event.position().toPoint())
            self._draw_item = QGraphicsRectItem(QRectF(self._draw_from, self._draw_from))
            pen = QPen(QColor("#00e5ff"), 2, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            self._draw_item.setPen(pen)
            self.board.addItem(self._draw_item)
            return
        super().mousePressEvent(event)
        grabber = self.board.mouseGrabberItem()
        self._refused_from = event.position() if self.read_only and grabber else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.read_only and self.board.mouseGrabberItem() is not None:
            # A corner handle (or a note) would follow the mouse: refused before it moves.
            start = self._refused_from
            if start is not None and (event.position() - start).manhattanLength() >= 4:
                self._refused_from = None
                self.editRefused.emit()
            return
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            return
        if self._draw_item is not None and self._draw_from is not None:
            end = self.mapToScene(event.position().toPoint())
            self._draw_item.setRect(QRectF(self._draw_from, end).normalized())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None and event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = None
            self.set_mode(self.mode)
            return
        if self._draw_item is not None:
            rect = self._draw_item.rect().intersected(self.board.sceneRect())
            self.board.removeItem(self._draw_item)
            self._draw_item = None
            self._draw_from = None
            on_screen = self.mapFromScene(rect).boundingRect()
            if on_screen.width() >= MIN_DRAWN and on_screen.height() >= MIN_DRAWN:
                self.set_mode("select")
                self.add_note(rect)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.mode in ("draw", "find"):
            self.set_mode("select")
            return
        direction = _DIRECTIONS.get(Qt.Key(event.key()))
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if direction is not None and modifiers == Qt.KeyboardModifier.NoModifier:
            self.select_next(*direction)
            return
        if direction is not None and modifiers == Qt.KeyboardModifier.ShiftModifier:
            self.nudge_selected(*direction)
            return
        super().keyPressEvent(event)

    # Keyboard: arrows choose a note, Shift+arrows move it

    def select_next(self, dx: int, dy: int) -> None:
        """Select the nearest note in a direction from the selected one (or the first note)."""
        items = list(self.note_items.values())
        if not items:
            return
        selected = [self.note_items[i] for i in self.selected_ids() if i in self.note_items]
        centre = {id(i): i.sceneBoundingRect().center() for i in items}
        if not selected:
            best = min(items, key=lambda i: (centre[id(i)].y(), centre[id(i)].x()))
        else:
            here = centre[id(selected[0])]

            def cost(item: NoteItem) -> float:
                d = centre[id(item)] - here
                along = d.x() * dx + d.y() * dy
                across = abs(d.x() * dy) + abs(d.y() * dx)
                return along + 3 * across if along > 1 else float("inf")

            best = min(items, key=cost)
            if cost(best) == float("inf"):
                return
        self.select_notes([best.note_id])
        self.ensureVisible(best, 40, 40)

    def nudge_selected(self, dx: int, dy: int) -> None:
        """Move the one selected note's outline by a few photo pixels (one undo step)."""
        ids = self.selected_ids()
        if len(ids) != 1 or ids[0] not in self.note_items:
            return
        if self.read_only:
            self.editRefused.emit()
            return
        step = max(2.0, 8.0 / max(self.zoom(), 0.01))  # about 8 screen pixels
        points = [(x + dx * step, y + dy * step) for x, y in self.note_items[ids[0]].points()]
        self._corners_moved(ids[0], points)
