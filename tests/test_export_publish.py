"""A summary the organiser can publish as it comes out: every format read back.

Review state, the organiser's texts and statements, captions and alt texts, the
tagged PDF, Word's properties, German CSV, the workbook, and the JSON round trip.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import io
import json
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pikepdf
import pytest
from fpdf import FPDF

from app.cli import main
from app.errors import InvalidInputError
from app.export.files import export
from app.export.json_export import PLACEHOLDER_PREFIX, export_json, import_json, load_json
from app.export.options import ExportOptions
from app.export.pdf_check import check_pdf_ua
from app.export.richtext import blocks
from app.store import Project
from tests.export_fixtures import (
    CLOSING,
    FORMULA,
    INTRODUCTION,
    RARE,
    REGION,
    STATION_STATEMENT,
    THEME_STATEMENT,
    build_publishable,
)

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="needs poppler's pdftotext"
)
FORMATS = (".docx", ".pdf", ".html", ".md", ".csv", ".xlsx", ".json")


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("publish")
    out: dict[str, Any] = {"folder": folder}
    with build_publishable(folder / "w.pinscribe") as project:
        out["project"] = project.path
        for suffix in FORMATS:
            out[suffix] = export(project, folder / f"s{suffix}")
        options = ExportOptions(unreviewed="omit", evidence="appendix", recordings=False)
        for suffix in (".docx", ".pdf", ".html", ".md"):
            out["omit" + suffix] = export(project, folder / f"omit{suffix}", options=options)
        out["unchecked"] = project.notes.count(reviewed=False)
    return out


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


class _Dom(HTMLParser):
    """The HTML's elements as (tag, attributes, text) in order."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str], list[str]]] = []
        self._open: list[int] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}, []))
        if tag not in ("img", "br", "meta"):
            self._open.append(len(self.elements) - 1)

    def handle_endtag(self, tag: str) -> None:
        if self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for index in self._open:
            self.elements[index][2].append(data)

    def texts(self, tag: str) -> list[str]:
        return [flat("".join(t)) for name, _, t in self.elements if name == tag]


def dom(path: Path) -> _Dom:
    parser = _Dom()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


# -- review state ---------------------------------------------------------------------


@needs_poppler
def test_unchecked_notes_are_marked_counted_or_left_out(made: dict[str, Any]) -> None:
    pdf = flat(pdf_text(made[".pdf"]))
    assert "Allianz der Willigen suchen *" in pdf  # not reviewed (1 vote)
    assert "Politisches Mandat und Rückhalt von oben einfordern *" not in pdf  # reviewed
    assert "* noch nicht geprüft" in pdf
    assert "4 davon noch nicht geprüft (*)" in pdf
    assert "1 nicht lesbare Notiz nicht aufgeführt" in pdf
    word = docx_text(made[".docx"])
    assert "Allianz der Willigen suchen\u00a0*" in word and "* noch nicht geprüft" in word
    html = dom(made[".html"])
    marked = [a for tag, a, _ in html.elements if tag == "a" and a.get("class") == "marker"]
    assert len(marked) == made["unchecked"] - 1  # the unreadable note is not listed
    footnotes = [a["id"] for tag, a, _ in html.elements if a.get("class") == "footnote"]
    assert all(m["href"].lstrip("#") in footnotes for m in marked)
    md = made[".md"].read_text(encoding="utf-8")
    assert "Allianz der Willigen suchen \\*" in md
    for suffix in (".pdf", ".docx", ".html", ".md"):
        path = made["omit" + suffix]
        text = flat(pdf_text(path) if suffix == ".pdf" else docx_text(path)
                    if suffix == ".docx" else path.read_text(encoding="utf-8"))
        assert "Allianz der Willigen suchen" not in text, suffix
        assert "Politisches Mandat" in text, suffix
        assert "noch nicht geprüfte nicht aufgeführt" in text, suffix


# -- the organiser's texts and statements ---------------------------------------------


