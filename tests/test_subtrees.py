"""Taking a station or a photo out with everything under it, and putting it back whole."""

from __future__ import annotations

from pathlib import Path

from app import recordings
from app.store import subtrees
from app.store.project import Project
from tests.ui.boards import imported_project, write_board


def _dump(project: Project) -> dict[str, list[tuple[object, ...]]]:
    tables = ["station", "photo", "note", "theme", "note_theme", "tag", "note_tag",
              "recording", "region"]  # fmt: skip
    return {t: [tuple(r) for r in project.query(f"SELECT * FROM {t} ORDER BY rowid")]
            for t in tables}  # fmt: skip


def test_a_station_comes_back_whole_under_its_ids(tmp_path: Path) -> None:
    path, station_id, photo_id = imported_project(tmp_path)
    with Project.open(path) as project:
        notes = project.notes.list(photo_id=photo_id)
        theme = project.themes.add(station_id, "Mobility")
        project.notes.set_theme([notes[0].id], theme.id)
        project.tags.add([notes[1].id], "wichtig")
        poster = recordings.add_recording(project, str(write_board(tmp_path / "p.jpg")), None)
        region = recordings.add_region(project, poster, [(0, 0), (9, 0), (9, 9), (0, 9)])
        recordings.update_region(project, region.id, theme_id=theme.id)
        before = _dump(project)
        search_before = [n.id for n in project.notes.search(notes[0].text)] if notes[0].text else []

        taken = subtrees.snapshot(project, "station", [station_id])
        subtrees.delete(project, taken)
        assert project.notes.list(photo_id=photo_id) == []
        assert project.recordings.region(region.id).theme_id is None
        subtrees.restore(project, taken)

        assert _dump(project) == before
        if notes[0].text:
            assert [n.id for n in project.notes.search(notes[0].text)] == search_before
        assert project.integrity_check() == "ok"


def test_a_photo_comes_back_with_its_notes(tmp_path: Path) -> None:
    path, _station_id, photo_id = imported_project(tmp_path)
    with Project.open(path) as project:
        before = _dump(project)
        taken = subtrees.snapshot(project, "photo", [photo_id])
        subtrees.delete(project, taken)
        assert _dump(project)["note"] == []
        subtrees.restore(project, taken)
        assert _dump(project) == before
