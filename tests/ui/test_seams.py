"""The seams of the window: one background writer, failures reaching the user, undo."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store.project import Project
from tests.ui.boards import write_board
from ui.core.document import ProjectDocument
from ui.core.jobs import JobContext, JobRunner
from ui.core.project_jobs import ProjectWriter, SecondWriterError, reading
from ui.main_window import MainWindow
from ui.settings import IMPORT_READS_TEXT


@pytest.fixture
def opened(window: MainWindow, settings, project_file: Path) -> MainWindow:
    settings.set(IMPORT_READS_TEXT, False)
    assert window.open_project(str(project_file))
    return window


def test_a_second_writer_for_an_open_project_is_refused(opened: MainWindow) -> None:
    path = opened.document.path
    with pytest.raises(SecondWriterError):
        ProjectWriter(path, read_only=False)
    with Project.open(path) as project, pytest.raises(SecondWriterError):
        ProjectDocument(project)
    opened.close_project()
    writer = ProjectWriter(path, read_only=False)  # the project's writer was closed with it
    writer.close()


def test_a_failed_job_reaches_the_problems_panel_unasked(opened: MainWindow, qtbot) -> None:
    """Nothing is connected to ``failed``; the window still shows the failure."""
    runner = JobRunner(opened)

    def work(context: JobContext) -> None:
        raise OSError("The disk fell off")

    with qtbot.waitSignal(runner.start("broken", work).failed, timeout=10_000):
        pass
    assert opened.workflow.problems.problems() == [("(background task)", "The disk fell off")]
    assert opened.workflow.problems.isVisibleTo(opened)
    runner.shutdown()


def test_a_worker_cannot_read_through_the_windows_connection(opened: MainWindow, qtbot) -> None:
    project = opened.document.project
    runner = JobRunner(opened)
    errors: list[str] = []
    job = runner.start(
        "sneaky", lambda context: project.stations.list(), on_failure=errors.append
    )
    with qtbot.waitSignal(job.failed, timeout=10_000):
        pass
    assert "thread" in errors[0]
    assert opened.workflow.problems.problems() == []  # the caller showed it itself

    def names(context: JobContext, own: Project) -> list[str]:
        return [s.name for s in own.stations.list()]

    job = runner.start("reader", reading(opened.document.path, names))
    with qtbot.waitSignal(job.finished, timeout=10_000) as done:
        pass
    assert done.args[0] == ["Governance", "Mobilität"]
    runner.shutdown()


def test_undo_across_an_import_never_destroys(
    window: MainWindow, dialogs, settings, tmp_path: Path, qtbot
) -> None:
    """Issue 17: add a station, import 2 photos, undo past "Add station", redo all."""
    settings.set(IMPORT_READS_TEXT, False)
    dialogs.new_paths.append(str(tmp_path / "new.pinscribe"))
    assert window.new_project()
    document = window.document
    stack = document.undo_stack
    dialogs.station_answers.append(("Mobilität", "Wie bewegen wir uns?"))
    window.project_view.stations_panel.add_button.click()
    station = window.project_view.stations_panel.current_station()
    # two different boards (two boards alike would be merged as one board seen twice)
    files = [
        write_board(tmp_path / "b0.jpg", words=("Rad", "Bus")),
        write_board(tmp_path / "b1.jpg", columns=2, rows=3, words=("Tram", "Fähre", "Zug")),
    ]
    with qtbot.waitSignal(window.workflow.importer.importFinished, timeout=60_000):
        window.workflow.import_files(station.id, files)
    project = document.project

    def state() -> tuple[list[str], list[str], list[tuple[int, int, str | None]]]:
        return (
            [s.name for s in project.stations.list()],
            [p.filename for p in project.photos.list(station.id)]
            if project.stations.list()
            else [],
            [(n.id, n.photo_id, n.text) for n in project.notes.list()],
        )

    full = state()
    assert full[1] == ["b0.jpg", "b1.jpg"] and len(full[2]) == 12
    assert [stack.text(i) for i in range(stack.count())] == [
        "Add station “Mobilität”", "Import photo “b0.jpg”", "Import photo “b1.jpg”",
    ]  # fmt: skip

    window.undo_action.trigger()  # the second photo goes with its notes
    assert state()[1] == ["b0.jpg"] and len(state()[2]) == 6
    assert window.project_view.station_detail.board.photo_count() == 1
    while stack.canUndo():
        window.undo_action.trigger()
    assert state() == ([], [], [])
    while stack.canRedo():
        window.redo_action.trigger()
    assert state() == full
    assert window.dialogs.errors == []
    window.project_view.stations_panel.select_station(station.id)
    assert window.project_view.station_detail.board.photo_count() == 2

    assert project.integrity_check() == "ok"