def test_markdown_subset_of_the_organisers_texts() -> None:
    parsed = blocks(INTRODUCTION)
    assert [b.kind for b in parsed] == [
        "paragraph", "paragraph", "bullet", "bullet", "number", "number"
    ]
    assert [r.bold for r in parsed[0].runs] == [False, True, False]
    closing = blocks(CLOSING)
    assert closing[0].text.count("\n") == 1  # the address keeps its line break
    link = closing[1].runs[-1]
    assert link.link == "https://example.org/konferenz"
    assert blocks("[x](javascript:alert(1))")[0].runs[0].link == ""


def test_docx_has_the_organisers_texts_as_real_lists(made: dict[str, Any]) -> None:
    document = docx.Document(str(made[".docx"]))
    styles = [(p.style.name, p.text) for p in document.paragraphs]
    assert ("List Bullet", "ein ausführlicher Strategieprozess") in styles
    assert ("List Number", "nachhaltiger Standort") in styles
    bold = [r.text for p in document.paragraphs for r in p.runs if r.bold]
    assert "Begrüßung" in bold
    for point in STATION_STATEMENT.splitlines():
        assert ("List Bullet", point) in styles
    assert ("List Bullet", THEME_STATEMENT) in styles
    texts = [t for _, t in styles]
    assert "Bildnachweis und Mitwirkende" in texts
    assert "Zeit: 14:00–15:30" in texts
    assert texts.index("Aus den Notizen:") > texts.index(THEME_STATEMENT)
    last = "\n".join(texts[-4:])
    assert "Heinrich-Konen-Straße 1 | 53227 Bonn" in last


def test_html_has_lists_links_statements_and_no_script(made: dict[str, Any]) -> None:
    html = dom(made[".html"])
    items = html.texts("li")
    assert "ein ausführlicher Strategieprozess" in items and "urbane Resilienz" in items
    assert THEME_STATEMENT in items
    links = [a["href"] for tag, a, _ in html.elements if tag == "a" and "href" in a]
    assert "https://example.org/konferenz" in links
    assert not any(tag == "script" for tag, _, _ in html.elements)
    assert "Bildnachweis und Mitwirkende" in html.texts("h2")


@needs_poppler
def test_appendix_option_moves_the_notes_behind_the_statements(made: dict[str, Any]) -> None:
    text = flat(pdf_text(made["omit.pdf"]))
    appendix = text.index("Anhang: Notizen der Stationen")
    assert text.index(THEME_STATEMENT) < appendix
    assert text.index("Politisches Mandat und Rückhalt") > appendix
    assert text.index(STATION_STATEMENT.splitlines()[0]) < appendix


# -- pictures: captions, alt texts, recordings ------------------------------------------


@needs_poppler
def test_captions_say_what_a_picture_shows_never_a_file_name(made: dict[str, Any]) -> None:
    caption = "Station 1 – Governance und Organisation: Pinnwand"
    for text in (
        flat(pdf_text(made[".pdf"])),
        docx_text(made[".docx"]),
        made[".html"].read_text(encoding="utf-8"),
        made[".md"].read_text(encoding="utf-8").replace("\\", ""),
    ):
        assert caption in text
        assert "board 1.jpg" not in text and "recording.jpg" not in text


def test_every_picture_has_alt_text(made: dict[str, Any]) -> None:
    images = [a for tag, a, _ in dom(made[".html"]).elements if tag == "img"]
    assert len(images) >= 5 and all(a.get("alt", "").strip() for a in images)
    document = docx.Document(str(made[".docx"]))
    shapes = document.inline_shapes
    assert len(shapes) >= 5
    for shape in shapes:
        assert shape._inline.docPr.get("descr", "").strip()
    board = [s._inline.docPr.get("descr") for s in shapes if "Pinnwand" in
             s._inline.docPr.get("descr", "")]
    assert board and "Zusammenarbeit" in board[0]


