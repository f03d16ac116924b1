"""Publishing safely: photo metadata, crops and hidden regions, the check, open data."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.cli import main
from app.photo_metadata import personal_metadata, remove_personal_metadata
from app.privacy.photos import published_photo
from app.store import Project
from tests.ui.boards import board_image

GPS_IFD = 0x8825


def phone_exif(orientation: int = 1) -> Image.Exif:
    """EXIF as a phone writes it: GPS position, owner, camera serial, orientation."""
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "Apple"
    exif[0x0110] = "iPhone 15"
    exif[0xA430] = "Anna Schmidt"
    exif[0xA431] = "F2LXK0ABCD12"
    exif[0x013B] = "Anna Schmidt"
    gps = exif.get_ifd(GPS_IFD)
    gps[1], gps[2], gps[3], gps[4] = "N", (52.0, 16.0, 44.0), "E", (8.0, 2.0, 50.0)
    return exif


def photo_with_exif(path: Path, fmt: str = "JPEG", orientation: int = 1) -> Path:
    image = board_image()
    if orientation == 6:
        image = image.transpose(Image.Transpose.ROTATE_90)
    image.save(path, fmt, exif=phone_exif(orientation).tobytes(), quality=90)
    return path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "p.pinscribe"
    assert run(capsys, "new", str(path), "--title", "Smart City", "--date", "2025-02-05",
               "--place", "Osnabrück")[0] == 0
    assert run(capsys, "station", "add", str(path), "Mobilität")[0] == 0
    return path


def stored(project: Path) -> list[bytes]:
    with Project.open(project) as p:
        return [p.photos.data(photo.id) for photo in p.photos.list()]


@pytest.mark.parametrize(("fmt", "suffix"), [("JPEG", ".jpg"), ("PNG", ".png"), ("WEBP", ".webp"),
                                             ("HEIF", ".heic")])
def test_imported_photos_keep_pixels_and_orientation_but_no_personal_metadata(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str, suffix: str
) -> None:
    photo = photo_with_exif(tmp_path / f"Foto_Anna_Schmidt{suffix}", fmt, orientation=6)
    assert "GPS position" in personal_metadata(photo.read_bytes())
    code, _, err = run(capsys, "import", str(project), "--station", "Mobilität", str(photo),
                       "--no-ocr")
    assert code == 0, err
    (data,) = stored(project)
    assert personal_metadata(data) == []
    with Image.open(io.BytesIO(data)) as image:
        exif = image.getexif()
        assert GPS_IFD not in exif and not exif.get_ifd(GPS_IFD)
        assert 0xA430 not in exif and 0xA431 not in exif and 0x013B not in exif
    with Project.open(project) as p:
        (info,) = p.photos.list()
        assert (info.width, info.height) == (1200, 900)  # upright as before
        shown = published_photo(p, info.id).rgb
    assert shown.shape[:2] == (900, 1200)
    upright = np.asarray(board_image(), dtype=float)
    assert np.abs(shown.astype(float) - upright).mean() < 6  # the same picture


def test_jpeg_cleaning_keeps_the_compressed_picture(tmp_path: Path) -> None:
    original = photo_with_exif(tmp_path / "a.jpg").read_bytes()
    cleaned, fmt = remove_personal_metadata(original, "JPEG")
    assert fmt == "JPEG" and len(cleaned) < len(original)
    with Image.open(io.BytesIO(original)) as a, Image.open(io.BytesIO(cleaned)) as b:
        assert np.array_equal(np.asarray(a), np.asarray(b))  # not re-encoded


def test_keep_metadata_setting(project: Path, tmp_path: Path, capsys) -> None:
    assert run(capsys, "config", str(project), "photos.keep_metadata", "yes")[0] == 0
    photo = photo_with_exif(tmp_path / "a.jpg")
    run(capsys, "import", str(project), "--station", "Mobilität", str(photo), "--no-ocr")
    (data,) = stored(project)
    assert data == photo.read_bytes()


def test_remove_metadata_cleans_an_older_project_after_a_backup(
    project: Path, tmp_path: Path, capsys
) -> None:
    run(capsys, "config", str(project), "photos.keep_metadata", "yes")
    photo = photo_with_exif(tmp_path / "a.jpg")
    run(capsys, "import", str(project), "--station", "Mobilität", str(photo), "--no-ocr")
    code, out, err = run(capsys, "privacy", "remove-metadata", str(project))
    assert code == 0, err
    assert "Removed the metadata of 1 of 1 photos" in out
    backup = tmp_path / "p.before-metadata-removal.pinscribe"
    assert backup.is_file()
    (data,) = stored(project)
    assert personal_metadata(data) == []
    with Project.open(backup) as old:  # the copy keeps what was there
        assert "GPS position" in personal_metadata(old.photos.data(old.photos.list()[0].id))
    code, out, _ = run(capsys, "privacy", "remove-metadata", str(project))
    assert code == 0 and "Removed the metadata of 0 of 1" in out  # nothing left to remove
    assert (tmp_path / "p.before-metadata-removal-2.pinscribe").is_file()  # never replaced


def test_hidden_regions_and_crop_leave_the_original_intact(
    project: Path, tmp_path: Path, capsys
) -> None:
    photo = tmp_path / "b.jpg"
    board_image().save(photo, quality=95)
    run(capsys, "import", str(project), "--station", "Mobilität", str(photo), "--no-ocr")
    original = stored(project)[0]
    code, out, err = run(capsys, "photo", "redact", str(project), "1", "--rect", "100,100,300,200")
    assert code == 0, err
    code, _, _ = run(capsys, "photo", "redact", str(project), "1", "--rect", "700,500,100,100",
                     "--black")
    assert code == 0
    code, out, _ = run(capsys, "photo", "crop", str(project), "1", "--notes")
    assert code == 0 and "publishing" in out
    with Project.open(project) as p:
        shown = published_photo(p, 1)
        full = np.asarray(Image.open(io.BytesIO(p.photos.data(1))).convert("RGB"))
    assert stored(project)[0] == original  # the stored photo is not changed
    ox, oy = shown.offset
    top, left = int(100 - oy), int(100 - ox)
    region = shown.rgb[top + 20 : top + 180, left + 20 : left + 280]
    before = full[120:280, 120:380]
    # Blurred: the text's sharp edges are gone (far less detail than the original).
    assert np.abs(np.diff(region.astype(float), axis=1)).mean() < 0.3 * np.abs(
        np.diff(before.astype(float), axis=1)
    ).mean()
    black = shown.rgb[int(510 - oy) : int(590 - oy), int(710 - ox) : int(790 - ox)]
    assert black.max() == 0
    code, _, err = run(capsys, "photo", "redact", str(project), "1", "--rect", "nan,1,2,3")
    assert code == 2 and "Traceback" not in err
    code, _, err = run(capsys, "photo", "redact", str(project), "1", "--rect", "5000,5000,10,10")
    assert code == 1 and "outside the photo" in err


def test_privacy_check_lists_names_and_uncropped_photos(
    project: Path, tmp_path: Path, capsys
) -> None:
    photo = tmp_path / "c.jpg"
    board_image(words=("Danke an Anna Schmidt", "Radwege")).save(photo, quality=95)
    run(capsys, "import", str(project), "--station", "Mobilität", str(photo), "--no-ocr")
    with Project.open(project) as p:
        first = p.notes.list()[0]
        p.notes.update(first.id, text="Danke an Anna Schmidt")
    code, out, _ = run(capsys, "privacy", "check", str(project), "--json")
    report = json.loads(out)
    assert code == 0
    assert [n["names"] for n in report["names"]] == [["Anna Schmidt"]]
    assert report["uncropped_photos"] == [1]
    run(capsys, "privacy", "note", str(project), str(first.id), "initials")
    run(capsys, "photo", "crop", str(project), "1", "--notes")
    code, out, _ = run(capsys, "privacy", "check", str(project))
    assert "Nothing found" in out
    code, _, err = run(capsys, "privacy", "note", str(project), str(first.id), "maybe")
    assert code == 2


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
def test_open_data_folder(project: Path, tmp_path: Path, capsys) -> None:
    rdflib = pytest.importorskip("rdflib")
    from app.export.opendata import (
        MANDATORY_DATASET,
        MANDATORY_DISTRIBUTION,
        OpenDataOptions,
        export_opendata,
    )

    photo = tmp_path / "Foto_Anna_Schmidt_iPhone.jpg"
    board_image(words=("Danke an Anna Schmidt", "Radwege")).save(photo, quality=95)
    run(capsys, "import", str(project), "--station", "Mobilität", str(photo), "--no-ocr")
    with Project.open(project) as p:
        first = p.notes.list()[0]
        p.notes.update(first.id, text="Danke an Anna Schmidt", publish="initials")
        p.themes.add(p.stations.by_name("Mobilität").id, "Radverkehr")
        out = tmp_path / "open"

        def summary(path: Path) -> Path:
            path.write_bytes(b"%PDF-1.4\n%%EOF\n")
            return path

        files = export_opendata(
            p, out, OpenDataOptions(publisher="Stadt Osnabrück", contact_email="a@b.de"),
            summary=summary,
        )
    names = {f.name for f in files}
    assert names == {"notizen.csv", "notizen.json", "zusammenfassung.pdf", "LIESMICH.txt",
                     "metadata.jsonld"}
    text = (out / "notizen.csv").read_text(encoding="utf-8")
    assert "Danke an A. S." in text and "Anna" not in text and "iPhone" not in text
    graph = rdflib.Graph().parse(out / "metadata.jsonld", format="json-ld")
    dcat = rdflib.Namespace("http://www.w3.org/ns/dcat#")
    prefixes = {"dct": rdflib.Namespace("http://purl.org/dc/terms/"), "dcat": dcat}

    def has(subject: object, curie: str) -> bool:
        prefix, name = curie.split(":")
        return (subject, prefixes[prefix][name], None) in graph

    (dataset,) = graph.subjects(rdflib.RDF.type, dcat.Dataset)
    assert all(has(dataset, field) for field in MANDATORY_DATASET)
    distributions = list(graph.objects(dataset, dcat.distribution))
    assert len(distributions) == 4
    for dist in distributions:
        assert all(has(dist, field) for field in MANDATORY_DISTRIBUTION)
        assert (dist, dcat.mediaType, None) in graph and (dist, dcat.byteSize, None) in graph
    assert str(next(graph.objects(dataset, prefixes["dct"].license))).endswith("dl-by-de/2.0")
    assert "Radverkehr" in {str(k) for k in graph.objects(dataset, dcat.keyword)}
    title = prefixes["dct"].title
    sizes = {
        str(next(graph.objects(d, title))): int(next(graph.objects(d, dcat.byteSize)))
        for d in distributions
    }
    assert sizes["notizen.csv"] == (out / "notizen.csv").stat().st_size


def test_a_stored_bad_rectangle_is_reported_not_a_traceback(project: Path, tmp_path, capsys):
    photo = tmp_path / "d.jpg"
    board_image().save(photo)
    run(capsys, "import", str(project), "--station", "Mobilität", str(photo), "--no-ocr")
    conn = sqlite3.connect(project)
    conn.execute("INSERT INTO redaction (photo_id, rect) VALUES (1, '[1, \"x\", 3]')")
    conn.execute("UPDATE photo SET publish_crop = '[0, 0, -5, 1e999]'")
    conn.commit()
    conn.close()
    code, out, err = run(capsys, "photo", "list", str(project), "--json")
    assert "Traceback" not in err
