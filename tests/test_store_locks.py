"""A project open in the app stays whole while other programs open the file too."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from app.store import Project
from app.store.database import held_open

READ_NOTES = (
    "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
    "print(c.execute('SELECT count(*) FROM note').fetchone()[0]); c.close()"
)


def _other_program(path: Path) -> int:
    """Another process opening the file, reading and closing it (the CLI, a backup tool)."""
    done = subprocess.run(
        [sys.executable, "-c", READ_NOTES, str(path)], capture_output=True, text=True, check=True
    )
    return int(done.stdout)


def test_a_second_opening_in_this_process_keeps_the_files_locks(tmp_path: Path) -> None:
    """Opening the project again (as each background job does) once read its header
    through a descriptor of its own; closing that dropped SQLite's locks, the next
    program to close the file deleted its write-ahead log, and notes added afterwards
    were seen by no other connection."""
    path = tmp_path / "w.pinscribe"
    with Project.create(path) as project:
        station = project.stations.add("A")
        photo = project.photos.add(
            station.id, b"x", filename="a.jpg", width=10, height=10, mime="image/jpeg"
        )
        project.notes.add(photo.id, [(0, 0), (5, 0), (5, 5)], text="eins")
        assert held_open(path)
        assert _other_program(path) == 1
        with Project.open(path, read_only=True) as job:  # a background job's reading
            assert job.notes.list(photo_id=photo.id)[0].text == "eins"
        with Project.open(path, read_only=True):
            pass
        assert _other_program(path) == 1
        assert Path(str(path) + "-wal").exists()
        project.notes.add(photo.id, [(0, 0), (5, 0), (5, 5)], text="zwei")
        assert _other_program(path) == 2
    assert not held_open(path)