def test_a_caption_keeps_with_its_picture_in_word(made: dict[str, Any]) -> None:
    document = docx.Document(str(made[".docx"]))
    paragraphs = document.paragraphs
    pictures = [i for i, p in enumerate(paragraphs) if p._p.xpath(".//pic:pic")]
    assert pictures
    for index in pictures:
        assert paragraphs[index].paragraph_format.keep_with_next
        assert paragraphs[index + 1].style.name == "Caption"
    section = document.sections[0]
    text_height = section.page_height - section.top_margin - section.bottom_margin
    for shape in document.inline_shapes:
        assert shape.height < text_height * 0.8


@needs_poppler
def test_region_captions_only_with_the_recordings(made: dict[str, Any]) -> None:
    assert REGION in flat(pdf_text(made[".pdf"]))
    for suffix in (".pdf", ".docx", ".html", ".md"):
        path = made["omit" + suffix]
        text = pdf_text(path) if suffix == ".pdf" else (
            docx_text(path) if suffix == ".docx" else path.read_text(encoding="utf-8")
        )
        assert "Brücken zwischen" not in flat(text), suffix


# -- the tagged PDF -----------------------------------------------------------------------


def test_pdf_is_tagged_and_passes_the_structure_check(made: dict[str, Any]) -> None:
    data = made[".pdf"].read_bytes()
    assert check_pdf_ua(data) == []
    with pikepdf.open(made[".pdf"]) as pdf:
        assert str(pdf.Root.Lang) == "de-DE"
        kinds: list[str] = []
        alts: list[str] = []

        def walk(node: pikepdf.Object) -> None:
            kids = node.get("/K")
            for kid in kids if isinstance(kids, pikepdf.Array) else [kids]:
                if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                    kinds.append(str(kid.S)[1:])
                    if kinds[-1] == "Figure":
                        alts.append(str(kid.get("/Alt", "")))
                    walk(kid)

        walk(pdf.Root.StructTreeRoot)
    assert kinds[:2] == ["Document", "H1"]  # reading order starts with the title
    for kind in ("H2", "H3", "P", "L", "LI", "LBody", "Table", "TR", "TH", "TD", "Figure"):
        assert kind in kinds, kind
    assert alts and all(alt.strip() for alt in alts)
    assert any("Zusammenarbeit" in alt for alt in alts)  # the board's alt names its themes


def test_the_structure_check_finds_an_untagged_pdf() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="untagged")
    problems = check_pdf_ua(bytes(pdf.output()))
    assert "no structure tree" in problems and "not marked as tagged (MarkInfo)" in problems


@needs_poppler
def test_a_glyph_the_font_lacks_is_never_dropped(made: dict[str, Any]) -> None:
    text = pdf_text(made[".pdf"])
    line = next(line for line in text.splitlines() if "Ein Zeichen" in line)
    shown = line.split("Ein Zeichen", 1)[1]
    for char in RARE.split("Zeichen", 1)[1].split():
        assert char in shown or "\ufffd" in shown, shown


# -- Word's properties ----------------------------------------------------------------------


def test_docx_properties_name_the_workshop_and_pinscribe(made: dict[str, Any]) -> None:
    document = docx.Document(str(made[".docx"]))
    props = document.core_properties
    assert props.title == "Smart City für Kommunen"
    assert props.author == "Johanna Amtmann, urban catalyst"
    now = datetime.datetime.now(datetime.timezone.utc)
    assert abs((props.created - now).total_seconds()) < 600
    assert abs((props.modified - now).total_seconds()) < 600
    app = next(p for p in document.part.package.parts if p.partname == "/docProps/app.xml")
    assert b"<Application>Pinscribe</Application>" in app.blob
    assert b"Microsoft" not in app.blob
    assert not any(r.reltype.endswith("/thumbnail") for r in document.part.package.rels.values())


# -- data for spreadsheets -----------------------------------------------------------------


