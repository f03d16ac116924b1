"""Faces on the photos: found with YuNet on a real portrait, proposed as blurred regions."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import sqlite3
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

import app.privacy.faces as faces_module
from app.cli import main
from app.errors import InvalidInputError
from app.privacy.check import privacy_check
from app.privacy.faces import (
    add_face_regions,
    dismiss_face,
    face_model,
    faces_on_photo,
    undo_dismiss_face,
)
from app.store import Project, values
from ocr.errors import FaceModelError
from ocr.faces import MAX_SIDE, FaceFinder, find_faces
from tests.synthetic.boards import make_board
from tests.synthetic.tiers import TIERS
from tests.ui.boards import FACE_PHOTO, PORTRAIT, board_image, board_with_face

#: The astronaut's face in ``tests/data/astronaut.jpg`` (x, y, w, h), looked up by eye.
FACE = (180, 60, 90, 115)


def overlap(a: tuple[float, ...], b: tuple[float, ...]) -> float:
    """Intersection over union of two (x, y, w, h) boxes."""
    x0, y0 = max(a[0], b[0]), max(a[1], b[1])
    x1, y1 = min(a[0] + a[2], b[0] + b[2]), min(a[1] + a[3], b[1] + b[3])
    inter = max(0.0, x1 - x0) * max(0.0, y1 - y0)
    return inter / (a[2] * a[3] + b[2] * b[3] - inter)


def portrait() -> np.ndarray:
    return np.asarray(Image.open(FACE_PHOTO).convert("RGB"))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A project with one board photo that shows a face beside the notes."""
    path = tmp_path / "p.pinscribe"
    photo = tmp_path / "board.jpg"
    board_with_face(words=("Radwege", "Mehr Busse", "Tempo 30")).save(photo, quality=92)
    assert run(capsys, "new", str(path), "--title", "Smart City")[0] == 0
    assert run(capsys, "station", "add", str(path), "Mobilität")[0] == 0
    imported = run(capsys, "import", str(path), "--station", "Mobilität", str(photo), "--no-ocr")
    assert imported[0] == 0
    return path


def test_the_shipped_model_is_the_one_documented() -> None:
    readme = (face_model().parent / "README.md").read_text(encoding="utf-8")
    digest = hashlib.sha256(face_model().read_bytes()).hexdigest()
    assert digest in readme
    assert (face_model().parent / "face_detection_yunet_LICENSE.txt").read_text().startswith("MIT")


def test_finds_the_face_on_a_real_portrait() -> None:
    (face,) = find_faces(portrait(), face_model())
    assert overlap(face.rect, FACE) > 0.6
    assert face.score > 0.85


def test_large_photos_are_searched_reduced_and_answered_in_their_own_pixels() -> None:
    big = np.asarray(Image.fromarray(portrait()).resize((3000, 3000)))
    (face,) = find_faces(big, face_model())
    assert overlap(face.rect, tuple(v * 3000 / 512 for v in FACE)) > 0.6
    # a face small in a large photo: 2% of its side is still found at MAX_SIDE
    board = np.full((3000, 4000, 3), 128, np.uint8)
    board[1000:1300, 2000:2300] = np.asarray(Image.fromarray(portrait()).resize((300, 300)))
    (face,) = FaceFinder(face_model()).find(board)
    assert 2000 < face.rect[0] < 2300 and 1000 < face.rect[1] < 1300
    assert MAX_SIDE < 4000


def test_tiny_and_faceless_pictures() -> None:
    assert find_faces(portrait()[:20, :20], face_model()) == []
    assert find_faces(np.full((600, 800, 3), 200, np.uint8), face_model()) == []
    with pytest.raises(ValueError, match="RGB"):
        find_faces(np.zeros((100, 100), np.uint8), face_model())


@pytest.mark.parametrize("tier", TIERS)
def test_no_face_on_synthetic_boards(tier: str) -> None:
    finder = FaceFinder(face_model())  # (bench/faces.py measures more boards)
    assert finder.find(make_board(11, tier).image) == [], tier
    assert finder.find(np.asarray(board_image())) == []


def test_a_missing_or_broken_model_is_a_typed_error(tmp_path: Path) -> None:
    with pytest.raises(FaceModelError, match="missing"):
        find_faces(portrait(), tmp_path / "none.onnx")
    broken = tmp_path / "broken.onnx"
    broken.write_bytes(b"not a model" * 100)
    with pytest.raises(FaceModelError, match="cannot be loaded"):
        find_faces(portrait(), broken)


