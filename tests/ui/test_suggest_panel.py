"""Suggest Themes and Find Duplicates from the canvas."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.suggest import Suggestion
from tests.ui import test_canvas
from ui.canvas.page import CanvasPage
from ui.canvas.suggest_panel import SuggestionRow
from ui.main_window import MainWindow

canvas_file = test_canvas.canvas_file
canvas = test_canvas.canvas
stored = test_canvas.stored


def test_accept_and_reject_suggestions_by_colour(window: MainWindow, canvas: CanvasPage) -> None:
    dialog = canvas.open_suggestions()
    assert dialog is not None
    dialog.method.setCurrentIndex(dialog.method.findData("color"))
    names = [row.suggestion.name for row in dialog.rows]
    assert names[:2] in (["Gelb", "Rosa"], ["Rosa", "Gelb"])
    pink = next(r for r in dialog.rows if r.suggestion.name == "Rosa")
    pink.name.setText("Busse")
    pink.accept_button.click()
    notes, themes = stored(window)
    assert [t.name for t in themes] == ["Rad", "Busse"]
    assert notes["Bus nachts"].theme_id == themes[1].id
    assert canvas.scene.frames[themes[1].id].count == 2
    assert window.document.undo_stack.count() == 1
    yellow = next(r for r in dialog.rows if r.suggestion.name == "Gelb")
    yellow.reject_button.click()
    assert yellow not in dialog.rows
    assert stored(window)[0]["Mehr Radwege"].theme_id is None

    window.undo_action.trigger()
    notes, themes = stored(window)
    assert [t.name for t in themes] == ["Rad"] and notes["Bus nachts"].theme_id is None
    dialog.refresh()
    assert len(dialog.rows) == 2
    dialog.accept_all_button.click()
    notes, themes = stored(window)
    assert {t.name for t in themes} == {"Rad", "Gelb", "Rosa"}
    assert window.document.undo_stack.count() == 1  # accept all: one step
    dialog.close()
    QApplication.processEvents()


def test_find_duplicates_lists_nothing_for_distinct_notes(
    window: MainWindow, canvas: CanvasPage, qtbot
) -> None:
    dialog = canvas.open_duplicates()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.searched, timeout=20_000)
    assert dialog.rows == []
    dialog.close()


def test_merge_a_proposed_pair_and_undo(
    window: MainWindow, canvas: CanvasPage, qtbot, monkeypatch
) -> None:
    from app.duplicates import DuplicatePair

    notes, _ = stored(window)
    keep, drop = notes["Bus nachts"].id, notes["Busse öfter"].id
    monkeypatch.setattr(
        "ui.canvas.duplicates_panel.find_duplicates",
        lambda project, station: [DuplicatePair(keep, drop, 0.9)],
    )
    dialog = canvas.open_duplicates()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.searched, timeout=20_000)
    assert len(dialog.rows) == 1
    assert dialog.rows[0].pair.keep == keep
    dialog.rows[0].merge_button.click()
    notes, _ = stored(window)
    assert "Busse öfter" not in notes and "Bus nachts" in notes
    assert drop not in canvas.scene.cards and len(canvas.scene.cards) == 4
    window.undo_action.trigger()
    notes, _ = stored(window)
    assert notes["Busse öfter"].id == drop
    assert drop in canvas.scene.cards
    dialog.close()


def test_grouping_by_wording_runs_in_the_background(
    window: MainWindow, canvas: CanvasPage, qtbot
) -> None:
    dialog = canvas.open_suggestions()
    assert dialog is not None
    with qtbot.waitSignal(dialog.proposalsShown, timeout=20_000):
        dialog.method.setCurrentIndex(dialog.method.findData("text"))
        assert dialog.rows == []  # not computed on the GUI thread
        assert "wording" in dialog.message.text()
    assert "wording" not in dialog.message.text()
    assert dialog.rows and {r.suggestion.method for r in dialog.rows} == {"text"}
    dialog.close()


def test_a_station_of_too_many_notes_to_group_by_wording_says_so(
    window: MainWindow, canvas: CanvasPage, qtbot, monkeypatch
) -> None:
    monkeypatch.setattr("app.suggest.wording.MAX_NOTES", 2)  # the canvas has 5 notes
    dialog = canvas.open_suggestions()
    assert dialog is not None
    with qtbot.waitSignal(dialog.proposalsShown, timeout=20_000):
        dialog.method.setCurrentIndex(dialog.method.findData("text"))
    assert dialog.rows == [] and not dialog.accept_all_button.isEnabled()
    assert "too many to group by wording (at most 2)" in dialog.message.text()
    dialog.close()


def test_grouping_by_layout_runs_in_the_background(
    window: MainWindow, canvas: CanvasPage, qtbot
) -> None:
    dialog = canvas.open_suggestions()
    assert dialog is not None
    assert dialog.method.currentData() == "layout"
    with qtbot.waitSignal(dialog.proposalsShown, timeout=20_000):
        dialog.refresh()
        assert dialog.rows == []  # the photos' pixels are not read on the GUI thread
        assert "board" in dialog.message.text()
    assert all(r.suggestion.method == "layout" for r in dialog.rows)
    dialog.close()


def test_a_name_made_from_unreviewed_text_is_marked_until_edited(
    window: MainWindow, canvas: CanvasPage, qtbot
) -> None:
    dialog = canvas.open_suggestions()
    assert dialog is not None
    provisional = SuggestionRow(dialog, Suggestion("Strohlkraft", [], "text", provisional=True))
    confirmed = SuggestionRow(dialog, Suggestion("Daten", [], "text"))
    qtbot.addWidget(provisional)
    qtbot.addWidget(confirmed)
    assert provisional.provisional_mark.isVisibleTo(provisional)
    assert not confirmed.provisional_mark.isVisibleTo(confirmed)
    assert provisional.current().provisional
    qtbot.keyClicks(provisional.name, "x")  # the facilitator edits the name
    assert not provisional.provisional_mark.isVisibleTo(provisional)
    assert not provisional.current().provisional
    dialog.close()
