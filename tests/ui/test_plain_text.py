"""A stranger's project shows every user string as plain text, never as Qt rich text.

Station, question, theme, note, tag and workshop texts full of HTML are put into a
project; the main window, every tab of a station and the dialogs are opened, and every
label, tooltip, text view, item and graphics item is checked: nothing renders markup.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui_Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGraphicsScene,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from app.store.project import Project
from tests.ui.boards import imported_project

MARK = "EVIL"
HOSTILE = f'<b>{MARK}</b><img src="no-such-picture.png"><a href="http://example.org">x</a>'


def hostile_project(tmp_path: Path) -> Path:
    path, station_id, _photo_id = imported_project(tmp_path)
    with Project.open(path) as project:
        project.workshop.update(title=HOSTILE + " title", place=HOSTILE, moderation=HOSTILE)
        project.stations.update(station_id, name=HOSTILE + " S", question=HOSTILE + " Q")
        project.stations.add(HOSTILE + " second", HOSTILE)
        theme = project.themes.add(station_id, HOSTILE + " T")
        notes = project.notes.list()
        for note in notes:
            project.notes.update(note.id, text=f"{HOSTILE} note {note.id}")
        project.notes.set_theme([notes[0].id], theme.id)
        project.tags.add([notes[1].id], HOSTILE + "tag")
    return path


def _renders(text: str) -> bool:
    return f"<b>{MARK}" in text and QtGui_Qt.mightBeRichText(text)


def _model_violations(view: QAbstractItemView) -> list[str]:
    model = view.model()
    found: list[str] = []
    if model is None:
        return found

    def walk(parent) -> None:  # type: ignore[no-untyped-def]
        for row in range(min(model.rowCount(parent), 500)):
            try:
                columns = model.columnCount(parent)
            except TypeError:  # list models hide it
                columns = 1
            for column in range(columns):
                index = model.index(row, column, parent)
                tip = index.data(Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and _renders(tip):
                    found.append(f"{type(view).__name__} item tooltip: {tip[:60]}")
            walk(model.index(row, 0, parent))

    walk(model.index(-1, -1))
    return found


def violations() -> list[str]:
    found: list[str] = []
    for widget in QApplication.allWidgets():
        found += _widget_violations(widget)
        if isinstance(widget, QAbstractItemView):
            found += _model_violations(widget)
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            found += _scene_violations(widget.scene())
    return found


def _widget_violations(widget: QWidget) -> list[str]:
    found: list[str] = []
    if isinstance(widget, QLabel):
        text = widget.text()
        if _renders(text) and widget.textFormat() != Qt.TextFormat.PlainText:
            found.append(f"QLabel {widget.objectName()!r}: {text[:60]}")
    if _renders(widget.toolTip()):
        found.append(f"{type(widget).__name__} tooltip: {widget.toolTip()[:60]}")
    if isinstance(widget, QTextEdit):
        plain = widget.toPlainText()
        if MARK in plain and f"<b>{MARK}" not in plain:
            found.append(f"{type(widget).__name__} renders the markup")
    return found


def _scene_violations(scene: QGraphicsScene) -> list[str]:
    found: list[str] = []
    for item in scene.items():
        if _renders(item.toolTip()):
            found.append(f"{type(item).__name__} tooltip: {item.toolTip()[:60]}")
        if isinstance(item, QGraphicsTextItem):
            plain = item.toPlainText()
            if MARK in plain and f"<b>{MARK}" not in plain:
                found.append("QGraphicsTextItem renders the markup")
    return found


def _visit_tabs(qtbot) -> list[str]:  # type: ignore[no-untyped-def]
    found: list[str] = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, QTabWidget) and widget.isVisible():
            for index in range(widget.count()):
                widget.setCurrentIndex(index)
                qtbot.wait(50)
                found += violations()
    return found


def test_every_user_string_is_plain_text(window, dialogs, tmp_path: Path, qtbot) -> None:
    path = hostile_project(tmp_path)
    assert window.open_project(str(path))
    panel = window.project_view.stations_panel
    found: list[str] = []
    for row in range(2):
        panel.select_row(row)
        qtbot.wait(100)
        found += violations()
        found += _visit_tabs(qtbot)
    # the review queue shows one note after the other, with its alternatives
    window.workflow.review_action.trigger()
    qtbot.wait(300)
    assert window.workflow.review is not None
    found += violations()
    window.workflow.review.close()
    # the export dialog lists the stations with their questions
    dialog = window.exporter.open_dialog()
    qtbot.wait(100)
    found += violations()
    if dialog is not None:
        dialog.close()
    assert not found, "\n".join(sorted(set(found)))


def test_message_boxes_show_plain_text(qtbot) -> None:
    from PySide6.QtWidgets import QMessageBox

    from ui.dialogs import message_box

    box = message_box(None, QMessageBox.Icon.Warning, "Title", HOSTILE)
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText


def test_a_file_with_planted_parts_is_offered_for_rescue(window, dialogs, tmp_path: Path) -> None:
    from tests.hostile import base_project, make

    planted = make(base_project(tmp_path), tmp_path / "p", "trigger-on-setting")
    before = planted.read_bytes()
    rescued = tmp_path / "rescued.pinscribe"
    dialogs.yes_no.append(True)
    dialogs.new_paths.append(str(rescued))
    assert window.open_project(str(planted))
    assert "did not create" in dialogs.asked_yes_no[-1][1]
    assert window.document.path == rescued
    assert planted.read_bytes() == before
    assert window.document.project.notes.list()


def test_rescue_declined_leaves_everything(window, dialogs, tmp_path: Path) -> None:
    from tests.hostile import base_project, make

    planted = make(base_project(tmp_path), tmp_path / "p", "view-extra")
    dialogs.yes_no.append(False)
    assert not window.open_project(str(planted))
    assert window.document is None


def test_a_damaged_row_reaches_the_problems_panel(window, tmp_path: Path, qtbot) -> None:
    from app.store import values
    from tests.hostile import base_project, make

    values.forget()
    damaged = make(base_project(tmp_path), tmp_path / "p", "polygon-nan")
    assert window.open_project(str(damaged))
    window.project_view.stations_panel.select_row(0)
    qtbot.waitUntil(lambda: bool(window.workflow.problems.problems()), timeout=5000)
    assert any("damaged" in message for _, message in window.workflow.problems.problems())


def test_resume_question_names_the_files(window, dialogs, tmp_path: Path) -> None:
    from app import import_journal
    from tests.ui.boards import write_board

    path, station_id, _photo = imported_project(tmp_path)
    left = write_board(tmp_path / "left-behind.jpg", width=400, height=300)
    with Project.open(path) as project:
        import_journal.start(project, station_id, [left])
    dialogs.yes_no.append(False)
    assert window.open_project(str(path))
    assert str(left) in dialogs.asked_yes_no[-1][1]


def test_resume_is_not_offered_for_another_machines_journal(window, dialogs, tmp_path) -> None:
    import json

    from app import import_journal
    from tests.ui.boards import write_board

    path, station_id, _photo = imported_project(tmp_path)
    left = write_board(tmp_path / "left-behind.jpg", width=400, height=300)
    with Project.open(path) as project:
        import_journal.start(project, station_id, [left])
        record = json.loads(project.settings.get(import_journal.KEY) or "{}")
        record["host"] = "elsewhere.example"
        project.settings.set(import_journal.KEY, json.dumps(record))
    assert window.open_project(str(path))
    assert not dialogs.asked_yes_no


def test_a_short_tooltip_is_not_wrapped_narrow(qtbot) -> None:
    """Qt wraps rich-text tooltips narrow ("Mobilität & / Verkehr <b>x</ / b>"): short lines
    stay whole; a long text still wraps; both show as written."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QLabel

    from ui.plain import tip

    def label(text: str) -> QLabel:
        shown = QLabel()
        shown.setWordWrap(True)  # as Qt's tooltip label does for rich text
        shown.setText(tip(text))
        qtbot.addWidget(shown)
        return shown

    name = "Mobilität & Verkehr <b>x</b>"
    line = label("x").sizeHint().height()
    assert label(name).sizeHint().height() == line
    assert label("• Allianz der Willigen suchen\n• Radwege").sizeHint().height() == 2 * line
    long = " ".join(["Mehr sichere Radwege zwischen den Stadtteilen"] * 6)
    assert label(long).sizeHint().height() > line
    for text in (name, long):
        document = QTextDocument()
        document.setHtml(tip(text))
        assert document.toPlainText() == text
