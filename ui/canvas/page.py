"""The "Themes" page of a station: the canvas, its toolbar, filters and tags.

Reached from the station's tabs or View ▸ Themes (Ctrl+T). While the page is
hidden the scene does not follow the model; it catches up when shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QHideEvent, QKeySequence, QPixmapCache, QShowEvent
from PySide6.QtWidgets import QScrollArea, QSplitter, QToolBar, QVBoxLayout, QWidget

from ui.canvas.crops import CropCache
from ui.canvas.duplicates_panel import DuplicatesDialog
from ui.canvas.editor import CanvasEditor
from ui.canvas.menus import show_menu
from ui.canvas.move_dialog import MoveToThemeDialog
from ui.canvas.scene import CanvasScene
from ui.canvas.sidebar import CanvasSidebar
from ui.canvas.suggest_panel import SuggestDialog
from ui.canvas.view import CanvasView
from ui.canvas.workshop_view import WorkshopOverview
from ui.core.document import NotesChange, ProjectDocument
from ui.core.jobs import JobRunner
from ui.dialogs import Dialogs

#: Pixmap cache wanted for the cards (2,000 cards at 100 % zoom: about 180 MB).
CACHE_KB = 256 * 1024


class CanvasPage(QWidget):
    #: Enter on a card: show this note (station id, photo id, note id) on the board.
    noteActivated = Signal(int, int, int)

    def __init__(
        self,
        document: ProjectDocument,
        dialogs: Dialogs,
        jobs: JobRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Cards are cached as pixmaps: Qt's 10 MB default holds about a hundred of them.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), CACHE_KB))
        self.document = document
        self.jobs = jobs
        self.crops = CropCache(document.project, jobs, self)
        self.scene = CanvasScene(document, self.crops)
        self.scene.setParent(self)
        self.scene.active = False
        self.view = CanvasView(self.scene)
        self.editor = CanvasEditor(self.scene, dialogs, self)
        self.sidebar = CanvasSidebar()
        self.suggestions: SuggestDialog | None = None
        self.duplicates: DuplicatesDialog | None = None
        self.overview: WorkshopOverview | None = None
        self.toolbar = QToolBar()
        self._create_actions()

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        # The sidebar scrolls on a low screen instead of holding the window's height.
        sidebar_scroll = QScrollArea()
        sidebar_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take focus
        sidebar_scroll.setWidgetResizable(True)
        sidebar_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        sidebar_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sidebar_scroll.setWidget(self.sidebar)
        splitter.addWidget(sidebar_scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setChildrenCollapsible(False)
        sidebar_scroll.setMaximumWidth(self.fontMetrics().averageCharWidth() * 48)
        sidebar_scroll.setMinimumWidth(self.sidebar.minimumSizeHint().width())
        splitter.setSizes([4000, self.fontMetrics().averageCharWidth() * 36])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(splitter, 1)

        self.view.contextRequested.connect(
            lambda point, where: show_menu(self.editor, point, where, self.view, self)
        )
        self.view.renamed.connect(self.editor.rename)
        self.view.noteActivated.connect(self.show_on_board)
        self.scene.selectionChanged.connect(self._update_actions)
        self.sidebar.filterChanged.connect(self._filter)
        self.sidebar.addTagRequested.connect(
            lambda name: self.editor.add_tag(self.scene.selected_ids(), name)
        )
        self.sidebar.removeTagRequested.connect(
            lambda name: self.editor.remove_tag(self.scene.selected_ids(), name)
        )
        document.notesChanged.connect(self._notes_changed)
        self._update_actions()

    def _create_actions(self) -> None:
        def action(text: str, keys: str | QKeySequence.StandardKey, tip: str) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            act.setToolTip(f"{tip} ({shortcut})" if shortcut else tip)
            self.toolbar.addAction(act)
            self.addAction(act)
            return act

        self.new_theme_action = action(
            self.tr("New Theme"), "Ctrl+G", self.tr("Make a theme of the selected notes")
        )
        self.new_theme_action.triggered.connect(
            lambda: self.editor.new_theme(self.scene.selected_ids(), rename=True)
        )
        self.unsort_action = action(
            self.tr("Unsort"), "Ctrl+Shift+G", self.tr("Put the selected notes back to unsorted")
        )
        self.unsort_action.triggered.connect(
            lambda: self.editor.move_notes(self.scene.selected_ids(), None)
        )
        self.move_action = action(
            self.tr("Move to Theme…"), "Ctrl+M", self.tr("Move the selected notes into a theme")
        )
        self.move_action.triggered.connect(self.move_to_theme)
        self.toolbar.addSeparator()
        self.suggest_action = action(
            self.tr("Suggest Themes…"), "", self.tr("Propose themes for the unsorted notes")
        )
        self.suggest_action.triggered.connect(self.open_suggestions)
        self.duplicates_action = action(
            self.tr("Find Duplicates…"), "", self.tr("Notes seen twice in overlapping photos")
        )
        self.duplicates_action.triggered.connect(self.open_duplicates)
        self.overview_action = action(
            self.tr("Workshop Overview…"), "",
            self.tr("The themes of all stations side by side, and cross-station themes"),
        )  # fmt: skip
        self.overview_action.triggered.connect(self.open_overview)
        self.toolbar.addSeparator()
        self.fit_action = action(self.tr("Fit"), "0", self.tr("Show every theme"))
        self.fit_action.triggered.connect(self.view.zoom_fit)
        self.zoom_in_action = action(
            self.tr("Zoom In"), QKeySequence.StandardKey.ZoomIn, self.tr("Zoom in")
        )
        self.zoom_in_action.triggered.connect(lambda: self.view.zoom_by(1.25))
        self.zoom_out_action = action(
            self.tr("Zoom Out"), QKeySequence.StandardKey.ZoomOut, self.tr("Zoom out")
        )
        self.zoom_out_action.triggered.connect(lambda: self.view.zoom_by(0.8))

    def _update_actions(self) -> None:
        has_selection = bool(self.scene.selected_ids())
        self.new_theme_action.setEnabled(self.scene.station_id is not None)
        self.unsort_action.setEnabled(has_selection)
        self.move_action.setEnabled(has_selection)
        self.sidebar.add_button.setEnabled(has_selection)
        self.sidebar.remove_button.setEnabled(has_selection)
        for act in (self.suggest_action, self.duplicates_action):
            act.setEnabled(self.scene.station_id is not None)

    # The station shown

    def show_station(self, station_id: int | None) -> None:
        first = station_id != self.scene.station_id
        self.scene.show_station(station_id)
        self.sidebar.set_tags(self.document.project.tags.list())
        self._update_actions()
        if first and self.scene.active:
            self.view.zoom_fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        stale = self.scene._stale
        self.scene.set_active(True)
        self.sidebar.set_tags(self.document.project.tags.list())
        if stale:
            self.view.zoom_fit()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.scene.set_active(False)

    def _notes_changed(self, change: NotesChange) -> None:
        if self.scene.active:
            self.sidebar.set_tags(self.document.project.tags.list())

    def _filter(self) -> None:
        self.scene.set_filter(self.sidebar.note_filter(), self.sidebar.hide_others.isChecked())

    def focus_tags(self) -> None:
        self.sidebar.tag_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.sidebar.tag_field.selectAll()

    def move_to_theme(self) -> bool:
        """Move to Theme…: the selected notes into a theme chosen by typing its name."""
        ids = self.scene.selected_ids()
        if not ids:
            return False
        dialog = MoveToThemeDialog(self.scene.themes, len(ids), self)
        if dialog.exec() != MoveToThemeDialog.DialogCode.Accepted or not dialog.has_choice():
            return False
        return self.editor.move_notes(ids, dialog.theme_id())

    def show_on_board(self, note_id: int) -> None:
        card = self.scene.cards.get(note_id)
        if card is not None and card.note.station_id is not None:
            self.noteActivated.emit(card.note.station_id, card.note.photo_id, note_id)

    # Suggestions and duplicates

    def open_suggestions(self) -> SuggestDialog | None:
        if self.scene.station_id is None:
            return None
        if self.suggestions is not None:
            self.suggestions.close()
        self.suggestions = SuggestDialog(self.editor, self.crops, self)
        self.suggestions.destroyed.connect(lambda: setattr(self, "suggestions", None))
        self.suggestions.show()
        return self.suggestions

    def open_duplicates(self) -> DuplicatesDialog | None:
        if self.scene.station_id is None:
            return None
        if self.duplicates is not None:
            self.duplicates.close()
        self.duplicates = DuplicatesDialog(self.editor, self.jobs, self)
        self.duplicates.destroyed.connect(lambda: setattr(self, "duplicates", None))
        self.duplicates.show()
        return self.duplicates

    def open_overview(self) -> WorkshopOverview:
        if self.overview is None:
            self.overview = WorkshopOverview(self.document, self)
            self.overview.destroyed.connect(lambda: setattr(self, "overview", None))
        self.overview.show()
        return self.overview

    def shutdown(self) -> None:
        for dialog in (self.suggestions, self.duplicates, self.overview):
            if dialog is not None:
                dialog.close()
