"""Locks (invalid PIDs, folders, another host, a live process), a project busy in
another connection, a full disk, and an interrupted merge finished by a second run.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from app.store import Project, lock
from tests.hostile_cli.helpers import no_traceback
from tests.test_hostile import run


@pytest.mark.parametrize("pid", [0, 1, -1, 2**40, "12", None, True])
def test_lock_with_an_invalid_pid_is_taken_over(project: Path, pid: object) -> None:
    record = {"pid": pid, "host": socket.gethostname(), "since": 0}
    lock.lock_path(project).write_text(json.dumps(record), encoding="utf-8")
    code, _, err = run(["station", "add", str(project), "B"])
    assert code == 0, err


def test_lock_that_is_a_folder(project: Path) -> None:
    lock.lock_path(project).mkdir()
    code, _, err = run(["station", "add", str(project), "B"])
    no_traceback(code, err)
    assert "not a lock file" in err


def test_lock_from_another_host_can_be_broken_with_a_warning(project: Path) -> None:
    record = {"pid": 4242, "host": "elsewhere.example", "since": 0}
    lock.lock_path(project).write_text(json.dumps(record), encoding="utf-8")
    code, _, err = run(["station", "add", str(project), "B"])
    no_traceback(code, err)
    assert "--break-lock" in err
    code, _, err = run(["station", "add", str(project), "B", "--break-lock"])
    assert code == 0, err
    assert "warning" in err and "elsewhere.example" in err


def test_live_lock_on_this_machine_is_never_broken(project: Path) -> None:
    helper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        record = {"pid": helper.pid, "host": socket.gethostname(), "since": 0}
        lock.lock_path(project).write_text(json.dumps(record), encoding="utf-8")
        code, _, err = run(["station", "add", str(project), "B", "--break-lock"])
        no_traceback(code, err)
        assert lock.lock_path(project).exists()
    finally:
        helper.kill()
        helper.wait()


def test_project_held_by_another_connection_is_busy_not_damaged(project: Path) -> None:
    """A file in rollback-journal mode held by another writer: "busy", never "damaged"."""
    import sqlite3

    holder = sqlite3.connect(project, isolation_level=None)
    try:
        holder.execute("PRAGMA journal_mode = DELETE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("UPDATE workshop SET title = 'theirs'")
        code, _, err = run(["notes", str(project)])
        no_traceback(code, err)
        assert "is busy or locked; try again" in err
    finally:
        holder.close()
    code, _, err = run(["notes", str(project)])
    assert code == 0, err


def test_full_disk_when_opening_says_so(tmp_path: Path) -> None:
    """Opening a WAL project writes its -shm file: on a full disk that failed as "damaged"."""
    from tests.test_robustness import _tmpfs

    with _tmpfs(tmp_path / "small", "1m") as folder:
        path = folder / "p.pinscribe"
        Project.create(path, title="Full").close()
        (folder / "p.pinscribe-shm").write_bytes(b"")  # as a reader left it on a full disk
        with contextlib.suppress(OSError), (folder / "filler").open("wb") as filler:
            while True:
                filler.write(b"\0" * 65536)
        for argv in (["station", "list", str(path)], ["station", "add", str(path), "B"]):
            code, _, err = run(argv)
            no_traceback(code, err)
            assert "the disk is full" in err and "damaged" not in err


def test_full_disk_when_locking(project: Path, monkeypatch) -> None:
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, fd: int, mode: str) -> None:
            self._file = real_fdopen(fd, mode)

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            self._file.close()

        def write(self, data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lock.os, "fdopen", FullDisk)
    code, _, err = run(["station", "add", str(project), "B"])
    no_traceback(code, err)
    assert "disk is full" in err
    assert not lock.lock_path(project).exists()


def test_rerun_finishes_an_interrupted_merge(tmp_path: Path, monkeypatch) -> None:
    from app.cli import image_cmds
    from tests.ui.boards import board_image

    path = tmp_path / "p.pinscribe"
    Project.create(path, title="T").close()
    run(["station", "add", str(path), "A"])
    image = board_image(width=1200, height=600, columns=4, rows=2)
    left = tmp_path / "left.jpg"
    right = tmp_path / "right.jpg"
    image.crop((0, 0, 800, 600)).save(left, quality=92)
    image.crop((400, 0, 1200, 600)).save(right, quality=92)
    # the reference: an import that is not interrupted
    reference = tmp_path / "ref.pinscribe"
    Project.create(reference, title="T").close()
    run(["station", "add", str(reference), "A"])
    code, _, err = run(
        ["import", str(reference), "--station", "A", "--no-ocr", str(left), str(right)]
    )
    assert code == 0, err
    with Project.open(reference, read_only=True) as opened:
        expected = len(opened.notes.list())

    def killed(*args: object) -> list[object]:
        raise KeyboardInterrupt  # the process dies while merging

    monkeypatch.setattr(image_cmds, "merge_pairs", killed)
    code, _, _ = run(["import", str(path), "--station", "A", "--no-ocr", str(left), str(right)])
    assert code == 1
    monkeypatch.undo()
    with Project.open(path, read_only=True) as opened:
        assert len(opened.notes.list()) > expected  # the duplicates are still there
    code, out, err = run(["import", str(path), "--station", "A", "--no-ocr", str(left), str(right)])
    assert code == 0, err
    with Project.open(path, read_only=True) as opened:
        assert len(opened.notes.list()) == expected
