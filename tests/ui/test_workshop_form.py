from __future__ import annotations

import pytest

from ui.workshop_form import parse_date


def test_fields_are_saved_when_left_and_undone(window, project_file, qtbot) -> None:
    window.open_project(str(project_file))
    form = window.project_view.workshop_form
    assert form.title_edit.text() == "Smart City"

    form.title_edit.setText("Smart City Dialog")
    form.title_edit.editingFinished.emit()
    form.place_edit.setText("Rathaus")
    form.place_edit.editingFinished.emit()
    form.description_edit.setPlainText("Ein Abend mit drei Stationen.")
    form.description_edit.editingFinished.emit()
    form.language_combo.setCurrentIndex(form.language_combo.findData("en"))
    form.language_combo.activated.emit(form.language_combo.currentIndex())
    workshop = window.document.project.workshop.get()
    assert (workshop.title, workshop.place, workshop.language) == (
        "Smart City Dialog",
        "Rathaus",
        "en",
    )
    assert workshop.description == "Ein Abend mit drei Stationen."
    assert window.document.undo_stack.count() == 4

    # Leaving a field unchanged adds no undo step.
    form.title_edit.editingFinished.emit()
    assert window.document.undo_stack.count() == 4

    for _ in range(4):
        window.undo_action.trigger()
    workshop = window.document.project.workshop.get()
    assert (workshop.title, workshop.place, workshop.language) == ("Smart City", "", "de")
    assert form.title_edit.text() == "Smart City"
    assert form.language_combo.currentData() == "de"
    window.redo_action.trigger()
    assert form.title_edit.text() == "Smart City Dialog"


def test_dates_in_german_or_iso_form_are_saved(window, project_file) -> None:
    window.open_project(str(project_file))
    form = window.project_view.workshop_form
    form.date_edit.setText("5.2.2025")
    form.date_edit.editingFinished.emit()
    assert window.document.project.workshop.get().date == "2025-02-05"
    assert form.date_edit.text() == "2025-02-05"


def test_bad_date_is_refused_with_a_message(window, dialogs, project_file) -> None:
    window.open_project(str(project_file))
    form = window.project_view.workshop_form
    form.date_edit.setText("31.02.2025")
    form.date_edit.editingFinished.emit()
    assert window.document.project.workshop.get().date == ""
    assert form.date_edit.text() == ""
    [(_, message)] = dialogs.errors
    assert "31.02.2025" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        ("  ", ""),
        ("2025-02-05", "2025-02-05"),
        ("05.02.2025", "2025-02-05"),
        ("5.2.2025", "2025-02-05"),
        ("2025-2-5", None),
        ("2025-02-30", None),
        ("morgen", None),
    ],
)
def test_parse_date(text: str, expected: str | None) -> None:
    assert parse_date(text) == expected


def test_the_organisers_texts_are_saved_and_undone(window, project_file) -> None:
    window.open_project(str(project_file))
    form = window.project_view.workshop_form
    assert form.tabs.count() == 2
    form.time_slot_edit.setText("14:00–15:30")
    form.time_slot_edit.editingFinished.emit()
    text = "Begrüßung.\n\n- Input aus Wuppertal\n- Austausch an drei Stationen"
    form.introduction_edit.setPlainText(text)
    form.introduction_edit.editingFinished.emit()
    form.credits_edit.setPlainText("Fotos: Team")
    form.credits_edit.editingFinished.emit()
    form.closing_edit.setPlainText("Impressum\nStraße 1")
    form.closing_edit.editingFinished.emit()
    workshop = window.document.project.workshop.get()
    assert (workshop.time_slot, workshop.introduction) == ("14:00–15:30", text)
    assert (workshop.credits, workshop.closing) == ("Fotos: Team", "Impressum\nStraße 1")
    window.undo_action.trigger()
    assert window.document.project.workshop.get().closing == ""
    assert form.closing_edit.toPlainText() == ""


def test_a_stations_summary_is_edited_in_its_dialog(window, project_file, dialogs) -> None:
    window.open_project(str(project_file))
    panel = window.project_view.stations_panel
    dialogs.station_answers.append(("Bildung", "Was lernen wir?"))
    panel.add_button.click()
    dialogs.station_answers.append(("Bildung", "Was lernen wir?", "eins\nzwei"))
    panel.edit_button.click()
    station = window.document.project.stations.list()[-1]
    assert station.statement == "eins\nzwei"
    window.undo_action.trigger()
    assert window.document.project.stations.list()[-1].statement == ""


def test_the_texts_for_the_report_have_room(window, project_file, qtbot) -> None:
    """The introduction shows several lines at once, not three behind a scroll bar."""
    window.open_project(str(project_file))
    dialog = window.project_view.workshop_dialog
    dialog.show()  # as open_form, without raise() (the test platform warns of it)
    form = dialog.form
    form.tabs.setCurrentIndex(1)
    qtbot.waitExposed(dialog)
    edit = form.introduction_edit
    assert edit.viewport().height() >= 5 * edit.fontMetrics().lineSpacing()
    area = dialog.screen().availableGeometry()
    assert dialog.width() <= area.width() and dialog.height() <= area.height()
    dialog.close()
