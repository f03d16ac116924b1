"""Shared fixtures: isolated project files and environment."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return tmp_path / "workshop.pinscribe"


@pytest.fixture
def project(project_path: Path) -> Iterator[object]:
    from app.store import Project

    with Project.create(project_path, title="Smart City für Kommunen") as opened:
        yield opened


@pytest.fixture(autouse=True)
def fresh_engines() -> Iterator[None]:
    """Each test checks the OCR engines anew (tests change what is installed: TESSDATA_PREFIX)."""
    from app.reading.engines import reset_engines

    reset_engines()
    yield
    reset_engines()


@pytest.fixture(autouse=True)
def no_reported_rows() -> Iterator[None]:
    """Damaged rows reported by one test's project never reach the next test's window."""
    from app.store import values

    values.forget()
    yield
    values.forget()