def test_german_csv_has_decimal_comma_header_cards_and_metadata(made: dict[str, Any]) -> None:
    text = made[".csv"].read_text(encoding="utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    header = next(r for r in rows if r["Text"] == "GOVERNANCE")
    assert header["Überschriftenkarte"] == "ja" and header["Geprüft"] == "ja"
    unread = next(r for r in rows if r["Text"] == "")
    assert unread["Geprüft"] == "nein" and unread["Lesesicherheit"] == ""
    confidence = next(r for r in rows if r["Text"].startswith("Schlanke"))["Lesesicherheit"]
    assert confidence == "0,870" and float(confidence.replace(",", ".")) == pytest.approx(0.87)
    assert {r["Zeit"] for r in rows} == {"14:00–15:30"}
    assert {r["Farbe"] for r in rows} == {"Gelb", "Sonstige"}


def test_english_csv_keeps_point_comma_and_english_words(tmp_path: Path) -> None:
    with build_publishable(tmp_path / "w.pinscribe") as project:
        out = export(project, tmp_path / "n.csv", options=ExportOptions(language="en"))
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0]["confidence"] == "0.870" and rows[0]["reviewed"] in ("yes", "no")
    assert rows[0]["header_card"] == "no" and rows[0]["colour"] == "Yellow"


