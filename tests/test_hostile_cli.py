"""Hostile command-line input and accidents: every case of issue 21 has a test here.

Overwriting (exports, detect --out), photos that are not regular files, locks (invalid
PIDs, folders, another host, a full disk), terminal escapes, bad numbers and ids, a
damaged file, an interrupted merge.
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
from tests.test_hostile import run
from tests.ui.boards import write_board

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    path = tmp_path / "mine.pinscribe"
    with Project.create(path, title="Mine") as opened:
        opened.stations.add("A")
    return path


def _no_traceback(code: int, err: str) -> None:
    assert code == 1, err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1, err


# --- exports never overwrite by accident --------------------------------------------


def test_export_onto_the_project_itself_is_refused(project: Path) -> None:
    before = project.read_bytes()
    for target in (project, project.with_name(project.name + "-wal")):
        code, _, err = run(["export", str(project), "-o", str(target), "--format", "html"])
        _no_traceback(code, err)
    code, _, err = run(["export", str(project), "-o", str(project), "--format", "html", "--force"])
    _no_traceback(code, err)
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
        _no_traceback(code, err)
        assert "project file" in err
        assert target.read_bytes() == before


def test_existing_export_needs_force(project: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.html"
    out.write_text("mine", encoding="utf-8")
    code, _, err = run(["export", str(project), "-o", str(out)])
    _no_traceback(code, err)
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
        _no_traceback(code, err)
    assert link.is_symlink()


def test_markdown_export_keeps_an_existing_pictures_folder(project: Path, tmp_path: Path) -> None:
    folder = tmp_path / "report_images"
    folder.mkdir()
    (folder / "holiday.jpg").write_bytes(b"my holiday")
    (folder / "station-1-board.jpg").write_bytes(b"an old export's picture")
    out = tmp_path / "report.md"
    code, _, err = run(["export", str(project), "-o", str(out)])
    _no_traceback(code, err)
    assert "report_images exists" in err and "--force" in err
    assert not out.exists()
    # asked to replace: a folder with a picture an export never writes stays, too
    code, _, err = run(["export", str(project), "-o", str(out), "--force"])
    _no_traceback(code, err)
    assert sorted(p.name for p in folder.iterdir()) == ["holiday.jpg", "station-1-board.jpg"]
    assert (folder / "holiday.jpg").read_bytes() == b"my holiday"
    (folder / "holiday.jpg").unlink()
    code, _, err = run(["export", str(project), "-o", str(out), "--force"])
    assert code == 0, err
    assert out.exists() and not (folder / "station-1-board.jpg").exists()


def test_export_of_a_photo_cropped_small_ends(tmp_path: Path) -> None:
    """The legend under a photo narrower than "…" once looped for ever."""
    from PIL import Image, ImageDraw

    from app.export.charts import wrap
    from app.export.fonts import pil_font
    from tests.test_hostile import time_limit
    from tests.ui.boards import imported_project

    draw = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    with time_limit(10):
        assert wrap(draw, "Theme one", pil_font(18), 5, 1) == ["…"]
        assert wrap(draw, "W" * 10_000, pil_font(18), 100, 1)[0].endswith("W…")
    path, station_id, photo_id = imported_project(tmp_path, width=640, height=480)
    with Project.open(path) as opened:
        theme = opened.themes.add(station_id, "Theme one")
        opened.notes.set_theme([opened.notes.list()[0].id], theme.id)
    code, _, err = run(["photo", "crop", str(path), str(photo_id), "--rect", "0,0,30,30"])
    assert code == 0, err
    code, _, err = run(["export", str(path), "-o", str(tmp_path / "s.html"), "--no-faces"])
    assert code == 0, err


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
        _no_traceback(code, f"{err}{out.splitlines()[-1]}\n")
        assert f"photo {photo_id}: left as it was" in out
    else:  # cleaned without decoding
        assert code == 0, err


@pytest.mark.parametrize(
    "argv",
    [
        ["note", "set", "{P}", "{N}", "--text", "y " * 50_001],
        ["note", "set", "{P}", "{N}", "--tag", "x" * 10_001],
        ["station", "add", "{P}", "x" * 10_001],
        ["station", "set", "{P}", "Governance", "--question", "q" * 100_001],
        ["theme", "add", "{P}", "x" * 10_001, "--station", "Governance"],
        ["theme", "cross", "add", "{P}", "x" * 10_001],
        ["workshop", "set", "{P}", "--title", "t" * 100_001],
    ],
    ids=["note-text", "tag", "station", "question", "theme", "cross-theme", "title"],
)
def test_texts_longer_than_read_back_are_refused(tmp_path: Path, argv: list[str]) -> None:
    """Stored, they would be read back as damaged: the note, station... left out of all."""
    from tests.ui.boards import imported_project

    path, _station_id, _photo_id = imported_project(tmp_path, width=640, height=480)
    with Project.open(path) as opened:
        note = opened.notes.list()[0].id
    before = [run(["notes", str(path), "--json"]), run(["workshop", "show", str(path), "--json"])]
    before.append(run(["station", "list", str(path), "--json"]))
    code, _, err = run([a.replace("{P}", str(path)).replace("{N}", str(note)) for a in argv])
    _no_traceback(code, err)
    assert "is longer than" in err
    after = [run(["notes", str(path), "--json"]), run(["workshop", "show", str(path), "--json"])]
    after.append(run(["station", "list", str(path), "--json"]))
    assert after == before


def test_json_import_with_an_overlong_tag_is_refused(tmp_path: Path) -> None:
    from tests.ui.boards import imported_project

    path, _station_id, _photo_id = imported_project(tmp_path, width=640, height=480)
    with Project.open(path) as opened:
        opened.tags.add([opened.notes.list()[0].id], "tagged")
    exported = tmp_path / "export.json"
    assert run(["export", str(path), "-o", str(exported)])[0] == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["notes"][0]["tags"] = ["x" * 10_001]
    exported.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "copy.pinscribe"
    code, _, err = run(["new", str(target), "--from-json", str(exported)])
    _no_traceback(code, err)
    assert "tag's name is longer than" in err and not target.exists()


def test_json_import_refuses_a_photo_claiming_too_many_pixels(tmp_path: Path) -> None:
    """Its placeholder was drawn at the size claimed: 100,000 x 100,000 took 30 GB."""
    from tests.ui.boards import imported_project

    path, _station_id, _photo_id = imported_project(tmp_path, width=640, height=480)
    exported = tmp_path / "export.json"
    assert run(["export", str(path), "-o", str(exported)])[0] == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["photos"][0].update(width=10_001, height=10_000)  # just over 100 megapixels
    exported.write_text(json.dumps(data), encoding="utf-8")
    target = tmp_path / "copy.pinscribe"
    code, _, err = run(["new", str(target), "--from-json", str(exported)])
    _no_traceback(code, err)
    assert "photo 1: 10001 x 10000 pixels" in err and not target.exists()


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


def test_xlsx_export_of_control_characters_in_the_workshop(project: Path, tmp_path: Path) -> None:
    """The workbook's title and author took them raw: openpyxl raised ValueError."""
    with Project.open(project) as opened:
        opened.workshop.update(title="Work\x1b[2Jshop\x07", moderation="A\x00nna")
    out = tmp_path / "s.xlsx"
    code, _, err = run(["export", str(project), "-o", str(out)])
    assert code == 0, err
    from openpyxl import load_workbook

    book = load_workbook(out)
    assert book.properties.title == "Work[2Jshop" and book.properties.creator == "Anna"


