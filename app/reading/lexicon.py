"""Words the notes are likely to contain, and conservative correction of OCR text with them.

Two sources: the workshop's own words (station names, questions, corrected
notes), which win, and German and English word lists (those in the
``pyspellchecker`` wheel, else Hunspell dictionaries such as Debian's
``hunspell-de-de`` and ``hunspell-en-us``; see :mod:`app.reading.wordlists`).
The word lists load on first use (about 1 s, once per process), so build the
lexicon anywhere and let the OCR worker pay for it (or call :meth:`Lexicon.load`
there). Without word lists the workshop words alone are used.

Corrections, per word, never on numbers, short words or words already known:

1. Umlauts and ß: "Burger" -> "Bürger" when the workshop uses "Bürger...",
   or when the note is German and only the umlaut form is German; "prifen" ->
   "prüfen", "StraBe" -> "Straße" when only the restored form is a word (or a
   clearly better one: word over compound over unknown). Only diacritics
   change, plus the recogniser's usual slips for them (i for ü, B for ß, ss,
   ae/oe/ue); an ambiguous restoration is left alone.
2. Near misses (one edit, two for long workshop words), only with a single
   best candidate: of the workshop's words at any line confidence (what the
   facilitator reviewed is what the board says), of dictionary words only on
   lines read with confidence below 0.95. On the 98 real notes (PP-OCR, the
   capitals normalised first): below 0.9 for both, CER 0.088 and 51 % exact;
   workshop words at any confidence and dictionary words below 0.95: 0.086
   and 53 %; every photo's second half after its first half was reviewed:
   50 % -> 56 % exact (``bench/ocr.py --figures``). Dictionary words at any
   confidence: 0.089, 51 %.
"""

from __future__ import annotations

import bisect
import itertools
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.reading.hunspell import WordForms
from app.reading.wordlists import WordSource, find_word_sources, language_of_dictionary

_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
_TOKEN = re.compile(r"\w+(?:-\w+)*", re.UNICODE)
_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)
#: Characters that make letters beside them part of a longer word ("IT'S", "E-Mail").
_WORD_GLUE = frozenset("'’-")

