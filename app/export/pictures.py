"""The pictures of a summary: charts, boards with their notes outlined, crops, recordings.

Every picture is a downscaled copy; its file name is made from ids only, never from
user text, so it cannot leave the folder it is written to.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw

from app.board_mosaic import board_mosaic
from app.domain import Photo, Theme
from app.export.charts import INK, UNSORTED, hex_rgb, overview_chart, station_chart, wrap
from app.export.fonts import pil_font
from app.export.options import ExportOptions
from app.export.summary import StationSection, Summary, note_label, vote_label
from app.messages import message
from app.privacy.names import is_published
from app.privacy.photos import PublishedPhoto, is_changed, published_photo
from app.store import Project
from ocr.errors import OcrError
from ocr.geometry import map_points

BOARD_SIZE = 1600  # longest side of a board photo in an export, in pixels
RECORDING_SIZE = 2000
CROP_SIZE = 200


@dataclass(frozen=True)
class Picture:
    """An encoded picture with the file name it gets beside a document."""

    name: str
    data: bytes
    mime: str
    width: int
    height: int
    caption: str = ""  # what the picture shows, e.g. "Station 1 – …: Pinnwand, Foto 1 von 2"
    alt: str = ""  # the text a screen reader says instead (every picture has one)


@dataclass
class StationPictures:
    chart: Picture | None = None
    boards: list[Picture] = field(default_factory=list)
    recordings: list[Picture] = field(default_factory=list)


@dataclass
class Pictures:
    """Everything a document may show, by station; empty where the options say no."""

    overview: Picture | None = None
    stations: dict[int, StationPictures] = field(default_factory=dict)
    recordings: list[Picture] = field(default_factory=list)  # the workshop's own
    crops: dict[int, Picture] = field(default_factory=dict)  # by note id
    skipped: list[str] = field(default_factory=list)  # photos that could not be read

    def station(self, station_id: int) -> StationPictures:
        return self.stations.get(station_id) or StationPictures()

    def all(self) -> list[Picture]:
        """Every picture once, in document order."""
        out = [self.overview] if self.overview else []
        out += self.recordings
        for pictures in self.stations.values():
            out += [pictures.chart] if pictures.chart else []
            out += pictures.boards + pictures.recordings
        out += list(self.crops.values())
        return [p for p in out if p is not None]


def _png_picture(name: str, data: bytes, caption: str = "") -> Picture:
    with Image.open(io.BytesIO(data)) as image:
        width, height = image.size
    return Picture(name, data, "image/png", width, height, caption)


def _jpeg(image: Image.Image, name: str, caption: str = "", quality: int = 85) -> Picture:
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, "JPEG", quality=quality, optimize=True)
    return Picture(name, buffer.getvalue(), "image/jpeg", image.width, image.height, caption)


def _decode(project: Project, photo: Photo, size: int) -> tuple[Image.Image, PublishedPhoto]:
    """The photo as published (cropped, regions hidden), at most ``size`` pixels long."""
    # decoded at reduced size: an export never needs a photo's full pixels
    shown = published_photo(project, photo.id, max_side=size)
    return Image.fromarray(np.ascontiguousarray(shown.rgb)), shown


def _outlined(
    image: Image.Image,
    notes: list[tuple[list[tuple[float, float]], int | None]],
    themes: list[Theme],
    labels: dict[str, str],
) -> Image.Image:
    """``image`` with each note outlined in its theme's colour (grey: no theme).

    ``notes`` are (polygon in image pixels, theme id); a legend below names the colours.
    """
    colors = {t.id: hex_rgb(t.color) for t in themes}
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    line = max(4, round(max(image.size) / 200))
    for points, theme_id in notes:
        themed = theme_id is not None and theme_id in colors
        color = colors[theme_id] if themed and theme_id else hex_rgb(UNSORTED)
        draw.polygon(points, fill=(*color, 60 if themed else 25))
        draw.line([*points, points[0]], fill=(0, 0, 0, 160), width=line + 3, joint="curve")
        draw.line([*points, points[0]], fill=(*color, 255), width=line, joint="curve")
    merged = Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")
    used = {theme_id for _, theme_id in notes}
    entries = [(t.name, colors[t.id]) for t in themes if t.id in used]
    if None in used or any(theme_id not in colors for _, theme_id in notes):
        entries.append((labels["unsorted"], hex_rgb(UNSORTED)))
    return with_legend(merged, entries)


def board_picture(project: Project, photo: Photo, labels: dict[str, str]) -> Picture:
    """A board photo with each note outlined in its theme's colour (grey: no theme).

    A legend below names the colours.
    """
    image, shown = _decode(project, photo, BOARD_SIZE)
    notes = [
        (shown.map(note.polygon), note.theme_id)
        for note in project.notes.list(photo_id=photo.id)
        if is_published(note)
    ]
    outlined = _outlined(image, notes, project.themes.list(photo.station_id), labels)
    name = f"station-{photo.station_id}-board-{photo.id}.jpg"
    return _jpeg(outlined, name, labels["board"])


def mosaic_picture(
    project: Project, station_id: int, labels: dict[str, str]
) -> tuple[Picture | None, list[int]]:
    """The station's overlapping board photos stitched into one, notes outlined.

    Returns the picture (None when fewer than two photos overlap) and the ids of
    the photos it shows.
    """
    photos = project.photos.list(station_id, kind="board")
    if any(is_changed(project, p.id) for p in photos):
        return None, []  # a cropped or redacted photo is shown on its own, as published
    board = board_mosaic(project, station_id)
    if board.image is None or board.status not in ("stitched", "partial"):
        return None, []
    image = Image.fromarray(board.image)
    scale = min(1.0, BOARD_SIZE / max(image.width, image.height))
    if scale < 1.0:
        size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
        image = image.resize(size, Image.Resampling.LANCZOS)
    notes = []
    for photo_id, homography in board.homographies.items():
        for note in project.notes.list(photo_id=photo_id):
            mapped = map_points(note.polygon, homography) * scale
            notes.append(([(float(x), float(y)) for x, y in mapped], note.theme_id))
    outlined = _outlined(image, notes, project.themes.list(station_id), labels)
    picture = _jpeg(outlined, f"station-{station_id}-board.jpg", labels["board"])
    return picture, sorted(board.homographies)


def with_legend(image: Image.Image, entries: list[tuple[str, tuple[int, int, int]]]) -> Image.Image:
    """``image`` with a strip below it naming each outline colour."""
    if not entries:
        return image
    size = max(18, round(image.width / 55))
    font = pil_font(size)
    probe = ImageDraw.Draw(image)
    pad, box = size, round(size * 1.1)
    rows: list[list[tuple[float, str, tuple[int, int, int]]]] = [[]]
    x = float(pad)
    for text, color in entries:
        text = wrap(probe, text, font, image.width / 2, 1)[0]
        width = box + size / 2 + probe.textlength(text, font=font) + size * 1.5
        if x + width > image.width - pad and rows[-1]:
            rows.append([])
            x = float(pad)
        rows[-1].append((x, text, color))
        x += width
    height = pad + len(rows) * (box + size // 2)
    out = Image.new("RGB", (image.width, image.height + height), "white")
    out.paste(image, (0, 0))
    draw = ImageDraw.Draw(out)
    for index, row in enumerate(rows):
        y = image.height + pad // 2 + index * (box + size // 2)
        for x, text, color in row:
            draw.rectangle((x, y, x + box, y + box), fill=color, outline=(60, 60, 60), width=2)
            draw.text((x + box + size / 2, y + box / 2), text, font=font, fill=INK, anchor="lm")
    return out


def _flattened(project: Project, photo: Photo, size: int) -> tuple[Image.Image, float] | None:
    """The recording's straightened image as published, downscaled, if it has one."""
    from app.recordings import published_flattened

    data = project.recordings.flattened(photo.id)
    if data is None:
        return None
    hidden = published_flattened(project, photo.id)  # regions of its photo hidden
    if hidden is not None:
        image = Image.fromarray(hidden)
    else:
        with Image.open(io.BytesIO(data)) as opened:
            image = opened.convert("RGB")
    scale = min(1.0, size / max(image.width, image.height))
    if scale < 1.0:
        image = image.resize(
            (max(1, round(image.width * scale)), max(1, round(image.height * scale))),
            Image.Resampling.LANCZOS,
        )
    return image, scale