def test_a_tiny_crop_never_publishes_the_whole_photo(tmp_path: Path) -> None:
    """A crop under a pixel at the export's reduced size left the whole photo published."""
    import io

    from PIL import Image

    from app.privacy.photos import published_photo

    buffer = io.BytesIO()
    Image.new("RGB", (4000, 3000), (200, 10, 10)).save(buffer, "JPEG")
    path = tmp_path / "mine.pinscribe"
    with Project.create(path, title="Mine") as opened:
        station = opened.stations.add("A")
        photo = opened.photos.add(
            station.id, buffer.getvalue(), filename="a.jpg", width=4000, height=3000,
            mime="image/jpeg",
        )  # fmt: skip
        opened.photos.set_publish_crop(photo.id, (100, 100, 1, 1))
        for size in (None, 1600, 800):
            assert published_photo(opened, photo.id, max_side=size).rgb.shape == (1, 1, 3)
    code, _, err = run(["export", str(path), "-o", str(tmp_path / "s.md"), "--no-faces"])
    assert code == 0, err
    (board,) = (tmp_path / "s_images").glob("station-*-board-*.jpg")
    with Image.open(board) as picture:
        assert picture.width < 10


def test_crops_of_notes_under_a_hidden_region_are_not_published(tmp_path: Path) -> None:
    """The crops are cut at import: one under a blacked-out region showed what it hides."""
    from tests.ui.boards import imported_project

    path, _station_id, photo_id = imported_project(tmp_path, width=640, height=480)
    with Project.open(path) as opened:
        notes = opened.notes.list()
        for note in notes:
            opened.notes.update(note.id, text=f"Note {note.id}")
        xs, ys = [x for x, _ in notes[0].polygon], [y for _, y in notes[0].polygon]
    rect = f"{min(xs) + 5:.0f},{min(ys) + 5:.0f},10,10"  # a spot inside the first note
    code, _, err = run(["photo", "redact", str(path), str(photo_id), "--rect", rect, "--black"])
    assert code == 0, err
    out = tmp_path / "s.md"
    code, _, err = run(["export", str(path), "-o", str(out), "--crops", "--no-faces"])
    assert code == 0, err
    crops = {p.name for p in (tmp_path / "s_images").glob("note-*.jpg")}
    assert f"note-{notes[0].id}.jpg" not in crops
    assert crops == {f"note-{n.id}.jpg" for n in notes[1:]}


