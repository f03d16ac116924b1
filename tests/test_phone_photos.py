"""Photos as phones deliver them: HEIC and AVIF with an EXIF rotation, whole folders."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.cli import main
from app.photo_files import collect_photos
from app.store import Project
from ocr.errors import ImageLoadError
from ocr.loading import load_image, load_image_bytes
from tests.ui.boards import board_image, write_board

#: EXIF orientation 6: the camera was turned; viewers rotate the pixels 90° clockwise.
ROTATED = 6


def phone_photo(path: Path, fmt: str) -> Path:
    """A board photo as a turned phone stores it: pixels lying on their side, EXIF says so."""
    upright = board_image(width=900, height=1200, columns=2, rows=3)
    lying = upright.transpose(Image.Transpose.ROTATE_90)  # 1200 x 900, as the sensor saw it
    exif = Image.Exif()
    exif[0x0112] = ROTATED
    lying.save(path, fmt, exif=exif.tobytes(), quality=92)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("fmt", "suffix"), [("HEIF", ".heic"), ("AVIF", ".avif")])
def test_phone_formats_are_read_upright(tmp_path: Path, fmt: str, suffix: str) -> None:
    path = phone_photo(tmp_path / f"IMG_0001{suffix}", fmt)
    loaded = load_image(path)
    assert loaded.format == fmt
    assert loaded.rgb.shape[:2] == (1200, 900)  # shown upright: taller than wide
    # The pixels, not only the size, are upright: closest to the board as drawn.
    upright = np.asarray(board_image(width=900, height=1200, columns=2, rows=3), dtype=float)
    shown = loaded.rgb.astype(float)
    assert np.abs(shown - upright).mean() < np.abs(shown - upright[::-1, ::-1]).mean() / 3


@pytest.mark.parametrize(("fmt", "suffix"), [("HEIF", ".heic"), ("AVIF", ".avif")])
def test_damaged_phone_photo_is_refused_in_one_line(tmp_path: Path, fmt: str, suffix: str) -> None:
    data = phone_photo(tmp_path / f"x{suffix}", fmt).read_bytes()
    with pytest.raises(ImageLoadError) as caught:
        load_image_bytes(data[: len(data) // 3], f"x{suffix}")
    assert "\n" not in str(caught.value) and f"x{suffix}" in str(caught.value)


@pytest.mark.parametrize(("fmt", "suffix"), [("HEIF", ".heic"), ("AVIF", ".avif")])
def test_cli_imports_phone_photos_rotated_right(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, suffix: str
) -> None:
    project = tmp_path / "p.pinscribe"
    assert run(capsys, "new", str(project), "--title", "T")[0] == 0
    assert run(capsys, "station", "add", str(project), "Mobilität")[0] == 0
    photo = phone_photo(tmp_path / f"IMG_0002{suffix}", fmt)
    code, out, err = run(
        capsys, "import", str(project), "--station", "Mobilität", str(photo), "--no-ocr"
    )
    assert code == 0, err
    assert "Imported 1 of 1 photos" in out
    with Project.open(project) as p:
        (stored,) = p.photos.list(p.stations.by_name("Mobilität").id)
        assert (stored.width, stored.height) == (900, 1200)
        notes = p.notes.list(photo_id=stored.id)
    assert len(notes) == 6
    for note in notes:  # outlines in upright coordinates
        assert all(0 <= x <= 900 and 0 <= y <= 1200 for x, y in note.polygon)


def test_import_a_folder_sorted_by_name_skipping_other_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.pinscribe"
    run(capsys, "new", str(project), "--title", "T")
    run(capsys, "station", "add", str(project), "S")
    folder = tmp_path / "Export vom Handy"
    folder.mkdir()
    write_board(folder / "IMG_10.jpg", words=("Zehn",))
    phone_photo(folder / "IMG_2.heic", "HEIF")
    (folder / "notes.txt").write_text("not a photo")
    (folder / ".DS_Store").write_bytes(b"\0\0")
    (folder / "sub").mkdir()
    write_board(folder / "sub" / "IMG_3.jpg", words=("Drei",))

    code, out, err = run(capsys, "import", str(project), "--station", "S", str(folder), "--no-ocr")
    assert code == 0, err
    assert "Imported 2 of 2 photos" in out
    assert out.index("IMG_2.heic") < out.index("IMG_10.jpg")  # by name, as a file manager sorts
    assert err.count("\n") == 1 and "skipped 1 file(s) that are not photos" in err

    code, out, _ = run(
        capsys, "import", str(project), "--station", "S", str(folder), "--recursive", "--no-ocr"
    )
    assert code == 0 and "IMG_3.jpg" in out and "1 already there" not in out
    with Project.open(project) as p:
        assert len(p.photos.list(p.stations.by_name("S").id)) == 3


def test_a_folder_without_photos_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.pinscribe"
    run(capsys, "new", str(project), "--title", "T")
    run(capsys, "station", "add", str(project), "S")
    empty = tmp_path / "leer"
    empty.mkdir()
    (empty / "readme.txt").write_text("x")
    before = project.read_bytes()
    code, out, err = run(capsys, "import", str(project), "--station", "S", str(empty))
    assert code == 1 and out == ""
    assert err.strip().count("\n") == 0 and "No photos found in" in err and "leer" in err
    assert "Traceback" not in err
    assert project.read_bytes() == before
    code, _, err = run(capsys, "detect", str(empty), "--no-ocr")
    assert code == 1 and "No photos found" in err


def test_detect_takes_folders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "fotos"
    folder.mkdir()
    write_board(folder / "a.jpg")
    phone_photo(folder / "b.avif", "AVIF")
    code, out, err = run(capsys, "detect", str(folder), "--no-ocr")
    assert code == 0, err
    records = json.loads(out)
    assert [r["image"] for r in records] == ["a.jpg", "b.avif"]
    assert records[1]["width"] == 900 and records[1]["height"] == 1200
    assert all(len(r["notes"]) == 6 for r in records)


def test_collect_photos_keeps_the_users_order_and_drops_repeats(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    a = write_board(folder / "a.jpg")
    single = write_board(tmp_path / "z.jpg")
    selection = collect_photos([single, folder, a])
    assert selection.photos == [single, a]
    assert selection.skipped == [] and selection.empty_folders == []


def test_heic_bytes_made_here_are_real_heic() -> None:
    buffer = io.BytesIO()
    board_image(width=300, height=200).save(buffer, "HEIF")
    assert buffer.getvalue()[4:12] in {b"ftypheic", b"ftypmif1", b"ftypheix"}
