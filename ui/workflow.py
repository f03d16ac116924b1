"""The window's work on notes: importing photos, the problems panel, review and search.

Owns the actions (File ▸ Import Photos…, Edit ▸ Review Notes…, the search field),
the import controller and the docks (the Problems panel follows every failed
background job), and connects them to the open project. The
main window only creates it and tells it which project is open.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QDropEvent, QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMainWindow, QToolBar, QWidget

from app.errors import ReadOnlyProjectError
from app.photo_files import collect_photos
from app.reading import check_engines
from app.store import values
from ui.canvas.hook import install_canvas, show_canvas
from ui.canvas.page import CanvasPage
from ui.core.document import ProjectDocument
from ui.core.jobs import JobRunner, job_failures
from ui.dialogs import Dialogs
from ui.messages import user_message
from ui.project_view import ProjectView
from ui.read_only import ReadOnlyGuard, mark_view_only
from ui.review.learning import ReviewLearning
from ui.review.problems import ErrorPanel
from ui.review.queue import ReviewQueue
from ui.review.search import SearchPanel
from ui.settings import IMPORT_READS_TEXT, AppSettings
from ui.stations.drops import FileDropFilter, station_row_at
from ui.stations.importing import ImportController, ImportProgress


class Workflow(QObject):
    #: A damaged row of the project was left out (from any thread; shown in Problems).
    badRow = Signal(str)

    def __init__(self, window: QMainWindow, settings: AppSettings, dialogs: Dialogs) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.dialogs = dialogs
        self.document: ProjectDocument | None = None
        self.view: ProjectView | None = None
        self.importer: ImportController | None = None
        self.learning: ReviewLearning | None = None
        self.review: ReviewQueue | None = None
        self.themes: CanvasPage | None = None
        self.station_drops: FileDropFilter | None = None
        #: Keeps the editing controls of a read-only project disabled.
        self.read_only_guard = ReadOnlyGuard(self)
        #: The OCR engines are checked once, at start-up, off the GUI thread; every
        #: import, re-reading and the About dialog then use that check.
        self.engine_check = JobRunner(self)
        self.engine_check.start("check OCR engines", lambda context: check_engines())

        self.problems = ErrorPanel(window)
        # Every failed background job reaches the user here (see ui.core.jobs).
        job_failures().reported.connect(self._job_failed)
        self.badRow.connect(self._bad_row)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems)
        self.problems.hide()
        self.search_panel = SearchPanel(window)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.search_panel)
        self.search_panel.hide()
        self.search_panel.noteChosen.connect(self.show_note)
        self.progress = ImportProgress()
        window.statusBar().addPermanentWidget(self.progress)

        self.import_action = QAction(self.tr("&Import Photos…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.setToolTip(self.tr("Import board photos into the selected station"))
        self.import_action.triggered.connect(self.import_photos)
        self.review_action = QAction(self.tr("&Review Notes…"), self)
        self.review_action.setShortcut(QKeySequence("Ctrl+R"))
        self.review_action.setToolTip(
            self.tr("Check the text of unreviewed notes, least confident first (Ctrl+R)")
        )
        self.review_action.triggered.connect(self.open_review)
        self.search_field = QLineEdit()
        self.search_field.setAccessibleName(self.tr("Search notes"))
        self.search_field.setPlaceholderText(self.tr("Search notes (Ctrl+F)"))
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMaximumWidth(self.search_field.fontMetrics().averageCharWidth() * 36)
        self.search_field.textChanged.connect(self.search_panel.search_later)
        self.search_field.returnPressed.connect(
            lambda: self.search_panel.search(self.search_field.text())
        )
        self.find_action = QAction(self.tr("&Find Notes…"), self)
        self.find_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self._focus_search)
        self.themes_action = QAction(self.tr("&Themes"), self)
        self.themes_action.setShortcut(QKeySequence("Ctrl+T"))
        self.themes_action.setToolTip(self.tr("Group the station's notes into themes (Ctrl+T)"))
        self.themes_action.triggered.connect(lambda: show_canvas(self.view, self.themes))
        self.overview_action = QAction(self.tr("&Workshop Overview…"), self)
        self.overview_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.overview_action.setToolTip(
            self.tr("The themes of all stations side by side, and cross-station themes")
        )
        self.overview_action.triggered.connect(self._open_overview)

        self.toolbar = QToolBar(self.tr("Notes"))
        self.toolbar.setObjectName("NotesToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.import_action)
        self.toolbar.addAction(self.review_action)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.search_field)
        window.addToolBar(self.toolbar)
        self.problems_action = self.problems.toggleViewAction()
        self.problems_action.setText(self.tr("Show &Problems"))

        window.setAcceptDrops(True)
        self.window_drops = FileDropFilter(self._dropped_on_window, self)
        window.installEventFilter(self.window_drops)
        self.attach(None, None)

    # The open project

    def attach(self, document: ProjectDocument | None, view: ProjectView | None) -> None:
        self.document, self.view = document, view
        self.read_only_guard.release()
        self.search_panel.set_document(document)
        for widget in (
            self.toolbar, self.import_action, self.review_action, self.find_action,
            self.themes_action, self.overview_action,
        ):  # fmt: skip
            widget.setEnabled(document is not None)
        self.toolbar.setVisible(document is not None)
        if self.learning is not None:
            self.learning.stop()
            self.learning = None
        if document is None or view is None:
            values.set_reporter(None)
            values.forget()  # a project closed: its damaged rows are not the next one's
            self.importer = None
            self.themes = None
            return
        values.set_reporter(self.badRow.emit)  # a stranger's damaged rows reach the user
        for message in values.reported():  # those found while the project was opened
            if message.startswith(f"{document.path.name}: "):
                self.badRow.emit(message)
        self.themes = install_canvas(document, view, self.dialogs, self.show_note)
        # The saved window state may show docks that have nothing to show yet.
        if not self.problems.problems():
            self.problems.hide()
        self.search_panel.hide()
        self.importer = ImportController(document, self.progress, self.problems)
        #: Reviews teach the lexicon; the rest is read again on the background writer.
        self.learning = ReviewLearning(document, document)
        importer = self.importer
        importer.importFinished.connect(
            lambda _: self.window.statusBar().showMessage(importer.last_message, 15000)
        )
        view.station_detail.filesDropped.connect(self.import_files)
        view.station_detail.board.problem.connect(self.problems.add_problem)
        view.station_detail.board.view.noteAdded.connect(self._note_added)
        self.station_drops = FileDropFilter(self._dropped_on_station, view)
        view.stations_panel.view.viewport().installEventFilter(self.station_drops)
        if document.project.read_only:
            self._lock_editing(view)

    def _lock_editing(self, view: ProjectView) -> None:
        """A read-only project: disable every control that would change it."""
        board = view.station_detail.board
        mark_view_only(board.photo_combo, view.details_button)
        for button_box in view.workshop_dialog.findChildren(QDialogButtonBox):
            mark_view_only(*button_box.buttons())
        roots: list[QWidget] = [view]
        actions = [
            self.import_action, self.review_action, board.draw_action, board.find_action,
            board.delete_action,
            board.split_action, board.merge_action, board.reread_action,
        ]  # fmt: skip
        if self.themes is not None:
            side = self.themes.sidebar
            mark_view_only(side.text, side.colour, side.review, side.tag, side.hide_others)
            roots.append(self.themes)
            actions += [
                self.themes.new_theme_action, self.themes.unsort_action,
                self.themes.suggest_action, self.themes.duplicates_action,
            ]  # fmt: skip
        self.read_only_guard.lock(roots, actions)
        # Drags on the canvases are refused before anything moves, with the reason.
        board.view.read_only = True
        board.view.editRefused.connect(self._refused)
        if self.themes is not None:
            self.themes.scene.read_only = True
            self.themes.scene.editRefused.connect(self._refused)

    def _refused(self) -> None:
        if self.document is not None:
            error = ReadOnlyProjectError.coded("project.read_only", path=self.document.path.name)
            self.window.statusBar().showMessage(user_message(error), 8000)

    def detach(self) -> None:
        """Stop the background work on the open project (before it is closed)."""
        if self.review is not None:
            self.review.close()
            self.review = None
        if self.themes is not None:
            self.themes.shutdown()
        if self.document is not None:
            self.document.writer.shutdown()
        if self.view is not None:
            self.view.shutdown()
        # Deliver what the finished jobs sent while the project is still open.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)
        self.progress.hide()
        self.problems.clear()
        self.problems.hide()
        self.search_field.clear()
        self.search_panel.hide()
        self.attach(None, None)

    def _bad_row(self, message: str) -> None:
        self.problems.add_problem("", message, warning=True)
        self.problems.show()

    def _job_failed(self, name: str, message: str) -> None:
        source = "" if name == "import" else self.tr("(background task)")
        self.problems.add_problem("", message, source=source)

    # Importing

    def import_photos(self) -> None:
        """File ▸ Import Photos…: choose files, then import them into the selected station."""
        if self.view is None:
            return
        station = self.view.stations_panel.current_station()
        station_id = station.id if station else self._ask_station()
        if station_id is None:
            return
        files = self.dialogs.ask_photo_paths(self.window)
        if files:
            self.import_files(station_id, files)

    def import_files(self, station_id: int, files: Sequence[str | Path]) -> None:
        """Import photos into a station; folders among them are opened (with sub-folders)."""
        if self.importer is None or not files:
            return
        selection = collect_photos([Path(f) for f in files], recursive=True)
        if selection.skipped:
            self.problems.add_problem(
                ", ".join(sorted({p.parent.name for p in selection.skipped})),
                self.tr("%n file(s) that are not photos were skipped.", "", len(selection.skipped)),
                warning=True,
            )
        if not selection.photos:
            self.dialogs.show_error(
                self.window,
                self.tr("No photos found"),
                self.tr("There are no photos in %1.").replace(
                    "%1", ", ".join(p.name for p in selection.empty_folders)
                ),
            )
            return
        self.importer.start(
            station_id, selection.photos,
            read_text=bool(self.settings.get(IMPORT_READS_TEXT)),
        )

    def _ask_station(self) -> int | None:
        if self.document is None or self.view is None:
            return None
        stations = self.document.project.stations.list()
        if not stations:
            self.dialogs.show_error(
                self.window,
                self.tr("No station yet"),
                self.tr("Add a station first: photos are imported into a station."),
            )
            return None
        current = self.view.stations_panel.current_station()
        index = next((i for i, s in enumerate(stations) if current and s.id == current.id), 0)
        chosen = self.dialogs.ask_import_station(
            self.window, [s.name for s in stations], index
        )
        return stations[chosen].id if chosen is not None else None

    def _dropped_on_window(self, event: QDropEvent, files: list[Path]) -> bool:
        station_id = self._ask_station()
        if station_id is not None:
            self.import_files(station_id, files)
        return True

    def _dropped_on_station(self, event: QDropEvent, files: list[Path]) -> bool:
        if self.view is None:
            return False
        panel = self.view.stations_panel
        row = station_row_at(panel.view, event)
        station = panel.model.station(row) if row >= 0 else None
        station_id = station.id if station else self._ask_station()
        if station_id is not None:
            panel.select_station(station_id)
            self.import_files(station_id, files)
        return True

    # Review and search

    def open_review(self) -> ReviewQueue | None:
        if self.document is None:
            return None
        if self.review is not None:
            self.review.close()
        self.review = ReviewQueue(self.document, parent=self.window)
        self.review.destroyed.connect(lambda: setattr(self, "review", None))
        self.review.noteShown.connect(self._follow_review)
        if self.review.note is not None:
            self._follow_review(self.review.note.id)
        self.review.show()
        self.review.activateWindow()
        return self.review

    def _follow_review(self, note_id: int) -> None:
        if self.document is None:
            return
        note = self.document.project.notes.get(note_id)
        if note.station_id is not None:
            self.show_note(note.station_id, note.photo_id, note.id)

    def _note_added(self, note_id: int) -> None:
        """A note added by hand on the board becomes the open review's current note."""
        if self.review is not None:
            self.review.take_note(note_id)

    def _open_overview(self) -> None:
        if self.themes is not None:
            self.themes.open_overview().activateWindow()

    def _focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def show_note(self, station_id: int, photo_id: int, note_id: int) -> None:
        if self.view is not None:
            self.view.station_detail.tabs.setCurrentIndex(0)  # the board
            self.view.show_note(station_id, photo_id, note_id)
            # Ready for editing: the note's text (double-click or Enter on a card).
            self.view.station_detail.board.note_panel.text_edit.setFocus()
