"""German exports use the vocabulary of resources/i18n/GLOSSARY.md, never its "Not" words."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from app.export.files import export
from app.export.opendata import OpenDataOptions, export_opendata
from app.export.options import ExportOptions
from app.store import Project
from tests.export_fixtures import STATIONS, all_texts, build_project
from tests.test_export import flat, read_back

GLOSSARY = Path(__file__).parent.parent / "resources" / "i18n" / "GLOSSARY.md"
SUFFIXES = (".docx", ".pdf", ".html", ".md", ".csv", ".xlsx")


def forbidden_words() -> set[str]:
    """The words of the glossary's "Not" column (without their explanations)."""
    words: set[str] = set()
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[2] in ("Not", "") or set(cells[2]) <= set("-"):
            continue
        for word in cells[2].split(","):
            word = re.sub(r"\(.*?\)", "", word).strip()
            if word:
                words.add(word)
    return words


def offending(text: str) -> set[str]:
    words = forbidden_words()
    return {t for t in re.findall(r"\w+", text) if t in words or t.lower() in words}


def test_the_glossary_is_read() -> None:
    words = forbidden_words()
    assert {"Punkte", "Beitrag", "Beiträge", "Schlagworte", "Teilen", "Lösen"} <= words
    assert offending("12 Punkte, 3 Beiträge und Schlagworte") == {
        "Punkte", "Beiträge", "Schlagworte",
    }  # fmt: skip
    assert offending("12 Stimmen, 3 Notizen, Klebepunkte") == set()


def user_texts(project: Project) -> list[str]:
    """What the user wrote: it may use any word and is left out of the check."""
    workshop = project.workshop.get()
    texts = [*all_texts(), *(s[0] for s in STATIONS), *(s[1] for s in STATIONS)]
    texts += [t.name for s in project.stations.list() for t in project.themes.list(s.id)]
    texts += [workshop.title, workshop.subtitle, workshop.description, workshop.place]
    texts += [workshop.moderation, *(t.name for t in project.tags.list())]
    parts = [line for t in texts if t for line in [t, *t.splitlines()] if line.strip()]
    return sorted({flat(t) for t in parts}, key=len, reverse=True)


@pytest.fixture(scope="module")
def german(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Project]:
    folder = tmp_path_factory.mktemp("glossary")
    project = build_project(folder / "workshop.pinscribe")
    project.workshop.update(language="de")
    yield folder, project
    project.close()


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_a_german_export_uses_the_glossary(german, suffix: str) -> None:
    if suffix == ".pdf" and shutil.which("pdftotext") is None:
        pytest.skip("needs poppler's pdftotext")
    folder, project = german
    options = ExportOptions(crops=True, language="de", evidence="appendix")
    path = export(project, folder / f"summary{suffix}", options=options)
    text = flat(read_back(path))
    if suffix == ".md":
        text = re.sub(r"\\(.)", r"\1", text)  # Markdown's escapes
    for user in user_texts(project):
        text = text.replace(user, " ")
    assert "Notizen" in text or "Notiz" in text or suffix in (".csv", ".xlsx")
    assert offending(text) == set()


def test_the_open_data_readme_uses_the_glossary(german) -> None:
    folder, project = german

    def summary(path: Path) -> Path:
        path.write_bytes(b"%PDF-1.4\n%%EOF\n")
        return path

    out = folder / "open"
    export_opendata(project, out, OpenDataOptions(publisher="Stadt", contact_email="a@b.de"),
                    summary=summary)  # fmt: skip
    readme = (out / "LIESMICH.txt").read_text(encoding="utf-8")
    csv_head = (out / "notizen.csv").read_text(encoding="utf-8").splitlines()[0]
    for user in user_texts(project):
        readme = readme.replace(user, " ")
    assert "Stimmen" in readme
    assert offending(readme) == set()
    # The data keys are words of the glossary too ("stimmen", not "punkte").
    assert offending(csv_head.replace("_", " ")) == set() and "stimmen" in csv_head
