"""``tag list`` lists only tags on at least one note."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.store import Project
from tests.ui.boards import board_image


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "p.pinscribe"
    board = tmp_path / "board.jpg"
    board_image().save(board, quality=90)
    assert run(capsys, "new", str(path), "--title", "Smart City")[0] == 0
    assert run(capsys, "station", "add", str(path), "Mobilität")[0] == 0
    assert run(capsys, "import", str(path), "--station", "Mobilität", str(board),
               "--no-ocr")[0] == 0
    assert run(capsys, "note", "set", str(path), "1", "--tag", "Verkehr")[0] == 0
    assert run(capsys, "note", "set", str(path), "2", "--tag", "Lärm", "--tag", "Verkehr")[0] == 0
    return path


def tags(capsys: pytest.CaptureFixture[str], path: Path) -> list[tuple[str, int]]:
    code, out, err = run(capsys, "tag", "list", str(path), "--json")
    assert code == 0 and err == ""
    return [(t["name"], t["notes"]) for t in json.loads(out)]


def test_a_tag_goes_with_its_last_note(project: Path, capsys) -> None:
    assert tags(capsys, project) == [("Lärm", 1), ("Verkehr", 2)]
    assert run(capsys, "note", "set", str(project), "2", "--delete")[0] == 0
    assert tags(capsys, project) == [("Verkehr", 1)]
    code, out, _ = run(capsys, "tag", "list", str(project))
    assert code == 0 and "Lärm" not in out
    assert run(capsys, "note", "set", str(project), "1", "--delete")[0] == 0
    assert tags(capsys, project) == []


def test_tags_left_on_no_note_are_not_listed(project: Path, capsys) -> None:
    """A photo deleted with its notes, or a file of an older version holding such tags."""
    with sqlite3.connect(project) as db:
        db.execute("DELETE FROM note_tag WHERE note_id = 2")
        db.execute("INSERT INTO tag (name) VALUES ('Leer')")
    db.close()
    assert tags(capsys, project) == [("Verkehr", 1)]
    # tagging a note with such a name takes the tag up again
    with Project.open(project) as opened:
        tag = opened.tags.add([2], "Leer")
        assert (tag.name, tag.count) == ("Leer", 1)
        assert opened.tags.add([], "Neu").count == 0  # a tag on no note: not listed
        assert [t.name for t in opened.tags.list()] == ["Leer", "Verkehr"]
