"""Every message of the core has a German text, in the glossary's words, with its values."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication

from app.errors import InvalidInputError, PinscribeError
from app.messages import MESSAGES, fields, message
from ocr.errors import ImageLoadError
from tests.test_export_glossary import offending
from tests.ui.test_desktop_language import german  # noqa: F401 - a fixture
from ui.message_templates import CONTEXT, TEMPLATES
from ui.messages import user_message

#: Words of an English sentence; none may be left in a German message.
ENGLISH = {"the", "is", "cannot", "could", "please", "found", "was", "were", "has", "needs"}


@pytest.mark.usefixtures("german")
def test_every_code_has_a_german_text() -> None:
    assert set(TEMPLATES) == set(MESSAGES)
    untranslated, english, forbidden, numbers = [], [], [], []
    for code, template in TEMPLATES.items():
        text = QCoreApplication.translate(CONTEXT, template)
        if text == template:
            untranslated.append(code)
        words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
        if words & ENGLISH:
            english.append(f"{code}: {sorted(words & ENGLISH)}")
        if offending(text):
            forbidden.append(f"{code}: {offending(text)}")
        used = {int(n) for n in re.findall(r"%(\d)", text)}
        if not used <= set(range(1, len(fields(code)) + 1)):
            numbers.append(code)
    assert untranslated == []
    assert english == []
    assert forbidden == []
    assert numbers == []


@pytest.mark.usefixtures("german")
def test_coded_errors_and_texts_are_shown_in_german() -> None:
    error = InvalidInputError.coded("note.merge_two")
    assert str(error) == "Choose at least two notes to merge."
    assert user_message(error) == "Bitte wählen Sie mindestens zwei Notizen zum Zusammenführen."
    # An error of ocr, carried through the app.
    empty = PinscribeError.carrying(ImageLoadError.coded("image.empty", name="tafel.jpg"))
    assert user_message(empty) == "tafel.jpg: Datei ist leer"
    # A message inside a message (an import's failure, as text in the problems panel).
    reason = message("image.truncated", name="b.jpg")
    text = message("import.failed", name="b.jpg", reason=reason)
    shown = user_message(text)
    assert "truncated" not in shown and "abgeschnitten oder beschädigt" in shown


@pytest.mark.usefixtures("german")
@pytest.mark.parametrize("code", sorted(MESSAGES))
def test_each_message_shows_its_values(code: str) -> None:
    params = {name: f"V{k}" for k, name in enumerate(fields(code), 1)}
    shown = user_message(PinscribeError.coded(code, **params))
    assert shown != message(code, **params)  # German, not the English text
    template = QCoreApplication.translate(CONTEXT, TEMPLATES[code])
    for k in range(1, len(fields(code)) + 1):
        assert (f"V{k}" in shown) == (f"%{k}" in template), code


@pytest.mark.usefixtures("german")
def test_several_messages_in_one_are_each_translated() -> None:
    problems = " ".join(
        [message("ocr.tesseract_missing"), message("ocr.ppocr_missing", reason="ImportError: x")]
    )
    shown = user_message(message("read.no_engine", problems=problems))
    assert shown.startswith("Keine Texterkennung lässt sich starten. Das Programm tesseract")
    assert "PP-OCR ist nicht installiert (ImportError: x)" in shown
    assert "not found" not in shown and "is not installed" not in shown
    # Labels of a photo's metadata (the privacy check lists them).
    assert [user_message(m) for m in ("GPS position", "camera model")] == [
        "GPS-Position", "Kameramodell",
    ]  # fmt: skip


#: Where a glossary "Not" word means something else (groups of participants, not themes).
OTHER_MEANING = {("How the workshop ran: groups, stations…", "Gruppen")}


def test_the_german_of_the_app_uses_the_glossary() -> None:
    """No translation in pinscribe_de.ts uses a word the glossary rules out."""
    import xml.etree.ElementTree as ET

    from tests.ui.test_translations import TS_FILE

    found = []
    for message_ in ET.parse(TS_FILE).getroot().iter("message"):
        source = message_.findtext("source") or ""
        translation = message_.find("translation")
        if translation is None:
            continue
        texts = [f.text or "" for f in translation.findall("numerusform")] or [
            translation.text or ""
        ]
        for text in texts:
            plain = text.replace("&", "")  # mnemonics
            words = {w for w in offending(plain) if (source, w) not in OTHER_MEANING}
            if words:
                found.append(f"{source!r}: {sorted(words)}")
    assert found == []
