"""Dates in an export's running text are written in its language; stored as ISO."""

from __future__ import annotations

from pathlib import Path

from app.export.opendata import OpenDataOptions, metadata
from app.store import Project


def test_format_day() -> None:
    from app.export.summary import format_day

    assert format_day("2026-12-01", "de") == "1. Dezember 2026"
    assert format_day("2026-12-01", "en") == "1 December 2026"
    assert format_day("2025-03-09", "de") == "9. März 2025"
    assert format_day("not a date", "de") == "not a date"


def test_open_data_description_writes_the_date_in_german(tmp_path: Path) -> None:
    with Project.create(tmp_path / "p.pinscribe", title="Smart City") as project:
        project.workshop.update(date="2026-12-01", place="Osnabrück")
        described = metadata(project, {}, OpenDataOptions())
        assert project.workshop.get().date == "2026-12-01"  # stored as it was
    text = str(described)
    assert "am 1. Dezember 2026 in Osnabrück" in text, text
    assert "2026-12-01" in text  # the machine-readable period keeps ISO