def recording_picture(project: Project, photo: Photo, labels: dict[str, str]) -> Picture:
    """A graphic recording, straightened when it has been, its regions outlined.

    A legend below gives each region's caption in its theme's colour.
    """
    flat = _flattened(project, photo, RECORDING_SIZE)
    if flat is not None:
        image, scale = flat
    else:
        image, published = _decode(project, photo, RECORDING_SIZE)
        scale = published.scale
    regions = project.recordings.regions(photo.id) if flat is not None else []
    entries: list[tuple[str, tuple[int, int, int]]] = []
    if regions:
        colors = {t.id: hex_rgb(t.color) for t in project.themes.list()}
        draw = ImageDraw.Draw(image)
        line = max(3, round(max(image.size) / 250))
        for region in regions:
            color = colors.get(region.theme_id or -1, hex_rgb(UNSORTED))
            points = [(x * scale, y * scale) for x, y in region.polygon]
            draw.line([*points, points[0]], fill=color, width=line, joint="curve")
            if region.caption.strip():
                entries.append((" ".join(region.caption.split()), color))
        image = with_legend(image, entries)
    picture = _jpeg(image, f"recording-{photo.id}.jpg", labels["recording"])
    if entries:
        shown = "; ".join(text for text, _ in entries)
        picture = dataclasses.replace(picture, alt=f"{labels['recording']}: {shown}")
    return picture


