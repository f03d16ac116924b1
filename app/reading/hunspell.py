"""A small reader for Hunspell dictionaries (``.dic`` + ``.aff``): word forms, no spell engine.

Only what the lexicon needs: every stem expanded by its suffix rules (and, once,
by its prefix rules), lower-cased, in a set. Compound-only stems are kept apart
as compound parts. Debian ships the dictionaries in ``hunspell-de-de`` and
``hunspell-en-us`` (``/usr/share/hunspell``); LibreOffice and Firefox carry the
same files on Windows and macOS.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

#: Where dictionaries usually live, per platform.
DICTIONARY_DIRS = (
    "/usr/share/hunspell",
    "/usr/share/myspell",
    "/usr/share/myspell/dicts",
    "/usr/local/share/hunspell",
    "/opt/homebrew/share/hunspell",
    "/Library/Spelling",
    "/Applications/LibreOffice.app/Contents/Resources/extensions/dict-de",
    r"C:\Program Files\LibreOffice\share\extensions\dict-de",
    r"C:\Program Files\LibreOffice\share\extensions\dict-en",
)

#: Tesseract language code -> Hunspell dictionary names to try, in order.
DICTIONARY_NAMES: dict[str, tuple[str, ...]] = {
    "deu": ("de_DE", "de_DE_frami", "de_AT", "de_CH"),
    "eng": ("en_US", "en_GB", "en_CA", "en_AU"),
    "fra": ("fr_FR", "fr"),
    "spa": ("es_ES", "es"),
    "ita": ("it_IT",),
    "nld": ("nl_NL", "nl"),
}


@dataclass
class _Rule:
    strip: str
    add: str
    cond: re.Pattern[str] | None
    width: int  # characters the condition and the strip look at


@dataclass
class _Affix:
    """An affix class; which rules apply depends only on the word's last (first) ``width`` chars."""

    prefix: bool
    cross: bool
    rules: list[_Rule] = field(default_factory=list)
    width: int = 0
    memo: dict[str, list[_Rule]] = field(default_factory=dict)

    def applicable(self, word: str) -> list[_Rule]:
        key = word[: self.width] if self.prefix else word[-self.width :] if self.width else ""
        if len(word) <= self.width:
            key = word
        hit = self.memo.get(key)
        if hit is None:
            hit = [r for r in self.rules if _matches(r, word, self.prefix)]
            self.memo[key] = hit
        return hit


_COND_CHAR = re.compile(r"\[[^\]]*\]|.")


def _matches(rule: _Rule, word: str, prefix: bool) -> bool:
    if rule.cond is not None and not rule.cond.search(word):
        return False
    if not rule.strip:
        return True
    return word.startswith(rule.strip) if prefix else word.endswith(rule.strip)


@dataclass
class WordForms:
    """Lower-cased word forms of one dictionary; ``parts`` also has the compound-only ones.

    ``counts``: how often the list's source corpus had a word, where the list
    says and it is above the list's floor (``floor``); empty for Hunspell.
    """

    words: set[str] = field(default_factory=set)
    parts: set[str] = field(default_factory=set)
    counts: dict[str, int] = field(default_factory=dict)
    floor: int = 1


def _read(path: Path) -> list[str]:
    raw = path.read_bytes()
    for enc in ("utf-8", "iso-8859-1"):
        try:
            return raw.decode(enc).splitlines()
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace").splitlines()


def _parse_aff(lines: list[str]) -> tuple[dict[str, _Affix], dict[str, str]]:
    affixes: dict[str, _Affix] = {}
    options: dict[str, str] = {}
    for line in lines:
        parts = line.split()
        if not parts or parts[0].startswith("#"):
            continue
        kind = parts[0]
        if kind in ("PFX", "SFX") and len(parts) >= 4:
            flag = parts[1]
            if flag not in affixes and parts[2] in ("Y", "N"):
                affixes[flag] = _Affix(prefix=kind == "PFX", cross=parts[2] == "Y")
                continue
            if flag in affixes and len(parts) >= 5:
                strip = "" if parts[2] == "0" else parts[2]
                add = parts[3].split("/")[0]
                add = "" if add == "0" else add
                cond = parts[4]
                pattern = None
                if cond != ".":
                    try:
                        pattern = re.compile((cond + "$") if kind == "SFX" else ("^" + cond))
                    except re.error:
                        pattern = None
                width = max(len(_COND_CHAR.findall(cond)) if pattern else 0, len(strip))
                affix = affixes[flag]
                affix.rules.append(_Rule(strip, add, pattern, width))
                affix.width = max(affix.width, width)
        elif len(parts) == 2:
            options.setdefault(kind, parts[1])
    return affixes, options


def _apply(word: str, affix: _Affix) -> list[str]:
    if affix.prefix:
        return [rule.add + word[len(rule.strip) :] for rule in affix.applicable(word)]
    return [word[: len(word) - len(rule.strip)] + rule.add for rule in affix.applicable(word)]


def load_dictionary(dic: Path) -> WordForms:
    """Expand ``dic`` (with the ``.aff`` beside it) into word forms (de_DE: 357,000 forms)."""
    aff_lines = _read(dic.with_suffix(".aff")) if dic.with_suffix(".aff").exists() else []
    affixes, options = _parse_aff(aff_lines)
    only_compound = options.get("ONLYINCOMPOUND", "\0")
    need_affix = options.get("NEEDAFFIX", "\0")
    forbidden = options.get("FORBIDDENWORD", "\0")
    forms = WordForms()
    lines = _read(dic)
    for line in lines[1:]:
        if not line or line[0] in " \t#":
            continue
        entry = line.split()[0] if " " in line or "\t" in line else line
        stem, _, flags = entry.partition("/")
        if not stem or forbidden in flags:
            continue
        expanded = [stem]
        suffixed: list[str] = []
        for flag in flags:
            affix = affixes.get(flag)
            if affix is None:
                continue
            if not affix.prefix:
                suffixed.extend(_apply(stem, affix))
        expanded.extend(suffixed)
        for flag in flags:
            affix = affixes.get(flag)
            if affix is not None and affix.prefix:
                expanded.extend(_apply(stem, affix))
                if affix.cross:
                    for word in suffixed:
                        expanded.extend(_apply(word, affix))
        lowered = {w.lower() for w in expanded if w}
        forms.parts.update(lowered)
        if only_compound in flags or need_affix in flags:
            lowered.discard(stem.lower())
        forms.words.update(lowered)
    return forms


def find_dictionaries(
    languages: tuple[str, ...], dirs: tuple[str, ...] | None = None
) -> list[Path]:
    """``.dic`` files for ``languages`` (the first name found per language).

    A bundle's own word lists (``$PINSCRIBE_HUNSPELL``) come before the system's.
    """
    if dirs is None:
        bundled = os.environ.get("PINSCRIBE_HUNSPELL")
        dirs = ((bundled,) if bundled else ()) + DICTIONARY_DIRS
    found = []
    for lang in languages:
        for name in DICTIONARY_NAMES.get(lang, ()):
            hit = next(
                (Path(d) / f"{name}.dic" for d in dirs if (Path(d) / f"{name}.dic").is_file()), None
            )
            if hit is not None:
                found.append(hit)
                break
    return found
