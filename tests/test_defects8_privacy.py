"""The privacy check covers the graphic recordings' photos like the board photos."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.privacy.check import privacy_check
from app.store import Project
from tests.test_privacy import photo_with_exif
from tests.ui.boards import board_with_face


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def recordings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Two stations without photos; a poster photo with a face recorded three times.

    Once for the workshop (photo 1), once for station "Mobilität" (photo 2), once for
    station "Wohnen" (photo 3). No poster edge is found: the whole photo is published.
    """
    path = tmp_path / "p.pinscribe"
    poster = tmp_path / "poster.jpg"
    board_with_face(words=("Radwege", "Mehr Busse")).save(poster, quality=92)
    assert run(capsys, "new", str(path), "--title", "Smart City")[0] == 0
    for name in ("Mobilität", "Wohnen"):
        assert run(capsys, "station", "add", str(path), name)[0] == 0
    assert run(capsys, "recording", "add", str(path), str(poster))[0] == 0
    for name in ("Mobilität", "Wohnen"):
        assert run(capsys, "recording", "add", "--station", name, str(path), str(poster))[0] == 0
    return path


def test_privacy_check_lists_faces_on_recordings(recordings: Path, capsys) -> None:
    code, out, err = run(capsys, "privacy", "check", str(recordings))
    assert code == 0 and err == ""
    assert out.splitlines() == [
        "photo 1 (Foto 1, graphic recording): 1 face(s) not hidden",
        "photo 2 (Station 1, Foto 1, graphic recording): 1 face(s) not hidden",
        "photo 3 (Station 2, Foto 1, graphic recording): 1 face(s) not hidden",
    ]
    code, out, _ = run(capsys, "privacy", "check", str(recordings), "--json")
    assert code == 0
    assert json.loads(out)["unredacted_faces"] == [
        {"photo_id": 1, "faces": 1}, {"photo_id": 2, "faces": 1}, {"photo_id": 3, "faces": 1},
    ]
    # one station: its recording and the workshop's (which every export shows)
    code, out, _ = run(capsys, "privacy", "check", str(recordings), "--json",
                       "--station", "Wohnen")
    assert [f["photo_id"] for f in json.loads(out)["unredacted_faces"]] == [1, 3]
    # a recording is published straightened, never "uncropped"
    assert json.loads(out)["uncropped_photos"] == []


def test_blurred_or_outside_the_poster_is_not_listed(recordings: Path, capsys) -> None:
    # the face (x 1230..1570 of 1600) left outside the poster's corners: not published
    assert run(capsys, "recording", "set", str(recordings), "1",
               "--corners", "0,0,1000,0,1000,900,0,900")[0] == 0
    # the face on photo 2 blurred
    assert run(capsys, "photo", "faces", str(recordings), "2", "--apply")[0] == 0
    code, out, _ = run(capsys, "privacy", "check", str(recordings), "--json")
    assert code == 0
    assert json.loads(out)["unredacted_faces"] == [{"photo_id": 3, "faces": 1}]


def test_exports_without_recordings_do_not_look_at_them(recordings: Path, tmp_path: Path,
                                                        capsys) -> None:
    from app.privacy.check import published_photos

    with Project.open(recordings, read_only=True) as project:
        assert [p.id for p in published_photos(project)] == [1, 2, 3]
        assert published_photos(project, recordings=False) == []
        assert privacy_check(project, recordings=False, faces=True).empty()
        assert privacy_check(project, pictures=False, faces=True).faces == [
            (1, 1), (2, 1), (3, 1)
        ]
    code, _out, err = run(capsys, "export", str(recordings), "-o", str(tmp_path / "a.md"))
    assert code == 0
    assert "3 face(s) not hidden on exported photo(s) 1, 2, 3" in err
    code, _out, err = run(capsys, "export", str(recordings), "-o", str(tmp_path / "b.md"),
                          "--no-recordings")
    assert code == 0 and "face" not in err


def test_metadata_of_recording_photos_is_listed(tmp_path: Path, capsys) -> None:
    path = tmp_path / "p.pinscribe"
    assert run(capsys, "new", str(path), "--title", "Smart City")[0] == 0
    assert run(capsys, "config", str(path), "photos.keep_metadata", "yes")[0] == 0
    photo = photo_with_exif(tmp_path / "poster.jpg")
    assert run(capsys, "recording", "add", str(path), str(photo))[0] == 0
    code, out, _ = run(capsys, "privacy", "check", str(path), "--json", "--no-faces")
    assert code == 0
    (found,) = json.loads(out)["photos_with_metadata"]
    assert found["photo_id"] == 1 and "GPS position" in found["metadata"]
    code, out, _ = run(capsys, "privacy", "check", str(path), "--no-faces")
    assert out.startswith("photo 1 (Foto 1, graphic recording): stored with ")


def damaged_photo_project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Two photos kept with their metadata; photo 1's stored bytes damaged by a stranger."""
    path = tmp_path / "m.pinscribe"
    assert run(capsys, "new", str(path), "--title", "Smart City")[0] == 0
    assert run(capsys, "station", "add", str(path), "Mobilität")[0] == 0
    assert run(capsys, "config", str(path), "photos.keep_metadata", "yes")[0] == 0
    board = photo_with_exif(tmp_path / "board.jpg")
    assert run(capsys, "import", str(path), "--station", "Mobilität", str(board),
               "--no-ocr")[0] == 0
    poster = photo_with_exif(tmp_path / "poster.png", "PNG")
    assert run(capsys, "recording", "add", str(path), str(poster))[0] == 0
    damaged = bytes.fromhex("FFD8FFE000104A464946000101") + bytes(range(256)) * 2
    with sqlite3.connect(path) as db:
        db.execute("UPDATE photo SET data = ? WHERE id = 1", (damaged,))
    db.close()
    return path


def test_remove_metadata_reports_failures_on_stderr(tmp_path: Path, capsys) -> None:
    path = damaged_photo_project(tmp_path, capsys)
    code, out, err = run(capsys, "privacy", "remove-metadata", str(path))
    assert code == 1
    backup = tmp_path / "m.before-metadata-removal.pinscribe"
    assert out.splitlines() == [
        f"Copy of the project before the change: {backup}",
        "Removed the metadata of 1 of 2 photos.",
    ]
    assert err.splitlines() == [
        "pinscribe: error: photo 1: metadata not removed, left as it was "
        "(damaged JPEG segment)"
    ]
    # all clean: nothing on stderr, exit status 0
    with sqlite3.connect(path) as db:
        db.execute("DELETE FROM photo WHERE id = 1")
    db.close()
    code, out, err = run(capsys, "privacy", "remove-metadata", str(path))
    assert code == 0 and err == "" and "Removed the metadata of 0 of 1 photos." in out
