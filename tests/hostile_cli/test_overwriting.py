"""What the CLI writes never replaces the user's files: exports, ``detect --out``,
the demo, a recording's export and the backup before an upgrade.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.store import Project
from tests.hostile_cli.helpers import no_traceback
from tests.test_hostile import run
from tests.ui.boards import write_board


def test_export_onto_the_project_itself_is_refused(project: Path) -> None:
    before = project.read_bytes()
    for target in (project, project.with_name(project.name + "-wal")):
        code, _, err = run(["export", str(project), "-o", str(target), "--format", "html"])
        no_traceback(code, err)
    code, _, err = run(["export", str(project), "-o", str(project), "--format", "html", "--force"])
    no_traceback(code, err)
    assert project.read_bytes() == before


def test_export_onto_another_project_is_refused_even_with_force(project: Path, tmp_path) -> None:
    other = tmp_path / "other.pinscribe"
    Project.create(other, title="Other").close()
    disguised = tmp_path / "other.html"
    disguised.write_bytes(other.read_bytes())
    for target in (other, disguised):
        before = target.read_bytes()
        code, _, err = run(
            ["export", str(project), "-o", str(target), "--format", "html", "--force"]
        )
        no_traceback(code, err)
        assert "project file" in err
        assert target.read_bytes() == before


def test_existing_export_needs_force(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.html"
    out.write_text("mine", encoding="utf-8")
    code, _, err = run(["export", str(project), "-o", str(out)])
    no_traceback(code, err)
    assert "--force" in err and out.read_text(encoding="utf-8") == "mine"
    code, _, err = run(["export", str(project), "-o", str(out), "--force"])
    assert code == 0, err
    assert out.read_text(encoding="utf-8") != "mine"


def test_export_onto_a_non_regular_file_is_refused(project: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    link = tmp_path / "null.html"
    link.symlink_to("/dev/null")
    for target in (fifo, link, Path("/dev/null")):
        code, _, err = run(
            ["export", str(project), "-o", str(target), "--format", "html", "--force"]
        )
        no_traceback(code, err)
    assert link.is_symlink()


def test_markdown_export_keeps_an_existing_pictures_folder(project: Path, tmp_path: Path) -> None:
    folder = tmp_path / "report_images"
    folder.mkdir()
    (folder / "holiday.jpg").write_bytes(b"my holiday")
    (folder / "station-1-board.jpg").write_bytes(b"an old export's picture")
    out = tmp_path / "report.md"
    code, _, err = run(["export", str(project), "-o", str(out)])
    no_traceback(code, err)
    assert "report_images exists" in err and "--force" in err
    assert not out.exists()
    # asked to replace: a folder with a picture an export never writes stays, too
    code, _, err = run(["export", str(project), "-o", str(out), "--force"])
    no_traceback(code, err)
    assert sorted(p.name for p in folder.iterdir()) == ["holiday.jpg", "station-1-board.jpg"]
    assert (folder / "holiday.jpg").read_bytes() == b"my holiday"
    (folder / "holiday.jpg").unlink()
    code, _, err = run(["export", str(project), "-o", str(out), "--force"])
    assert code == 0, err
    assert out.exists() and not (folder / "station-1-board.jpg").exists()


def test_opendata_export_keeps_a_folder_named_like_its_temporary_one(
    project: Path, tmp_path: Path
) -> None:
    mine = tmp_path / "portal.partial"
    mine.mkdir()
    (mine / "draft.txt").write_text("the user's draft", encoding="utf-8")
    out = tmp_path / "portal"
    code, _, err = run(["export", str(project), "-o", str(out), "--format", "opendata"])
    assert code == 0, err
    assert (out / "notizen.csv").is_file()
    assert (mine / "draft.txt").read_text(encoding="utf-8") == "the user's draft"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.mark.slow
def test_demo_can_be_built_again(tmp_path: Path) -> None:
    """The second run refused its own summaries ("use --force", which demo does not have)."""
    folder = tmp_path / "demo"
    for _ in range(2):
        code, out, err = run(["demo", str(folder), "--no-ocr"])
        assert code == 0, err
    assert "demo-summary.pdf" in out and (folder / "demo-summary_images").is_dir()


def test_recording_export_needs_force_too(project: Path, tmp_path: Path) -> None:
    from app.recordings import add_recording

    poster = write_board(tmp_path / "poster.jpg", width=400, height=300, columns=1, rows=1)
    with Project.open(project) as opened:
        rec = add_recording(opened, poster)
    out = tmp_path / "poster.png"
    out.write_bytes(b"mine")
    code, _, err = run(["recording", "export", str(project), str(rec), "-o", str(out)])
    no_traceback(code, err)
    assert out.read_bytes() == b"mine"
    code, _, err = run(["recording", "export", str(project), str(rec), "-o", str(out), "--force"])
    assert code == 0, err


def test_detect_out_refuses_two_photos_with_one_name(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = write_board(tmp_path / "a" / "x.jpg", width=400, height=300)
    second = write_board(tmp_path / "b" / "x.jpg", width=400, height=300)
    out = tmp_path / "out"
    code, _, err = run(["detect", "--no-ocr", "--out", str(out), str(first), str(second)])
    no_traceback(code, err)
    assert not (out / "x.json").exists()
    code, _, err = run(["detect", "--no-ocr", "--out", str(out), str(first)])
    assert code == 0, err
    code, _, err = run(["detect", "--no-ocr", "--out", str(out), str(first)])
    no_traceback(code, err)
    assert "--force" in err
    assert run(["detect", "--no-ocr", "--force", "--out", str(out), str(first)])[0] == 0


def test_backup_before_an_upgrade_never_replaces_a_file(tmp_path: Path) -> None:
    """The copy before migrating went over an earlier backup, or through a planted link."""
    from app.store.database import _connect, backup_path
    from app.store.migrations import migrate

    for name in ("earlier", "linked"):
        path = tmp_path / f"{name}.pinscribe"
        conn = _connect(path)
        migrate(conn, target=5)
        conn.close()
    earlier = backup_path(tmp_path / "earlier.pinscribe", 5)
    earlier.write_text("my earlier backup", encoding="utf-8")
    victim = tmp_path / "victim.txt"
    victim.write_text("the user's own file", encoding="utf-8")
    backup_path(tmp_path / "linked.pinscribe", 5).symlink_to(victim.name)
    for name in ("earlier", "linked"):
        original = (tmp_path / f"{name}.pinscribe").read_bytes()
        code, _, err = run(["station", "add", str(tmp_path / f"{name}.pinscribe"), "A"])
        assert code == 0, err
        assert (tmp_path / f"{name}.v5-backup-2.pinscribe").read_bytes() == original
    assert earlier.read_text(encoding="utf-8") == "my earlier backup"
    assert victim.read_text(encoding="utf-8") == "the user's own file"