def test_xlsx_has_a_sheet_per_station_and_typed_cells(made: dict[str, Any]) -> None:
    book = openpyxl.load_workbook(made[".xlsx"])
    assert book.sheetnames == [
        "Workshop",
        "Alle Notizen",
        "1 Governance und Organisation",
        "2 Technologie und Infrastruktur",
        "3 Bürgerbeteiligung und Akzepta",
    ]
    info = {row[0]: row[1] for row in book["Workshop"].iter_rows(min_row=2, values_only=True)}
    assert info["Zeit"] == "14:00–15:30" and info["Ort"] == "Regionalkonferenz Osnabrück"
    sheet = book["Alle Notizen"]
    head = [c.value for c in sheet[1]]
    assert {"Geprüft", "Überschriftenkarte", "Lesesicherheit"} <= set(head)
    rows = [dict(zip(head, r, strict=True)) for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(rows) == 13
    first = next(r for r in rows if str(r["Text"]).startswith("Schlanke"))
    assert first["Stimmen"] == 3 and first["Lesesicherheit"] == pytest.approx(0.87)
    formula = next(c for c in sheet["H"] if c.value == FORMULA)
    assert formula.data_type == "s"  # text, never a formula
    station = [r for r in book["1 Governance und Organisation"].iter_rows(values_only=True)]
    assert len(station) == 1 + 9


# -- JSON: the whole project, and back ---------------------------------------------------


def test_json_holds_the_whole_project_and_round_trips(
    made: dict[str, Any], tmp_path: Path
) -> None:
    data = load_json(made[".json"])
    assert data["workshop"]["introduction"] == INTRODUCTION
    assert data["workshop"]["closing"] == CLOSING
    assert data["stations"][0]["statement"] == STATION_STATEMENT
    assert THEME_STATEMENT in [t["statement"] for t in data["themes"]]
    (recording,) = data["recordings"]
    assert recording["corners"] == [[100, 100], [700, 100], [700, 400], [100, 400]]
    assert recording["paper"] == "A1" and recording["regions"][0]["caption"] == REGION
    with Project.create(tmp_path / "again.pinscribe") as again:
        import_json(again, data)
        second = export_json(again)
        photos = again.photos.list()
        assert all(p.filename.startswith(PLACEHOLDER_PREFIX) for p in photos)
        originals = {p["sha256"] for p in data["photos"]}
        assert not originals & {p.sha256 for p in photos}  # never under the original hash
    assert second["workshop"] == data["workshop"]
    assert [s["statement"] for s in second["stations"]] == [
        s["statement"] for s in data["stations"]
    ]
    assert second["recordings"][0]["corners"] == recording["corners"]
    assert second["recordings"][0]["regions"][0]["caption"] == REGION
    theme = next(t for t in second["themes"] if t["id"] == second["recordings"][0]["regions"][0]
                 ["theme"])
    assert theme["name"] == "Zusammenarbeit"


def test_json_with_photos_brings_the_real_photos_back(made: dict[str, Any], tmp_path: Path) -> None:
    with Project.open(made["project"], read_only=True) as project:
        out = export(project, tmp_path / "full.json", options=ExportOptions(with_photos=True))
        originals = {p.sha256: project.photos.data(p.id) for p in project.photos.list()}
    data = load_json(out)
    with Project.create(tmp_path / "again.pinscribe") as again:
        import_json(again, data)
        for photo in again.photos.list():
            assert photo.sha256 in originals
            assert again.photos.data(photo.id) == originals[photo.sha256]
            assert not photo.filename.startswith(PLACEHOLDER_PREFIX)
    data["photos"][0]["data"] = data["photos"][1]["data"]
    with (
        Project.create(tmp_path / "bad.pinscribe") as bad,
        pytest.raises(InvalidInputError, match="sha256"),
    ):
        import_json(bad, data)


# -- the command line ---------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_sets_the_organisers_texts_and_statements(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "w.pinscribe"
    code, _, err = run(capsys, "new", str(path), "--title", "W", "--description", "Ablauf",
                       "--time-slot", "14:00–15:30")
    assert code == 0, err
    code, _, err = run(capsys, "workshop", "set", str(path), "--introduction", "Hallo\n- a\n- b",
                       "--credits", "Fotos: X", "--closing", "Impressum", "--date", "2025-02-05")
    assert code == 0, err
    assert run(capsys, "station", "add", str(path), "Governance")[0] == 0
    statement = ("--statement", "eins\nzwei")
    assert run(capsys, "station", "set", str(path), "Governance", *statement)[0] == 0
    assert run(capsys, "theme", "add", str(path), "Prozesse", "--station", "Governance")[0] == 0
    code, out, err = run(capsys, "theme", "set", str(path), "prozesse", "--station", "Governance",
                         "--statement", "schlanke Prozesse")
    assert code == 0, err
    with Project.open(path, read_only=True) as project:
        w = project.workshop.get()
        assert (w.description, w.time_slot, w.credits, w.closing) == (
            "Ablauf", "14:00–15:30", "Fotos: X", "Impressum"
        )
        assert w.introduction == "Hallo\n- a\n- b" and w.date == "2025-02-05"
        station = project.stations.list()[0]
        assert station.statement == "eins\nzwei"
        assert project.themes.list(station.id)[0].statement == "schlanke Prozesse"
    code, out, _ = run(capsys, "workshop", "show", str(path), "--json")
    assert json.loads(out)["time_slot"] == "14:00–15:30"
    for args in (
        ("workshop", "set", str(path)),
        ("theme", "set", str(path), "Nope", "--station", "Governance", "--statement", "x"),
        ("workshop", "set", str(path), "--date", "5.2.2025"),
    ):
        code, _, err = run(capsys, *args)
        assert code == 1 and err.count("\n") == 1 and "Traceback" not in err, args


def test_cli_new_from_json_and_export_xlsx(
    made: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    again = tmp_path / "again.pinscribe"
    code, out, err = run(capsys, "new", str(again), "--from-json", str(made[".json"]))
    assert code == 0, err
    assert "placeholders" in out
    with Project.open(again, read_only=True) as project:
        assert project.workshop.get().time_slot == "14:00–15:30"
        assert len(project.notes.list()) == 13
    code, _, err = run(capsys, "export", str(again), "-o", str(tmp_path / "n.data"),
                       "--format", "xlsx", "--unreviewed", "omit")
    assert code == 0, err
    book = openpyxl.load_workbook(io.BytesIO((tmp_path / "n.data").read_bytes()))
    reviewed = [r[9] for r in book["Alle Notizen"].iter_rows(min_row=2, values_only=True)]
    assert reviewed and set(reviewed) == {"ja"}
    bad = tmp_path / "bad.json"
    bad.write_text("{}", encoding="utf-8")
    code, _, err = run(capsys, "new", str(tmp_path / "x.pinscribe"), "--from-json", str(bad))
    assert code == 1 and not (tmp_path / "x.pinscribe").exists()
    code, _, err = run(capsys, "new", str(tmp_path / "y.pinscribe"))
    assert code == 1 and "title" in err


def test_hashes_are_of_the_bytes(made: dict[str, Any]) -> None:
    data = load_json(made[".json"])
    with Project.open(made["project"], read_only=True) as project:
        for photo in data["photos"]:
            assert hashlib.sha256(project.photos.data(photo["id"])).hexdigest() == photo["sha256"]


def test_long_texts_fit_words_properties(tmp_path: Path) -> None:
    with build_publishable(tmp_path / "w.pinscribe") as project:
        project.workshop.update(introduction="Lang. " * 200, moderation="M" * 300)
        out = export(project, tmp_path / "long.docx")
    props = docx.Document(str(out)).core_properties
    assert len(props.comments) == 255 and props.comments.endswith("…")
    assert len(props.author) == 255


# -- small things a reader would stumble over -------------------------------------------


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One station: one note with votes, one unreadable note; a closing block whose
    address line ends right before a link."""
    from tests.export_fixtures import jpeg

    folder = tmp_path_factory.mktemp("small")
    with Project.create(folder / "s.pinscribe", title="Bürgerwerkstatt") as project:
        project.workshop.update(
            language="de",
            closing="Impressum: Stadt Musterstadt\n[Veranstaltungsseite](https://example.org/w)",
        )
        station = project.stations.add("Mobilität", "Wie kommen Sie zur Arbeit?")
        photo = project.photos.add(
            station.id, jpeg(400, 300, [(20, 20, 120, 120)], [(250, 220, 60)]),
            filename="b.jpg", width=400, height=300, mime="image/jpeg",
        )  # fmt: skip
        square = [(20.0, 20.0), (120.0, 20.0), (120.0, 120.0), (20.0, 120.0)]
        project.notes.add(photo.id, square, text="Tempo 30", votes=2, reviewed=True)
        project.notes.add(photo.id, [(p[0] + 200, p[1]) for p in square], text=None)
        return {s: export(project, folder / f"s{s}") for s in (".md", ".pdf", ".docx")}


def test_one_note_is_spoken_of_in_the_singular(small: dict[str, Path]) -> None:
    text = small[".md"].read_text(encoding="utf-8")
    assert "1 nicht lesbare Notiz nicht aufgeführt" in text
    assert "von 1 Notiz mit Stimmen" in text
    assert "1 Notizen" not in text and "1 Notiz," in text


@needs_poppler
def test_pdf_keeps_the_line_break_before_a_link(small: dict[str, Path]) -> None:
    lines = [line.strip() for line in pdf_text(small[".pdf"]).splitlines()]
    assert "Impressum: Stadt Musterstadt" in lines  # not "…MusterstadtVeranstaltungsseite"
    assert not any("MusterstadtVeranstaltungsseite" in line for line in lines)


def test_word_keeps_a_stations_start_with_its_chart(small: dict[str, Path]) -> None:
    """The heading, question and count line move to the next page with the chart
    rather than being left alone at the foot of a page."""
    document = docx.Document(str(small[".docx"]))
    paragraphs = document.paragraphs
    count = next(i for i, p in enumerate(paragraphs) if p.text.startswith("1 Notiz,"))
    assert paragraphs[count + 1].runs and not paragraphs[count + 1].text  # the chart
    assert paragraphs[count - 2].style.name == "Heading 2"
    assert document.styles["Heading 2"].paragraph_format.keep_with_next
    assert all(p.paragraph_format.keep_with_next for p in paragraphs[count - 1 : count + 1])
