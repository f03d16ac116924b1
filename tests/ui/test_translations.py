"""The German translation is complete, up to date with the code, and compiles."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "i18n" / "pinscribe_de.ts"
BIN = Path(sys.executable).parent


def tool(name: str) -> Path:
    path = BIN / name
    if not path.exists():
        found = shutil.which(name)
        if not found:
            pytest.skip(f"{name} not installed")
        path = Path(found)
    return path


def test_every_message_is_translated() -> None:
    messages = ET.parse(TS_FILE).getroot().iter("message")
    def translated(message: ET.Element) -> bool:
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            return False
        forms = [f.text or "" for f in translation.iter("numerusform")]
        return all(f.strip() for f in forms) if forms else bool((translation.text or "").strip())

    untranslated = [m.findtext("source") for m in messages if not translated(m)]
    assert untranslated == []


def test_ts_file_lists_every_string_of_the_code(tmp_path: Path) -> None:
    copy = tmp_path / "pinscribe_de.ts"
    shutil.copy(TS_FILE, copy)
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    result = subprocess.run(
        [str(tool("pyside6-lupdate")), *sources, "-ts", str(copy)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "(0 new and" in result.stdout, (
        "New strings in ui/: run pyside6-lupdate ui/*.py -ts resources/i18n/pinscribe_de.ts "
        "and translate them.\n" + result.stdout
    )


def test_compiled_translation_loads(tmp_path: Path) -> None:
    qm = tmp_path / "pinscribe_de.qm"
    subprocess.run(
        [str(tool("pyside6-lrelease")), str(TS_FILE), "-qm", str(qm)],
        capture_output=True,
        timeout=120,
        check=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "&File") == "&Datei"
    assert translator.translate("Commands", "Add station “%1”") == "Station „%1“ hinzufügen"


def test_window_speaks_german(qapp, qtbot, settings, dialogs, tmp_path: Path) -> None:
    from ui.main_window import MainWindow

    qm = tmp_path / "pinscribe_de.qm"
    subprocess.run(
        [str(tool("pyside6-lrelease")), str(TS_FILE), "-qm", str(qm)],
        capture_output=True,
        timeout=120,
        check=True,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        window = MainWindow(settings, dialogs)
        qtbot.addWidget(window)
        titles = [action.text() for action in window.menuBar().actions()]
        assert titles == ["&Datei", "&Bearbeiten", "&Ansicht", "E&instellungen", "&Hilfe"]
        assert window.welcome.new_button.text() == "Neues Projekt…"
        window.close()
    finally:
        qapp.removeTranslator(translator)


def test_entries_that_open_a_dialog_end_in_one_spelling() -> None:
    """"Umbenennen…" as in "Neues Projekt…": a menu entry or button whose English
    ends in "…" has no space before the German "…" (a progress message, "Wird
    geladen …", may have one); "Merge" is "Zusammenführen" (GLOSSARY.md) on the
    board as in the duplicates panel."""
    import re

    spaced, merges = [], set()
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.findtext("translation") or ""
        progress = re.search(r"\w+ing\b", source) or ": …" in source
        if source.endswith("…") and not progress and translation.endswith(" …"):
            spaced.append(translation)
        if source in ("Merge", "Merge the selected notes", "Merge notes"):
            merges.add("zusammenführen" in translation.lower())
    assert spaced == []
    assert merges == {True}