def test_hidden_regions_of_a_recording_photo_are_hidden_when_published(tmp_path: Path) -> None:
    """The stored straightened image was published as taken: a face blurred (or a region
    blacked out) on the recording's photo showed in every export and ``recording export``."""
    from PIL import Image, ImageStat

    from app.recordings import add_recording

    path = tmp_path / "mine.pinscribe"
    poster = write_board(tmp_path / "poster.jpg", width=500, height=400, columns=1, rows=1)
    with Project.create(path, title="Mine") as opened:
        rec = add_recording(opened, poster, opened.stations.add("A").id)
    code, _, err = run(["photo", "redact", str(path), str(rec), "--rect", "0,0,500,400", "--black"])
    assert code == 0, err
    out = tmp_path / "poster.png"
    code, _, err = run(["recording", "export", str(path), str(rec), "-o", str(out)])
    assert code == 0, err
    code, _, err = run(["export", str(path), "-o", str(tmp_path / "s.md"), "--no-faces"])
    assert code == 0, err
    for picture in (out, tmp_path / "s_images" / f"recording-{rec}.jpg"):
        with Image.open(picture) as image:
            assert max(ImageStat.Stat(image.convert("L")).mean) < 60, picture.name


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


def test_new_from_a_json_pipe_does_not_hang(tmp_path: Path) -> None:
    fifo = tmp_path / "export.json"
    os.mkfifo(fifo)
    done = subprocess.run(
        [sys.executable, "-m", "ui.entry", "new", str(tmp_path / "p.pinscribe"),
         "--from-json", str(fifo)],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
    )  # fmt: skip
    _no_traceback(done.returncode, done.stderr)
    assert "not a regular file" in done.stderr


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


