"""Project and JSON files from a stranger: damaged rows, decompression bombs, overlong
values, planted parts (refused, or rescued without them), pipes in place of files.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.store import Project
from tests.hostile_cli.helpers import ROOT, no_traceback
from tests.test_hostile import run


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE station SET position = 'first'",
        "UPDATE note SET polygon = '[[NaN, 0], [1, 0], [1, 1]]' WHERE id = {NOTE}",
    ],
)
def test_cross_theme_with_a_damaged_member(tmp_path: Path, damage: str) -> None:
    """A damaged station (or note) is left out of a cross theme, not a traceback."""
    import sqlite3

    from tests.ui.boards import imported_project

    path, station_id, _photo_id = imported_project(tmp_path, width=640, height=480)
    with Project.open(path) as opened:
        first, second = [n.id for n in opened.notes.list()][:2]
        opened.notes.update(first, text="More benches")
        theme = opened.themes.add(station_id, "Theme one")
        opened.notes.set_theme([first], theme.id)
        cross = opened.cross_themes.add("Across")
        opened.cross_themes.add_members(cross.id, theme_ids=[theme.id], note_ids=[second])
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(damage.replace("{NOTE}", str(second)))
    conn.close()
    code, out, err = run(["theme", "cross", "list", str(path), "--json"])
    assert code == 0, err
    assert json.loads(out)[0]["name"] == "Across"
    code, out, err = run(["theme", "cross", "list", str(path)])
    assert code == 0 and "Across" in out, err
    for suffix in ("md", "json", "csv"):
        target = tmp_path / f"s.{suffix}"
        code, _, err = run(["export", str(path), "-o", str(target), "--no-faces"])
        assert code == 0, err
    assert "Across" in (tmp_path / "s.md").read_text(encoding="utf-8")


def _jpeg_claiming(width: int, height: int) -> bytes:
    """A small JPEG whose header claims ``width`` x ``height`` pixels (a decompression bomb)."""
    import io
    import struct

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (64, 48)).save(buffer, "JPEG")
    data = bytearray(buffer.getvalue())
    struct.pack_into(">HH", data, data.find(b"\xff\xc0") + 5, height, width)
    return bytes(data)


@pytest.mark.parametrize("mime", ["image/jpeg", "image/heic"])
def test_privacy_commands_on_a_stored_decompression_bomb(tmp_path: Path, mime: str) -> None:
    import sqlite3

    from tests.ui.boards import imported_project

    path, _station_id, photo_id = imported_project(tmp_path, width=640, height=480)
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(
            "UPDATE photo SET data = ?, mime = ? WHERE id = ?",
            (_jpeg_claiming(60_000, 60_000), mime, photo_id),
        )
    conn.close()
    code, out, err = run(["privacy", "check", str(path), "--no-faces", "--json"])
    assert code == 0, err
    assert json.loads(out)["photos_with_metadata"] == []
    code, out, err = run(["privacy", "remove-metadata", str(path)])
    if mime == "image/heic":  # re-encoded to JPEG: it would be decoded, so it is left
        no_traceback(code, err)  # the photo left as it was, in one line on stderr
        assert f"photo {photo_id}: metadata not removed, left as it was" in err
    else:  # cleaned without decoding
        assert code == 0, err


@pytest.mark.parametrize(
    "damage",
    [
        "UPDATE theme SET color = '#-1-1-1' WHERE id = {THEME}",  # the theme is left out
        "UPDATE theme SET station_id = {OTHER} WHERE id = {THEME}",  # another station's
    ],
)
def test_notes_of_a_theme_left_out_are_exported_unsorted(tmp_path: Path, damage: str) -> None:
    """Such notes fell between the stations: in no section of any export, unreported."""
    import sqlite3

    from tests.ui.boards import imported_project

    path, station_id, _photo_id = imported_project(tmp_path, width=640, height=480)
    with Project.open(path) as opened:
        notes = opened.notes.list()
        for note in notes:
            opened.notes.update(note.id, text=f"Note number {note.id}")
        theme = opened.themes.add(station_id, "Theme one")
        opened.notes.set_theme([notes[0].id], theme.id)
        other = opened.stations.add("Other").id
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(damage.replace("{THEME}", str(theme.id)).replace("{OTHER}", str(other)))
    conn.close()
    out = tmp_path / "s.md"
    code, _, err = run(["export", str(path), "-o", str(out), "--no-pictures"])
    assert code == 0, err
    text = out.read_text(encoding="utf-8")
    assert all(f"Note number {note.id}" in text for note in notes)


def _new_from_changed_json(
    tmp_path: Path, path: Path, change: Callable[[dict[str, Any]], object]
) -> tuple[str, Path]:
    """Export ``path`` as JSON, ``change`` it as a stranger could, and make a new project of it.

    The CLI must refuse in one line: its message and the new project's path are returned.
    """
    exported = tmp_path / "export.json"
    assert run(["export", str(path), "-o", str(exported)])[0] == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    change(data)
    exported.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "copy.pinscribe"
    code, _, err = run(["new", str(target), "--from-json", str(exported)])
    no_traceback(code, err)
    return err, target


def test_json_import_with_an_overlong_tag_is_refused(tmp_path: Path) -> None:
    from tests.ui.boards import imported_project

    path, _station_id, _photo_id = imported_project(tmp_path, width=640, height=480)
    with Project.open(path) as opened:
        opened.tags.add([opened.notes.list()[0].id], "tagged")
    err, target = _new_from_changed_json(
        tmp_path, path, lambda data: data["notes"][0].update(tags=["x" * 10_001])
    )
    assert "tag's name is longer than" in err and not target.exists()


def test_json_import_refuses_a_photo_claiming_too_many_pixels(tmp_path: Path) -> None:
    """Its placeholder was drawn at the size claimed: 100,000 x 100,000 took 30 GB."""
    from tests.ui.boards import imported_project

    path, _station_id, _photo_id = imported_project(tmp_path, width=640, height=480)
    err, target = _new_from_changed_json(
        tmp_path,
        path,
        lambda data: data["photos"][0].update(width=10_001, height=10_000),  # just over 100 MP
    )
    assert "photo 1: 10001 x 10000 pixels" in err and not target.exists()


def test_new_from_a_json_pipe_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    done = subprocess.run(
        [sys.executable, "-m", "ui.entry", "new", str(tmp_path / "p.pinscribe"),
         "--from-json", str(fifo)],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
    )  # fmt: skip
    no_traceback(done.returncode, done.stderr)
    assert "not a regular file" in done.stderr


def test_config_refuses_a_file_damaged_in_the_middle(project: Path, tmp_path: Path) -> None:
    from tests.hostile import base_project, make

    base = base_project(tmp_path)
    damaged = make(base, tmp_path / "damaged", "damaged-middle")
    before = damaged.read_bytes()
    code, _, err = run(["config", str(damaged), "ocr.engine", "tesseract"])
    no_traceback(code, err)
    assert "damaged" in err
    assert damaged.read_bytes() == before


def test_rescue_copies_the_data_without_the_planted_parts(tmp_path: Path) -> None:
    from tests.hostile import base_project, make

    base = base_project(tmp_path)
    planted = make(base, tmp_path / "p", "trigger-on-setting")
    code, _, err = run(["notes", str(planted)])
    no_traceback(code, err)
    assert "contains parts that Pinscribe did not create" in err and "rescue" in err
    new = tmp_path / "rescued.pinscribe"
    code, out, err = run(["rescue", str(planted), str(new)])
    assert code == 0, err
    with Project.open(new) as rescued, Project.open(base, read_only=True) as original:
        assert [n.text for n in rescued.notes.list()] == [n.text for n in original.notes.list()]
        assert [t.name for t in rescued.themes.list()] == [t.name for t in original.themes.list()]
        assert rescued.recordings.list()
        rescued.settings.set("ocr.engine", "tesseract")  # the trigger is gone
        assert len(rescued.notes.list()) == len(original.notes.list())
        assert rescued.settings.get("job.import") is None
    code, _, err = run(["rescue", str(planted), str(new)])
    no_traceback(code, err)  # never over an existing file
