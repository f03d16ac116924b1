"""Canvas benchmark: opening the themes canvas with 2,000 notes, and dragging on it.

Run with ``python -m bench.canvas`` (offscreen unless a display is set). Prints:

- the time to open the canvas of a station with 2,000 notes (10 themes of 100 notes,
  1,000 unsorted) until it is painted, and until every crop is decoded (background);
- the frame time while 100 selected cards are dragged across the canvas with the
  mouse (each step: the mouse move and a full repaint of the viewport);
- the time of the drop: one undo command, the scene following the model, the layout.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image, ImageDraw  # noqa: E402
from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.store.project import Project  # noqa: E402
from ui.canvas.page import CanvasPage  # noqa: E402
from ui.core.document import ProjectDocument  # noqa: E402
from ui.core.jobs import JobRunner  # noqa: E402
from ui.dialogs import QtDialogs  # noqa: E402

COLOURS = {
    "yellow": (250, 236, 110), "orange": (250, 170, 80), "pink": (245, 140, 180),
    "green": (170, 225, 120), "blue": (130, 195, 240),
}  # fmt: skip
WORDS = "Radwege Busse Carsharing Parken Sicherheit Lärm Bäume Plätze Bänke Licht".split()


def crop_png(colour: tuple[int, int, int], text: str) -> bytes:
    image = Image.new("RGB", (160, 110), colour)
    ImageDraw.Draw(image).text((10, 45), text, fill=(20, 20, 20))
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def synthetic_project(path: Path, notes: int, themes: int, per_theme: int) -> int:
    """A station with ``notes`` notes (small generated crops), some in themes; its id."""
    with Project.create(path, title="Canvas benchmark") as project:
        station = project.stations.add("Mobilität", "Wie bewegen wir uns 2040?")
        photo = project.photos.add(
            station.id, crop_png((128, 128, 128), "board"), filename="board.png",
            width=4000, height=3000, mime="image/png",
        )  # fmt: skip
        names = list(COLOURS)
        ids = []
        with project.transaction():
            for k in range(notes):
                colour = names[k % len(names)]
                text = f"{WORDS[k % len(WORDS)]} {WORDS[(k * 7) % len(WORDS)]} {k}"
                x, y = (k % 50) * 80.0, (k // 50) * 70.0
                note = project.notes.add(
                    photo.id, [(x, y), (x + 60, y), (x + 60, y + 50), (x, y + 50)],
                    crop=crop_png(COLOURS[colour], text), color=colour, text=text,
                    confidence=0.8, reviewed=k % 3 == 0,
                )  # fmt: skip
                ids.append(note.id)
            for t in range(themes):
                theme = project.themes.add(station.id, f"Thema {t + 1}")
                project.notes.set_theme(ids[t * per_theme : (t + 1) * per_theme], theme.id)
        return station.id


def bench(path: Path, station_id: int, steps: int, dragged: int) -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    project = Project.open(path)
    document = ProjectDocument(project)
    jobs = JobRunner()
    page = CanvasPage(document, QtDialogs(), jobs)
    page.resize(1400, 900)

    start = time.perf_counter()
    page.show()
    page.show_station(station_id)
    page.view.zoom_fit()
    app.processEvents()
    page.view.viewport().repaint()
    opened = time.perf_counter() - start
    scene = page.scene
    total = len(scene.cards)
    while sum(1 for i in scene.cards if page.crops.pixmap(i) is not None) < total:
        app.processEvents()
        if time.perf_counter() - start > 60:
            break
    crops = time.perf_counter() - start
    print(f"canvas with {total} notes, {len(scene.themes)} themes")
    print(f"  open until painted:         {opened * 1000:7.0f} ms")
    print(f"  every crop decoded:          {crops * 1000:7.0f} ms (in the background)")

    drag(page, steps, dragged, fit=False)
    drag(page, steps, dragged, fit=True)
    page.close()
    jobs.shutdown()
    document.close()


def drag(page: CanvasPage, steps: int, dragged: int, fit: bool) -> None:
    """Drag ``dragged`` unsorted cards onto the last theme with the mouse; undo it."""
    app = QApplication.instance()
    scene, document = page.scene, page.document
    unsorted = [c for c in scene.cards.values() if c.note.theme_id is None][:dragged]
    scene.select_notes([c.note_id for c in unsorted])
    target = scene.frames[scene.themes[-1].id]
    view = page.view
    if fit:
        view.zoom_fit()
    else:
        view.resetTransform()
        view.centerOn(unsorted[0])
    app.processEvents()  # type: ignore[union-attr]
    viewport = view.viewport()
    a = view.mapFromScene(unsorted[0].sceneBoundingRect().center())
    view.repaint()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, a)
    frames = []
    for step in range(1, steps + 1):
        begin = time.perf_counter()
        point = a + QPoint(int(600 * step / steps), int(300 * step / steps))
        QTest.mouseMove(viewport, point)
        viewport.repaint()
        frames.append((time.perf_counter() - begin) * 1000)
    # Release over the target theme (the mouse is moved there, then released).
    view.centerOn(target.slot.center())
    app.processEvents()  # type: ignore[union-attr]
    b = view.mapFromScene(target.slot.center())
    QTest.mouseMove(viewport, b)
    begin = time.perf_counter()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)
    viewport.repaint()
    drop = (time.perf_counter() - begin) * 1000
    moved = sum(1 for c in unsorted if c.note.theme_id == scene.themes[-1].id)
    begin = time.perf_counter()
    document.undo_stack.undo()
    viewport.repaint()
    undo = (time.perf_counter() - begin) * 1000
    zoom = "the whole canvas shown" if fit else "100 % zoom"
    print(f"drag of {len(unsorted)} cards ({zoom}), {steps} mouse moves, full repaint each:")
    print(
        f"  frame time: median {statistics.median(frames):5.1f} ms, "
        f"95th percentile {sorted(frames)[int(len(frames) * 0.95) - 1]:5.1f} ms, "
        f"max {max(frames):5.1f} ms"
    )
    print(f"  drop (one undo step, {moved} notes moved, scene follows): {drop:6.0f} ms")
    print(f"  undo of the drop:            {undo:6.0f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--steps", type=int, default=60)
    parser.add_argument("--dragged", type=int, default=100)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "canvas.pinscribe"
        begin = time.perf_counter()
        station_id = synthetic_project(path, args.notes, 10, args.notes // 20)
        print(f"(synthetic project made in {time.perf_counter() - begin:.1f} s)")
        bench(path, station_id, args.steps, args.dragged)
    return 0


if __name__ == "__main__":
    sys.exit(main())
