"""The canvas scene: one station's notes as cards in theme frames, following the model.

The scene reads the station's themes and notes from the project and shows them;
it changes nothing itself. When cards or a frame are dropped it emits what the
user asked for (:attr:`cardsDropped`, :attr:`themeDropped`); the page turns that
into one undo command, and the document's signals bring the scene up to date.
Card positions are set by the layout only after a drop, never while dragging.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from app.domain import Note, Theme
from app.errors import NotFoundError
from ui.canvas import layout as grid
from ui.canvas.crops import CropCache
from ui.canvas.frame import FrameItem
from ui.canvas.items import CardItem
from ui.core.document import NotesChange, ProjectDocument

#: A filter: True for the notes to show at full strength.
NoteFilter = Callable[[Note], bool]

#: Where cards were dropped: on the empty canvas (a new theme).
NEW_THEME = -1
#: Up to this many changed notes are read one by one; more, and the station is read again.
PARTIAL = 300


class CanvasScene(QGraphicsScene):
    #: Note ids, and the theme id they were dropped on (None: unsorted; NEW_THEME).
    cardsDropped = Signal(list, object)
    #: A theme frame was dragged to this index among the themes.
    themeDropped = Signal(int, int)
    renameRequested = Signal(int)  # theme id
    #: The scene was rebuilt from the model (after a change or a new station).
    refreshed = Signal()
    #: A drag was refused: the project is read-only.
    editRefused = Signal()

    def __init__(self, document: ProjectDocument, crops: CropCache) -> None:
        super().__init__()
        self.document = document
        self.crops = crops
        self.station_id: int | None = None
        self.cards: dict[int, CardItem] = {}
        self.frames: dict[int | None, FrameItem] = {}
        self.themes: list[Theme] = []
        self._filter: NoteFilter | None = None
        self._hide_filtered = False
        self._drag_from: QPointF | None = None
        self._target: FrameItem | None = None
        #: A read-only project: cards and themes are selected, never moved.
        self.read_only = False
        self._refused_from: QPointF | None = None
        #: While hidden, changes only mark the scene stale (no reading of 2,000 notes).
        self.active = True
        self._stale = False
        document.notesChanged.connect(self._notes_changed)
        document.themesChanged.connect(self._themes_changed)
        document.stationsChanged.connect(self._stations_changed)
        crops.loaded.connect(self._crops_loaded)

    # Following the model

    def show_station(self, station_id: int | None) -> None:
        if station_id != self.station_id:
            self.clearSelection()
        self.station_id = station_id
        self.refresh()

    def set_active(self, active: bool) -> None:
        """Follow the model while shown; catch up when shown again."""
        self.active = active
        if active and self._stale:
            self.refresh()

    def _stations_changed(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Read the station's themes and notes again and lay them out."""
        if not self.active:
            self._stale = True
            return
        self._stale = False
        project = self.document.project
        stations = {s.id for s in project.stations.list()}
        if self.station_id not in stations:
            self.station_id = None
        themes = project.themes.list(self.station_id) if self.station_id is not None else []
        notes = project.notes.list(station_id=self.station_id) if self.station_id else []
        self.themes = themes
        self._sync_frames(themes)
        self._sync_cards(notes)
        self.relayout()
        self.apply_filter()
        self.crops.request(n.id for n in notes if n.kind != "header")
        self.refreshed.emit()

    def _sync_frames(self, themes: list[Theme]) -> None:
        wanted: dict[int | None, Theme | None] = {None: None, **{t.id: t for t in themes}}
        for key in list(self.frames):
            if key not in wanted:
                self.removeItem(self.frames.pop(key))
        for key, theme in wanted.items():
            frame = self.frames.get(key)
            if frame is None:
                frame = self.frames[key] = FrameItem(theme)
                self.addItem(frame)
            else:
                frame.set_theme(theme)

    def _sync_cards(self, notes: list[Note]) -> None:
        by_id = {n.id: n for n in notes}
        for note_id in [i for i in self.cards if i not in by_id]:
            self.removeItem(self.cards.pop(note_id))
        for note in notes:
            card = self.cards.get(note.id)
            if card is None:
                card = self.cards[note.id] = CardItem(note, self.crops)
                self.addItem(card)
            else:
                card.set_note(note)

    def relayout(self) -> None:
        """Put every frame and card where it belongs (after a drop or a change)."""
        members: dict[int | None, list[CardItem]] = {key: [] for key in self.frames}
        for card in self.cards.values():
            key = card.note.theme_id if card.note.theme_id in self.frames else None
            members[key].append(card)
        order: list[int | None] = [None, *(t.id for t in self.themes)]
        for cards in members.values():
            cards.sort(key=lambda c: (c.note.kind != "header", c.note.photo_id, c.note.id))
        frames = grid.layout([(key is None, len(members[key])) for key in order])
        for key, place in zip(order, frames, strict=True):
            cards = members[key]
            count = sum(1 for c in cards if c.note.kind != "header")
            self.frames[key].set_geometry(place.rect, count, bool(cards))
            for card, point in zip(cards, place.cards, strict=True):
                card.setPos(point)
        bounds = QRectF()
        for frame in self.frames.values():
            bounds = bounds.united(frame.slot)
        self.setSceneRect(bounds.adjusted(-200, -200, 600, 400))

    def _notes_changed(self, change: NotesChange) -> None:
        if self.station_id is None:
            return
        self.crops.forget(change.note_ids)
        if not self.active or not change.note_ids or len(change.note_ids) > PARTIAL:
            self.refresh()
            return
        # Only these notes changed: read them alone, then lay out again.
        project = self.document.project
        for note_id in change.note_ids:
            try:
                note: Note | None = project.notes.get(note_id)
            except NotFoundError:
                note = None
            if note is None or note.station_id != self.station_id:
                card = self.cards.pop(note_id, None)
                if card is not None:
                    self.removeItem(card)
            elif note_id in self.cards:
                self.cards[note_id].set_note(note)
            else:
                self.cards[note_id] = CardItem(note, self.crops)
                self.addItem(self.cards[note_id])
        self.relayout()
        self.apply_filter()
        self.crops.request(i for i in change.note_ids if i in self.cards)
        self.refreshed.emit()

    def _themes_changed(self, station_id: int) -> None:
        if station_id == self.station_id:
            self.refresh()

    def _crops_loaded(self, note_ids: list[int]) -> None:
        for note_id in note_ids:
            card = self.cards.get(note_id)
            if card is not None:
                card.update()

    # Filter

    def set_filter(self, accept: NoteFilter | None, hide: bool = False) -> None:
        """Dim (or hide) the cards of notes ``accept`` refuses; None shows all."""
        self._filter, self._hide_filtered = accept, hide
        self.apply_filter()

    def apply_filter(self) -> None:
        for card in self.cards.values():
            shown = self._filter is None or self._filter(card.note)
            card.setVisible(shown or not self._hide_filtered)
            card.setOpacity(1.0 if shown else 0.18)

    def matching(self) -> list[int]:
        """Ids of the notes the filter shows."""
        return [i for i, c in self.cards.items() if self._filter is None or self._filter(c.note)]

    # Selection

    def selected_ids(self) -> list[int]:
        return sorted(i.note_id for i in self.selectedItems() if isinstance(i, CardItem))

    def select_notes(self, note_ids: list[int]) -> None:
        self.clearSelection()
        for note_id in note_ids:
            card = self.cards.get(note_id)
            if card is not None:
                card.setSelected(True)

    def frame_at(self, point: QPointF) -> FrameItem | None:
        return next((f for f in self.frames.values() if f.slot.contains(point)), None)

    # Drags: cards move with Qt's own item moves; the drop is decided on release

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        grabber = self.mouseGrabberItem()
        if self.read_only:
            # Selecting still works; a drag is refused before anything moves.
            self._refused_from = event.scenePos() if grabber is not None else None
            self._drag_from = None
            return
        self._drag_from = event.scenePos() if isinstance(grabber, CardItem) else None
        if self._drag_from is not None:
            for item in self.selectedItems():
                item.setZValue(3)  # dragged cards go over the others

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.read_only and self.mouseGrabberItem() is not None:
            start = self._refused_from
            if start is not None and (event.scenePos() - start).manhattanLength() >= 4:
                self._refused_from = None
                self.editRefused.emit()
            return  # nothing moves in a read-only project
        super().mouseMoveEvent(event)
        if self._drag_from is not None:
            self._set_target(self.frame_at(event.scenePos()))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        start, self._drag_from = self._drag_from, None
        super().mouseReleaseEvent(event)
        self._set_target(None)
        if start is not None:
            for item in self.selectedItems():
                item.setZValue(1)
        if start is None or (event.scenePos() - start).manhattanLength() < 4:
            return
        self.drop_cards(self.selected_ids(), event.scenePos())

    def _set_target(self, frame: FrameItem | None) -> None:
        if frame is not self._target:
            if self._target is not None:
                self._target.set_highlight(False)
            if frame is not None:
                frame.set_highlight(True)
            self._target = frame

    def drop_cards(self, note_ids: list[int], point: QPointF) -> None:
        """Cards were dropped at ``point``: ask for the move, then snap back into place."""
        frame = self.frame_at(point)
        target: int | None = NEW_THEME if frame is None else frame.theme_id
        moving = [i for i in note_ids if i in self.cards]
        if target != NEW_THEME:
            moving = [i for i in moving if self.cards[i].note.theme_id != target]
        self.relayout()
        if moving:
            self.cardsDropped.emit(moving, target)

    def frame_dropped(self, frame: FrameItem, point: QPointF) -> None:
        """A theme frame was dragged: its new index among the themes, by reading order."""
        if frame.theme is None:
            return
        index = 0
        for theme in self.themes:
            other = self.frames[theme.id]
            if other is frame:
                continue
            slot = other.slot
            above = slot.bottom() < point.y()
            left = slot.top() <= point.y() and slot.center().x() < point.x()
            if above or left:
                index += 1
        current = [t.id for t in self.themes].index(frame.theme.id)
        self.relayout()
        if index != current:
            self.themeDropped.emit(frame.theme.id, index)