def test_proposals_are_stored_as_face_regions_once(project: Path) -> None:
    with Project.open(project) as p:
        photo = p.photos.list()[0]
        found = faces_on_photo(p, photo.id)
        assert len(found.faces) == 1 and len(found.proposals) == 1
        x, y, side = PORTRAIT
        fx, fy, fw, fh = (v * side / 512 for v in FACE)
        assert overlap(found.faces[0].rect, (x + fx, y + fy, fw, fh)) > 0.5
        proposal = found.proposals[0]
        face = found.faces[0].rect
        assert proposal[0] < face[0] and proposal[1] < face[1]  # grown to the whole head
        assert proposal[0] + proposal[2] > face[0] + face[2]
        (region,) = add_face_regions(p, photo.id, found.proposals)
        assert (region.source, region.mode) == ("face", "blur")
        again = faces_on_photo(p, photo.id)
        assert len(again.faces) == 1 and again.proposals == [] and again.unhidden == []


def test_a_face_hidden_by_hand_or_cropped_off_is_not_proposed(project: Path) -> None:
    with Project.open(project) as p:
        photo = p.photos.list()[0]
        face = faces_on_photo(p, photo.id).faces[0].rect
        hand = p.photos.add_redaction(photo.id, (face[0] - 5, face[1] - 5, face[2] + 10,
                                                 face[3] + 10), mode="black")
        assert faces_on_photo(p, photo.id).proposals == []
        p.photos.delete_redaction(hand.id)
        p.photos.set_publish_crop(photo.id, (0, 0, 1200, 900))  # the notes only
        assert faces_on_photo(p, photo.id).proposals == []
        assert privacy_check(p, faces=True).faces == []


def test_privacy_check_lists_unhidden_faces(project: Path, capsys) -> None:
    code, out, _ = run(capsys, "privacy", "check", str(project), "--json")
    assert code == 0
    assert json.loads(out)["unredacted_faces"] == [{"photo_id": 1, "faces": 1}]
    code, out, _ = run(capsys, "privacy", "check", str(project))
    assert "1 face(s) not hidden" in out
    code, out, _ = run(capsys, "privacy", "check", str(project), "--no-faces", "--json")
    assert json.loads(out)["unredacted_faces"] == []
    assert run(capsys, "photo", "faces", str(project), "--apply")[0] == 0
    code, out, _ = run(capsys, "privacy", "check", str(project), "--json")
    assert json.loads(out)["unredacted_faces"] == []


def test_cli_photo_faces(project: Path, capsys) -> None:
    code, out, err = run(capsys, "photo", "faces", str(project))
    assert code == 0 and err == ""
    assert re.match(r"photo 1 \(Station 1, Foto 1\): 1 face\(s\); to blur \(--apply\): "
                    r"\d+,\d+,\d+,\d+\n$", out)
    with Project.open(project) as p:
        assert p.photos.redactions() == []  # only listed
    code, out, _ = run(capsys, "photo", "faces", str(project), "1", "--apply", "--json")
    assert code == 0
    (record,) = json.loads(out)
    assert record["photo_id"] == 1 and len(record["added"]) == 1
    assert record["faces"][0]["score"] > 0.8 and len(record["proposals"]) == 1
    with Project.open(project) as p:
        (region,) = p.photos.redactions()
        assert region.id == record["added"][0] and region.source == "face"
    code, out, _ = run(capsys, "photo", "faces", str(project), "--apply")
    assert code == 0 and "1 hidden or cropped off already" in out and "blurred" not in out
    code, out, _ = run(capsys, "photo", "list", str(project), "--json")
    assert [r["source"] for r in json.loads(out)[0]["redactions"]] == ["face"]
    code, _, err = run(capsys, "photo", "faces", str(project), "99")
    assert code == 1 and err.strip() == "pinscribe: error: No photo with id 99."
    code, _, err = run(capsys, "photo", "faces", str(project), "one")
    assert code == 2 and "not an id" in err
    code, _, err = run(capsys, "photo", "faces", str(project), "100000000000000000000")
    assert code == 2 and "no such id" in err and "Traceback" not in err
    code, _, err = run(capsys, "photo", "faces", str(project.with_name("none.pinscribe")))
    assert code == 1 and "not found" in err


