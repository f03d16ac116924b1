"""GUI benchmark: GUI-thread stalls during an import, and opening a board with 300 notes.

Run with ``python -m bench.gui`` (offscreen unless a display is set). Prints:

- the longest gap between ticks of a 10 ms heartbeat timer while five
  12-megapixel photos are imported in the background (the GUI thread's longest stall);
- the time to show the board view of a 12-megapixel photo with 300 notes: the
  outlines (synchronous) and the picture (decoded in the background) until painted.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.pipeline import import_photos  # noqa: E402
from app.store.project import Project  # noqa: E402
from tests.ui.boards import board_image  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.settings import IMPORT_READS_TEXT, AppSettings  # noqa: E402


def board(
    path: Path, columns: int, rows: int, size: tuple[int, int] = (4000, 3000), seed: int = 0
) -> Path:
    """Write a JPEG board: ``columns`` x ``rows`` coloured notes, texts distinct per seed."""
    words = tuple(f"Idee {seed}.{k}" for k in range(columns * rows))
    image = board_image(size[0], size[1], columns, rows, words)
    image.save(path, "JPEG", quality=90)
    return path


class Heartbeat:
    """A 10 ms timer that records the largest gap between its ticks."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.last = 0
        self.worst = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.clock.start()
        self.last = 0
        self.worst = 0
        self.timer.start()

    def stop(self) -> int:
        self.timer.stop()
        return self.worst

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst = max(self.worst, now - self.last)
        self.last = now


def wait_for(signal: object, timeout_ms: int) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def bench_import(window: MainWindow, folder: Path, photos: int, columns: int, rows: int) -> None:
    project_path = folder / "import.pinscribe"
    with Project.create(project_path, title="Bench") as project:
        project.stations.add("Station")
    files = [board(folder / f"board{i}.jpg", columns, rows, seed=i) for i in range(photos)]
    window.open_project(str(project_path))
    workflow = window.workflow
    assert workflow.importer is not None and window.project_view is not None
    station = window.project_view.stations_panel.current_station()
    assert station is not None
    beat = Heartbeat()
    beat.start()
    started = time.perf_counter()
    workflow.import_files(station.id, files)
    wait_for(workflow.importer.importFinished, 600_000)
    elapsed = time.perf_counter() - started
    worst = beat.stop()
    notes = len(window.document.project.notes.list()) if window.document else 0
    print(
        f"import of {photos} photos of 4000 x 3000 px ({notes} notes, no OCR): "
        f"{elapsed:.1f} s; longest GUI-thread stall {worst} ms"
    )
    window.close_project()


def bench_open(window: MainWindow, folder: Path, columns: int, rows: int) -> None:
    project_path = folder / "open.pinscribe"
    photo = board(folder / "big.jpg", columns, rows)
    with Project.create(project_path, title="Bench") as project:
        station = project.stations.add("Station")
        result = import_photos(project, station.id, [photo])
        photo_id = result.imported[0].photo_id
        notes = result.imported[0].notes
    window.open_project(str(project_path))
    assert window.project_view is not None
    page = window.project_view.station_detail.board
    page.show_photo(None)
    QApplication.processEvents()
    beat = Heartbeat()
    beat.start()
    started = time.perf_counter()
    page.show_photo(photo_id)
    outlines = time.perf_counter() - started
    page.view.viewport().repaint()
    wait_for(page.view.imageLoaded, 60_000)
    page.view.viewport().repaint()
    shown = time.perf_counter() - started
    worst = beat.stop()
    started = time.perf_counter()
    for _ in range(10):
        page.view.zoom_by(1.3)
        page.view.viewport().repaint()
    zooming = (time.perf_counter() - started) / 10
    print(
        f"board view of a 4000 x 3000 px photo with {notes} notes:"
        f" outlines {outlines * 1000:.0f} ms,"
        f" picture painted after {shown * 1000:.0f} ms (longest stall {worst} ms);"
        f" one zoom step repainted in {zooming * 1000:.0f} ms"
    )
    window.close_project()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=5)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
        settings.set(IMPORT_READS_TEXT, False)
        window = MainWindow(settings)
        window.resize(1400, 900)
        window.show()
        bench_import(window, folder, args.photos, 8, 6)
        bench_open(window, folder, 20, 15)
        window.close()
        window.deleteLater()
        QApplication.sendPostedEvents()
        app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
