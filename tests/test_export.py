"""Exporting the themed summary and the data: every format, read back and checked."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest

from app.cli import main
from app.errors import InvalidInputError, NotFoundError, PinscribeError
from app.export.csv_export import COLUMNS, GERMAN_COLUMNS
from app.export.files import export, export_summary, images_folder
from app.export.json_export import (
    PLACEHOLDER_PREFIX,
    check,
    export_json,
    import_json,
    load_json,
    schema,
)
from app.export.options import ExportCancelledError, ExportOptions
from app.export.summary import build_summary
from app.export.validate import errors
from app.store import Project
from tests.export_fixtures import DANGEROUS, FORMULA, UMLAUTS, all_texts, build_project

SUFFIXES = (".docx", ".pdf", ".html", ".md", ".csv", ".json", ".xlsx")
QUESTIONS = (
    "Welche Strukturen braucht eine erfolgreiche Smart City?",
    "Welche digitalen Lösungen sind für Kommunen besonders relevant?",
    "Wie können Menschen aktiv in den digitalen Wandel eingebunden werden?",
)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("export")
    project = build_project(folder / "workshop.pinscribe")
    calls: list[tuple[int, int]] = []
    out = {"folder": folder, "project": project.path}
    for suffix in SUFFIXES:
        path = export(
            project,
            folder / f"summary{suffix}",
            options=ExportOptions(crops=True),
            progress=lambda done, total: calls.append((done, total)),
        )
        out[suffix] = path
    out["progress"] = calls
    project.close()
    return out


def test_docx_has_heading_styles_and_every_note(exported: dict[str, Any]) -> None:
    document = docx.Document(str(exported[".docx"]))
    headings = {p.style.name: [] for p in document.paragraphs if p.style.name.startswith("Head")}
    for paragraph in document.paragraphs:
        if paragraph.style.name in headings:
            headings[paragraph.style.name].append(paragraph.text)
    assert headings["Heading 1"] == ["Smart City für Kommunen"]
    assert "1. Governance und Organisation" in headings["Heading 2"]
    assert "3. Bürgerbeteiligung und Akzeptanz" in headings["Heading 2"]
    assert {"Prozesse", "Rückhalt", "Datenplattform", "Weitere Notizen"} <= set(
        headings["Heading 3"]
    )
    cells = [p for t in document.tables for r in t.rows for c in r.cells for p in c.paragraphs]
    everything = [*document.paragraphs, *cells]
    bullets = [p.text for p in everything if p.style.name == "List Bullet"]
    assert len(bullets) == len(all_texts())
    for text in all_texts():
        assert any(text in bullet for bullet in bullets), text
    body = "\n".join(p.text for p in everything)
    for question in QUESTIONS:
        assert question in body
    assert "(5\u00a0Stimmen)" in body and "Mittwoch, 5. Februar 2025" in body
    assert len(document.inline_shapes) > 10  # charts, boards, crops, the recording


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_pdf_has_real_text_with_umlauts(exported: dict[str, Any]) -> None:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(exported[".pdf"]), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    text = flat(text)
    for note in [*all_texts(), *QUESTIONS, "Weitere Notizen", "Überblick"]:
        assert flat(note) in text, note
    fonts = subprocess.run(
        ["pdffonts", str(exported[".pdf"])], capture_output=True, text=True
    ).stdout
    assert "yes" in fonts  # embedded (subset) TrueType fonts


def test_html_is_self_contained_and_escaped(exported: dict[str, Any]) -> None:
    html = exported[".html"].read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Quotes&quot; &lt;b&gt;" in html
    assert "<script" not in html.lower()
    assert UMLAUTS in html
    sources = re.findall(r'src="([^"]*)"', html)
    assert sources and all(s.startswith("data:image/") for s in sources)
    assert html.count("<h3") == 7  # five themes, and "Weitere Notizen" in two stations
    for question in QUESTIONS:
        assert question in html


def test_markdown_escapes_and_links_its_pictures(exported: dict[str, Any]) -> None:
    path: Path = exported[".md"]
    text = path.read_text(encoding="utf-8")
    assert r'\<script\>alert\(1\)\</script\> \& "Quotes" \<b\>' in text
    assert "<script>" not in text
    folder = images_folder(path)
    assert folder.name == "summary_images" and folder.is_dir()
    names = sorted(p.name for p in folder.iterdir())
    assert names and all(re.fullmatch(r"[a-z0-9-]+\.(png|jpg)", n) for n in names)
    for name in names:
        assert f"](summary_images/{name})" in text
    assert "## 1. Governance und Organisation" in text and "### Weitere Notizen" in text


def test_csv_opens_in_excel_terms(exported: dict[str, Any]) -> None:
    raw = exported[".csv"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert header[:4] == ["Nr.", "Station", "Leitfrage", "Thema"]
    expected = {"Umriss", "Lesesicherheit", "Geprüft", "Überschriftenkarte", "Workshop", "Datum"}
    assert expected <= set(header)
    assert len(body) == len(all_texts())
    header = [dict(zip(GERMAN_COLUMNS, COLUMNS, strict=True))[name] for name in header]
    text = {row[header.index("text")] for row in body}
    assert "'" + FORMULA in text and FORMULA not in text
    assert UMLAUTS in text and DANGEROUS in text
    row = next(r for r in body if r[header.index("text")] == UMLAUTS)
    assert row[header.index("theme")] == "" and row[header.index("tags")] == "Datenschutz"
    assert json.loads(row[header.index("polygon")])[0] == [760.0, 40.0]
    for row in body:
        assert not row[header.index("text")].startswith(("=", "+", "-", "@"))
        assert row[header.index("confidence")] == "0,870"  # a decimal comma
        assert row[header.index("reviewed")] in ("ja", "nein")
        assert row[header.index("header_card")] == "nein"
        assert row[header.index("workshop")] == "Smart City für Kommunen"
        assert row[header.index("date")] == "2025-02-05"


def test_json_validates_and_round_trips(exported: dict[str, Any], tmp_path: Path) -> None:
    data = json.loads(exported[".json"].read_text(encoding="utf-8"))
    assert errors(data, schema()) == []
    assert data["version"] == 2 and len(data["notes"]) == len(all_texts())
    assert len(data["stations"]) == 3 and {"Priorität", "Datenschutz"} <= set(data["tags"])
    with Project.create(tmp_path / "again.pinscribe") as again:
        import_json(again, load_json(exported[".json"]))
        second = export_json(again)
        export(again, tmp_path / "again.pdf")  # the placeholder photos can be drawn
    assert normalise(second) == normalise(data)


def normalise(data: dict[str, Any]) -> dict[str, Any]:
    """The export with ids replaced by their index in order (ids may be remapped)."""
    data = json.loads(json.dumps(data))
    maps: dict[str, dict[int, int]] = {}
    for key in ("stations", "photos", "themes", "notes"):
        maps[key] = {item["id"]: index for index, item in enumerate(data[key])}
        for item in data[key]:
            item["id"] = maps[key][item["id"]]
    for key, refs in (("photos", ("station",)), ("themes", ("station",)), ("notes", ())):
        for item in data[key]:
            for ref in refs:
                item[ref] = None if item[ref] is None else maps["stations"][item[ref]]
    for note in data["notes"]:
        note["photo"] = maps["photos"][note["photo"]]
        note["station"] = maps["stations"][note["station"]]
        note["theme"] = None if note["theme"] is None else maps["themes"][note["theme"]]
    for recording in data.get("recordings", []):
        recording["photo"] = maps["photos"][recording["photo"]]
        for region in recording["regions"]:
            region["theme"] = None if region["theme"] is None else maps["themes"][region["theme"]]
    for photo in data["photos"]:  # placeholders are stored as what they are
        photo.pop("sha256")
        photo.pop("data", None)
        photo["filename"] = photo["filename"].removeprefix(PLACEHOLDER_PREFIX)
        photo["mime"] = "image/jpeg"
    return data


def test_json_import_refuses_bad_input(tmp_path: Path, exported: dict[str, Any]) -> None:
    data = json.loads(exported[".json"].read_text(encoding="utf-8"))
    with pytest.raises(InvalidInputError, match="newer|update"):
        check({**data, "version": 3})
    with pytest.raises(InvalidInputError, match="Not a Pinscribe"):
        check({"format": "other"})
    broken = json.loads(json.dumps(data))
    broken["notes"][0]["votes"] = -1
    with pytest.raises(InvalidInputError, match="votes"):
        check(broken)
    with Project.open(exported["project"]) as full, pytest.raises(InvalidInputError):
        import_json(full, data)


def test_progress_reaches_the_end_and_cancel_writes_nothing(
    exported: dict[str, Any], tmp_path: Path
) -> None:
    calls = exported["progress"]
    assert calls and all(done <= total for done, total in calls)
    with Project.open(exported["project"], read_only=True) as project:
        asked = []

        def cancelled() -> bool:
            asked.append(1)
            return len(asked) > 2

        with pytest.raises(ExportCancelledError):
            export(project, tmp_path / "x.pdf", cancelled=cancelled)
    assert list(tmp_path.iterdir()) == []


def test_options_stations_votes_language_and_no_pictures(
    exported: dict[str, Any], tmp_path: Path
) -> None:
    with Project.open(exported["project"], read_only=True) as project:
        first = project.stations.list()[0]
        summary = build_summary(project, station_ids=[first.id], by_votes=True, language="en")
        assert [s.name for s in summary.stations] == [first.name]
        votes = [i.votes for g in summary.stations[0].groups for i in g.items]
        assert summary.stations[0].groups[0].items[0].votes == 3
        assert summary.stations[0].groups[-1].name == "Further contributions"
        assert sum(votes) == 11
        options = ExportOptions(
            stations=[first.id], pictures=False, recordings=False, language="en"
        )
        html = export(project, tmp_path / "s.html", options=options).read_text(encoding="utf-8")
        assert "data:image" not in html and "Further contributions" in html
        assert "Technologie" not in html
        md = export(project, tmp_path / "s.md", options=options)
        assert not images_folder(md).exists()
        with pytest.raises(NotFoundError):
            export(project, tmp_path / "s.pdf", options=ExportOptions(stations=[999]))
        with pytest.raises(InvalidInputError):
            export(project, tmp_path / "s.txt")
        with pytest.raises(InvalidInputError):
            export(project, tmp_path / "s.pdf", options=ExportOptions(language="fr"))
        assert (
            export(project, tmp_path / "s.out", format="csv")
            .read_bytes()
            .startswith(b"\xef\xbb\xbf")
        )
        assert export_summary(project, tmp_path / "old.md").exists()
        with pytest.raises(PinscribeError):
            export(project, tmp_path / "missing" / "s.pdf")


def test_a_damaged_photo_is_skipped(tmp_path: Path) -> None:
    with build_project(tmp_path / "w.pinscribe") as project:
        station = project.stations.list()[0]
        project.photos.add(
            station.id, b"not a photo", filename="bad.jpg", width=10, height=10, mime="image/jpeg"
        )
        out = export(project, tmp_path / "s.docx")
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "1. Governance und Organisation" in text  # the rest is there
    assert "bad.jpg" not in text


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_cli_export_each_suffix(
    suffix: str, exported: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"Zusammenfassung Ü{suffix}"
    code, stdout, err = run_cli(
        capsys,
        "export",
        str(exported["project"]),
        "-o",
        str(out),
        "--station",
        "governance und organisation",
        "--by-votes",
    )
    assert code == 0, err
    assert str(out) in stdout
    text = read_back(out)
    assert "Schlanke Prozesse mit klarer Kommunikation" in flat(text)
    assert "Urbane Datenplattform" not in text  # only the station asked for
    if suffix not in (".csv", ".json", ".xlsx"):
        position = flat(text).index("Politisches Mandat")  # 5 votes: first with --by-votes
        assert position < flat(text).index("Allianz der Willigen")


def read_back(path: Path) -> str:
    """The text of an export in any format, read with the format's own reader."""
    suffix = path.suffix
    if suffix == ".docx":
        document = docx.Document(str(path))
        cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
        return "\n".join([p.text for p in document.paragraphs] + cells)
    if suffix == ".pdf":
        return subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True,
            text=True,
        ).stdout
    if suffix == ".xlsx":
        book = openpyxl.load_workbook(path)
        return "\n".join(
            str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row
            if v is not None
        )
    if suffix == ".json":
        data = load_json(path)
        return "\n".join(str(n["text"]) for n in data["notes"])
    if suffix == ".csv":
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))
        return "\n".join(";".join(row) for row in rows)
    return path.read_text(encoding="utf-8")


