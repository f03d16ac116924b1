"""Graphic recordings: posters photographed in perspective on a cluttered wall."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from app import recordings
from app.cli import main
from app.errors import InvalidInputError
from app.export import ExportOptions, export
from ocr.recording import enhance, find_poster_corners, flatten, full_frame, paper_aspect
from ocr.types import Reading
from tests.synthetic.textures import background

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
RED = (215, 30, 45)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.truetype(FONT, size) if Path(FONT).exists() else ImageFont.load_default()


def draw_poster(width: int = 1400, height: int = 990, seed: int = 0) -> np.ndarray:
    """An illustrated poster: off-white paper, coloured drawings and lettering."""
    rng = np.random.default_rng(seed)
    image = Image.new("RGB", (width, height), (246, 243, 235))
    draw = ImageDraw.Draw(image)
    u = min(width, height) / 100

    def at(fx: float, fy: float) -> tuple[float, float]:
        return fx * width, fy * height

    draw.text(at(0.06, 0.06), "SMART CITY", font=_font(round(9 * u)), fill=(30, 60, 140))
    draw.text(at(0.06, 0.2), "Beteiligung und Daten", font=_font(round(4.5 * u)), fill=(25, 25, 30))
    x, y = at(0.68, 0.08)
    draw.ellipse((x, y, x + 24 * u, y + 24 * u), outline=(30, 140, 70), width=round(1.2 * u))
    draw.ellipse((x + 5 * u, y + 5 * u, x + 19 * u, y + 19 * u), fill=(250, 200, 40))
    draw.line((*at(0.05, 0.45), *at(0.95, 0.45)), fill=RED, width=round(2.2 * u))
    draw.rectangle((*at(0.06, 0.52), *at(0.22, 0.7)), fill=(70, 150, 220))
    words = ["Bürgerrat", "Open Data", "Mobilität", "Klima", "Quartier", "Radwege"]
    for i, word in enumerate(words):
        fx = 0.3 + 0.23 * (i % 3) + float(rng.uniform(-0.01, 0.01))
        draw.text(
            at(fx, 0.53 + 0.13 * (i // 3)), word, font=_font(round(4.2 * u)), fill=(20, 20, 25)
        )
    for k in range(7):
        x, y = at(0.1 + 0.12 * k, 0.88)
        color = [(220, 90, 40), (140, 60, 170), (30, 140, 70)][k % 3]
        draw.polygon([(x, y), (x + 4 * u, y - 6 * u), (x + 8 * u, y)], fill=color)
    return np.asarray(image)


@dataclass
class PosterPhoto:
    image: np.ndarray
    corners: np.ndarray  # true corners, clockwise from the top left
    aspect: float  # true width / height of the poster


def _rotation(yaw: float, pitch: float, roll: float) -> np.ndarray:
    y, p, r = (math.radians(v) for v in (yaw, pitch, roll))
    ry = np.array([[math.cos(y), 0, math.sin(y)], [0, 1, 0], [-math.sin(y), 0, math.cos(y)]])
    rx = np.array([[1, 0, 0], [0, math.cos(p), -math.sin(p)], [0, math.sin(p), math.cos(p)]])
    rz = np.array([[math.cos(r), -math.sin(r), 0], [math.sin(r), math.cos(r), 0], [0, 0, 1]])
    return rz @ rx @ ry


def camera_corners(
    aspect: float,
    size: tuple[int, int],
    *,
    yaw: float,
    pitch: float,
    roll: float,
    fill: float = 0.6,
) -> np.ndarray:
    """Where a rectangle of ``aspect`` appears through a pinhole camera (centre principal point)."""
    w, h = size
    f = 1.1 * max(w, h)
    half_w, half_h = aspect / 2, 0.5
    plane = np.array(
        [[-half_w, -half_h, 0], [half_w, -half_h, 0], [half_w, half_h, 0], [-half_w, half_h, 0]]
    )
    rot = _rotation(yaw, pitch, roll)
    distance = f * max(aspect, 1.0) / (fill * w)
    points = plane @ rot.T + np.array([0.0, 0.0, distance])
    return np.array([[f * x / z + w / 2, f * y / z + h / 2] for x, y, z in points])


def cluttered_wall(size: tuple[int, int], seed: int) -> np.ndarray:
    """A grey wall with shelves, frames, boxes and a plant: float32 RGB."""
    w, h = size
    rng = np.random.default_rng(seed)
    wall = background(rng, "grey_wall", h, w)
    for _ in range(14):
        x, y = int(rng.uniform(0, w)), int(rng.uniform(0, h))
        bw, bh = int(rng.uniform(40, 220)), int(rng.uniform(30, 200))
        color = tuple(float(v) for v in rng.uniform(20, 230, 3))
        thickness = -1 if rng.random() < 0.5 else int(rng.uniform(3, 12))  # box or frame
        cv2.rectangle(wall, (x, y), (x + bw, y + bh), color, thickness)
    cv2.line(wall, (0, int(0.93 * h)), (w, int(0.9 * h)), (90, 70, 50), 18)
    cv2.circle(wall, (int(0.08 * w), int(0.8 * h)), 60, (40, 120, 50), -1)
    return wall


def photograph_poster(
    poster: np.ndarray,
    corners: np.ndarray,
    size: tuple[int, int],
    seed: int,
    *,
    wall: np.ndarray | None = None,
    light: float = 0.25,
) -> np.ndarray:
    """Put ``poster`` onto a wall at ``corners``, with uneven light, a cast, blur and noise."""
    w, h = size
    rng = np.random.default_rng(seed)
    scene = cluttered_wall(size, seed) if wall is None else wall.copy()
    ph, pw = poster.shape[:2]
    src = np.float32([[0, 0], [pw - 1, 0], [pw - 1, ph - 1], [0, ph - 1]])
    matrix = cv2.getPerspectiveTransform(src, np.float32(corners))
    warped = cv2.warpPerspective(poster.astype(np.float32), matrix, (w, h), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), matrix, (w, h))
    scene = scene * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    gain = 1.0 - light * (xx / w) + 0.5 * light * (yy / h) - 0.15 * light
    scene *= gain[..., None]
    scene *= np.array([1.03, 1.0, 0.9], np.float32)  # warm cast
    scene = cv2.GaussianBlur(scene, (0, 0), 0.8)
    scene += rng.standard_normal(scene.shape).astype(np.float32) * 2.0
    out = np.clip(scene, 0, 255).astype(np.uint8)
    ok, buf = cv2.imencode(".jpg", out[..., ::-1], [cv2.IMWRITE_JPEG_QUALITY, 88])
    return cv2.imdecode(buf, cv2.IMREAD_COLOR)[..., ::-1].copy()


def poster_photo(
    seed: int = 0,
    *,
    aspect: float = math.sqrt(2),
    yaw: float = 25,
    pitch: float = -12,
    roll: float = 4,
    size: tuple[int, int] = (1600, 1200),
    fill: float = 0.6,
) -> PosterPhoto:
    poster = draw_poster(1400, round(1400 / aspect), seed)
    corners = camera_corners(aspect, size, yaw=yaw, pitch=pitch, roll=roll, fill=fill)
    return PosterPhoto(photograph_poster(poster, corners, size, seed), corners, aspect)


CASES = [
    dict(seed=0),
    dict(seed=1, yaw=-30, pitch=15, roll=-6),
    dict(seed=2, aspect=68 / 99, yaw=10, pitch=25, roll=2),
    dict(seed=3, yaw=40, pitch=5, roll=0, fill=0.5),
]


@pytest.mark.parametrize("case", CASES, ids=[str(c["seed"]) for c in CASES])
def test_corners_and_aspect_of_a_poster_in_perspective(case: dict) -> None:
    shot = poster_photo(**case)
    corners, found = find_poster_corners(shot.image)
    assert found
    diagonal = float(np.linalg.norm(shot.corners[2] - shot.corners[0]))
    error = float(np.max(np.linalg.norm(corners - shot.corners, axis=1))) / diagonal
    assert error < 0.01, f"corner error {error:.4f} of the diagonal"
    flat = flatten(shot.image, corners)
    aspect = flat.shape[1] / flat.shape[0]
    assert abs(aspect / shot.aspect - 1) < 0.02, f"aspect {aspect:.4f}, true {shot.aspect:.4f}"


def test_paper_sizes_take_the_quads_orientation() -> None:
    landscape = np.array([[0, 0], [300, 0], [300, 200], [0, 200]], float)
    portrait = landscape[:, ::-1].copy()
    assert paper_aspect("A0", landscape) == pytest.approx(1189 / 841)
    assert paper_aspect("a1", portrait) == pytest.approx(594 / 841)
    assert paper_aspect("flipchart", portrait) == pytest.approx(68 / 99)
    assert paper_aspect("120x80", portrait) == pytest.approx(1.5)
    assert paper_aspect("auto", portrait) is None
    with pytest.raises(ValueError, match="Unknown paper"):
        paper_aspect("letter", portrait)


def test_a_poster_without_a_clear_edge_falls_back_to_the_whole_photo() -> None:
    poster = draw_poster(1400, 990, seed=7)
    size = (1200, 900)
    # the paper runs past every side of the photo: no poster edge to find
    corners = np.array([[-80, -60], [1290, -70], [1280, 970], [-90, 960]], float)
    image = photograph_poster(poster, corners, size, seed=7)
    found_corners, found = find_poster_corners(image)
    assert not found
    np.testing.assert_allclose(found_corners, full_frame(*size))


def _saturation(rgb: np.ndarray) -> float:
    return float(np.median(cv2.cvtColor(rgb.reshape(1, -1, 3), cv2.COLOR_RGB2HSV)[0, :, 1]))


def test_enhancing_whitens_the_paper_and_keeps_colours() -> None:
    shot = poster_photo(seed=0)
    corners, _ = find_poster_corners(shot.image)
    flat = flatten(shot.image, corners)
    out = enhance(flat)
    h, w = out.shape[:2]
    paper = (slice(int(0.3 * h), int(0.4 * h)), slice(int(0.1 * w), int(0.6 * w)))
    before, after = flat[paper].reshape(-1, 3), out[paper].reshape(-1, 3)
    assert after.mean() > 245 and np.ptp(after.mean(axis=0)) < 6, after.mean(axis=0)
    assert before.mean() < after.mean()
    stroke = out[int(0.445 * h) : int(0.455 * h), int(0.2 * w) : int(0.8 * w)]
    red = np.median(stroke.reshape(-1, 3), axis=0)
    assert red[0] > 150 and red[1] < 90 and red[2] < 90, red
    assert _saturation(stroke) >= 0.9 * _saturation(
        flat[int(0.445 * h) : int(0.455 * h), int(0.2 * w) : int(0.8 * w)]
    )


@pytest.fixture(scope="module")
def poster_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rec") / "poster.jpg"
    Image.fromarray(poster_photo(seed=1, yaw=-20, pitch=10, roll=3).image).save(path, quality=90)
    return path


def test_add_recording_keeps_the_original_and_stores_a_flattened_image(
    project, poster_file: Path
) -> None:
    station = project.stations.add("Governance")
    rec_id = recordings.add_recording(project, poster_file, station.id)
    photo = project.photos.get(rec_id)
    assert (photo.kind, photo.station_id) == ("recording", station.id)
    assert project.photos.data(rec_id) == poster_file.read_bytes()
    rec = project.recordings.get(rec_id)
    assert rec.found and rec.enhance and rec.aspect == pytest.approx(math.sqrt(2), rel=0.02)
    flat = recordings.flattened_image(project, rec_id)
    assert flat.shape[1] / flat.shape[0] == pytest.approx(math.sqrt(2), rel=0.02)
    assert [r.photo_id for r in project.recordings.list(station.id)] == [rec_id]
    assert project.photos.list(station.id, kind="board") == []

    done = recordings.straighten(
        project,
        rec_id,
        corners=[(0, 0), (400, 0), (400, 300), (0, 300)],
        paper="flipchart",
        enhance=False,
    )
    assert not done.recording.found and done.recording.paper == "flipchart"
    assert done.width / done.height == pytest.approx(99 / 68, rel=0.01)
    with pytest.raises(InvalidInputError):
        recordings.straighten(project, rec_id, paper="letter")
    project.photos.delete(rec_id)
    assert project.recordings.list() == []
    # a recording photo stored without its straightening (older files) gets one on demand
    old = project.photos.add(
        None,
        poster_file.read_bytes(),
        filename="old.jpg",
        width=1600,
        height=1200,
        mime="image/jpeg",
        kind="recording",
    )
    assert project.recordings.find(old.id) is None
    assert recordings.flattened_image(project, old.id).shape[1] > 0
    assert project.recordings.get(old.id).found


def test_regions_link_to_themes_and_words_are_searchable(project, poster_file: Path) -> None:
    station = project.stations.add("Daten")
    theme = project.themes.add(station.id, "Offene Daten")
    rec_id = recordings.add_recording(project, poster_file, station.id)
    region = recordings.add_region(
        project, rec_id, recordings.rect_polygon(10, 20, 300, 200), "Open Data", theme.id
    )
    assert region.polygon[2] == (310, 220) and region.theme_id == theme.id
    moved = recordings.update_region(project, region.id, caption="Offene Daten!")
    assert (moved.caption, moved.theme_id) == ("Offene Daten!", theme.id)
    other = recordings.add_region(project, rec_id, [(0, 0), (50, 0), (25, 40)], "Dreieck")
    assert [r.id for r in recordings.list_regions(project, rec_id)] == [region.id, other.id]
    project.themes.delete(theme.id)
    assert project.recordings.region(region.id).theme_id is None
    recordings.delete_region(project, other.id)
    assert [r.id for r in recordings.list_regions(project)] == [region.id]
    with pytest.raises(InvalidInputError):
        recordings.add_region(project, rec_id, [(0, 0), (1, 1)], "zu wenig")

    crops_seen: list[int] = []

    def reader(crops: list[np.ndarray]) -> list[Reading | None]:
        crops_seen.append(len(crops))
        return [Reading("Bürgerrat", 0.9), *([None] * (len(crops) - 1))]

    words = recordings.read_recording(project, rec_id, reader)
    assert words == "Bürgerrat" and crops_seen[0] >= 5
    assert [r.photo_id for r in recordings.search_recordings(project, "buergerrat")] == [rec_id]
    assert [r.photo_id for r in recordings.search_recordings(project, "Bürger")] == [rec_id]
    assert recordings.search_recordings(project, "Radwege") == []


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_recording_commands(tmp_path: Path, poster_file: Path, capsys) -> None:
    path = str(tmp_path / "p.pinscribe")
    assert _run(capsys, "new", path, "--title", "T")[0] == 0
    assert _run(capsys, "station", "add", path, "Gov")[0] == 0
    assert _run(capsys, "theme", "add", path, "Daten", "--station", "Gov")[0] == 0
    code, out, _ = _run(capsys, "recording", "add", path, str(poster_file), "--station", "Gov")
    assert code == 0 and out.strip().isdigit()
    rec = out.strip()
    code, out, _ = _run(capsys, "recording", "list", path)
    assert code == 0 and "poster.jpg" in out and "Gov" in out
    code, out, _ = _run(capsys, "recording", "set", path, rec, "--paper", "A0", "--no-enhance")
    assert code == 0 and "1.414" in out
    code, out, _ = _run(
        capsys,
        "recording",
        "region",
        path,
        rec,
        "--rect",
        "10,10,200,100",
        "--caption",
        "Daten",
        "--theme",
        "Daten",
    )
    assert code == 0 and "region" in out
    target = tmp_path / "flat.png"
    code, out, _ = _run(capsys, "recording", "export", path, rec, "-o", str(target))
    assert code == 0 and target.exists()
    with Image.open(target) as image:
        assert image.width / image.height == pytest.approx(math.sqrt(2), rel=0.01)
    code, out, _ = _run(capsys, "recording", "list", path, "--json")
    assert json.loads(out)[0]["regions"] == 1 and json.loads(out)[0]["paper"] == "A0"

    # bad input: exit 1 with one line; usage errors: exit 2
    for args in (
        ("recording", "export", path, "99", "-o", str(target)),
        ("recording", "add", path, str(tmp_path / "missing.jpg")),
        ("recording", "add", path, str(poster_file), "--station", "Nope"),
        ("recording", "set", path, rec, "--paper", "letter"),
        ("recording", "region", path, rec, "--rect", "1,1,0,5"),
        ("recording", "region", path, rec, "--rect", "1,1,5,5", "--theme", "Nope"),
        ("recording", "set", path, rec, "--corners", "0,0,10,0,10,10,0,99999"),
        ("recording", "export", path, rec, "-o", str(tmp_path / "flat.gif")),
    ):
        code, _, err = _run(capsys, *args)
        assert code == 1, args
        assert err.count("\n") == 1 and err.startswith("pinscribe: error:"), err
    for args in (
        ("recording", "set", path, rec, "--corners", "1,2,3"),
        ("recording", "region", path, rec, "--rect", "a,b,c,d"),
        ("recording", "export", path, rec),
        ("recording",),
    ):
        assert _run(capsys, *args)[0] == 2, args


def test_exports_show_the_flattened_recording_and_region_captions(
    project, poster_file: Path, tmp_path: Path
) -> None:
    station = project.stations.add("Daten")
    theme = project.themes.add(station.id, "Offene Daten")
    rec_id = recordings.add_recording(project, poster_file, station.id)
    recordings.add_region(
        project, rec_id, recordings.rect_polygon(20, 20, 300, 150), "Daten für alle", theme.id
    )
    note_photo = project.photos.add(
        station.id, b"x", filename="b.jpg", width=9, height=9, mime="image/jpeg"
    )
    note = project.notes.add(note_photo.id, [(0, 0), (5, 0), (5, 5)], text="Open Data")
    project.notes.set_theme([note.id], theme.id)
    out = tmp_path / "summary.md"
    export(project, out, options=ExportOptions(pictures=False))
    text = out.read_text(encoding="utf-8")
    assert "### Offene Daten" in text
    after = text.split("### Offene Daten", 1)[1]
    assert after.index("Daten für alle") < after.index("![")
    picture = next((tmp_path / "summary_images").glob(f"recording-{rec_id}.*"))
    with Image.open(picture) as image:  # the flattened poster (A0) with a legend strip below
        assert image.width / image.height < math.sqrt(2) and image.width / image.height > 1.1
    html = tmp_path / "summary.html"
    export(project, html, options=ExportOptions(pictures=False))
    assert "Daten für alle" in html.read_text(encoding="utf-8")
