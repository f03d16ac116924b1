"""One photo that cannot be decoded does not stop the face search on the others."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.test_defects8_privacy import recordings, run  # noqa: F401 (the fixture)

DAMAGED = bytes.fromhex("FFD8FFE000104A464946000101") + bytes(range(256)) * 2


def _damage_photo(path: Path, photo_id: int) -> None:
    with sqlite3.connect(path) as db:
        db.execute("UPDATE photo SET data = ? WHERE id = ?", (DAMAGED, photo_id))
    db.close()


def test_privacy_check_looks_at_the_photos_it_can_read(
    recordings: Path, capsys: pytest.CaptureFixture[str]  # noqa: F811
) -> None:
    _damage_photo(recordings, 1)
    code, out, err = run(capsys, "privacy", "check", str(recordings), "--json")
    assert code == 0, err
    # photo 1 cannot be shown by any export (its picture is skipped): no face published
    assert json.loads(out)["unredacted_faces"] == [
        {"photo_id": 2, "faces": 1}, {"photo_id": 3, "faces": 1},
    ]


def test_photo_faces_names_the_photo_it_cannot_read_and_goes_on(
    recordings: Path, capsys: pytest.CaptureFixture[str]  # noqa: F811
) -> None:
    _damage_photo(recordings, 2)
    code, out, err = run(capsys, "photo", "faces", str(recordings))
    assert code == 1
    assert len(err.splitlines()) == 1
    assert err.startswith("pinscribe: error: photo 2: faces not looked for (")
    assert "Traceback" not in err
    assert [line.split(" ")[1] for line in out.splitlines()] == ["1", "3"]
    code, out, err = run(capsys, "photo", "faces", str(recordings), "--json")
    assert code == 1
    assert [r["photo_id"] for r in json.loads(out)] == [1, 3]
