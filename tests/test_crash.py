"""An import killed at random moments leaves an intact project (bench/crash.py kills 50)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from bench.crashcheck import kill_imports
from tests.synthetic.boards import make_board

pytestmark = pytest.mark.slow


def test_killed_imports_leave_intact_projects(tmp_path: Path) -> None:
    photos = []
    for seed in range(3):
        path = tmp_path / f"board {seed}.jpg"
        Image.fromarray(make_board(seed, "easy", size=(1600, 1200)).image).save(path, quality=90)
        photos.append(path)
    report = kill_imports(photos, tmp_path, runs=5, seed=3)
    assert report.problems == []
    assert report.intact == report.runs == 5
