"""Importing several photos: the next photo's notes are found while this one's are read."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest

import app.pipeline as pipeline
from app.pipeline import analyse, import_photos
from app.reading import check_engines
from app.reading.readers import make_reader
from app.store import Project
from ocr.types import Reading
from tests.ui.boards import write_board

WORDS = (("Radwege", "Bäume"), ("Plätze", "Wege"), ("Busse", "Parks"))


@pytest.fixture
def photos(tmp_path: Path) -> list[Path]:
    return [
        write_board(tmp_path / f"board{i}.jpg", columns=2, rows=1, words=words)
        for i, words in enumerate(WORDS)
    ]


def _record_detection(monkeypatch: pytest.MonkeyPatch, events: list[tuple[str, str, str]]) -> None:
    """Note where and when each photo's notes are found (the real detection still runs)."""
    real = pipeline.detect_photo

    def detect(data: bytes, name: str, **kwargs: object) -> pipeline.Detection:
        events.append(("detect", name, threading.current_thread().name))
        found = real(data, name, **kwargs)  # type: ignore[arg-type]
        events.append(("detected", name, threading.current_thread().name))
        return found

    monkeypatch.setattr(pipeline, "detect_photo", detect)


def test_next_photo_is_detected_while_this_one_is_read_with_the_same_result(
    project: Project, photos: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    if not any(s.available for s in check_engines()):
        pytest.skip("no OCR engine installed")
    reader = make_reader(None, project=project)
    assert reader is not None
    expected = [analyse(p.read_bytes(), p.name, reader=reader) for p in photos]
    events: list[tuple[str, str, str]] = []
    _record_detection(monkeypatch, events)

    def slow_reader(crops: list[np.ndarray]) -> list[Reading | None]:
        events.append(("read", str(len(crops)), threading.current_thread().name))
        time.sleep(0.5)  # a real photo takes seconds: time for the next one's detection
        out = reader(crops)
        events.append(("read done", "", threading.current_thread().name))
        return out

    station = project.stations.add("Mobilität")
    result = import_photos(project, station.id, photos, reader=slow_reader)
    assert [p.notes for p in result.imported] == [2, 2, 2] and not result.failed
    # The first photo is found in the importing thread, the others ahead, in their own.
    here = threading.current_thread().name
    detected_in = {name: thread for kind, name, thread in events if kind == "detect"}
    assert detected_in == {
        "board0.jpg": here,
        "board1.jpg": detected_in["board1.jpg"],
        "board2.jpg": detected_in["board2.jpg"],
    }
    assert detected_in["board1.jpg"].startswith("pinscribe-detect")
    kinds = [kind if kind.startswith("read") else f"{kind} {name}" for kind, name, _ in events]
    assert kinds.index("detect board1.jpg") < kinds.index("read done")  # while photo 0 is read
    # Stored as the one-photo-at-a-time analysis found and read them.
    for photo, analysis in zip(result.imported, expected, strict=True):
        notes = project.notes.list(photo_id=photo.photo_id)
        assert sorted(n.text or "" for n in notes) == sorted(
            r.text if r else "" for r in analysis.readings
        )


def test_a_photo_failing_ahead_fails_in_its_turn_and_a_duplicate_is_not_detected(
    project: Project, photos: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[tuple[str, str, str]] = []
    _record_detection(monkeypatch, events)
    broken = tmp_path / "broken.jpg"
    data = photos[0].read_bytes()
    broken.write_bytes(data[: len(data) // 3])  # its header tells its size; pixels cut off
    station = project.stations.add("Mobilität")
    seen: list[tuple[str, str]] = []
    result = import_photos(
        project,
        station.id,
        [photos[0], broken, photos[1], photos[1]],
        progress=lambda p: seen.append((p.path.name, p.stage)),
    )
    assert [p.path.name for p in result.imported] == ["board0.jpg", "board1.jpg"]
    assert [p.name for p, _ in result.failed] == ["broken.jpg"]
    assert "broken.jpg" in result.failed[0][1]
    assert [p.name for p, _ in result.skipped] == ["board1.jpg"]
    # Reported in order, the failure in the broken photo's own turn.
    order = [name for name, stage in seen if stage in ("done", "failed", "skipped")]
    assert order == ["board0.jpg", "broken.jpg", "board1.jpg", "board1.jpg"]
    # The broken file was decoded ahead; board1's copy (same bytes as the photo
    # before it) was not detected at all.
    here = threading.current_thread().name
    detected = [(name, thread) for kind, name, thread in events if kind == "detect"]
    assert detected == [("board0.jpg", here), ("broken.jpg", detected[1][1]), ("board1.jpg", here)]
    assert detected[1][1].startswith("pinscribe-detect")


def test_cancel_while_reading_returns_without_waiting_for_the_photo_ahead(
    project: Project, photos: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    real = pipeline.detect_photo

    def detect(data: bytes, name: str, **kwargs: object) -> pipeline.Detection:
        if name != "board0.jpg":
            release.wait(10)  # a slow detection running ahead
        return real(data, name, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "detect_photo", detect)
    stop = threading.Event()

    def reader(crops: list[np.ndarray]) -> list[Reading | None]:
        stop.set()  # the user cancels while photo 0 is read
        return [None] * len(crops)

    station = project.stations.add("Mobilität")
    start = time.perf_counter()
    result = import_photos(project, station.id, photos, reader=reader, cancelled=stop.is_set)
    assert time.perf_counter() - start < 5
    release.set()
    assert result.cancelled and not result.imported and not result.failed
    assert project.photos.list() == []


def test_large_photos_are_not_looked_ahead_at(
    project: Project, photos: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two photos in memory at once only while both are small (the memory budget)."""
    events: list[tuple[str, str, str]] = []
    _record_detection(monkeypatch, events)
    monkeypatch.setattr(pipeline, "LOOK_AHEAD_MAX_PIXELS", 1000)  # these boards: 0.3 MP
    station = project.stations.add("Mobilität")
    result = import_photos(project, station.id, photos)
    assert len(result.imported) == 3
    here = threading.current_thread().name
    assert {thread for kind, _name, thread in events if kind == "detect"} == {here}
