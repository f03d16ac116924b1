"""Analysing a photo: its crops are read while their colours and votes are measured."""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

import ocr.detect
from app.pipeline import analyse, detect_photo, read_detection
from app.reading import check_engines
from app.reading.readers import make_reader
from app.store import Project
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
    data = path.read_bytes()
    reader = make_reader(None, project=project)
    assert reader is not None
    expected = read_detection(detect_photo(data, path.name), reader=reader)
    events: list[tuple[str, str]] = []
    describe = ocr.detect.Outlines.notes

    def notes(self: ocr.detect.Outlines, crops: object = None) -> object:
        events.append(("describe", threading.current_thread().name))
        return describe(self, crops)  # type: ignore[arg-type]

    def reading(crops: list[np.ndarray]) -> list[Reading | None]:
        events.append(("read", threading.current_thread().name))
        return reader(crops)

    monkeypatch.setattr(ocr.detect.Outlines, "notes", notes)
    stages: list[str] = []
    got = analyse(data, path.name, reader=reading, on_stage=lambda s, d, t: stages.append(s))
    here = threading.current_thread().name
    assert ("read", here) in events  # the reader runs where it always did
    assert [e for e in events if e[0] == "describe"][0][1].startswith("pinscribe-describe")
    assert stages[:2] == ["loading", "detecting"] and stages[2:] == ["reading", "reading"]
    assert len(got.notes) == len(expected.notes) == 3
    for a, b in zip(got.notes, expected.notes, strict=True):
        assert _described(a) == _described(b)
        assert a.crop is not None and b.crop is not None
        np.testing.assert_array_equal(a.crop, b.crop)
    assert [r.text if r else None for r in got.readings] == [
        r.text if r else None for r in expected.readings
    ]
    assert (got.width, got.height, got.mime) == (expected.width, expected.height, expected.mime)


def test_a_photo_without_notes_is_analysed_without_reading(tmp_path: Path) -> None:
    import cv2

    blank = np.full((200, 300, 3), 235, np.uint8)
    ok, jpeg = cv2.imencode(".jpg", blank)
    assert ok
    called: list[int] = []

    def reader(crops: list[np.ndarray]) -> list[Reading | None]:
        called.append(len(crops))
        return [None] * len(crops)

    got = analyse(jpeg.tobytes(), "blank.jpg", reader=reader)
    assert got.notes == [] and got.readings == [] and called == []