#: OCR letter -> letters it may stand for (diacritics the recogniser dropped or misread).
_UMLAUT_SWAPS: dict[str, tuple[str, ...]] = {
    "a": ("ä",),
    "o": ("ö",),
    "u": ("ü",),
    "i": ("ü",),
    "A": ("Ä",),
    "O": ("Ö",),
    "U": ("Ü",),
    "B": ("ß",),
}
#: Digit -> letters it is often read for in handwriting (lower case).
_DIGIT_LOOKALIKES = {"0": "o", "1": "li", "2": "z", "5": "s", "6": "g", "8": "b"}
_DIGRAPHS = (("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("ss", "ß"))
_MAX_SWAPS = 6
_ALPHABET = "abcdefghijklmnopqrstuvwxyzäöüß"

#: Words of at least this length also get candidates one edit away that are two common
#: words written as one ("Filesystam" -> "filesystem"; see :meth:`Lexicon._common_pair`).
COMPOUND_CANDIDATES = 8
#: Lines read with at least this confidence keep their unknown words (no near-miss edits).
NEAR_MISS_MAX_CONFIDENCE = 0.95
#: Near misses of the workshop's own words (station names, reviewed notes) at any confidence.
WORKSHOP_NEAR_MISS_ANY_CONFIDENCE = True


@dataclass(frozen=True)
class Correction:
    """One changed word, for logs and tests."""

    original: str
    corrected: str
    reason: str  # "umlaut", "near-miss", "digit" or "join"


def _match_case(template: str, word: str) -> str:
    """``word`` in the case pattern of ``template`` (mostly capitals: all capitals)."""
    letters = [ch for ch in template if ch.isalpha()]
    if len(letters) > 1 and sum(ch.isupper() for ch in letters) >= 0.6 * len(letters):
        return "".join(ch if ch == "ß" else ch.upper() for ch in word)
    if template[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


class Lexicon:
    """Workshop words plus dictionary words; see the module docstring for what it corrects."""

    def __init__(
        self,
        workshop_words: Iterable[str] = (),
        *,
        languages: Sequence[str] = ("deu", "eng"),
        dictionaries: Iterable[Path] | None = None,
    ) -> None:
        self.workshop: set[str] = set()
        self._prefix_memo: dict[str, bool] = {}
        self._candidates_memo: dict[tuple[str, int, int], tuple[str, ...]] = {}
        self._sorted_dictionary: list[str] | None = None
        self._sorted_workshop: tuple[int, list[str]] | None = None
        for text in workshop_words:
            self.add(text)
        if dictionaries is not None:
            self.sources = [
                WordSource(language_of_dictionary(Path(p)), "hunspell", str(p))
                for p in dictionaries
            ]
        else:
            self.sources = find_word_sources(tuple(languages))
        self._loaded: list[tuple[str, WordForms]] | None = None
        self._load_lock = threading.Lock()

    @property
    def _forms(self) -> list[tuple[str, WordForms]]:
        """The word lists, loaded on first use."""
        if self._loaded is None:
            with self._load_lock:
                if self._loaded is None:
                    self._loaded = [(src.language, src.load()) for src in self.sources]
        return self._loaded

    @property
    def _sorted(self) -> tuple[list[str], list[str]]:
        """Dictionary words and workshop words (lower case), each sorted, for prefix look-ups.

        The dictionaries' list is built once (about 0.3 s); the workshop's again
        when it has grown.
        """
        if self._sorted_dictionary is None:
            words: set[str] = set()
            for _, forms in self._forms:
                words |= forms.words
            self._sorted_dictionary = sorted(words)
        cached = self._sorted_workshop
        if cached is None or cached[0] != len(self.workshop):
            cached = (len(self.workshop), sorted(self.workshop))
            self._sorted_workshop = cached
            self._prefix_memo = {}
        return self._sorted_dictionary, cached[1]

    def is_prefix(self, prefix: str) -> bool:
        """Some known word (lower case) begins with ``prefix``."""
        lists = self._sorted
        memo = self._prefix_memo
        hit = memo.get(prefix)
        if hit is None:
            hit = any(_has_prefix(words, prefix) for words in lists)
            if len(memo) > 200_000:
                memo.clear()
            memo[prefix] = hit
        return hit

    def is_word(self, lower: str) -> bool:
        """``lower`` is a workshop or dictionary word as it stands (no compounds)."""
        return lower in self.workshop or any(lower in forms.words for _, forms in self._forms)

    def _common_pair(self, lower: str) -> bool:
        """``lower`` is two common words of one list (four letters or more each) written as one."""
        if len(lower) < COMPOUND_CANDIDATES:
            return False
        return any(
            lower[:i] in forms.counts and lower[i:] in forms.counts
            for _, forms in self._forms
            for i in range(4, len(lower) - 3)
        )

    def load(self) -> None:
        """Load the word lists now (e.g. in a worker thread before reading)."""
        _ = self._forms

    @classmethod
    def for_workshop(
        cls, workshop_words: Iterable[str], languages: Sequence[str] = ("deu", "eng")
    ) -> Lexicon:
        """The workshop's words plus this system's word lists for ``languages`` (loaded lazily)."""
        return cls(workshop_words, languages=languages)

    @classmethod
    def workshop_only(cls, workshop_words: Iterable[str]) -> Lexicon:
        return cls(workshop_words, dictionaries=[])

    def add(self, text: str) -> None:
        """Add every word of ``text`` (a station name, a question, a corrected note)."""
        for word in _WORD.findall(text):
            if len(word) >= 2 and word.lower() not in self.workshop:
                self.workshop.add(word.lower())
                self._prefix_memo = {}

    # -- lookups ---------------------------------------------------------------------

    def languages_of(self, word: str) -> set[str]:
        """Languages whose dictionary has ``word`` (as a word or a two-part compound)."""
        w = word.lower()
        langs = {lang for lang, forms in self._forms if w in forms.words}
        if not langs and len(w) >= 8:
            langs = {lang for lang, forms in self._forms if _compound_score(w, forms) > 0}
        return langs

    def knows(self, word: str) -> bool:
        w = word.lower()
        return w in self.workshop or bool(self.languages_of(w))

    def _in_workshop_context(self, word: str) -> bool:
        """``word`` is a workshop word, begins or ends one, or is a compound ending in one."""
        w = word.lower()
        if w in self.workshop:
            return True
        if len(w) < 5:
            return False
        return any(
            ws.startswith(w) or ws.endswith(w) or (len(ws) >= 5 and w.endswith(ws))
            for ws in self.workshop
        )

    # -- correction ------------------------------------------------------------------

    def correct_text(
        self, text: str, confidence: float = 1.0, *, dictionary_near_misses: bool = True
    ) -> tuple[str, list[Correction]]:
        """Corrected ``text`` and what changed; ``confidence`` is the line's OCR confidence.

        ``dictionary_near_misses``: False leaves unknown words a slip from a
        dictionary word alone (the caller decides them otherwise, e.g. with the
        recogniser's probabilities); the workshop's words still correct them.
        """
        if not dictionary_near_misses:
            confidence = max(confidence, NEAR_MISS_MAX_CONFIDENCE)
        changes: list[Correction] = []
        text = self._join_split_words(text, changes)
        tokens = [
            t for t in _TOKEN.findall(text) if len(t) >= 3 and not any(c.isdigit() for c in t)
        ]
        german = english = 0
        for token in tokens:
            langs = self.languages_of(token)
            if not langs:  # "Mobilitat": German once its umlaut is back
                langs = set().union(*(self.languages_of(v) for v in _umlaut_variants(token)))
            german += "deu" in langs
            english += "eng" in langs
        note_lang = "deu" if german >= english else "eng"

        def fix(match: re.Match[str]) -> str:
            word = match.group(0)
            new, reason = self._fix_word(word, confidence, note_lang)
            if new != word:
                changes.append(Correction(word, new, reason))
            return new

        return _TOKEN.sub(fix, text), changes

    def _join_split_words(self, text: str, changes: list[Correction]) -> str:
        """Two pieces one space apart written as one word where only that is a word.

        "BOOS T" -> "BOOST": the joined word is a dictionary or workshop word and a
        piece is not a word (unknown, or a single letter other than "a" and "I");
        two words stay apart ("in to", "For A"), and so do pieces of a longer word
        ("IT'S ONLY").
        """
        pieces = list(_LETTERS.finditer(text))
        out: list[str] = []
        pos = 0
        k = 0
        while k < len(pieces):
            here = pieces[k]
            if (
                k + 1 < len(pieces)
                and text[here.end() : pieces[k + 1].start()] == " "
                and text[here.start() - 1 : here.start()] not in _WORD_GLUE
                and text[pieces[k + 1].end() : pieces[k + 1].end() + 1] not in _WORD_GLUE
            ):
                there = pieces[k + 1]
                joined = here.group(0) + there.group(0)
                if self.strength(joined) >= 2 and (
                    not self._is_piece_a_word(here.group(0))
                    or not self._is_piece_a_word(there.group(0))
                ):
                    out.append(text[pos : here.start()] + joined)
                    changes.append(Correction(f"{here.group(0)} {there.group(0)}", joined, "join"))
                    pos = there.end()
                    k += 2
                    continue
            k += 1
        out.append(text[pos:])
        return "".join(out)

    def _is_piece_a_word(self, piece: str) -> bool:
        if len(piece) == 1:
            return piece in "aAI"
        return self.strength(piece) > 0

    def strength(self, word: str) -> float:
        """3: workshop word, 2: dictionary word, 1-1.5: dictionary compound, 0: unknown.

        A capital letter after a lower-case one inside a word ("StraBe") is an OCR
        slip, never German or English spelling: such a word counts as unknown.
        """
        w = word.lower()
        if w in self.workshop:
            return 3
        if any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False)):
            return 0
        langs = [lang for lang, forms in self._forms if w in forms.words]
        if langs:
            return 2
        if len(w) >= 8:
            return max((_compound_score(w, forms) for _, forms in self._forms), default=0.0)
        return 0.0

    def _fix_word(self, word: str, confidence: float, note_lang: str) -> tuple[str, str]:
        if len(word) >= 4 and 1 <= sum(ch.isdigit() for ch in word) <= 2:
            letters = self._digit_as_letter(word)
            if letters is not None:
                return letters, "digit"
        if len(word) < 3 or any(ch.isdigit() or ch == "_" for ch in word):
            return word, ""
        own = self.strength(word)
        if own == 3:
            return word, ""
        umlaut = self._umlaut_fix(word, own, note_lang)
        if umlaut is not None:
            return umlaut
        if own or len(word) < 4:
            return word, ""
        return self._near_miss_fix(word, confidence)

    def _digit_as_letter(self, word: str) -> str | None:
        """``word`` with its digits (one or two) read as the letters they resemble, if known.

        "WORD5" -> "WORDS", "Te1efon" -> "Telefon", "B00ST" -> "BOOST"; numbers
        ("2024", "A4") are left alone: at least three letters, and only one
        spelling may fit. A digit at either end only in a word of capitals
        ("Top5" stays).
        """
        where = [i for i, ch in enumerate(word) if ch.isdigit()]
        rest = "".join(ch for ch in word if not ch.isdigit())
        if len(where) > 2 or sum(ch.isalpha() for ch in rest) < 3 or not rest.isalpha():
            return None
        capitals = sum(ch.isupper() for ch in rest) >= 0.6 * len(rest)
        if any(not 0 < pos < len(word) - 1 for pos in where) and not rest.isupper():
            return None  # "Top5", "Teil2": a number after a word; "WORD5" in capitals: an S
        options = [
            [c.upper() if capitals else c for c in _DIGIT_LOOKALIKES.get(word[pos], "")]
            for pos in where
        ]
        found = set()
        for letters in itertools.product(*options):
            chars = list(word)
            for pos, letter in zip(where, letters, strict=True):
                chars[pos] = letter
            spelled = "".join(chars)
            if self.strength(spelled) >= 2:
                found.add(spelled)
        return found.pop() if len(found) == 1 else None

    def _umlaut_fix(self, word: str, own: float, note_lang: str) -> tuple[str, str] | None:
        """The umlaut restoration of ``word``, ``(word, "")`` to keep it, None if undecided."""
        own_langs = self.languages_of(word)
        variants = _umlaut_variants(word)
        in_context = [v for v in variants if self._in_workshop_context(v)]
        if in_context and note_lang not in own_langs:
            return _match_case(word, min(in_context, key=len)), "umlaut"
        if note_lang == "deu" and own_langs and "deu" not in own_langs:
            # "fur" is English, but in a German note "für" is meant.
            german = {v.lower(): v for v in variants if "deu" in self.languages_of(v)}
            if len(german) == 1:
                return _match_case(word, next(iter(german.values()))), "umlaut"
        scored = [(self.strength(v), v) for v in variants]
        top = max((sc for sc, _ in scored), default=0.0)
        if top <= own:
            return None
        best = {v.lower(): v for sc, v in scored if sc == top}
        if len(best) > 1:  # "GroBe": "Große" (one change) before "Größe" (two)
            fewest = min(_changes(word, v) for v in best.values())
            best = {k: v for k, v in best.items() if _changes(word, v) == fewest}
        if len(best) == 1:
            return _match_case(word, next(iter(best.values()))), "umlaut"
        return word, ""

    def _near_miss_fix(self, word: str, confidence: float) -> tuple[str, str]:
        """``word`` replaced by the one known word a slip away, if there is one."""
        learned = self._workshop_near_miss(word.lower())
        if learned is not None:  # the workshop's own words: at any confidence
            return _match_case(word, learned), "near-miss"
        if confidence >= NEAR_MISS_MAX_CONFIDENCE:
            return word, ""
        candidate = self._near_miss(word.lower())
        if candidate is not None:
            return _match_case(word, candidate), "near-miss"
        return word, ""

    def candidates(self, word: str, limit: int = 24) -> list[str]:
        """Known words (lower case) close to ``word``, closest first.

        Workshop words within one edit (two for long words), dictionary words one
        edit away, two common words written as one one edit away (long words; real
        notes: "Filesystam" -> "Filesystem", exact 67 % -> 68 %), umlaut restorations.
        """
        lower = word.lower()
        key = (lower, limit, len(self.workshop))  # the workshop's words only grow
        hit = self._candidates_memo.get(key)
        if hit is None:
            hit = self._candidates(lower, limit)
            if len(self._candidates_memo) > 20_000:
                self._candidates_memo.clear()
            self._candidates_memo[key] = hit
        return list(hit)

    def _candidates(self, lower: str, limit: int) -> tuple[str, ...]:
        """:meth:`candidates`, computed (the same words recur on a board: "VSTS", "CS")."""
        found = {
            w
            for w in self.workshop
            if len(w) >= 3
            and abs(len(w) - len(lower)) <= 2
            and _distance(w, lower) <= (2 if len(lower) >= 8 else 1)
        }
        edits = _edits1(lower)
        found |= {e for e in edits if any(e in forms.words for _, forms in self._forms)}
        if len(lower) >= COMPOUND_CANDIDATES:
            found |= {e for e in edits if self._common_pair(e)}
        found |= {v.lower() for v in _umlaut_variants(lower) if self.strength(v) > 0}
        found.discard(lower)
        return tuple(sorted(found, key=lambda w: (_distance(w, lower), w))[:limit])

    def _workshop_near_miss(self, lower: str) -> str | None:
        """The single closest workshop word one edit away (two for long words), else None."""
        if not WORKSHOP_NEAR_MISS_ANY_CONFIDENCE:
            return None
        ws_hits = [
            w
            for w in self.workshop
            if abs(len(w) - len(lower)) <= 2
            and _distance(w, lower) <= (2 if len(lower) >= 8 else 1)
        ]
        if not ws_hits:
            return None
        best = min(_distance(w, lower) for w in ws_hits)
        top = [w for w in ws_hits if _distance(w, lower) == best]
        return top[0] if len(top) == 1 else None

    def _near_miss(self, lower: str) -> str | None:
        """The single best known word one edit away (two for long workshop words), else None."""
        ws_hits = [
            w
            for w in self.workshop
            if abs(len(w) - len(lower)) <= 2
            and _distance(w, lower) <= (2 if len(lower) >= 8 else 1)
        ]
        if ws_hits:
            best = min(_distance(w, lower) for w in ws_hits)
            top = [w for w in ws_hits if _distance(w, lower) == best]
            return top[0] if len(top) == 1 else None
        hits = {e for e in _edits1(lower) if any(e in forms.words for _, forms in self._forms)}
        return next(iter(hits)) if len(hits) == 1 else None


def _has_prefix(words: list[str], prefix: str) -> bool:
    """A word of the sorted ``words`` begins with ``prefix``."""
    i = bisect.bisect_left(words, prefix)
    return i < len(words) and words[i].startswith(prefix)


def _compound_score(word: str, forms: WordForms) -> float:
    """1.5: ``word`` splits into two words; 1: into compound parts (linking s allowed); else 0."""
    best = 0.0
    for i in range(3, len(word) - 3):
        head, tail = word[:i], word[i:]
        if head.endswith("s") and head not in forms.parts:
            head = head[:-1]
        if tail in forms.parts and head in forms.parts:
            both_words = tail in forms.words and head in forms.words
            best = max(best, 1.5 if both_words else 1.0)
            if best == 1.5:
                break
    return best


def _changes(word: str, variant: str) -> int:
    """How many letters differ between a word and a same-length variant of it."""
    return sum(a != b for a, b in zip(word, variant, strict=False)) + abs(len(word) - len(variant))


def _umlaut_variants(word: str) -> list[str]:
    """Spellings of ``word`` with diacritics restored (the word itself excluded)."""
    out: set[str] = set()
    bases = [word]
    for old, new in _DIGRAPHS:
        if old in word:
            bases.append(word.replace(old, new))
    for base in bases:
        out.update(_swaps(base))
    out.update(bases)
    out.discard(word)
    return sorted(out)


def _swaps(word: str) -> set[str]:
    out: set[str] = set()
    positions = [i for i, ch in enumerate(word) if ch in _UMLAUT_SWAPS]
    # "B" stands for ß only inside a lower-case word ("StraBe", not "BAR").
    positions = [i for i in positions if word[i] != "B" or (i > 0 and word[i - 1].islower())]
    positions = positions[:_MAX_SWAPS]
    chars = list(word)
    for mask in itertools.product((False, True), repeat=len(positions)):
        if not any(mask):
            continue
        trial = chars[:]
        for use, i in zip(mask, positions, strict=False):
            if use:
                trial[i] = _UMLAUT_SWAPS[word[i]][0]
        out.add("".join(trial))
    return out


def _edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    transposes = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    inserts = {a + c + b for a, b in splits for c in _ALPHABET}
    return (deletes | transposes | replaces | inserts) - {word}


def _distance(a: str, b: str) -> int:
    """Levenshtein distance."""
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