def test_recording_export_needs_force_too(project: Path, tmp_path: Path) -> None:
    from app.recordings import add_recording

    poster = write_board(tmp_path / "poster.jpg", width=400, height=300, columns=1, rows=1)
    with Project.open(project) as opened:
        rec = add_recording(opened, poster)
    out = tmp_path / "poster.png"
    out.write_bytes(b"mine")
    code, _, err = run(["recording", "export", str(project), str(rec), "-o", str(out)])
    _no_traceback(code, err)
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
    _no_traceback(code, err)
    assert not (out / "x.json").exists()
    code, _, err = run(["detect", "--no-ocr", "--out", str(out), str(first)])
    assert code == 0, err
    code, _, err = run(["detect", "--no-ocr", "--out", str(out), str(first)])
    _no_traceback(code, err)
    assert "--force" in err
    assert run(["detect", "--no-ocr", "--force", "--out", str(out), str(first)])[0] == 0


# --- photos: regular files only, size checked before reading -------------------------


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder", "dev-zero-link"])
def test_photo_that_is_not_a_regular_file(project: Path, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "photo.jpg"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    elif kind == "dev-zero":
        path = Path("/dev/zero")
    else:
        path.symlink_to("/dev/zero")
    for argv in (
        ["detect", "--no-ocr", str(path)],
        ["import", str(project), "--station", "A", "--no-ocr", str(path)],
        ["recording", "add", str(project), str(path)],
    ):
        code, _, err = run(argv)
        assert code == 1 and "Traceback" not in err
    assert not lock.lock_path(project).exists()


def test_fifo_photo_does_not_hang_a_real_process(tmp_path: Path) -> None:
    fifo = tmp_path / "photo.jpg"
    os.mkfifo(fifo)
    done = subprocess.run(
        [sys.executable, "-m", "ui.entry", "detect", "--no-ocr", str(fifo)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.returncode == 1 and "not a regular file" in done.stderr


def test_oversized_photo_is_refused_before_reading(tmp_path: Path, monkeypatch) -> None:
    from app import pipeline

    monkeypatch.setattr(pipeline, "MAX_FILE_BYTES", 1000)
    big = write_board(tmp_path / "big.jpg", width=400, height=300)
    code, _, err = run(["detect", "--no-ocr", str(big)])
    _no_traceback(code, err)
    assert "too large" in err


# --- locks ---------------------------------------------------------------------------


@pytest.mark.parametrize("pid", [0, 1, -1, 2**40, "12", None, True])
def test_lock_with_an_invalid_pid_is_taken_over(project: Path, pid: object) -> None:
    record = {"pid": pid, "host": socket.gethostname(), "since": 0}
    lock.lock_path(project).write_text(json.dumps(record), encoding="utf-8")
    code, _, err = run(["station", "add", str(project), "B"])
    assert code == 0, err


def test_lock_that_is_a_folder(project: Path) -> None:
    lock.lock_path(project).mkdir()
    code, _, err = run(["station", "add", str(project), "B"])
    _no_traceback(code, err)
    assert "not a lock file" in err


def test_lock_from_another_host_can_be_broken_with_a_warning(project: Path) -> None:
    record = {"pid": 4242, "host": "elsewhere.example", "since": 0}
    lock.lock_path(project).write_text(json.dumps(record), encoding="utf-8")
    code, _, err = run(["station", "add", str(project), "B"])
    _no_traceback(code, err)
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
        _no_traceback(code, err)
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
        _no_traceback(code, err)
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
            _no_traceback(code, err)
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
    _no_traceback(code, err)
    assert "disk is full" in err
    assert not lock.lock_path(project).exists()


# --- terminal escapes, numbers, ids, damaged files ------------------------------------


def test_notes_escape_terminal_control_characters(tmp_path: Path) -> None:
    from tests.ui.boards import imported_project

    path, _station, _photo = imported_project(tmp_path)
    with Project.open(path) as opened:
        note = opened.notes.list()[0]
        opened.notes.update(note.id, text="\x1b[2J\x1b]0;pwned\x07 clear")
        opened.stations.update(1, name="Gov\x9b31m")
    for argv in (
        ["notes", str(path)],
        ["station", "list", str(path)],
        ["notes", str(path), "--json"],
    ):
        code, out, err = run(argv)
        assert code == 0, err
        assert not any(c in out for c in "\x1b\x07\x9b"), out
    assert "\\x1b[2J" in run(["notes", str(path)])[1]


@pytest.mark.parametrize(
    "corners", ["nan,0,1,0,1,1,0,1", "inf,0,1,0,1,1,0,1", "1e300,0,1,0,1,1,0,1", "1,2,3"]
)
def test_recording_corners_must_be_finite(project: Path, corners: str) -> None:
    code, _, err = run(["recording", "set", str(project), "1", "--corners", corners])
    assert code == 2 and "Traceback" not in err


@pytest.mark.parametrize(
    "change",
    [
        ["--paper", "nanxnan"],
        ["--paper", "1e308x1"],
        ["--paper", "1000x1"],
        ["--corners", "0,0,499,0,499,1,0,1"],  # a sliver: its shape 499 to 1
        ["--corners", "0,0,499,0,499,0,0,0"],  # on one line: no area
        ["--corners", "0,0,499,0,499,0,0,0", "--paper", "A1"],
    ],
)
def test_recording_of_no_poster_shape_is_refused(tmp_path: Path, change: list[str]) -> None:
    """Stored, such a shape read back as damaged; corners on a line raised ZeroDivisionError."""
    from app.recordings import add_recording

    path = tmp_path / "mine.pinscribe"
    poster = write_board(tmp_path / "poster.jpg", width=500, height=400, columns=1, rows=1)
    with Project.create(path, title="Mine") as opened:
        rec = add_recording(opened, poster)
    before = run(["recording", "list", str(path), "--json"])
    code, _, err = run(["recording", "set", str(path), str(rec), *change])
    _no_traceback(code, err)
    assert "Unknown paper" in err or "needs four corners" in err
    assert run(["recording", "list", str(path), "--json"]) == before


@pytest.mark.parametrize("ident", ["99999999999999999999999", "-1", "0", "x"])
def test_huge_and_bad_ids(project: Path, ident: str) -> None:
    for argv in (
        ["recording", "set", str(project), ident, "--paper", "A1"],
        ["recording", "export", str(project), ident, "-o", "x.png"],
        ["theme", "assign", str(project), "T", ident, "--station", "A"],
    ):
        code, _, err = run(argv)
        assert code == 2 and "Traceback" not in err, err


def test_unknown_recording_id_is_one_line(project: Path) -> None:
    code, _, err = run(["recording", "set", str(project), "12345", "--paper", "A1"])
    _no_traceback(code, err)


def test_config_refuses_a_file_damaged_in_the_middle(project: Path, tmp_path: Path) -> None:
    from tests.hostile import base_project, make

    base = base_project(tmp_path)
    damaged = make(base, tmp_path / "damaged", "damaged-middle")
    before = damaged.read_bytes()
    code, _, err = run(["config", str(damaged), "ocr.engine", "tesseract"])
    _no_traceback(code, err)
    assert "damaged" in err
    assert damaged.read_bytes() == before


def test_bad_settings_are_refused_when_set(project: Path) -> None:
    for key, value in (("ocr.languages", "../../x"), ("ocr.engine", "rm -rf /")):
        code, _, err = run(["config", str(project), key, value])
        _no_traceback(code, err)


# --- rescue ----------------------------------------------------------------------------


def test_rescue_copies_the_data_without_the_planted_parts(tmp_path: Path) -> None:
    from tests.hostile import base_project, make

    base = base_project(tmp_path)
    planted = make(base, tmp_path / "p", "trigger-on-setting")
    code, _, err = run(["notes", str(planted)])
    _no_traceback(code, err)
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
    _no_traceback(code, err)  # never over an existing file


# --- recovery: an interrupted merge is finished by running the import again -----------


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
