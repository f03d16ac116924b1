"""Analysing a photo: its crops are read while their colours and votes are measured."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

import ocr.detect
from app.pipeline import analyse, detect_photo, import_photos, read_detection
from app.reading import check_engines
from app.reading.readers import make_reader
from app.store import Project
from ocr.detect import detect_notes
from ocr.loading import load_image
from ocr.types import DetectedNote, Reading
from tests.ui.boards import write_board


def _described(n: DetectedNote) -> tuple[object, ...]:
    return (n.polygon, n.color, n.rgb, n.shape, n.votes, n.cut, n.confidence)


def test_crops_are_read_while_notes_are_described_with_the_same_result(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if not any(s.available for s in check_engines()):
        pytest.skip("no OCR engine installed")
    path = write_board(tmp_path / "board.jpg", columns=3, rows=1, words=("Radwege", "Bäume"))
    reader = make_reader(None, project=project)
    assert reader is not None
    expected = detect_notes(load_image(path).rgb)  # detected, then described, in one thread
    crops = [n.crop for n in expected if n.crop is not None]
    expected_texts = [r.text if r else None for r in reader(crops)]
    events: list[tuple[str, str]] = []
    describe = ocr.detect.Outlines.notes

    reading_began = threading.Event()
    overlapped: list[bool] = []

    def notes(self: ocr.detect.Outlines, crops: object = None) -> object:
        events.append(("describe", threading.current_thread().name))
        overlapped.append(reading_began.wait(10))  # False if the reading waited for this
        return describe(self, crops)  # type: ignore[arg-type]

    def reading(crops: list[np.ndarray]) -> list[Reading | None]:
        events.append(("read", threading.current_thread().name))
        reading_began.set()
        return reader(crops)

    monkeypatch.setattr(ocr.detect.Outlines, "notes", notes)
    stages: list[tuple[str, int, int]] = []
    data = path.read_bytes()
    got = analyse(data, path.name, reader=reading, on_stage=lambda *a: stages.append(a))
    assert ("read", threading.current_thread().name) in events  # where the reader always ran
    assert [name for what, name in events if what == "describe"][0].startswith("pinscribe-describe")
    assert overlapped == [True]  # the crops were being read while the notes were described
    assert stages == [("loading", 0, 0), ("detecting", 0, 0), ("reading", 0, 3), ("reading", 3, 3)]
    assert [_described(n) for n in got.notes] == [_described(n) for n in expected]
    for a, b in zip(got.notes, expected, strict=True):
        assert a.crop is not None and b.crop is not None
        np.testing.assert_array_equal(a.crop, b.crop)
    assert len(expected) == 3
    assert [r.text if r else None for r in got.readings] == expected_texts


def test_a_photo_without_notes_is_analysed_without_reading(tmp_path: Path) -> None:
    import cv2

    ok, jpeg = cv2.imencode(".jpg", np.full((200, 300, 3), 235, np.uint8))
    assert ok
    called: list[int] = []

    def reader(crops: list[np.ndarray]) -> list[Reading | None]:
        called.append(len(crops))
        return [None] * len(crops)

    got = analyse(jpeg.tobytes(), "blank.jpg", reader=reader)
    assert got.notes == [] and got.readings == [] and called == []


def test_a_failure_while_describing_fails_the_photo_not_the_import(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What describing the notes raises (in its thread) is reported for that photo."""
    good = write_board(tmp_path / "good.jpg", columns=2, rows=1, words=("Radwege", "Bäume"))
    bad = write_board(tmp_path / "bad.jpg", columns=2, rows=1, words=("Plätze", "Wege"))
    describe = ocr.detect.Outlines.notes

    def notes(self: ocr.detect.Outlines, crops: object = None) -> object:
        if not calls:  # the first photo's, described before the second one is detected
            calls.append(1)
            raise RuntimeError("describing failed")
        return describe(self, crops)  # type: ignore[arg-type]

    calls: list[int] = []
    monkeypatch.setattr(ocr.detect.Outlines, "notes", notes)
    station = project.stations.add("S")
    result = import_photos(project, station.id, [bad, good])
    assert [p.name for p, _ in result.failed] == ["bad.jpg"]
    assert "describing failed" in result.failed[0][1]
    assert [r.path.name for r in result.imported] == ["good.jpg"] and result.imported[0].notes == 2


def test_a_failed_reading_waits_for_the_notes_description(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When reading raises, the describe thread has ended before the error leaves the photo.

    Otherwise it would go on holding the photo's pixels while the next photo is
    decoded: two large photos in memory at once, which the look-ahead avoids.
    """
    path = write_board(tmp_path / "board.jpg", columns=2, rows=1, words=("Radwege", "Bäume"))
    release = threading.Event()
    describe = ocr.detect.Outlines.notes

    def notes(self: ocr.detect.Outlines, crops: object = None) -> object:
        release.wait(10)  # a slow description: still running when the reader fails
        return describe(self, crops)  # type: ignore[arg-type]

    def reader(crops: list[np.ndarray]) -> list[Reading | None]:
        threading.Timer(0.5, release.set).start()
        raise RuntimeError("reading failed")

    monkeypatch.setattr(ocr.detect.Outlines, "notes", notes)
    detection = detect_photo(path.read_bytes(), path.name)
    with pytest.raises(RuntimeError, match="reading failed"):
        read_detection(detection, reader=reader)
    assert detection.described.done()
    assert len(detection.notes) == 2
