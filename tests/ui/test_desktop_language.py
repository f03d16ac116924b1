"""German throughout: core messages translated, no SQLite words, plurals, a language menu."""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from app.errors import NotFoundError, PinscribeError
from app.messages import MESSAGES, fields, message
from app.store.project import Project
from tests.ui.test_translations import TS_FILE, tool
from ui.application import choose_language
from ui.main_window import MainWindow
from ui.message_templates import TEMPLATES
from ui.messages import user_message


@pytest.fixture
def german(qapp, tmp_path: Path) -> Iterator[None]:
    qm = tmp_path / "pinscribe_de.qm"
    subprocess.run([str(tool("pyside6-lrelease")), str(TS_FILE), "-qm", str(qm)], check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_every_core_message_has_a_translatable_text() -> None:
    assert set(TEMPLATES) == set(MESSAGES)
    for code, template in TEMPLATES.items():
        count = len(fields(code))
        assert all(f"%{k}" in template for k in range(1, count + 1)), code


def test_core_errors_in_german(german) -> None:
    error = NotFoundError.coded("note.not_found", id=34)
    assert str(error) == "No note with id 34."  # the CLI's English
    assert user_message(error) == "Keine Notiz mit der Nummer 34."
    # A failure that reaches the window only as text (the problems panel).
    text = message("import.no_notes", name="board.jpg")
    assert user_message(text) == (
        "board.jpg: Auf diesem Foto wurden keine Notizen gefunden; nicht importiert"
    )


def test_sqlite_words_never_reach_the_user(german, tmp_path: Path) -> None:
    raw = sqlite3.IntegrityError("FOREIGN KEY constraint failed")
    assert "FOREIGN KEY" not in user_message(raw)
    with Project.create(tmp_path / "p.pinscribe", title="T") as project:
        error = project._save_error(raw)
    assert isinstance(error, PinscribeError) and error.code == "save.conflict"
    shown = user_message(error)
    assert "FOREIGN" not in shown and "constraint" not in shown
    assert shown.startswith("In p.pinscribe kann nicht gespeichert werden")


def test_plurals_in_german_and_english(german, qapp, tmp_path: Path) -> None:
    tr = QCoreApplication.translate
    assert tr("ErrorPanel", "%n problem(s)", "", 1) == "1 Problem"
    assert tr("ErrorPanel", "%n problem(s)", "", 3) == "3 Probleme"
    en_ts = TS_FILE.with_name("pinscribe_en.ts")
    qm = tmp_path / "pinscribe_en.qm"
    subprocess.run([str(tool("pyside6-lrelease")), str(en_ts), "-qm", str(qm)], check=True,
                   capture_output=True, timeout=120)  # fmt: skip
    english = QTranslator()
    assert english.load(str(qm))
    assert english.translate("ErrorPanel", "%n problem(s)", "", 1) == "%n problem"
    assert english.translate("ErrorPanel", "%n problem(s)", "", 2) == "%n problems"


def test_no_hand_made_plurals_left() -> None:
    """Counts go through Qt's %n forms, not "1 note" / "%1 notes" pairs."""
    root = Path(__file__).resolve().parents[2] / "ui"
    offenders = [
        f"{path.name}: {line.strip()}"
        for path in root.rglob("*.py")
        for line in path.read_text(encoding="utf-8").splitlines()
        if "== 1" in line and ("tr(" in line or "translate(" in line)
    ]
    assert offenders == []


def test_language_setting(window: MainWindow, settings, dialogs) -> None:
    assert settings.language() == "system"
    assert choose_language(QLocale("en_US"), "de") == "de"
    assert choose_language(QLocale("de_DE"), "en") == "en"
    assert choose_language(QLocale("de_DE"), "system") == "de"
    deutsch = next(a for a in window.language_actions.actions() if a.data() == "de")
    deutsch.trigger()
    assert settings.language() == "de"
    assert dialogs.infos and "next time" in dialogs.infos[-1][1]


def test_workshop_overview_names_its_cross_column_in_full(
    german, window: MainWindow, tmp_path: Path
) -> None:
    """"Stationsübergreifende Themen" is wider than a station's column: the last
    column's title is not cut to "Stationsübergreifende The…"; the name field keeps
    room for its hint on a small screen."""
    from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem

    from tests.ui.boards import imported_project

    path, _, _ = imported_project(tmp_path)
    assert window.open_project(str(path))
    window.workflow.themes_action.trigger()
    page = window.workflow.themes
    assert page is not None
    overview = page.open_overview()
    titles = [i.text() for i in overview.scene.items() if isinstance(i, QGraphicsSimpleTextItem)]
    assert "Stationsübergreifende Themen" in titles
    overview.resize(780, 470)  # the long German actions go behind ›› ...
    overview.show()
    QApplication.processEvents()
    field = overview.name_field  # ... not the field's hint
    assert field.width() >= field.fontMetrics().horizontalAdvance(field.placeholderText())
    overview.close()
