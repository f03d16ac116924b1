"""Absurd recording values in a stranger's project: one line each, never two."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.store import values
from tests.ui.boards import board_image


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def two_recordings(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("recordings")
    path = folder / "p.pinscribe"
    poster = folder / "poster.jpg"
    board_image(width=500, height=400, columns=1, rows=1).save(poster, quality=85)
    assert main(["new", str(path), "--title", "Smart City"]) == 0
    assert main(["recording", "add", str(path), str(poster)]) == 0
    assert main(["recording", "add", str(path), str(poster)]) == 0
    return path


DAMAGE = {
    "aspect-huge": "UPDATE recording SET aspect = 1e9 WHERE photo_id = 1",
    "aspect-negative": "UPDATE recording SET aspect = -3 WHERE photo_id = 1",
    "corners-huge": "UPDATE recording SET corners = '[[1e300,0],[10,0],[10,10],[0,10]]' "
                    "WHERE photo_id = 1",
    "corners-five": "UPDATE recording SET corners = '[[0,0],[10,0],[10,10],[0,10],[5,5]]' "
                    "WHERE photo_id = 1",
    "paper-long": "UPDATE recording SET paper = printf('%.100c', 'A') WHERE photo_id = 1",
}

COMMANDS = [
    ["recording", "set", "{P}", "1", "--paper", "A0"],
    ["recording", "set", "{P}", "1", "--corners", "0,0,10,0,10,10,0,10"],
    ["recording", "export", "{P}", "1", "-o", "{OUT}"],
    ["recording", "region", "{P}", "1", "--rect", "1,1,5,5"],
]


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_a_damaged_recording_is_one_line(
    two_recordings: Path, tmp_path: Path, capsys, damage: str
) -> None:
    path = tmp_path / "p.pinscribe"
    shutil.copy(two_recordings, path)
    with sqlite3.connect(path) as db:
        db.execute(DAMAGE[damage])
    db.close()
    for template in COMMANDS:
        values.forget()
        argv = [a.replace("{P}", str(path)).replace("{OUT}", str(tmp_path / "r.png"))
                for a in template]
        code, _out, err = run(capsys, *argv)
        assert code == 1, (template, err)
        (line,) = err.splitlines()
        assert line.startswith("pinscribe: error: p.pinscribe: recording 1 is damaged ("), line
        assert line.endswith("it cannot be used."), line
    # the list leaves it out in one line and shows the other one
    values.forget()
    code, out, err = run(capsys, "recording", "list", str(path))
    assert code == 0
    (line,) = err.splitlines()
    assert line.startswith("pinscribe: warning: p.pinscribe: recording 1 is damaged ("), line
    rows = out.splitlines()[1:]
    assert [row.split()[0] for row in rows] == ["2"]
    # the privacy check still looks at it (as the whole photo)
    values.forget()
    code, _out, err = run(capsys, "privacy", "check", str(path), "--json")
    assert code == 0, err
