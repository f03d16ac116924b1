"""``photo list`` says of each photo whether it is a board photo or a graphic recording."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cli import main
from tests.ui.boards import board_image


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_photo_list_shows_the_kind(tmp_path: Path, capsys) -> None:
    path = tmp_path / "p.pinscribe"
    board, poster = tmp_path / "board.jpg", tmp_path / "poster.jpg"
    board_image().save(board, quality=90)
    board_image(words=("Radwege",)).save(poster, quality=90)
    assert run(capsys, "new", str(path), "--title", "Smart City")[0] == 0
    assert run(capsys, "station", "add", str(path), "Mobilität")[0] == 0
    assert run(capsys, "import", str(path), "--station", "Mobilität", str(board),
               "--no-ocr")[0] == 0
    assert run(capsys, "recording", "add", str(path), str(poster))[0] == 0
    code, out, err = run(capsys, "photo", "list", str(path))
    assert code == 0 and err == ""
    rows = [line.split("\t") for line in out.splitlines()]
    assert [row[:3] for row in rows] == [
        ["1", "Station 1, Foto 1", "board photo"],
        ["2", "Foto 1", "graphic recording"],
    ]
    assert [row[4:] for row in rows] == [["whole", "0 hidden region(s)"]] * 2
    code, out, _ = run(capsys, "photo", "list", str(path), "--json")
    records = json.loads(out)
    assert [r["kind"] for r in records] == ["board", "recording"]
    # the keys there were before stay as they were
    assert list(records[0]) == ["id", "label", "kind", "width", "height", "crop", "redactions"]
