"""The main window: menus, the welcome page or the open project, and the recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStackedWidget, QWidget

from app.errors import PinscribeError
from app.store.project import Project
from ui import project_safety
from ui.about import about_action_text, show_about
from ui.core.document import ProjectDocument
from ui.demo_opener import DemoOpener
from ui.dialogs import Dialogs, QtDialogs
from ui.export.dialog import ExportController
from ui.messages import user_message
from ui.plain import menu_text, tip, window_title
from ui.privacy.controller import PrivacyController
from ui.project_view import ProjectView
from ui.recordings import RecordingsController
from ui.screens import keep_on_screen, resize_to_screen
from ui.settings import (
    LANGUAGE,
    LANGUAGES,
    LAST_EXPORT_FOLDER,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    AppSettings,
)
from ui.shortcuts import KeepWindowShortcuts
from ui.welcome import WelcomePage
from ui.workflow import Workflow


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: AppSettings,
        dialogs: Dialogs | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.dialogs: Dialogs = dialogs or QtDialogs()
        self.document: ProjectDocument | None = None
        self.project_view: ProjectView | None = None
        self.undo_group = QUndoGroup(self)

        self.welcome = WelcomePage()
        self.welcome.newRequested.connect(self.new_project)
        self.welcome.openRequested.connect(self.open_project)
        self.welcome.recentRequested.connect(self.open_project)
        self.demo = DemoOpener(self, self.dialogs)  # Welcome ▸ Open the demo workshop
        self.welcome.demoRequested.connect(self.demo.open)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.setCentralWidget(self.pages)

        self.workflow = Workflow(self, settings, self.dialogs)
        self.exporter = ExportController(self, settings, self.dialogs)  # File ▸ Export…
        self.exporter.reviewRequested.connect(self.workflow.review_action.trigger)
        self.privacy = PrivacyController(self)  # File ▸ Privacy Check…
        self.recordings = RecordingsController(self, settings, self.dialogs)  # View ▸ Recordings
        self._create_menus()
        #: Commands that work while a text field has focus (Ctrl+E there is "end of line").
        self.keep_shortcuts = KeepWindowShortcuts(self, [
            self.new_action, self.open_action, self.exporter.action, self.recordings.action,
            self.workflow.import_action, self.workflow.review_action, self.workflow.find_action,
            self.workflow.themes_action, self.workflow.overview_action,
        ])  # fmt: skip
        self._restore_window()
        self._show_project(None)

    # Menus

    def _create_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New Project…"), QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(lambda: self.new_project())
        self.open_action = self._action(self.tr("&Open…"), QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(lambda: self.open_project())
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.close_action = self._action(self.tr("&Close"), QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close_project)
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        file_menu.addMenu(self.recent_menu)
        self.copy_action = QAction(self.tr("Save a &Copy…"), self)
        self.copy_action.triggered.connect(lambda: self.save_copy())
        file_menu.addAction(self.copy_action)
        file_menu.addSeparator()
        file_menu.addAction(self.workflow.import_action)
        file_menu.addAction(self.exporter.action)
        file_menu.addAction(self.privacy.opendata_action)
        file_menu.addAction(self.privacy.action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        self.workshop_action = QAction(self.tr("&Workshop Details…"), self)
        self.workshop_action.triggered.connect(self.edit_workshop)
        edit_menu.addAction(self.workshop_action)
        edit_menu.addAction(self.workflow.review_action)
        edit_menu.addAction(self.workflow.find_action)
        edit_menu.addAction(self.workflow.problems_action)

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.workflow.themes_action)
        view_menu.addAction(self.workflow.overview_action)
        view_menu.addAction(self.recordings.action)

        settings_menu = self.menuBar().addMenu(self.tr("Se&ttings"))
        self.language_menu = settings_menu.addMenu(self.tr("&Language"))
        self.language_actions = QActionGroup(self)
        names = {"system": self.tr("System"), "de": "Deutsch", "en": "English"}
        for key in LANGUAGES:
            action = self.language_menu.addAction(names[key])
            action.setCheckable(True)
            action.setChecked(key == self.settings.language())
            action.setData(key)
            self.language_actions.addAction(action)
        self.language_actions.triggered.connect(self._language_chosen)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(about_action_text(), lambda: show_about(self))
        self._update_recent_menu()

    def _action(self, text: str, shortcut: QKeySequence.StandardKey) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        return action

    def _language_chosen(self, action: QAction) -> None:
        """Settings ▸ Language: stored, used from the next start (the user is told)."""
        key = str(action.data())
        if key == self.settings.language():
            return
        self.settings.set(LANGUAGE, key)
        self.settings.sync()
        self.dialogs.show_info(
            self,
            self.tr("Language"),
            self.tr("Pinscribe will use the new language the next time it starts."),
        )

    def _update_recent_menu(self) -> None:
        files = self.settings.recent_files()
        self.recent_menu.clear()
        for number, path in enumerate(files, start=1):
            name = menu_text(Path(path).name)
            label = f"&{number} {name}" if number < 10 else name
            action = self.recent_menu.addAction(label)
            action.setToolTip(tip(path))
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_project(p))
        if files:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear &List"))
            clear.triggered.connect(self._clear_recent)
        self.recent_menu.setEnabled(bool(files))
        self.welcome.set_recent_files(files)

    def _clear_recent(self) -> None:
        self.settings.clear_recent_files()
        self._update_recent_menu()

    # Projects

    def new_project(self, path: str | None = None) -> bool:
        """Create a project at ``path`` (asked for when None) and open it."""
        path = path or self.dialogs.ask_new_project_path(self)
        if not path:
            return False
        try:
            project = Project.create(path, title=Path(path).stem)
        except PinscribeError as error:
            self.dialogs.show_error(self, self.tr("Cannot create the project"), user_message(error))
            return False
        self._set_project(project)
        return True

    def open_project(self, path: str | None = None) -> bool:
        """Open the project at ``path`` (asked for when None), replacing the open one."""
        path = path or self.dialogs.ask_open_project_path(self)
        if not path:
            return False
        if self.document and Path(path).resolve() == self.document.path.resolve():
            return True
        project = project_safety.open_project(self, self.dialogs, path)
        if project is None:
            if not Path(path).exists():
                self.settings.remove_recent_file(path)
                self._update_recent_menu()
            return False
        self._set_project(project)
        export_folder = str(self.settings.get(LAST_EXPORT_FOLDER) or "")
        removed = project_safety.clean_leftovers(project, export_folder)
        if removed:
            self.statusBar().showMessage(
                self.tr("Removed %n unfinished file(s) left by an interrupted export.", "", removed)
            )
        station_id, photos = project_safety.photos_to_resume(self, self.dialogs, project)
        if photos:
            self.workflow.import_files(station_id, photos)
        return True

    def edit_workshop(self) -> None:
        """Edit ▸ Workshop Details…: the workshop's title, date, place and texts."""
        if self.project_view is not None:
            self.project_view.workshop_dialog.open_form()

    def save_copy(self) -> Path | None:
        """File ▸ Save a Copy: a consistent copy of the open project."""
        if self.document is None:
            return None
        return project_safety.save_copy(self, self.dialogs, self.document.project)

    def close_project(self) -> None:
        """Close the open project (every change is already saved)."""
        if self.document is None:
            return
        self._commit_pending_edit()
        self.workflow.detach()
        document, view = self.document, self.project_view
        self.document = self.project_view = None
        self.undo_group.removeStack(document.undo_stack)
        if view is not None:
            self.pages.removeWidget(view)
            view.deleteLater()
        document.close()
        document.deleteLater()
        self._show_project(None)

    def _set_project(self, project: Project) -> None:
        self.close_project()
        self.document = ProjectDocument(project, self)
        self.document.errorOccurred.connect(self._show_change_error)
        self.undo_group.addStack(self.document.undo_stack)
        self.undo_group.setActiveStack(self.document.undo_stack)
        self.project_view = ProjectView(self.document, self.dialogs)
        self.pages.addWidget(self.project_view)
        self.workflow.attach(self.document, self.project_view)
        self.settings.add_recent_file(project.path)
        self._update_recent_menu()
        self._show_project(self.document)

    def _show_project(self, document: ProjectDocument | None) -> None:
        if document is None or self.project_view is None:
            self.pages.setCurrentWidget(self.welcome)
            self.setWindowTitle("Pinscribe")
            self.setWindowFilePath("")
        else:
            self.pages.setCurrentWidget(self.project_view)
            flag = self.tr(" (read-only)") if document.project.read_only else ""
            self.setWindowTitle(f"{window_title(document.path.name)}{flag} – Pinscribe")
            self.setWindowFilePath(str(document.path))
        self.close_action.setEnabled(document is not None)
        self.workshop_action.setEnabled(document is not None)
        self.copy_action.setEnabled(document is not None)
        self.exporter.set_document(document)
        self.privacy.set_document(document)
        self.recordings.set_document(document)

    def _show_change_error(self, message: str) -> None:
        self.dialogs.show_error(self, self.tr("The change was not saved"), message)

    def _commit_pending_edit(self) -> None:
        """Let a field being edited save itself (fields save when they lose focus)."""
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            focused.clearFocus()

    # Window

    def _restore_window(self) -> None:
        geometry = self.settings.get(WINDOW_GEOMETRY)
        # Qt refuses a geometry saved on a much narrower or wider screen (a laptop's,
        # then a 1920-px monitor): the window would open at its smallest.
        if isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(
            geometry
        ):
            keep_on_screen(self)  # saved on a screen that may be gone
        else:
            resize_to_screen(self, 1100, 720)
        state = self.settings.get(WINDOW_STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set(WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(WINDOW_STATE, self.saveState())
        self.settings.set_last_project(self.document.path if self.document else None)
        self.close_project()
        self.demo.shutdown()
        self.settings.sync()
        super().closeEvent(event)
