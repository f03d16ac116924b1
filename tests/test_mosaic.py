"""One board in several overlapping photos: notes merged once, the board stitched."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from app.board_mosaic import board_mosaic
from app.cli import main
from app.store import Project
from tests.synthetic.boards import SynthBoard, render_board
from tests.test_suggest import GROUPS

pytestmark = pytest.mark.slow


def _shoot(
    board: np.ndarray,
    x0: int,
    x1: int,
    *,
    corners: list[tuple[float, float]],
    gain: float,
    tint: tuple[float, float, float],
    seed: int,
) -> tuple[np.ndarray, np.ndarray]:
    """Photograph columns x0..x1 of the board, tilted (corner shifts) and lit differently.

    Returns the photo and the homography from photo pixels back to board pixels.
    """
    part = board[:, x0:x1].astype(np.float32)
    h, w = part.shape[:2]
    src = np.float32([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]])
    dst = src + np.float32(corners)
    to_photo = cv2.getPerspectiveTransform(src, dst)
    photo = cv2.warpPerspective(part, to_photo, (w, h), borderMode=cv2.BORDER_REPLICATE)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    light = gain * (1.0 - 0.15 * (xx / w) + 0.08 * (yy / h))
    photo = photo * light[..., None] * np.float32(tint)
    photo += np.random.default_rng(seed).standard_normal(photo.shape).astype(np.float32) * 2
    shift = np.array([[1, 0, x0], [0, 1, 0], [0, 0, 1]], dtype=np.float64)
    return np.clip(photo, 0, 255).astype(np.uint8), shift @ np.linalg.inv(to_photo)


@pytest.fixture(scope="module")
def board() -> SynthBoard:
    return render_board(GROUPS, seed=5, perspective=0.0, size=(2400, 1400))


def _truth(board: SynthBoard, point: np.ndarray) -> int | None:
    for k, note in enumerate(board.notes):
        inside = cv2.pointPolygonTest(
            np.float32(note.polygon), (float(point[0]), float(point[1])), False
        )
        if inside >= 0:
            return k
    return None


def _notes_on_board(
    board: SynthBoard, project: Project, station_id: int, back: dict[str, np.ndarray]
) -> list[int | None]:
    names = {p.id: p.filename for p in project.photos.list(station_id)}
    found = []
    for note in project.notes.list(station_id=station_id):
        centre = np.float64(note.polygon).mean(axis=0).reshape(1, 1, 2)
        on_board = cv2.perspectiveTransform(centre, back[names[note.photo_id]])[0, 0]
        found.append(_truth(board, on_board))
    return found


def test_three_overlapping_photos_give_every_note_once(board: SynthBoard, tmp_path: Path) -> None:
    image = board.image
    w = image.shape[1]
    shots = {
        "a.jpg": _shoot(
            image,
            0,
            int(0.42 * w),
            corners=[(0, 10), (-20, 0), (-10, -15), (15, 0)],
            gain=1.0,
            tint=(1.0, 1.0, 1.0),
            seed=1,
        ),
        "b.jpg": _shoot(
            image,
            int(0.30 * w),
            int(0.72 * w),
            corners=[(20, 0), (0, 25), (-15, 0), (10, -20)],
            gain=0.85,
            tint=(1.05, 1.0, 0.9),
            seed=2,
        ),
        "c.jpg": _shoot(
            image,
            int(0.60 * w),
            w,
            corners=[(-10, -5), (5, 20), (0, 0), (25, -10)],
            gain=1.1,
            tint=(0.95, 1.0, 1.05),
            seed=3,
        ),
    }
    for name, (photo, _) in shots.items():
        Image.fromarray(photo).save(tmp_path / name, quality=90)
    path = tmp_path / "p.pinscribe"
    assert main(["new", str(path), "--title", "T"]) == 0
    assert main(["station", "add", str(path), "Board"]) == 0
    args = ["import", str(path), "--station", "Board", "--no-ocr"]
    assert main(args + [str(tmp_path / n) for n in shots]) == 0
    back = {name: shot[1] for name, shot in shots.items()}
    with Project.open(path, read_only=True) as project:
        station = project.stations.by_name("Board")
        found = _notes_on_board(board, project, station.id, back)
        mosaic = board_mosaic(project, station.id)
    seen = [k for k in found if k is not None]
    assert len(seen) == len(set(seen)), "a note remains twice"
    assert set(seen) == set(range(len(board.notes))), "a note was lost"
    assert mosaic.status == "stitched" and mosaic.image is not None
    assert set(mosaic.homographies) == {1, 2, 3}
    # The mosaic is the board up to a similarity: its size is about the board's.
    mh, mw = mosaic.image.shape[:2]
    assert abs(mw / mh - image.shape[1] / image.shape[0]) < 0.1


def test_photos_that_do_not_overlap_stay_apart(board: SynthBoard, tmp_path: Path) -> None:
    image = board.image
    w = image.shape[1]
    left, _ = _shoot(
        image, 0, int(0.45 * w), corners=[(0, 0)] * 4, gain=1.0, tint=(1, 1, 1), seed=4
    )
    right, _ = _shoot(
        image, int(0.55 * w), w, corners=[(0, 0)] * 4, gain=0.9, tint=(1, 1, 1), seed=5
    )
    Image.fromarray(left).save(tmp_path / "l.jpg", quality=90)
    Image.fromarray(right).save(tmp_path / "r.jpg", quality=90)
    with Project.create(tmp_path / "p.pinscribe") as project:
        station = project.stations.add("Board")
    for name in ("l.jpg", "r.jpg"):  # one by one: nothing to merge after the first
        code = main(
            [
                "import",
                str(tmp_path / "p.pinscribe"),
                "--station",
                "Board",
                "--no-ocr",
                str(tmp_path / name),
            ]
        )
        assert code == 0
    with Project.open(tmp_path / "p.pinscribe", read_only=True) as project:
        per_photo = [len(project.notes.list(photo_id=p.id)) for p in project.photos.list()]
        mosaic = board_mosaic(project, station.id)
    expected = sum(1 for n in board.notes if np.mean(n.polygon, axis=0)[0] < 0.45 * w) + sum(
        1 for n in board.notes if np.mean(n.polygon, axis=0)[0] > 0.55 * w
    )
    assert sum(per_photo) >= expected - 1  # nothing merged away
    assert mosaic.status == "apart"
    assert "do not overlap" in mosaic.message


def test_export_shows_overlapping_photos_as_one_board(board: SynthBoard, tmp_path: Path) -> None:
    image = board.image
    w = image.shape[1]
    left, _ = _shoot(image, 0, int(0.6 * w), corners=[(0, 0)] * 4, gain=1.0, tint=(1, 1, 1), seed=6)
    right, _ = _shoot(
        image,
        int(0.4 * w),
        w,
        corners=[(10, 0), (0, 10), (0, 0), (5, 5)],
        gain=0.9,
        tint=(1, 1, 1),
        seed=7,
    )
    Image.fromarray(left).save(tmp_path / "l.jpg", quality=90)
    Image.fromarray(right).save(tmp_path / "r.jpg", quality=90)
    path = tmp_path / "p.pinscribe"
    with Project.create(path) as project:
        project.stations.add("Board")
    assert (
        main(
            [
                "import",
                str(path),
                "--station",
                "Board",
                "--no-ocr",
                str(tmp_path / "l.jpg"),
                str(tmp_path / "r.jpg"),
            ]
        )
        == 0
    )
    out = tmp_path / "summary.md"
    assert main(["export", str(path), "-o", str(out), "--format", "markdown"]) == 0
    boards = sorted(p.name for p in (tmp_path / "summary_images").glob("station-*-board*"))
    assert boards == ["station-1-board.jpg"]
    with Image.open(tmp_path / "summary_images" / boards[0]) as picture:
        assert picture.width / picture.height > 1.3  # the whole board, not one half
