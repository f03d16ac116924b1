"""File ▸ Export…: the options, the live preview, exporting in the background, errors, cancel."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import threading
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt, QUrl

import ui.export.job
from app.store.project import Project
from tests.export_fixtures import crop_of, jpeg
from ui.export.dialog import ExportDialog
from ui.main_window import MainWindow
from ui.settings import LAST_EXPORT_FOLDER

NOTES = {
    "Governance": [
        ("Prozesse", "Schlanke Prozesse mit klarer Kommunikation", 3),
        ("Prozesse", "Silos aufbrechen", 1),
        (None, "Interkommunal arbeiten und Kosten teilen", 0),
    ],
    "Mobilität": [
        ("Radverkehr", "Mehr Radwege in der Innenstadt", 5),
        (None, "Busse im Takt von zehn Minuten", 2),
    ],
}


def build(path: Path) -> Path:
    """A project with two stations, each with a board photo, notes and a theme."""
    with Project.create(path, title="Smart City") as project:
        project.workshop.update(date="2025-02-05", language="de")
        for name, notes in NOTES.items():
            station = project.stations.add(name, f"Leitfrage zu {name}?")
            boxes = [(40 + i * 240, 40, 240 + i * 240, 240) for i in range(len(notes))]
            photo = project.photos.add(
                station.id,
                jpeg(1000, 400, boxes, [(250, 225, 90)] * len(notes)),
                filename=f"{name}.jpg",
                width=1000,
                height=400,
                mime="image/jpeg",
            )
            themes = {t: project.themes.add(station.id, t).id for t, _, _ in notes if t}
            for (theme, text, votes), (x0, y0, x1, y1) in zip(notes, boxes, strict=True):
                note = project.notes.add(
                    photo.id,
                    [(x0, y0), (x1, y0), (x1, y1), (x0, y1)],
                    text=text,
                    votes=votes,
                    confidence=0.9,
                    color="yellow",
                    crop=crop_of((250, 225, 90)),
                )
                if theme:
                    project.notes.set_theme([note.id], themes[theme])
    return path


@pytest.fixture
def opened(window: MainWindow, tmp_path: Path) -> MainWindow:
    assert window.open_project(str(build(tmp_path / "workshop.pinscribe")))
    return window


@pytest.fixture
def dialog(opened: MainWindow, qtbot) -> ExportDialog:
    opened.exporter.action.trigger()
    shown = opened.exporter.dialog
    assert shown is not None and shown.isVisible()
    with qtbot.waitSignal(shown.preview.updated, timeout=10_000):
        pass
    return shown


def station_id(window: MainWindow, name: str) -> int:
    return next(s.id for s in window.document.project.stations.list() if s.name == name)


def export_through(dialog: ExportDialog, qtbot, dialogs, out: Path) -> Path:
    dialogs.export_paths.append(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as done:
        dialog.export_button.click()
        assert dialog.progress.isVisible()
    return done.args[0]


def test_export_action_follows_the_project(window: MainWindow, tmp_path: Path, qtbot) -> None:
    assert not window.exporter.action.isEnabled()
    assert window.exporter.open_dialog() is None
    window.open_project(str(build(tmp_path / "w.pinscribe")))
    assert window.exporter.action.isEnabled()
    assert window.exporter.action.shortcut().toString() == "Ctrl+E"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(window.exporter.action.triggered):
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.exporter.dialog is not None and window.exporter.dialog.isVisible()
    window.close_project()
    assert not window.exporter.action.isEnabled()
    assert window.exporter.dialog is None


def test_preview_shows_the_summary_and_follows_the_options(
    dialog: ExportDialog, opened: MainWindow, qtbot, qtmodeltester
) -> None:
    text = dialog.preview.view.toPlainText()
    assert "Smart City" in text
    assert "Governance" in text and "Mobilität" in text
    assert "Schlanke Prozesse mit klarer Kommunikation" in text
    assert "Mehr Radwege in der Innenstadt" in text
    assert "Prozesse" in text and "Radverkehr" in text
    assert "Weitere Notizen" in text
    assert dialog.preview.note.text()  # says that pictures are left out

    with qtbot.waitSignal(dialog.preview.updated, timeout=10_000):
        dialog.set_station_checked(station_id(opened, "Mobilität"), False)
    qtmodeltester.check(dialog.stations_model)
    assert station_id(opened, "Mobilität") not in dialog.station_ids()
    text = dialog.preview.view.toPlainText()
    assert "Mobilität" not in text and "Mehr Radwege" not in text
    assert "Schlanke Prozesse" in text

    with qtbot.waitSignal(dialog.preview.updated, timeout=10_000):
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert "Further contributions" in dialog.preview.view.toPlainText()

    with qtbot.waitSignal(dialog.preview.updated, timeout=10_000):
        dialog.by_votes.setChecked(True)
    text = dialog.preview.view.toPlainText()
    assert text.index("Schlanke Prozesse") < text.index("Silos aufbrechen")

    dialog.set_station_checked(station_id(opened, "Governance"), False)
    assert not dialog.export_button.isEnabled()
    assert dialog.status.text()
    dialog.set_station_checked(station_id(opened, "Governance"), True)
    assert dialog.export_button.isEnabled()


def test_data_formats_turn_off_the_picture_options(dialog: ExportDialog) -> None:
    dialog.set_format("csv")
    assert not dialog.pictures.isEnabled() and not dialog.crops.isEnabled()
    assert "data" in dialog.preview.title.text()
    assert not dialog.preview.note.isVisible()
    dialog.set_format("pdf")
    assert dialog.pictures.isEnabled() and dialog.recordings.isEnabled()
    assert dialog.preview.note.isVisible()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_export_pdf(dialog: ExportDialog, opened: MainWindow, dialogs, settings, tmp_path, qtbot):
    target = tmp_path / "out"
    target.mkdir()
    dialog.set_format("pdf")
    path = export_through(dialog, qtbot, dialogs, target / "summary.pdf")
    assert path == target / "summary.pdf"
    suggested, format = dialogs.asked_export[0]
    assert format == "pdf" and suggested.endswith("workshop.pdf")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Schlanke Prozesse mit klarer Kommunikation" in text
    assert "Mehr Radwege in der Innenstadt" in text
    assert settings.get(LAST_EXPORT_FOLDER) == str(target)
    qtbot.waitUntil(lambda: opened.exporter.dialog is None)

    notice = opened.exporter.notice
    assert notice.isVisible() and "summary.pdf" in notice.label.text()
    opened_urls: list[QUrl] = []
    notice.open_url = opened_urls.append
    notice.open_button.click()
    notice.folder_button.click()
    assert [u.toLocalFile() for u in opened_urls] == [str(path), str(target)]

    # The next export suggests the folder of the last one.
    again = opened.exporter.open_dialog()
    assert again is not None
    assert again.suggested_path() == str(target / "workshop.docx")


def test_export_docx_with_one_station(
    dialog: ExportDialog, opened: MainWindow, dialogs, tmp_path, qtbot
):
    dialog.set_format("docx")
    dialog.set_station_checked(station_id(opened, "Mobilität"), False)
    path = export_through(dialog, qtbot, dialogs, tmp_path / "summary.docx")
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert "Schlanke Prozesse mit klarer Kommunikation" in text
    assert "Silos aufbrechen" in text
    assert "Mehr Radwege" not in text


def test_export_csv(dialog: ExportDialog, dialogs, tmp_path, qtbot) -> None:
    dialog.set_format("csv")
    path = export_through(dialog, qtbot, dialogs, tmp_path / "notes.csv")
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    cells = {cell for row in rows for cell in row}
    for notes in NOTES.values():
        for _, text, _ in notes:
            assert text in cells
    assert len(rows) == 1 + sum(len(n) for n in NOTES.values())


def test_failing_export_shows_an_error_and_writes_nothing(
    dialog: ExportDialog, opened: MainWindow, dialogs, tmp_path, qtbot
) -> None:
    dialog.set_format("pdf")
    missing = tmp_path / "no such folder" / "summary.pdf"
    dialogs.export_paths.append(str(missing))
    with qtbot.waitSignal(dialog.exportStopped, timeout=30_000):
        dialog.export_button.click()
    assert len(dialogs.errors) == 1
    title, message = dialogs.errors[0]
    assert "export" in title.lower()
    assert "Folder does not exist" in message and "Traceback" not in message
    # the one error channel of background work: the Problems panel lists it too
    [(_, listed)] = opened.workflow.problems.problems()
    assert "Folder does not exist" in listed
    assert not missing.parent.exists()
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert not dialog.progress.isVisible()


def test_read_only_folder_shows_an_error(
    dialog: ExportDialog, dialogs, tmp_path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import app.export.files

    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    if os.geteuid() == 0:  # root may write anyway: refuse as the file system would

        def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

        monkeypatch.setattr(app.export.files.tempfile, "mkstemp", refuse)
    try:
        dialog.set_format("csv")
        dialogs.export_paths.append(str(folder / "notes.csv"))
        with qtbot.waitSignal(dialog.exportStopped, timeout=30_000):
            dialog.export_button.click()
        assert len(dialogs.errors) == 1
        message = dialogs.errors[0][1]
        assert "Cannot write" in message and "Permission denied" in message
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_asking_for_the_file_can_be_cancelled(dialog: ExportDialog, dialogs) -> None:
    dialogs.export_paths.append(None)
    assert dialog.start_export() is None
    assert dialog.job is None and not dialog.progress.isVisible()
    assert dialog.isVisible()


@pytest.fixture
def held_export(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Make exports wait, after their first progress report, until they are cancelled.

    The real export then runs with the cancel flag set: it stops before writing.
    The returned event is set once the export is waiting.
    """
    real = ui.export.job.export
    waiting = threading.Event()

    def held(project, out, *, progress, cancelled, **kwargs):
        progress(0, 3)
        waiting.set()
        while not cancelled():
            threading.Event().wait(0.01)
        return real(project, out, progress=progress, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(ui.export.job, "export", held)
    return waiting


def test_cancel_stops_the_export(
    dialog: ExportDialog, dialogs, tmp_path, qtbot, held_export
) -> None:
    dialog.set_format("pdf")
    out = tmp_path / "summary.pdf"
    dialogs.export_paths.append(str(out))
    with qtbot.waitSignal(dialog.progress.valueChanged, timeout=10_000):
        job = dialog.start_export()
    assert job is not None and held_export.wait(10)
    assert dialog.cancel_button.isVisible() and not dialog.export_button.isEnabled()
    with qtbot.waitSignal(dialog.exportStopped, timeout=10_000):
        dialog.cancel_button.click()
    assert "cancelled" in dialog.status.text()
    assert dialogs.errors == []
    assert not out.exists() and list(tmp_path.glob(".summary.pdf*")) == []
    assert dialog.isVisible() and dialog.export_button.isEnabled()


def test_closing_the_dialog_cancels_a_running_export(
    dialog: ExportDialog, opened: MainWindow, dialogs, tmp_path, qtbot, held_export
) -> None:
    dialog.set_format("csv")
    out = tmp_path / "notes.csv"
    dialogs.export_paths.append(str(out))
    dialog.start_export()
    assert held_export.wait(10)
    with qtbot.waitSignal(dialog.exportStopped, timeout=10_000):
        dialog.reject()
        assert dialog.isVisible()  # until the export has stopped
    qtbot.waitUntil(lambda: opened.exporter.dialog is None)
    assert not out.exists()


def test_closing_the_project_stops_the_dialog(
    dialog: ExportDialog, opened: MainWindow, dialogs, tmp_path, qtbot, held_export
) -> None:
    dialog.set_format("csv")
    dialogs.export_paths.append(str(tmp_path / "notes.csv"))
    dialog.start_export()
    assert held_export.wait(10)
    opened.close_project()
    assert opened.exporter.dialog is None
    assert not (tmp_path / "notes.csv").exists()


def test_full_disk_shows_an_error_and_leaves_no_partial_file(
    dialog: ExportDialog, dialogs, tmp_path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    import app.export.files

    class FullDisk:
        def __init__(self, fd: int, mode: str) -> None:
            os.close(fd)

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            pass

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(app.export.files.os, "fdopen", FullDisk)
    dialog.set_format("html")
    dialogs.export_paths.append(str(tmp_path / "summary.html"))
    with qtbot.waitSignal(dialog.exportStopped, timeout=30_000):
        dialog.export_button.click()
    assert len(dialogs.errors) == 1
    assert "No space left on device" in dialogs.errors[0][1]
    assert [p.name for p in tmp_path.iterdir() if "summary" in p.name] == []


def test_unchecked_notes_are_announced_before_writing(
    dialog: ExportDialog, opened: MainWindow, dialogs, tmp_path, qtbot
) -> None:
    assert dialog.unchecked_count() == 5  # no note of the project is checked yet
    dialogs.unchecked_answers.append("")  # cancel: nothing asked, nothing written
    assert dialog.start_export() is None
    assert dialogs.asked_unchecked == [5] and not list(tmp_path.glob("*.docx"))
    out = export_through(dialog, qtbot, dialogs, tmp_path / "anyway.docx")  # "export"
    assert dialogs.asked_unchecked == [5, 5]
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "noch nicht geprüft" in text


def test_review_now_closes_the_dialog_and_opens_the_review(
    dialog: ExportDialog, opened: MainWindow, dialogs, qtbot
) -> None:
    dialogs.unchecked_answers.append("review")
    with qtbot.waitSignal(opened.exporter.reviewRequested, timeout=5_000):
        assert dialog.start_export() is None
    assert not dialog.isVisible() and dialogs.export_paths == []


def test_leaving_unchecked_notes_out_needs_no_warning(
    dialog: ExportDialog, dialogs, tmp_path, qtbot
) -> None:
    dialog.unreviewed.setCurrentIndex(dialog.unreviewed.findData("omit"))
    dialog.set_format("csv")
    out = export_through(dialog, qtbot, dialogs, tmp_path / "checked.csv")
    assert dialogs.asked_unchecked == []
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert len(rows) == 1  # the header only: every note is unchecked


def test_xlsx_is_offered(dialog: ExportDialog, dialogs, tmp_path, qtbot) -> None:
    dialog.set_format("xlsx")
    assert not dialog.pictures.isEnabled()
    out = export_through(dialog, qtbot, dialogs, tmp_path / "notes.xlsx")
    import openpyxl

    assert "Alle Notizen" in openpyxl.load_workbook(out).sheetnames


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_in_the_station_list_exports(dialog: ExportDialog, dialogs, tmp_path, qtbot, key):
    dialog.set_format("csv")
    dialog.activateWindow()
    dialog.stations.setFocus()
    dialog.stations.setCurrentIndex(dialog.stations_model.index(0, 0))
    qtbot.waitUntil(dialog.stations.hasFocus)
    chosen = dialog.station_ids()
    dialogs.export_paths.append(str(tmp_path / "by-enter.csv"))
    with qtbot.waitSignal(dialog.exported, timeout=30_000) as done:
        qtbot.keyClick(dialog.stations, key)
    assert done.args[0] == tmp_path / "by-enter.csv"
    # Enter exports; it does not untick the current station.
    assert dialog.station_ids() == chosen and len(chosen) == 2


def test_enter_with_no_station_chosen_does_nothing(dialog: ExportDialog, dialogs, qtbot) -> None:
    dialog._check_all(False)
    dialog.stations.setFocus()
    dialog.stations.setCurrentIndex(dialog.stations_model.index(0, 0))
    qtbot.keyClick(dialog.stations, Qt.Key.Key_Return)
    assert dialogs.asked_export == [] and dialog.job is None
