"""What an export publishes: only what the organiser left visible, and every note,
whatever odd crops, control characters or tiny photos the project holds.
"""

from __future__ import annotations

from pathlib import Path

from app.store import Project
from tests.test_hostile import run
from tests.ui.boards import write_board


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