def test_cli_export_bad_input(
    exported: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = str(exported["project"])
    code, _, err = run_cli(capsys, "export", project, "-o", str(tmp_path / "s.txt"))
    assert code == 1 and err.count("\n") == 1 and ".docx" in err
    code, _, err = run_cli(
        capsys, "export", project, "-o", str(tmp_path / "s.pdf"), "--station", "X"
    )
    assert code == 1 and "Unknown station" in err
    code, _, err = run_cli(
        capsys, "export", project, "-o", str(tmp_path / "s.x"), "--format", "json"
    )
    assert code == 0 and json.loads((tmp_path / "s.x").read_text(encoding="utf-8"))["notes"]
    code, _, _ = run_cli(
        capsys,
        "export",
        project,
        "-o",
        str(tmp_path / "e.html"),
        "--language",
        "en",
        "--no-pictures",
        "--crops",
    )
    assert code == 0 and "Further contributions" in (tmp_path / "e.html").read_text("utf-8")
    assert list(tmp_path.glob(".*")) == []  # no temporary files left


def test_markdown_pictures_folder_is_replaced_but_foreign_folders_are_kept(
    exported: dict[str, Any], tmp_path: Path
) -> None:
    with Project.open(exported["project"], read_only=True) as project:
        out = tmp_path / "s.md"
        export(project, out, options=ExportOptions(crops=True))
        crops = {p.name for p in images_folder(out).iterdir() if p.name.startswith("note-")}
        assert crops
        export(project, out, overwrite=True)  # no crops this time: the old ones go
        assert not any(p.name.startswith("note-") for p in images_folder(out).iterdir())
        foreign = tmp_path / "t_images"
        foreign.mkdir()
        (foreign / "Meine Notizen.txt").write_text("bleibt", encoding="utf-8")
        with pytest.raises(PinscribeError, match="use --force"):
            export(project, tmp_path / "t.md")
        with pytest.raises(PinscribeError, match="other files"):
            export(project, tmp_path / "t.md", overwrite=True)
        assert (foreign / "Meine Notizen.txt").read_text(encoding="utf-8") == "bleibt"
        assert not (tmp_path / "t.md").exists()


def test_vote_figures_say_whether_they_were_checked(project) -> None:
    from app.export.markdown import render_markdown
    from app.export.summary import build_summary

    station = project.stations.add("S")
    photo = project.photos.add(
        station.id, b"x", filename="a.jpg", width=9, height=9, mime="image/jpeg"
    )
    square = [(0, 0), (5, 0), (5, 5), (0, 5)]
    checked = project.notes.add(photo.id, square, text="Mehr Bänke", votes=3)
    project.notes.update(checked.id, votes_checked=True)
    project.notes.add(photo.id, square, text="Parken", votes=2)
    project.notes.add(photo.id, square, text="Bäume", votes=0)
    summary = build_summary(project, language="en")
    assert summary.vote_check() == (1, 2)
    assert "Votes checked by hand: 1 of 2 notes with votes" in render_markdown(summary)
    german = build_summary(project, language="de")
    assert "Stimmen von Hand geprüft: 1 von 2" in german.vote_check_note()