def test_cli_without_the_model(project: Path, capsys, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(faces_module, "face_model", lambda: tmp_path / "gone.onnx")
    code, out, err = run(capsys, "photo", "faces", str(project), "--apply")
    assert code == 1 and out == ""
    assert err.startswith("pinscribe: error: The face detector's model is missing")
    assert "Traceback" not in err
    with Project.open(project) as p:
        assert p.photos.redactions() == []


def _sharpness(rgb: np.ndarray, box: tuple[float, float, float, float]) -> float:
    x, y, w, h = (int(v) for v in box)
    part = rgb[y : y + h, x : x + w].astype(float)
    return float(np.abs(np.diff(part, axis=1)).mean())


def test_exported_pictures_are_blurred_over_the_face(project: Path, tmp_path: Path, capsys):
    assert run(capsys, "photo", "faces", str(project), "--apply")[0] == 0
    with Project.open(project) as p:
        (region,) = p.photos.redactions()
    x, y, w, h = region.rect
    inner = (x + w * 0.2, y + h * 0.2, w * 0.6, h * 0.6)
    original = np.asarray(board_with_face(words=("Radwege", "Mehr Busse", "Tempo 30")))
    sharp = _sharpness(original, inner)
    pictures: dict[str, Image.Image] = {}
    html = tmp_path / "out.html"
    assert run(capsys, "export", str(project), "-o", str(html))[0] == 0
    found = re.findall(r"data:image/jpeg;base64,([A-Za-z0-9+/=]+)",
                       html.read_text(encoding="utf-8"))
    images = [Image.open(io.BytesIO(base64.b64decode(m))) for m in found]
    pictures["html"] = max(images, key=lambda im: im.width * im.height).convert("RGB")
    pdf = tmp_path / "out.pdf"
    assert run(capsys, "export", str(project), "-o", str(pdf))[0] == 0
    subprocess.run(["pdfimages", "-png", str(pdf), str(tmp_path / "pdf")], check=True)
    images = [Image.open(p) for p in tmp_path.glob("pdf-*.png")]
    pictures["pdf"] = max(images, key=lambda im: im.width * im.height).convert("RGB")
    for kind, picture in pictures.items():
        scale = picture.width / 1600
        assert abs(picture.height - 900 * scale) < 0.25 * picture.height, kind  # the board
        box = tuple(v * scale for v in inner)
        blurred = _sharpness(np.asarray(picture), box) / max(scale, 1e-6)  # type: ignore[arg-type]
        assert blurred < 0.3 * sharp, (kind, blurred, sharp)
        # ... and the notes beside it are as sharp as before
        note = tuple(v * scale for v in (60, 60, 280, 300))
        assert _sharpness(np.asarray(picture), note) > 0.3 * _sharpness(  # type: ignore[arg-type]
            original, (60, 60, 280, 300)) * scale
    with Project.open(project) as p:  # the stored photo is untouched
        stored = np.asarray(Image.open(io.BytesIO(p.photos.data(1))).convert("RGB"))
    assert _sharpness(stored, inner) > 0.8 * sharp


def test_a_dismissed_face_is_not_proposed_or_listed_again(project: Path) -> None:
    with Project.open(project) as p:
        photo = p.photos.list()[0]
        (region,) = add_face_regions(p, photo.id, faces_on_photo(p, photo.id).proposals)
        dismissal = dismiss_face(p, region)
        assert p.photos.redactions() == []
        assert [(d.photo_id, d.rect) for d in p.photos.face_dismissals()] == [
            (photo.id, region.rect)
        ]
        again = faces_on_photo(p, photo.id)
        assert len(again.faces) == 1 and again.proposals == [] and again.unhidden == []
        assert again.dismissed == again.faces
        assert privacy_check(p, faces=True).faces == []
        undo_dismiss_face(p, region, dismissal)
        assert p.photos.face_dismissals() == [] and p.photos.redactions() == [region]
        p.photos.delete_redaction(region.id)  # a plain delete records nothing
        assert len(faces_on_photo(p, photo.id).proposals) == 1
        hand = p.photos.add_redaction(photo.id, region.rect)
        with pytest.raises(InvalidInputError, match="drawn by hand"):
            dismiss_face(p, hand)


def test_a_dismissal_elsewhere_on_the_photo_does_not_hide_the_face(project: Path) -> None:
    with Project.open(project) as p:
        photo = p.photos.list()[0]
        x, y, w, h = faces_on_photo(p, photo.id).faces[0].rect
        p.photos.add_face_dismissal(photo.id, (x + w * 0.7, y, w, h))  # covers 30%: not it
        assert len(faces_on_photo(p, photo.id).proposals) == 1
        p.photos.add_face_dismissal(photo.id, (10, 10, 50, 50))
        assert privacy_check(p, faces=True).faces == [(photo.id, 1)]


def test_dismissals_go_with_their_photo(project: Path) -> None:
    with Project.open(project) as p:
        photo = p.photos.list()[0]
        p.photos.add_face_dismissal(photo.id, (1, 1, 20, 20))
        p.photos.delete(photo.id)
        assert p.photos.face_dismissals() == []


def test_cli_unredact_of_a_face_dismisses_it(project: Path, capsys) -> None:
    assert run(capsys, "photo", "faces", str(project), "--apply")[0] == 0
    code, out, err = run(capsys, "photo", "unredact", str(project), "1")
    assert code == 0 and err == ""
    assert out == "region 1: shown again; the face there is not proposed again\n"
    code, out, _ = run(capsys, "photo", "faces", str(project))
    assert "1 dismissed before (not proposed again)" in out and "to blur" not in out
    code, out, _ = run(capsys, "photo", "faces", str(project), "--json")
    (face,) = json.loads(out)[0]["faces"]
    assert face["dismissed"] is True and face["hidden"] is False
    code, out, _ = run(capsys, "privacy", "check", str(project), "--json")
    assert json.loads(out)["unredacted_faces"] == []
    # a region drawn by hand is only shown again
    code, out, _ = run(capsys, "photo", "redact", str(project), "1", "--rect", "10,10,50,50")
    hand = out.split()[1]
    code, out, _ = run(capsys, "photo", "unredact", str(project), hand)
    assert (code, out) == (0, f"region {hand}: shown again\n")
    with Project.open(project) as p:
        assert len(p.photos.face_dismissals()) == 1
    code, _, err = run(capsys, "photo", "unredact", str(project), "7")
    assert code == 1 and "No redaction with id 7" in err


@pytest.mark.parametrize("bad", ['[1, "x", 3, 4]', "not json", "[" * 5000, "[0, 0, -1, 5]"])
def test_a_damaged_dismissal_is_left_out_and_reported(project: Path, capsys, bad: str) -> None:
    conn = sqlite3.connect(project)
    conn.execute("INSERT INTO face_dismissal (photo_id, rect) VALUES (1, ?)", (bad,))
    conn.commit()
    conn.close()
    values.forget()
    with Project.open(project, read_only=True) as p:
        assert p.photos.face_dismissals() == []
        assert len(faces_on_photo(p, 1).proposals) == 1  # the face is still proposed
    assert any("face dismissal 1 is damaged" in m for m in values.reported())
    code, out, err = run(capsys, "photo", "faces", str(project))
    assert code == 0 and "Traceback" not in err and "to blur" in out


def test_cli_export_warns_of_faces_not_hidden(project: Path, tmp_path: Path, capsys) -> None:
    html = tmp_path / "out.html"
    code, out, err = run(capsys, "export", str(project), "-o", str(html))
    assert code == 0 and out == f"Wrote {html}\n"
    assert err == ("pinscribe: warning: 1 face(s) not hidden on exported photo(s) 1; blur them "
                   "with 'pinscribe photo faces PROJECT --apply' (details: 'pinscribe privacy "
                   "check PROJECT')\n")
    for quiet in (["--no-faces"], ["--no-pictures"], ["--format", "csv"]):
        code, _, err = run(capsys, "export", str(project), "-o", str(html), "--force", *quiet)
        assert (code, err) == (0, ""), quiet
    assert run(capsys, "photo", "unredact", str(project), "1")[0] == 1  # (no region yet)
    assert run(capsys, "photo", "faces", str(project), "--apply")[0] == 0
    code, _, err = run(capsys, "export", str(project), "-o", str(html), "--force")
    assert (code, err) == (0, "")
    assert run(capsys, "photo", "unredact", str(project), "1")[0] == 0  # dismissed: no warning
    code, _, err = run(capsys, "export", str(project), "-o", str(html), "--force")
    assert (code, err) == (0, "")


def test_cli_export_without_the_model_still_writes(project: Path, tmp_path: Path, capsys,
                                                   monkeypatch) -> None:
    monkeypatch.setattr(faces_module, "face_model", lambda: tmp_path / "gone.onnx")
    html = tmp_path / "out.html"
    code, out, err = run(capsys, "export", str(project), "-o", str(html))
    assert code == 0 and html.is_file() and out == f"Wrote {html}\n"
    assert err.startswith("pinscribe: warning: faces were not looked for (The face detector")
    assert err.count("\n") == 1


def test_rescue_keeps_the_dismissed_faces(project: Path, tmp_path: Path) -> None:
    from app.store.rescue import rescue

    with Project.open(project) as p:
        p.photos.add_face_dismissal(1, (1, 2, 30, 40))
    conn = sqlite3.connect(project)
    conn.execute("CREATE VIEW planted AS SELECT 1")  # a part Pinscribe did not create
    conn.commit()
    conn.close()
    report = rescue(project, tmp_path / "rescued.pinscribe")
    assert report.copied["face_dismissal"] == 1
    with Project.open(tmp_path / "rescued.pinscribe", read_only=True) as p:
        assert [(d.photo_id, d.rect) for d in p.photos.face_dismissals()] == [(1, (1, 2, 30, 40))]
