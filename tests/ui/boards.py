"""Simple synthetic board photos for the UI tests: coloured notes with text on grey."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from app.pipeline import import_photos
from app.store.project import Project

COLOURS = ((250, 236, 110), (250, 170, 80), (245, 140, 180), (170, 225, 120), (130, 195, 240))
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
#: A real face photo that may be redistributed: scikit-image's ``astronaut`` (NASA, public
#: domain), see ``tests/data/README.md``.
FACE_PHOTO = Path(__file__).resolve().parents[1] / "data" / "astronaut.jpg"
#: Where :func:`board_with_face` puts the portrait (x, y, side), board pixels.
PORTRAIT = (1230, 250, 340)


def board_image(
    width: int = 1200,
    height: int = 900,
    columns: int = 3,
    rows: int = 2,
    words: tuple[str, ...] = (),
) -> Image.Image:
    """A grey board with ``columns`` x ``rows`` notes in a grid."""
    image = Image.new("RGB", (width, height), (128, 128, 128))
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.truetype(FONT, max(10, height // (rows * 8)))
    except OSError:
        font = ImageFont.load_default()
    cell_w, cell_h = width / columns, height / rows
    for k in range(columns * rows):
        row, column = divmod(k, columns)
        x0, y0 = column * cell_w + cell_w * 0.15, row * cell_h + cell_h * 0.15
        draw.rectangle([x0, y0, x0 + cell_w * 0.7, y0 + cell_h * 0.7], fill=COLOURS[k % 5])
        text = words[k % len(words)] if words else f"Note {k}"
        draw.text((x0 + cell_w * 0.08, y0 + cell_h * 0.25), text, fill=(20, 20, 20), font=font)
    return image


def board_with_face(**kwargs: object) -> Image.Image:
    """The board of :func:`board_image` (1200 x 900) beside a portrait on a 1600 x 900 board."""
    image = Image.new("RGB", (1600, 900), (128, 128, 128))
    image.paste(board_image(**kwargs), (0, 0))  # type: ignore[arg-type]
    x, y, side = PORTRAIT
    image.paste(Image.open(FACE_PHOTO).convert("RGB").resize((side, side)), (x, y))
    return image


def board_bytes(fmt: str = "JPEG", **kwargs: object) -> bytes:
    buffer = io.BytesIO()
    board_image(**kwargs).save(buffer, fmt, quality=90)  # type: ignore[arg-type]
    return buffer.getvalue()


def write_board(path: Path, **kwargs: object) -> Path:
    path.write_bytes(board_bytes(**kwargs))
    return path


def imported_project(tmp_path: Path, **kwargs: object) -> tuple[Path, int, int]:
    """A project with station "Governance" and one imported board photo (no OCR).

    Returns the project's path, the station's id and the photo's id.
    """
    path = tmp_path / "board.pinscribe"
    photo = write_board(tmp_path / "board.jpg", **kwargs)
    with Project.create(path, title="Smart City") as project:
        station = project.stations.add("Governance", "Welche Strukturen braucht es?")
        result = import_photos(project, station.id, [photo], reader=None)
        assert result.imported, result.failed
        return path, station.id, result.imported[0].photo_id
