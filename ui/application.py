"""Starting the app: QApplication, translations, the main window, the first project."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app import __version__
from ui.about import app_icon
from ui.main_window import MainWindow
from ui.settings import AppSettings

APP_NAME = "Pinscribe"
I18N_DIR = Path(__file__).resolve().parent.parent / "resources" / "i18n"


def choose_language(locale: QLocale, setting: str = "system") -> str:
    """The language chosen in the settings, else German if the locale is German, else English."""
    if setting in ("de", "en"):
        return setting
    return "de" if locale.language() == QLocale.Language.German else "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load Qt's own translations and ours for ``language``; return those installed.

    English needs only its plural forms ("1 note", "2 notes": ``pinscribe_en``);
    the source strings are English. A missing file is no error: the app then
    speaks English.
    """
    installed = []
    sources = [("pinscribe", str(I18N_DIR))]
    if language != "en":
        sources.insert(0, ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", folder) and app.installTranslator(translator):
            installed.append(translator)
    return installed


def create_application(argv: list[str]) -> QApplication:
    # Qt 6 scales for high-DPI screens itself; pass fractional factors (150 %) through.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("io.github.pinscribe.Pinscribe")
    app.setWindowIcon(app_icon())
    return app


def open_first_project(window: MainWindow, settings: AppSettings, path: str | None) -> None:
    """Open ``path``, or else the last project if wanted and still there.

    A project that does not open gets an error dialog; the window stays empty.
    """
    if path:
        window.open_project(path)
        return
    last = settings.last_project()
    if last and settings.reopen_last() and Path(last).is_file():
        window.open_project(last)


def run_app(project_path: str | None) -> int:
    """Run the app until its window is closed; return the exit code."""
    app = QApplication.instance() or create_application(sys.argv[:1])
    assert isinstance(app, QApplication)
    settings = AppSettings(QSettings())
    install_translators(app, choose_language(QLocale.system(), settings.language()))
    window = MainWindow(settings)
    window.show()
    open_first_project(window, settings, project_path)
    return app.exec()
