"""Nothing lost: hostile input, read-only media, full disks, damaged files, two writers."""

from __future__ import annotations

import contextlib
import hashlib
import os
import socket
import struct
import subprocess
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.cli import main
from app.store import Project
from app.store.lock import lock_path
from tests.synthetic.boards import render_board

GROUPS = [("Ideen", [("Bürgerräte", "yellow"), ("Offene Daten", "yellow"), ("Radwege", "pink")])]


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def _png_claiming(width: int, height: int) -> bytes:
    """A small, valid-looking PNG whose header claims ``width`` x ``height`` pixels."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\0" * 1000)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat)
            + _chunk(b"IEND", b""))  # fmt: skip


@pytest.fixture(scope="module")
def board_jpeg(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("board") / "board.jpg"
    Image.fromarray(render_board(GROUPS, seed=4, size=(1200, 800)).image).save(path, quality=88)
    return path.read_bytes()


def _bad_inputs(folder: Path, jpeg: bytes) -> dict[str, Path]:
    files = {
        "empty.jpg": b"",
        "truncated.jpg": jpeg[: len(jpeg) // 3],
        "random.jpg": np.random.default_rng(1).integers(0, 256, 5000, dtype=np.uint8).tobytes(),
        "huge.png": _png_claiming(50_000, 50_000),
        "text.png": "Das ist kein Bild, nur Text über Bilder.\n".encode(),
    }
    paths = {}
    for name, data in files.items():
        (folder / name).write_bytes(data)
        paths[name] = folder / name
    Image.new("RGB", (1, 1), "white").save(folder / "tiny.png")
    paths["tiny.png"] = folder / "tiny.png"
    Image.new("RGB", (800, 600), (128, 128, 128)).save(folder / "no notes.jpg")
    paths["no notes.jpg"] = folder / "no notes.jpg"
    (folder / "a folder.jpg").mkdir()
    paths["a folder.jpg"] = folder / "a folder.jpg"
    paths["missing.jpg"] = folder / "missing.jpg"
    return paths


def _content(path: Path) -> tuple[int, int, str]:
    with Project.open(path, read_only=True) as project:
        return len(project.photos.list()), len(project.notes.list()), project.integrity_check()


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


BAD = ["empty.jpg", "truncated.jpg", "random.jpg", "huge.png", "text.png", "tiny.png",
       "no notes.jpg", "a folder.jpg", "missing.jpg"]  # fmt: skip
REASONS = {
    "empty.jpg": "empty", "truncated.jpg": "truncated", "random.jpg": "not", "huge.png": "large",
    "text.png": "not", "tiny.png": "too small", "no notes.jpg": "no notes",
    "a folder.jpg": "folder", "missing.jpg": "not found",
}  # fmt: skip


@pytest.mark.parametrize("name", BAD)
def test_hostile_photo_is_refused_and_the_project_unchanged(
    name: str, tmp_path: Path, board_jpeg: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _bad_inputs(tmp_path, board_jpeg)[name]
    project = tmp_path / "Workshop ß 🎉.pinscribe"
    assert _run(capsys, "new", str(project), "--title", "T")[0] == 0
    assert _run(capsys, "station", "add", str(project), "S")[0] == 0
    good = tmp_path / "Foto mit Ümläut 📷.jpg"
    good.write_bytes(board_jpeg)
    assert _run(capsys, "import", str(project), "--station", "S", "--no-ocr", str(good))[0] == 0
    before = _content(project)
    assert before[1] >= 3
    code, _, err = _run(capsys, "import", str(project), "--station", "S", "--no-ocr", str(bad))
    assert code == 1
    lines = [line for line in err.splitlines() if line]
    assert lines and all("Traceback" not in line for line in lines)
    assert any(REASONS[name] in line.lower() for line in lines), err
    assert _content(project) == before
    code, out, err = _run(capsys, "detect", "--no-ocr", str(bad), str(good))
    assert '"notes"' in out and "Traceback" not in err
    assert code == (0 if name == "no notes.jpg" else 1)  # detect reports an empty board


def test_a_mix_of_good_and_bad_photos_imports_the_good_ones(
    tmp_path: Path, board_jpeg: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = _bad_inputs(tmp_path, board_jpeg)
    good = tmp_path / "good board.jpg"
    good.write_bytes(board_jpeg)
    project = tmp_path / "p.pinscribe"
    _run(capsys, "new", str(project), "--title", "T")
    _run(capsys, "station", "add", str(project), "S")
    paths = [str(bad["random.jpg"]), str(good), str(bad["huge.png"])]
    code, out, err = _run(capsys, "import", str(project), "--station", "S", "--no-ocr", *paths)
    assert code == 1 and "Imported 1 of 3" in out and err.count("\n") >= 2
    assert _content(project)[0] == 1


def test_truncated_project_is_refused_untouched(
    tmp_path: Path, board_jpeg: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.pinscribe"
    _run(capsys, "new", str(project), "--title", "T")
    _run(capsys, "station", "add", str(project), "S")
    (tmp_path / "b.jpg").write_bytes(board_jpeg)
    _run(capsys, "import", str(project), "--station", "S", "--no-ocr", str(tmp_path / "b.jpg"))
    data = project.read_bytes()
    project.write_bytes(data[: len(data) // 2])
    digest = hashlib.sha256(project.read_bytes()).hexdigest()
    code, _, err = _run(capsys, "notes", str(project))
    assert code == 1 and "damaged" in err and err.count("\n") == 1
    assert hashlib.sha256(project.read_bytes()).hexdigest() == digest


def test_second_process_is_told_the_project_is_in_use(tmp_path: Path) -> None:
    project = tmp_path / "p.pinscribe"
    Project.create(project).close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from app.store import Project; p = Project.open(sys.argv[1]); "
         "print('ready', flush=True); time.sleep(60)", str(project)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        result = subprocess.run(
            [sys.executable, "-m", "ui.entry", "station", "add", str(project), "X"],
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert result.returncode == 1 and "open in another Pinscribe" in result.stderr
        with Project.open(project, read_only=True) as read_only:  # reading is always possible
            assert read_only.stations.list() == []
    finally:
        holder.kill()
        holder.wait()
    # the dead holder's lock is stale and taken over
    assert lock_path(project).exists()
    with Project.open(project) as project_again:
        project_again.stations.add("Y")
    assert not lock_path(project).exists()


@contextlib.contextmanager
def _tmpfs(path: Path, size: str) -> Iterator[Path]:
    path.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                             capture_output=True)  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def test_project_on_a_read_only_medium_opens_read_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with _tmpfs(tmp_path / "stick", "4m") as stick:
        project = stick / "p.pinscribe"
        _run(capsys, "new", str(project), "--title", "T")
        _run(capsys, "station", "add", str(project), "S")
        subprocess.run(["mount", "-o", "remount,ro", str(stick)], check=True)
        digest = hashlib.sha256(project.read_bytes()).hexdigest()
        with Project.open(project) as opened:
            assert opened.read_only and opened.read_only_reason == "medium"
            assert [s.name for s in opened.stations.list()] == ["S"]
        code, _, err = _run(capsys, "station", "add", str(project), "T")
        assert code == 1 and "read-only medium" in err and err.count("\n") == 1
        assert _run(capsys, "notes", str(project))[0] == 0
        assert hashlib.sha256(project.read_bytes()).hexdigest() == digest


def test_full_disk_during_import_and_export_loses_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    noisy = np.random.default_rng(2).integers(0, 256, (1400, 1800, 3), dtype=np.uint8)
    big = tmp_path / "big.png"
    Image.fromarray(noisy).save(big)  # incompressible: several MB
    with _tmpfs(tmp_path / "small", "1m") as small:
        project = small / "p.pinscribe"
        _run(capsys, "new", str(project), "--title", "T")
        _run(capsys, "station", "add", str(project), "S")
        before = _content(project)
        code, _, err = _run(capsys, "import", str(project), "--station", "S", "--no-ocr",
                            "--keep-empty", str(big))  # fmt: skip
        assert code == 1 and "disk is full" in err and "Traceback" not in err
        assert _content(project) == before
        filler = small / "filler"
        with contextlib.suppress(OSError), filler.open("wb") as handle:
            handle.write(b"\0" * 2_000_000)
        code, _, err = _run(capsys, "export", str(project), "-o", str(small / "out.html"))
        assert code == 1 and err.count("\n") == 1 and "Traceback" not in err
        assert not (small / "out.html").exists()
        assert not [p for p in small.iterdir() if p.name.endswith(".tmp")]
        filler.unlink()
        assert _content(project) == before


def test_nothing_opens_a_network_connection(
    tmp_path: Path, board_jpeg: bytes, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    photo = tmp_path / "board.jpg"
    photo.write_bytes(board_jpeg)
    project = tmp_path / "p.pinscribe"
    _run(capsys, "new", str(project), "--title", "T")
    _run(capsys, "station", "add", str(project), "S")
    code, out, err = _run(capsys, "import", str(project), "--station", "S", str(photo))
    assert code == 0, err
    with Project.open(project, read_only=True) as opened:
        assert any(n.text for n in opened.notes.list()), "OCR read nothing"
    for suffix in (".pdf", ".docx", ".html", ".md", ".csv", ".json"):
        assert _run(capsys, "export", str(project), "-o", str(tmp_path / f"out{suffix}"))[0] == 0