def crop_picture(note_id: int, data: bytes) -> Picture | None:
    """A note's stored crop, downscaled; None if it cannot be read."""
    try:
        with Image.open(io.BytesIO(data)) as opened:
            image = opened.convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError):
        return None
    image.thumbnail((CROP_SIZE, CROP_SIZE), Image.Resampling.LANCZOS)
    return _jpeg(image, f"note-{note_id}.jpg", quality=80)


def collect_pictures(
    project: Project,
    summary: Summary,
    options: ExportOptions,
    step: Callable[[], None] = lambda: None,
) -> Pictures:
    """Draw and load what ``options`` asks for; ``step`` is called once per station.

    Every picture gets a caption that says what it shows and an alt text.
    """
    pictures = Pictures()
    labels = summary.labels
    if options.pictures:
        _add_overview(pictures, summary)
    if options.recordings:
        for photo in project.photos.list(kind="recording"):
            if photo.station_id is None:
                _add(pictures, pictures.recordings, recording_picture, project, photo, labels)
        _name(pictures.recordings, labels["recording"], labels["picture_of"], "")
    for section in summary.stations:
        mine = pictures.stations.setdefault(section.station_id, StationPictures())
        if options.pictures:
            _add_station_chart(mine, section, labels)
            _add_boards(project, pictures, mine, section, labels)
        if options.recordings:
            for photo in project.photos.list(section.station_id, kind="recording"):
                _add(pictures, mine.recordings, recording_picture, project, photo, labels)
            _name(
                mine.recordings, labels["recording"], labels["picture_of"], f"{section.title}: "
            )
        if options.crops:
            _add_crops(project, pictures, section)
        step()
    return pictures


def _add_overview(pictures: Pictures, summary: Summary) -> None:
    """The chart of all stations, if there is anything to draw."""
    labels = summary.labels
    data = overview_chart(summary)
    if data:
        pictures.overview = _png_picture("overview.png", data, labels["overview_chart"])
        pictures.overview = dataclasses.replace(
            pictures.overview, alt=labels["overview_alt"].format(data=_overview_data(summary))
        )


def _add_station_chart(
    mine: StationPictures, section: StationSection, labels: dict[str, str]
) -> None:
    """The station's chart of themes, if there is anything to draw."""
    data = station_chart(section, labels)
    if data:
        name = f"station-{section.station_id}-chart.png"
        mine.chart = _png_picture(name, data, f"{section.title}: {labels['chart']}")
        alt = labels["chart_alt"].format(data=_chart_data(section, labels))
        mine.chart = dataclasses.replace(mine.chart, alt=alt)


