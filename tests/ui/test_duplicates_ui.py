"""Notes seen twice: the app's import merges them as the CLI's does; Merge all; undo."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from app.cli import main
from app.store.project import Project
from tests.synthetic.boards import render_board
from tests.test_suggest import GROUPS
from ui.main_window import MainWindow
from ui.settings import IMPORT_READS_TEXT

pytestmark = pytest.mark.slow


def overlapping_photos(folder: Path) -> list[Path]:
    """One board photographed twice with overlap, differently lit and tilted."""
    image = render_board(GROUPS, seed=3, perspective=0.0).image
    w = image.shape[1]
    left = image[:, : int(0.72 * w)]
    right = image[:, int(0.30 * w) :].astype(np.float32) * 0.85 + 10
    h2, w2 = right.shape[:2]
    tilt = cv2.getRotationMatrix2D((w2 / 2, h2 / 2), 3.0, 1.0)
    right = cv2.warpAffine(
        right.clip(0, 255).astype(np.uint8), tilt, (w2, h2), borderMode=cv2.BORDER_REPLICATE
    )
    paths = [folder / "left.jpg", folder / "right.jpg"]
    Image.fromarray(left).save(paths[0], quality=90)
    Image.fromarray(right).save(paths[1], quality=85)
    return paths


def note_count(path: Path) -> int:
    with Project.open(path, read_only=True) as project:
        return len(project.notes.list())


def test_app_import_merges_like_the_cli_and_merge_all_is_one_step(
    window: MainWindow, settings, project_file: Path, tmp_path: Path, qtbot
) -> None:
    photos = overlapping_photos(tmp_path)
    cli_file = tmp_path / "cli.pinscribe"
    assert main(["new", str(cli_file), "--title", "CLI"]) == 0
    assert main(["station", "add", str(cli_file), "Governance"]) == 0
    assert main(["import", str(cli_file), *map(str, photos), "--station", "Governance",
                 "--no-ocr"]) == 0  # fmt: skip
    merged_by_cli = note_count(cli_file)

    settings.set(IMPORT_READS_TEXT, False)
    assert window.open_project(str(project_file))
    workflow = window.workflow
    station_id = window.project_view.stations_panel.current_station().id
    with qtbot.waitSignal(workflow.importer.importFinished, timeout=60_000) as finished:
        workflow.import_files(station_id, photos)
    result = finished.args[0]
    assert len(result.seen_twice) >= 7
    assert note_count(project_file) == merged_by_cli  # the same merge as the CLI's
    assert "seen twice" in window.statusBar().currentMessage()

    stack = window.document.undo_stack
    stack.undo()  # the import's merge is one undo step
    unmerged = note_count(project_file)
    assert unmerged == merged_by_cli + len(result.seen_twice)

    page = workflow.themes
    workflow.themes_action.trigger()
    qtbot.waitUntil(lambda: page.isVisible() and len(page.scene.cards) == unmerged)
    dialog = page.open_duplicates()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.searched, timeout=60_000)
    assert len(dialog.rows) == len(result.seen_twice)
    steps = stack.index()
    dialog.merge_all_button.click()
    assert not dialog.rows and not dialog.merge_all_button.isEnabled()
    assert note_count(project_file) == merged_by_cli
    assert stack.index() == steps + 1  # Merge all: one undo step
    assert len(page.scene.cards) == merged_by_cli
    stack.undo()
    assert note_count(project_file) == unmerged
    dialog.close()
