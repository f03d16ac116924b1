"""Duplicates: one board photographed twice with overlap, differently lit and tilted."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image

from app.duplicates import find_duplicates, merge_notes
from app.pipeline import import_photos
from app.store import Project
from tests.synthetic.boards import render_board
from tests.test_suggest import GROUPS

pytestmark = pytest.mark.slow


def _truth_index(board, point: np.ndarray) -> int | None:
    for k, truth in enumerate(board.notes):
        poly = np.float32(truth.polygon)
        if cv2.pointPolygonTest(poly, (float(point[0]), float(point[1])), False) >= 0:
            return k
    return None


@pytest.fixture(scope="module")
def two_photos(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("dup")
    board = render_board(GROUPS, seed=3, perspective=0.0)
    image = board.image
    w = image.shape[1]
    left = image[:, : int(0.72 * w)]
    right = image[:, int(0.30 * w) :].astype(np.float32) * 0.85 + 10
    h2, w2 = right.shape[:2]
    tilt = cv2.getRotationMatrix2D((w2 / 2, h2 / 2), 3.0, 1.0)
    right = cv2.warpAffine(
        right.clip(0, 255).astype(np.uint8), tilt, (w2, h2), borderMode=cv2.BORDER_REPLICATE
    )
    Image.fromarray(left).save(folder / "left.jpg", quality=90)
    Image.fromarray(right).save(folder / "right.jpg", quality=85)
    back = cv2.invertAffineTransform(tilt)
    return board, folder, int(0.30 * w), back


def test_overlapping_photos_give_each_note_once_after_merging(two_photos, tmp_path: Path) -> None:
    board, folder, offset, back = two_photos
    with Project.create(tmp_path / "p.pinscribe") as project:
        station = project.stations.add("Governance")
        import_photos(project, station.id, [folder / "left.jpg", folder / "right.jpg"])
        left_id, right_id = (p.id for p in project.photos.list(station.id))

        def truth_of(note_id: int) -> int | None:
            note = project.notes.get(note_id)
            centre = np.mean(note.polygon, axis=0)
            if note.photo_id == right_id:
                centre = cv2.transform(np.float32([[centre]]), back)[0][0] + [offset, 0]
            return _truth_index(board, centre)

        pairs = find_duplicates(project, station.id)
        assert len(pairs) >= 7
        for pair in pairs:
            assert truth_of(pair.keep) == truth_of(pair.drop) is not None
        for pair in pairs:
            merge_notes(project, pair.keep, pair.drop)
        seen = [truth_of(n.id) for n in project.notes.list(station_id=station.id)]
        found = [k for k in seen if k is not None]
        assert len(found) == len(set(found)), "a note remains twice"
        assert set(found) == set(range(len(board.notes))), "a note was lost"


def test_merge_keeps_the_better_reading_tags_and_theme(project) -> None:
    station = project.stations.add("S")
    photos = [
        project.photos.add(
            station.id, bytes([i]), filename=f"{i}.jpg", width=9, height=9, mime="image/jpeg"
        )
        for i in range(2)
    ]
    square = [(0, 0), (5, 0), (5, 5), (0, 5)]
    a = project.notes.add(photos[0].id, square, text="Burgerrat", confidence=0.4, votes=1)
    b = project.notes.add(photos[1].id, square, text="Bürgerrat", confidence=0.9, votes=3)
    theme = project.themes.add(station.id, "Beteiligung")
    project.notes.set_theme([b.id], theme.id)
    project.tags.add([b.id], "Priorität")
    merged = merge_notes(project, a.id, b.id)
    assert (merged.text, merged.votes, merged.theme_id) == ("Bürgerrat", 3, theme.id)
    assert merged.tags == ["Priorität"]
    assert [n.id for n in project.notes.list()] == [a.id]


def test_merge_prefers_reviewed_text_then_confidence_and_keeps_the_other_reading(project) -> None:
    station = project.stations.add("S")
    photos = [
        project.photos.add(
            station.id, bytes([i]), filename=f"{i}.jpg", width=9, height=9, mime="image/jpeg"
        )
        for i in range(4)
    ]
    square = [(0, 0), (5, 0), (5, 5), (0, 5)]
    confident = project.notes.add(photos[0].id, square, text="Trede fExprt", confidence=0.9)
    reviewed = project.notes.add(
        photos[1].id, square, text="Trede f Expert", confidence=0.3, reviewed=True, votes=2
    )
    project.notes.update(reviewed.id, votes_checked=True)
    merged = merge_notes(project, confident.id, reviewed.id)  # the reviewed reading wins
    assert (merged.text, merged.reviewed) == ("Trede f Expert", True)
    assert merged.alternatives == ["Trede fExprt"]
    assert (merged.votes, merged.votes_checked) == (2, True)

    low = project.notes.add(photos[2].id, square, text="Burger", confidence=0.2, votes=4)
    high = project.notes.add(photos[3].id, square, text="Bürger", confidence=0.8)
    merged = merge_notes(project, low.id, high.id)
    assert (merged.text, merged.alternatives, merged.votes) == ("Bürger", ["Burger"], 4)