def _add_boards(
    project: Project,
    pictures: Pictures,
    mine: StationPictures,
    section: StationSection,
    labels: dict[str, str],
) -> None:
    """The station's board photos: a mosaic of several where it can, each other one alone."""
    boards = project.photos.list(section.station_id, kind="board")
    shown: list[int] = []
    if len(boards) > 1:
        picture, shown = mosaic_picture(project, section.station_id, labels)
        if picture is not None:
            mine.boards.append(picture)
    for photo in boards:
        if photo.id not in shown:
            _add(pictures, mine.boards, board_picture, project, photo, labels)
    _name_boards(mine.boards, section, labels, len(boards), len(shown))


def _add_crops(project: Project, pictures: Pictures, section: StationSection) -> None:
    """Each note's crop, with the note's text as alt text.

    The crops are stored as cut at import: a note under a region hidden on its photo
    (blurred or blacked out) gets none.
    """
    hidden = _under_hidden_regions(project, section.station_id)
    for group in section.groups:
        for item in group.items:
            if item.note_id in hidden:
                continue
            crop = project.notes.crop(item.note_id)
            picture = crop_picture(item.note_id, crop) if crop else None
            if picture:
                pictures.crops[item.note_id] = dataclasses.replace(picture, alt=item.text)


def _under_hidden_regions(project: Project, station_id: int) -> set[int]:
    """The ids of the station's notes whose outline reaches into a hidden region."""
    regions: dict[int, list[tuple[float, float, float, float]]] = {}
    for region in project.photos.redactions():
        regions.setdefault(region.photo_id, []).append(region.rect)
    under = set()
    for note in project.notes.list(station_id=station_id):
        xs, ys = [x for x, _ in note.polygon], [y for _, y in note.polygon]
        for x, y, w, h in regions.get(note.photo_id, []):
            if min(xs) < x + w and x < max(xs) and min(ys) < y + h and y < max(ys):
                under.add(note.id)
    return under


def _name(found: list[Picture], what: str, numbered: str, prefix: str) -> None:
    """Caption pictures "<prefix><what>, Abbildung 1 von 2" (no number for a single one)."""
    for index, picture in enumerate(found):
        caption = f"{prefix}{what}"
        if len(found) > 1:
            caption += ", " + numbered.format(i=index + 1, n=len(found))
        found[index] = dataclasses.replace(picture, caption=caption, alt=picture.alt or caption)


def _name_boards(
    found: list[Picture],
    section: StationSection,
    labels: dict[str, str],
    photos: int,
    stitched: int,
) -> None:
    """Caption board pictures "Station 1 – Name: Pinnwand, Foto 1 von 2"."""
    themes = [g.name for g in section.groups if g.theme_id is not None]
    shown = f" ({', '.join(themes)})" if themes else ""
    alt = labels["board_alt"].format(station=section.title, themes=shown)
    number = 0
    for index, picture in enumerate(found):
        caption = f"{section.title}: {labels['board']}"
        if stitched and index == 0:
            caption += ", " + labels["photos"].format(n=stitched)
            number += stitched
        elif photos > 1:
            number += 1
            caption += ", " + labels["photo_of"].format(i=number, n=photos)
        found[index] = dataclasses.replace(picture, caption=caption, alt=alt)


def _chart_data(section: StationSection, labels: dict[str, str]) -> str:
    """The chart's figures in words, for its alt text."""
    parts = [
        f"{g.name}: {note_label(len(g.items), labels)}, {vote_label(g.votes, labels)}"
        for g in section.groups
        if g.items
    ]
    return "; ".join(parts) + "."


def _overview_data(summary: Summary) -> str:
    parts = [
        f"{s.title}: {note_label(s.note_count, summary.labels)}"
        + "".join(f", {g.name} {len(g.items)}" for g in s.groups if g.items)
        for s in summary.stations
    ]
    return "; ".join(parts) + "."


def _add(
    pictures: Pictures,
    into: list[Picture],
    make: Callable[[Project, Photo, dict[str, str]], Picture],
    project: Project,
    photo: Photo,
    labels: dict[str, str],
) -> None:
    try:
        into.append(make(project, photo, labels))
    except (OcrError, OSError, ValueError) as error:
        skipped = message("export.picture_skipped", name=photo.filename, reason=error)
        pictures.skipped.append(skipped)
