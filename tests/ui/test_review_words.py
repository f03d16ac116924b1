"""The review queue and the note panel call votes by the glossary's German word."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "i18n" / "pinscribe_de.ts"
GLOSSARY = ROOT / "resources" / "i18n" / "GLOSSARY.md"


def _glossary_word(thing: str) -> tuple[str, list[str]]:
    """The German word of ``thing`` and the words it must not be called."""
    for line in GLOSSARY.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 3 and cells[0] == thing:
            return cells[1], [w.strip() for w in cells[2].split(",") if w.strip()]
    raise AssertionError(f"{thing!r} is not in the glossary")


def _translations(context: str) -> dict[str, str]:
    root = ET.parse(TS_FILE).getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            return {
                m.findtext("source") or "": " ".join(
                    t.text or "" for t in m.iter() if t.tag in ("translation", "numerusform")
                )
                for m in ctx.iter("message")
            }
    raise AssertionError(f"no context {context} in {TS_FILE.name}")


def test_votes_have_one_german_word_in_the_review_ui() -> None:
    word, wrong = _glossary_word("votes")
    assert word == "Stimmen" and "Punkte" in wrong
    for context in ("ReviewQueue", "NotePanel"):
        labels = {
            s: t
            for s, t in _translations(context).items()
            if re.search(r"\bVotes\b", s.replace("&", ""))
        }
        assert labels, context
        for source, german in labels.items():
            assert word in german, (context, source, german)
            for bad in wrong:
                assert not re.search(rf"\b{bad}\b", german), (context, source, german)
