from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QCoreApplication, QLocale

from ui.application import choose_language, install_translators, open_first_project
from ui.main_window import MainWindow
from ui.settings import (
    LAST_PROJECT,
    MAX_RECENT,
    REOPEN_LAST,
    SETTINGS,
    WINDOW_GEOMETRY,
)


@pytest.mark.parametrize(
    ("name", "language"),
    [("de_DE", "de"), ("de_AT", "de"), ("de_CH", "de"), ("en_US", "en"), ("fr_FR", "en")],
)
def test_choose_language(name: str, language: str) -> None:
    assert choose_language(QLocale(name)) == language


def test_german_translators_are_installed(qapp) -> None:
    translators = install_translators(qapp, "de")
    try:
        assert translators, "Qt's own German translations should load"
        # A standard string of Qt's own dialogs:
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    english = install_translators(qapp, "en")  # only our plural forms, no Qt translation
    try:
        assert len(english) <= 1
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        for translator in english:
            qapp.removeTranslator(translator)


def test_reopens_the_last_project(qtbot, settings, dialogs, project_file) -> None:
    settings.set(LAST_PROJECT, str(project_file))
    window = MainWindow(settings, dialogs)
    qtbot.addWidget(window)
    open_first_project(window, settings, None)
    assert window.document is not None
    assert window.document.path == project_file
    window.close()


def test_does_not_reopen_when_switched_off_or_gone(qtbot, settings, dialogs, tmp_path) -> None:
    window = MainWindow(settings, dialogs)
    qtbot.addWidget(window)
    settings.set(LAST_PROJECT, str(tmp_path / "gone.pinscribe"))
    open_first_project(window, settings, None)
    assert window.document is None
    assert dialogs.errors == []
    settings.set(REOPEN_LAST, False)
    open_first_project(window, settings, None)
    assert window.document is None


def test_given_project_that_fails_shows_error_and_empty_window(
    qtbot, settings, dialogs, tmp_path
) -> None:
    window = MainWindow(settings, dialogs)
    qtbot.addWidget(window)
    bad = tmp_path / "x.pinscribe"
    bad.write_bytes(b"\0" * 100)
    open_first_project(window, settings, str(bad))
    assert window.document is None
    assert len(dialogs.errors) == 1


def test_settings_declared_once_with_defaults(settings, tmp_path) -> None:
    keys = [s.key for s in SETTINGS]
    assert len(keys) == len(set(keys))
    assert all(s.description for s in SETTINGS)
    assert settings.recent_files() == []
    assert settings.last_project() == ""
    assert settings.reopen_last() is True
    assert settings.get(WINDOW_GEOMETRY) == QByteArray()


def test_recent_files_keep_ten_newest_without_duplicates(settings, tmp_path) -> None:
    paths = [tmp_path / f"p{i}.pinscribe" for i in range(MAX_RECENT + 3)]
    for path in paths:
        settings.add_recent_file(path)
    settings.add_recent_file(paths[5])
    recent = settings.recent_files()
    assert len(recent) == MAX_RECENT
    assert recent[0] == str(paths[5].resolve())
    assert recent[1] == str(paths[-1].resolve())
    assert len(set(recent)) == MAX_RECENT
    settings.sync()
    settings.remove_recent_file(paths[5])
    assert str(paths[5].resolve()) not in settings.recent_files()


def test_one_recent_file_survives_a_round_trip(tmp_path) -> None:
    from PySide6.QtCore import QSettings

    from ui.settings import AppSettings

    file = str(tmp_path / "s.ini")
    first = AppSettings(QSettings(file, QSettings.Format.IniFormat))
    first.add_recent_file(tmp_path / "only.pinscribe")
    first.sync()
    again = AppSettings(QSettings(file, QSettings.Format.IniFormat))
    assert again.recent_files() == [str((tmp_path / "only.pinscribe").resolve())]
