"""What every export publishes: no file names, names as chosen, hidden regions hidden."""

from __future__ import annotations

import base64
import io
import json
import re
import subprocess
import zipfile
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.cli import main
from app.store import Project
from tests.ui.boards import board_image

PHOTO_NAME = "Foto_Anna_Schmidt_iPhone_Station3.jpg"
TEXTS = ("Danke an Anna Schmidt", "Radwege ausbauen", "Mehr Busse", "Carsharing", "Tempo 30",
         "Parkhaus")
BLACK = (480.0, 540.0, 200.0, 200.0)  # inside the fifth note, in photo pixels
BLUR = (70.0, 150.0, 260.0, 120.0)  # over the first note's writing


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("publish")
    project = tmp / "p.pinscribe"
    assert main(["new", str(project), "--title", "Smart City", "--place", "Osnabrück",
                 "--date", "2025-02-05"]) == 0
    assert main(["station", "add", str(project), "Mobilität"]) == 0
    photo = tmp / PHOTO_NAME
    board_image(words=TEXTS).save(photo, quality=95)
    assert main(["import", str(project), "--station", "Mobilität", str(photo), "--no-ocr"]) == 0
    with Project.open(project) as p:
        notes = p.notes.list()
        for note, text in zip(notes, TEXTS, strict=False):
            p.notes.update(note.id, text=text, reviewed=True)
        p.notes.update(notes[0].id, publish="initials")
        p.notes.update(notes[5].id, publish="omit")
        photo_id = p.photos.list()[0].id
        p.photos.add_redaction(photo_id, BLACK, mode="black")
        p.photos.add_redaction(photo_id, BLUR, mode="blur")
    out: dict[str, Path] = {}
    for suffix in (".docx", ".pdf", ".html", ".md", ".csv", ".xlsx", ".json"):
        target = tmp / f"summary{suffix}"
        extra = ["--with-photos"] if suffix == ".json" else []
        assert main(["export", str(project), "-o", str(target), *extra]) == 0
        out[suffix] = target
    folder = tmp / "open"
    assert main(["export", str(project), "-o", str(folder), "--format", "opendata",
                 "--publisher", "Stadt Osnabrück", "--contact", "beteiligung@example.org"]) == 0
    out["opendata"] = folder
    return out


def _texts(exported: dict[str, Path]) -> dict[str, str]:
    texts = {}
    for kind, path in exported.items():
        if kind == ".pdf":
            texts[kind] = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                                         capture_output=True, text=True, check=True).stdout
        elif kind in (".docx", ".xlsx"):
            with zipfile.ZipFile(path) as z:  # every XML part: text, alt texts, properties
                texts[kind] = "\n".join(
                    z.read(n).decode("utf-8", "replace") for n in z.namelist()
                    if n.endswith((".xml", ".rels"))
                )
        elif kind == "opendata":
            texts[kind] = "\n".join(
                p.read_text(encoding="utf-8") for p in path.iterdir() if p.suffix != ".pdf"
            )
        elif kind == ".md":
            texts[kind] = path.read_text(encoding="utf-8") + "\n".join(
                p.name for p in path.with_name(f"{path.stem}_images").iterdir()
            )
        else:
            texts[kind] = path.read_text(encoding="utf-8-sig")
    return texts


def test_no_file_name_and_names_as_chosen_in_every_format(exported: dict[str, Path]) -> None:
    for kind, text in _texts(exported).items():
        assert "Foto_Anna" not in text and "iPhone" not in text, kind
        assert "Anna Schmidt" not in text, kind
        assert "Parkhaus" not in text, kind  # left out by the organiser
        if kind not in (".docx", ".xlsx"):  # (in their XML, text may be split in runs)
            assert "A. S." in text.replace("\\", ""), kind  # Markdown escapes the dots
        assert "Radwege" in text, kind


def _board_pictures(exported: dict[str, Path]) -> dict[str, Image.Image]:
    pictures = {}
    md_images = exported[".md"].with_name(f"{exported['.md'].stem}_images")
    (board,) = [p for p in md_images.iterdir() if re.search(r"board", p.name)]
    pictures["md"] = Image.open(board).convert("RGB")
    html = exported[".html"].read_text(encoding="utf-8")
    found = re.findall(r"data:image/jpeg;base64,([A-Za-z0-9+/=]+)", html)
    jpegs = [base64.b64decode(m) for m in found]
    sizes = [Image.open(io.BytesIO(j)) for j in jpegs]
    pictures["html"] = max(sizes, key=lambda im: im.width * im.height).convert("RGB")
    with zipfile.ZipFile(exported[".docx"]) as z:
        media = [z.read(n) for n in z.namelist() if n.startswith("word/media/")]
    pictures["docx"] = max((Image.open(io.BytesIO(m)) for m in media),
                           key=lambda im: im.width * im.height).convert("RGB")
    data = json.loads(exported[".json"].read_text(encoding="utf-8"))
    stored = base64.b64decode(data["photos"][0]["data"])
    pictures["json"] = Image.open(io.BytesIO(stored)).convert("RGB")
    return pictures


def test_hidden_regions_are_hidden_in_every_exported_picture(exported: dict[str, Path]) -> None:
    original = np.asarray(board_image(words=TEXTS).convert("RGB"), dtype=float)
    x, y, w, h = BLUR
    sharp = np.abs(np.diff(original[int(y) + 10 : int(y + h) - 10, int(x) + 10 : int(x + w) - 10],
                           axis=1)).mean()
    for kind, picture in _board_pictures(exported).items():
        scale = picture.width / 1200  # the board's width (the legend strip is below)
        rgb = np.asarray(picture, dtype=float)
        bx, by, bw, bh = (v * scale for v in BLACK)
        black = rgb[int(by) + 6 : int(by + bh) - 6, int(bx) + 6 : int(bx + bw) - 6]
        assert black.mean() < 40, kind  # blacked out (under a light theme tint at most)
        x0, y0, x1, y1 = (int(v * scale) for v in (x + 10, y + 10, x + w - 10, y + h - 10))
        blurred = np.abs(np.diff(rgb[y0:y1, x0:x1], axis=1)).mean() / max(scale, 1e-6)
        assert blurred < 0.35 * sharp, kind


def test_open_data_folder_from_the_cli(exported: dict[str, Path]) -> None:
    folder = exported["opendata"]
    assert sorted(p.name for p in folder.iterdir()) == [
        "LIESMICH.txt", "metadata.jsonld", "notizen.csv", "notizen.json", "zusammenfassung.pdf"
    ]
    meta = json.loads((folder / "metadata.jsonld").read_text(encoding="utf-8"))
    dataset = meta["@graph"][0]
    assert dataset["dct:publisher"]["foaf:name"] == "Stadt Osnabrück"
    assert dataset["dct:spatial"]["locn:geographicName"] == "Osnabrück"
    assert (folder / "zusammenfassung.pdf").read_bytes().startswith(b"%PDF")


def test_open_data_never_replaces_someone_elses_folder(tmp_path: Path, capsys) -> None:
    project = tmp_path / "p.pinscribe"
    run(capsys, "new", str(project), "--title", "T")
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "thesis.docx").write_text("mine")
    code, _, err = run(capsys, "export", str(project), "-o", str(folder), "--format", "opendata")
    assert code == 1 and "--force" in err
    code, _, err = run(capsys, "export", str(project), "-o", str(folder), "--format", "opendata",
                       "--force")
    assert code == 1 and "other files" in err
    assert (folder / "thesis.docx").read_text() == "mine"
