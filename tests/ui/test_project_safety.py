"""The window keeps projects safe: in use elsewhere, copies, interrupted imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app import import_journal as jobs
from app.store.project import Project
from tests.ui.boards import write_board
from ui.main_window import MainWindow
from ui.settings import IMPORT_READS_TEXT


def test_project_in_use_elsewhere_opens_read_only(
    window: MainWindow, dialogs, project_file: Path
) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from app.store import Project; p = Project.open(sys.argv[1]); "
            "print('ready', flush=True); time.sleep(60)",
            str(project_file),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        dialogs.yes_no.append(False)
        assert not window.open_project(str(project_file))
        assert "open in another Pinscribe" in dialogs.asked_yes_no[0][1]
        dialogs.yes_no.append(True)
        assert window.open_project(str(project_file))
        assert window.document.project.read_only
        assert "(read-only)" in window.windowTitle()
    finally:
        holder.kill()
        holder.wait()


def test_save_a_copy(window: MainWindow, dialogs, project_file: Path, tmp_path: Path) -> None:
    assert window.open_project(str(project_file))
    target = tmp_path / "Kopie für das Archiv.pinscribe"
    dialogs.copy_paths.append(str(target))
    window.copy_action.trigger()
    with Project.open(target, read_only=True) as copy:
        assert [s.name for s in copy.stations.list()] == ["Governance", "Mobilität"]
        assert copy.integrity_check() == "ok"


def test_interrupted_import_is_offered_again(
    window: MainWindow, dialogs, settings, project_file: Path, tmp_path: Path, qtbot
) -> None:
    settings.set(IMPORT_READS_TEXT, False)
    photo = write_board(tmp_path / "board.jpg")
    with Project.open(project_file) as project:  # as a killed import leaves it
        station = project.stations.list()[0]
        jobs.start(project, station.id, [photo, tmp_path / "gone.jpg"])
    dialogs.yes_no.append(True)
    assert window.open_project(str(project_file))
    assert "interrupted" in dialogs.asked_yes_no[0][1]
    importer = window.workflow.importer
    qtbot.waitUntil(lambda: window.document.project.photos.list() != [], timeout=30_000)
    qtbot.waitUntil(lambda: not importer.busy(), timeout=30_000)
    with Project.open(project_file, read_only=True) as project:
        assert [p.filename for p in project.photos.list()] == ["board.jpg"]
        assert jobs.interrupted_import(project) is None


def test_leftovers_of_an_interrupted_export_are_removed(
    window: MainWindow, settings, project_file: Path, tmp_path: Path
) -> None:
    import os
    import time

    from app.leftovers import partial_path, temp_prefix
    from ui.settings import LAST_EXPORT_FOLDER

    exports = tmp_path / "exports"
    exports.mkdir()
    settings.set(LAST_EXPORT_FOLDER, str(exports))
    stale = exports / f"{temp_prefix(exports / 'Bericht.pdf')}x1y2z3.tmp"
    stale.write_bytes(b"%PDF half")
    copy = partial_path(tmp_path / "Kopie.pinscribe")
    copy.write_bytes(b"SQLite format 3\0")
    fresh = exports / f"{temp_prefix(exports / 'Neu.pdf')}abc.tmp"  # an export running now
    fresh.write_bytes(b"%PDF")
    mine = exports / "notes.tmp"  # not Pinscribe's
    mine.write_bytes(b"keep")
    old = time.time() - 3600
    for path in (stale, copy, mine):
        os.utime(path, (old, old))
    assert window.open_project(str(project_file))
    assert not stale.exists() and not copy.exists()
    assert fresh.exists() and mine.exists()
    assert "Removed 2 unfinished" in window.statusBar().currentMessage()
