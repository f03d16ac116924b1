"""The small project most of these tests run the CLI on."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.store import Project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project file with one station, "A" (a path, unlike the suite's open ``project``)."""
    path = tmp_path / "mine.pinscribe"
    with Project.create(path, title="Mine") as opened:
        opened.stations.add("A")
    return path
