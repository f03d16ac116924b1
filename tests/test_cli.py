"""The command line: every command, its output and its exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from app import __version__
from app.cli import build_parser, command_names, main
from app.store import Project


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse's --help, --version and usage errors
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def made(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    path = tmp_path / "Workshop Ü 🎉.pinscribe"
    code, _, _ = run(
        capsys,
        "new",
        str(path),
        "--title",
        "Smart City",
        "--date",
        "2025-02-05",
        "--place",
        "Osnabrück",
        "--moderation",
        "Johanna Amtmann",
    )
    assert code == 0
    return path


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert code == 0 and __version__ in out
    code, out, _ = run(capsys, "--help")
    assert code == 0
    for name in command_names():
        assert name in out


def test_new_writes_the_workshop(made: Path) -> None:
    with Project.open(made) as project:
        workshop = project.workshop.get()
    assert (workshop.title, workshop.date, workshop.place) == (
        "Smart City",
        "2025-02-05",
        "Osnabrück",
    )
    assert workshop.moderation == "Johanna Amtmann"


def test_new_refuses_existing_file_and_bad_date(made: Path, tmp_path: Path, capsys) -> None:
    before = made.read_bytes()
    code, _, err = run(capsys, "new", str(made), "--title", "X")
    assert code == 1 and err.count("\n") == 1 and "already exists" in err
    assert made.read_bytes() == before
    code, _, err = run(
        capsys, "new", str(tmp_path / "b.pinscribe"), "--title", "X", "--date", "5.2.25"
    )
    assert code == 1 and "YYYY-MM-DD" in err
    assert not (tmp_path / "b.pinscribe").exists()


def test_a_station_named_in_a_project_without_stations_says_how_to_add_one(
    made: Path, tmp_path: Path, capsys
) -> None:
    photo = tmp_path / "board.jpg"
    photo.write_bytes(b"not read: the station is checked first")
    before = made.read_bytes()
    code, _, err = run(capsys, "import", str(made), "--station", "Board", str(photo))
    assert code == 1 and err.count("\n") == 1
    assert "no stations yet" in err and "station add" in err and "none yet" not in err
    assert made.read_bytes() == before
    assert run(capsys, "station", "add", str(made), "Other")[0] == 0
    code, _, err = run(capsys, "import", str(made), "--station", "Board", str(photo))
    assert code == 1 and "(stations: Other)" in err


def test_station_add_and_list(made: Path, capsys) -> None:
    assert (
        run(
            capsys,
            "station",
            "add",
            str(made),
            "Governance und Organisation",
            "--question",
            "Welche Strukturen braucht eine erfolgreiche Smart City?",
        )[0]
        == 0
    )
    assert run(capsys, "station", "add", str(made), "Bürgerbeteiligung")[0] == 0
    code, out, _ = run(capsys, "station", "list", str(made))
    assert code == 0 and "Governance und Organisation" in out and "Bürgerbeteiligung" in out
    code, out, _ = run(capsys, "station", "list", str(made), "--json")
    stations = json.loads(out)
    assert [s["name"] for s in stations] == ["Governance und Organisation", "Bürgerbeteiligung"]
    assert stations[0]["question"].startswith("Welche Strukturen")
    code, _, err = run(capsys, "station", "add", str(made), "bürgerbeteiligung")
    assert code == 1 and "already exists" in err


def test_notes_json_has_the_documented_keys(made: Path, capsys) -> None:
    with Project.open(made) as project:
        station = project.stations.add("Technologie", "Welche Lösungen?")
        photo = project.photos.add(
            station.id, b"x", filename="a.jpg", width=10, height=10, mime="image/jpeg"
        )
        note = project.notes.add(
            photo.id,
            [(0, 0), (5, 0), (5, 5), (0, 5)],
            text="Datenplattform",
            color="blue",
            shape="square",
            confidence=0.8,
            votes=2,
        )
        theme = project.themes.add(station.id, "Daten")
        project.notes.set_theme([note.id], theme.id)
        project.tags.add([note.id], "Priorität")
        project.notes.add(photo.id, [(0, 0), (5, 0), (5, 5)])
    code, out, _ = run(capsys, "notes", str(made), "--json")
    assert code == 0
    records = json.loads(out)
    assert len(records) == 2
    assert set(records[0]) == {
        "id",
        "station",
        "photo",
        "polygon",
        "color",
        "shape",
        "text",
        "confidence",
        "reviewed",
        "votes",
        "theme",
        "tags",
    }
    first = records[0]
    assert first["station"] == "Technologie" and first["photo"] == photo.id
    assert first["polygon"] == [[0, 0], [5, 0], [5, 5], [0, 5]]
    assert (first["theme"], first["tags"], first["votes"]) == ("Daten", ["Priorität"], 2)
    assert records[1]["text"] is None and records[1]["theme"] is None
    code, out, _ = run(capsys, "notes", str(made), "--station", "technologie")
    assert code == 0 and "Datenplattform" in out


@pytest.mark.parametrize(
    "args",
    [
        ("notes", "{missing}"),
        ("notes", "{text}"),
        ("station", "list", "{text}"),
        ("station", "add", "{missing}", "X"),
        ("notes", "{made}", "--station", "Nirgendwo"),
    ],
)
def test_bad_input_exits_1_with_one_line(made: Path, tmp_path: Path, capsys, args) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a project")
    paths = {"missing": tmp_path / "missing.pinscribe", "text": text, "made": made}
    code, out, err = run(capsys, *(a.format(**{k: str(v) for k, v in paths.items()}) for a in args))
    assert code == 1
    assert err.startswith("pinscribe: error: ") and err.count("\n") == 1
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "args", [("station",), ("new",), ("notes",), ("frobnicate", "x"), ("new", "p", "--bogus")]
)
def test_usage_errors_exit_2(capsys, args) -> None:
    code, _, err = run(capsys, *args)
    assert code == 2 and "usage:" in err


def test_no_command_opens_the_app_with_the_project() -> None:
    opened: list[str | None] = []
    assert main([], open_app=lambda p: opened.append(p) or 0) == 0
    assert main(["my.pinscribe"], open_app=lambda p: opened.append(p) or 0) == 0
    assert opened == [None, "my.pinscribe"]


def test_installed_entry_point_runs_without_traceback(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("pinscribe")
    result = subprocess.run([str(exe), "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and __version__ in result.stdout
    result = subprocess.run(
        [str(exe), "notes", str(tmp_path / "x.pinscribe")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr


def test_every_command_is_documented_in_readme() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    for name in command_names(parser):
        assert f"pinscribe {name}" in readme, f"README.md does not document 'pinscribe {name}'"


def test_config_shows_and_sets_project_settings(made: Path, capsys) -> None:
    code, out, _ = run(capsys, "config", str(made))
    assert code == 0 and "ocr.engine = auto" in out
    assert run(capsys, "config", str(made), "ocr.engine", "tesseract")[0] == 0
    code, out, _ = run(capsys, "config", str(made), "ocr.engine")
    assert out.startswith("ocr.engine = tesseract")
    code, _, err = run(capsys, "config", str(made), "ocr.engine", "magic")
    assert code == 1 and "auto, ppocr, tesseract" in err
    code, _, err = run(capsys, "config", str(made), "colour", "x")
    assert code == 1 and "Unknown setting" in err


def test_detect_json_marks_notes_cut_by_the_frame(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import cv2

    from tests.synthetic import NoteSpec, draw_scene
    from tests.synthetic.palette import NOTE_COLORS

    def note(cx: float, color: str, text: str) -> NoteSpec:
        return NoteSpec(cx, 300, 180, 180, 2.0, color, NOTE_COLORS[color][0], "square", text)

    scene = [note(300, "yellow", "Mitte"), note(40, "pink", "Radwege Busse Bahn")]
    board = draw_scene(scene, background_kind="grey_wall", size=(800, 600))
    photo = tmp_path / "board.png"
    cv2.imwrite(str(photo), cv2.cvtColor(board.image, cv2.COLOR_RGB2BGR))
    code, out, _ = run(capsys, "detect", "--no-ocr", str(photo))
    assert code == 0
    notes = json.loads(out)["notes"]  # one photo: one record
    assert sorted((n["color"], n["cut"]) for n in notes) == [("pink", True), ("yellow", False)]


def test_detect_at_a_point_prints_the_one_note_there(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PIL import Image

    from ocr.geometry import polygon_iou
    from tests.synthetic import make_board

    board = make_board(4, "medium")
    photo = tmp_path / "board.png"
    Image.fromarray(board.image).save(photo)
    truth = next(n for n in board.notes if n.visible >= 0.999 and n.shape != "oval")
    import numpy as np

    x, y = np.mean(np.array(truth.polygon), axis=0)
    code, out, err = run(capsys, "detect", str(photo), "--at", f"{x:.0f},{y:.0f}", "--no-ocr")
    assert code == 0, err
    record = json.loads(out)
    assert (record["width"], record["height"]) == board.image.shape[1::-1]
    assert len(record["notes"]) == 1
    found = np.array(record["notes"][0]["polygon"])
    assert polygon_iou(found, np.array(truth.polygon)) >= 0.8
    assert set(record["notes"][0]) >= {"polygon", "color", "votes", "text", "confidence"}

    code, out, _ = run(capsys, "detect", str(photo), "--at", "5000,5000", "--no-ocr")
    assert code == 0 and json.loads(out)["notes"] == []  # off the photo: no note
    code, _, err = run(capsys, "detect", str(photo), "--at", "12;40")
    assert code == 2 and "X,Y" in err
