"""Where the lexicon's German and English words come from.

In order of preference per language:

1. the word lists inside the ``pyspellchecker`` wheel (pure Python, MIT, every
   platform: ``pip install pyspellchecker``; German 339,000 words with
   inflections and common compounds, English 190,000; loads in about 1 s);
2. Hunspell dictionaries (Debian: ``hunspell-de-de``, ``hunspell-en-us``, under
   ``/usr/share/hunspell``; LibreOffice ships the same files on Windows and
   macOS), expanded by :mod:`app.reading.hunspell` (about 2-4 s for German).

Both gave the same CER on the benchmark (real 0.090 -> 0.088, handwriting font
0.022 -> 0.017); the first loads several times faster and exists everywhere.

Nothing is downloaded; a language with neither is simply not covered.
"""

from __future__ import annotations

import gzip
import json
import threading
from dataclasses import dataclass
from pathlib import Path

from app.reading.hunspell import WordForms, find_dictionaries, load_dictionary

#: Tesseract language code -> pyspellchecker resource name.
PYSPELLCHECKER_NAMES = {
    "deu": "de",
    "eng": "en",
    "fra": "fr",
    "spa": "es",
    "ita": "it",
    "nld": "nl",
}

_CACHE: dict[str, WordForms] = {}
_CACHE_LOCK = threading.Lock()


@dataclass(frozen=True)
class WordSource:
    """One word list: its language, what it is, and how to load it (cached per process)."""

    language: str
    kind: str  # "hunspell" or "pyspellchecker"
    location: str  # a .dic path or a pyspellchecker resource name

    @property
    def label(self) -> str:
        return (
            f"{self.kind}:{Path(self.location).name if self.kind == 'hunspell' else self.location}"
        )

    def load(self) -> WordForms:
        key = f"{self.kind}:{self.location}"
        with _CACHE_LOCK:
            forms = _CACHE.get(key)
            if forms is None:
                forms = self._load()
                _CACHE[key] = forms
            return forms

    def _load(self) -> WordForms:
        if self.kind == "hunspell":
            return load_dictionary(Path(self.location))
        from importlib.resources import files

        raw = (files("spellchecker") / "resources" / f"{self.location}.json.gz").read_bytes()
        listed: dict[str, int] = json.loads(gzip.decompress(raw))
        words = {w.lower() for w in listed}
        floor = min(listed.values(), default=1)
        counts: dict[str, int] = {}
        for word, count in listed.items():
            if count > floor:
                key = word.lower()
                counts[key] = counts.get(key, 0) + count
        return WordForms(words=words, parts=set(words), counts=counts, floor=max(floor, 1))


def language_of_dictionary(path: Path) -> str:
    """Tesseract code for a Hunspell file name ("de_DE.dic" -> "deu")."""
    prefix = path.name[:2].lower()
    inverse = {v: k for k, v in PYSPELLCHECKER_NAMES.items()}
    return inverse.get(prefix, path.stem)


def _pyspellchecker_has(name: str) -> bool:
    try:
        from importlib.resources import files

        return (files("spellchecker") / "resources" / f"{name}.json.gz").is_file()
    except (ImportError, OSError):  # not installed
        return False


def find_word_sources(languages: tuple[str, ...]) -> list[WordSource]:
    """The best word list found for each language (see the module docstring)."""
    found: list[WordSource] = []
    for lang in languages:
        name = PYSPELLCHECKER_NAMES.get(lang)
        if name and _pyspellchecker_has(name):
            found.append(WordSource(lang, "pyspellchecker", name))
            continue
        dics = find_dictionaries((lang,))
        if dics:
            found.append(WordSource(lang, "hunspell", str(dics[0])))
    return found
