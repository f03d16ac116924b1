"""The workshop's date shown in German form in the German app; stored as ISO."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import FakeDialogs
from ui.application import install_translators
from ui.main_window import MainWindow
from ui.settings import AppSettings


@pytest.fixture
def german(qapp) -> Iterator[None]:
    installed = install_translators(qapp, "de")
    if not any("pinscribe_de" in t.filePath() for t in installed):
        for translator in installed:
            qapp.removeTranslator(translator)
        pytest.skip("the German translation is not compiled (make translations)")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)


def _window(qtbot, settings: AppSettings, dialogs: FakeDialogs, path: Path) -> MainWindow:
    window = MainWindow(settings, dialogs)
    qtbot.addWidget(window)
    window.show()
    assert window.open_project(str(path))
    return window


def test_the_german_date_field_shows_day_month_year(
    german, qtbot, settings: AppSettings, dialogs: FakeDialogs, project_file: Path
) -> None:
    window = _window(qtbot, settings, dialogs, project_file)
    form = window.project_view.workshop_form
    form.date_edit.setText("1.12.2026")
    form.date_edit.editingFinished.emit()
    assert window.document.project.workshop.get().date == "2026-12-01"  # stored as ISO
    assert form.date_edit.text() == "01.12.2026"
    form.date_edit.editingFinished.emit()  # left unchanged: no undo step
    assert window.document.undo_stack.count() == 1
    form.date_edit.setText("2025-02-05")  # ISO is read too
    form.date_edit.editingFinished.emit()
    assert window.document.project.workshop.get().date == "2025-02-05"
    assert form.date_edit.text() == "05.02.2025"
    window.document.undo_stack.undo()
    assert form.date_edit.text() == "01.12.2026"
    window.close()


def test_the_english_date_field_stays_iso(
    qapp, qtbot, settings: AppSettings, dialogs: FakeDialogs, project_file: Path
) -> None:
    window = _window(qtbot, settings, dialogs, project_file)
    form = window.project_view.workshop_form
    form.date_edit.setText("1.12.2026")
    form.date_edit.editingFinished.emit()
    assert form.date_edit.text() == "2026-12-01"
    assert QApplication.translate("WorkshopForm", "yyyy-MM-dd") == "yyyy-MM-dd"
    window.close()
