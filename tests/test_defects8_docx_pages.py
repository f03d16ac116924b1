"""Word export: a station's start stays on one page with its chart, in LibreOffice too.

LibreOffice broke the keep-with-next chain (heading, question, statement, count line,
chart) after the statement when a board photo before it had not fitted on the page
before: the station's heading and statement were left at a page foot, its chart on the
next page. The start is now also held in a table row that cannot be split.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from app.export import export
from app.store import Project
from tests.export_fixtures import build_project


def test_a_stations_start_is_one_row_that_is_never_split(tmp_path: Path) -> None:
    with build_project(tmp_path / "p.pinscribe") as project:
        project.stations.update(project.stations.list()[0].id, statement="Erstens\nZweitens")
        out = export(project, tmp_path / "p.docx")
    document = docx.Document(str(out))
    starts = [t for t in document.tables if len(t.rows) == 1 and len(t.columns) == 1]
    assert len(starts) == 2  # the stations with a chart (the third has no notes)
    first = starts[0]
    row = first.rows[0]._tr
    assert row.trPr is not None and row.trPr.find(qn("w:cantSplit")) is not None
    borders = first._tbl.tblPr.find(qn("w:tblBorders"))
    assert borders is not None and all(e.get(qn("w:val")) == "nil" for e in borders)
    paragraphs = first.rows[0].cells[0].paragraphs
    styles = [p.style.name for p in paragraphs]
    assert styles[0] == "Heading 2" and paragraphs[0].text.startswith("1. ")
    assert paragraphs[1].text.startswith("Leitfrage: ")
    assert [p.text for p in paragraphs[2:4]] == ["Erstens", "Zweitens"]
    assert "Notiz" in paragraphs[4].text  # the count line
    assert paragraphs[5].runs and not paragraphs[5].text  # the chart
    assert styles[6] == "Caption" and len(paragraphs) == 7
    # Word keeps them together as before
    assert all(p.paragraph_format.keep_with_next for p in paragraphs[1:6])
    # the themes follow the row, outside it
    body = list(document.element.body)
    after = body[body.index(first._tbl) + 1]
    assert after.tag == qn("w:p") and after.style == "Heading3"


def _pages(pdf: Path) -> list[str]:
    count = int(re.search(r"Pages:\s+(\d+)", subprocess.run(
        ["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout).group(1))
    return [
        subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), str(pdf), "-"],
                       capture_output=True, text=True, check=True).stdout
        for i in range(1, count + 1)
    ]


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftotext") is None,
    reason="needs LibreOffice and poppler",
)
def test_libreoffice_keeps_each_stations_start_with_its_chart(tmp_path: Path) -> None:
    """The demo with a longer method text: station 2 began at the foot of page 3."""
    from app.demo import build_demo
    from app.reading.readers import make_reader

    demo = build_demo(tmp_path / "demo", reader=make_reader("auto"), log=lambda _: None,
                      summaries=False)
    with Project.open(demo.project) as project:
        description = project.workshop.get().description
        project.workshop.update(description=description + "\n\nZeile." * 14)
        out = export(project, tmp_path / "demo.docx")
    subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        capture_output=True, timeout=240, check=True,
    )
    pages = _pages(tmp_path / "demo.pdf")
    with Project.open(demo.project, read_only=True) as project:
        stations = project.stations.list()
    for number, station in enumerate(stations, 1):
        heading = [i for i, text in enumerate(pages)
                   if re.search(rf"^{number}\. {re.escape(station.name)}\n(Leitfrage)", text, re.M)]
        chart = [i for i, text in enumerate(pages)
                 if f"Station {number} – {station.name}: Themen" in text]
        assert heading and chart, (number, station.name)
        assert heading == chart, f"station {number}: heading on page {heading}, chart on {chart}"
