"""Suggestions "by similar wording": notes that share words or word stems.

Each note becomes a TF-IDF vector of its word stems and their character trigrams
(German and English stop words removed, umlauts folded), so "Bürgerrat" and
"Bürgerräte" or "Daten" and "Datenplattform" come together; average-linkage
clustering on cosine similarity groups them, and the most telling words name them.
"""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

from app.domain import Note
from app.suggest.core import Suggestion

STOP_WORDS = frozenset(
    """
    aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei
    beim bin bis bzw da damit dann das dass dem den denn der des die dies diese diesem diesen
    dieser dieses doch dort durch ein eine einem einen einer eines er es etc etwa euch für
    gegen gibt hat hier ich ihr im in ins ist ja jede jeder jedes kann kein keine können mal
    man mehr mit muss müssen nach nicht noch nur ob oder ohne sehr sich sie sind so soll
    sollen sowie über um und uns unter viel vom von vor war was weil wenn wer werden wie
    wieder wir wird wo zu zum zur zwischen
    a about all also an and are as at be but by can do for from has have how if in into is it
    its more no not of on or our so than that the their there these this to too us was we
    were what when which who will with you your
    """.split()
)

_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
_SUFFIXES = ("ungen", "ung", "heit", "keit", "en", "er", "es", "e", "n", "s")
SIMILARITY = 0.22


def stem(word: str) -> str:
    """A light stem: folded umlauts, common German and English endings removed."""
    word = word.lower().translate(_FOLD)
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def words_of(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]{3,}", text) if w.lower() not in STOP_WORDS]


def _features(texts: list[str]) -> tuple[np.ndarray, list[str]]:
    docs: list[Counter[str]] = []
    for text in texts:
        grams: Counter[str] = Counter()
        for word in words_of(text):
            s = stem(word)
            grams[f"w:{s}"] += 2
            padded = f"#{s}#"
            grams.update(padded[i : i + 3] for i in range(len(padded) - 2))
        docs.append(grams)
    vocabulary = sorted({g for d in docs for g in d})
    index = {g: i for i, g in enumerate(vocabulary)}
    df = Counter(g for d in docs for g in d)
    matrix = np.zeros((len(texts), len(vocabulary)))
    for row, doc in enumerate(docs):
        for gram, count in doc.items():
            matrix[row, index[gram]] = count * math.log((1 + len(texts)) / (1 + df[gram]))
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms), vocabulary


def cluster_texts(texts: list[str], threshold: float = SIMILARITY) -> list[list[int]]:
    """Average-linkage clusters of texts whose mean cosine similarity is above ``threshold``."""
    if not texts:
        return []
    vectors, _ = _features(texts)
    sim = vectors @ vectors.T
    clusters = [[i] for i in range(len(texts))]
    link = sim.copy()
    np.fill_diagonal(link, -1.0)
    sizes = np.ones(len(texts))
    alive = np.ones(len(texts), dtype=bool)
    while True:
        masked = np.where(alive[:, None] & alive[None, :], link, -1.0)
        a, b = np.unravel_index(int(np.argmax(masked)), masked.shape)
        if masked[a, b] < threshold:
            break
        # average linkage: the merged row is the size-weighted mean of both rows
        link[a] = (link[a] * sizes[a] + link[b] * sizes[b]) / (sizes[a] + sizes[b])
        link[:, a] = link[a]
        link[a, a] = -1.0
        sizes[a] += sizes[b]
        alive[b] = False
        clusters[a] += clusters[b]
        clusters[b] = []
    return sorted((c for c in clusters if c), key=lambda c: (-len(c), c[0]))


def keywords_for(notes: list[Note], limit: int = 3) -> list[str]:
    """The words that describe a group best: frequent in it, as written in the notes."""
    stems: Counter[str] = Counter()
    surface: dict[str, Counter[str]] = {}
    for note in notes:
        for word in set(words_of(note.text or "")):
            s = stem(word)
            stems[s] += 1
            surface.setdefault(s, Counter())[word] += 1
    ranked = sorted(stems, key=lambda s: (-stems[s], -len(s), s))
    return [surface[s].most_common(1)[0][0] for s in ranked[:limit] if stems[s] >= 1]


def suggest_by_wording(notes: list[Note], language: str = "de") -> list[Suggestion]:
    """Groups of at least two notes with similar words, named by their shared words."""
    readable = [n for n in notes if words_of(n.text or "")]
    groups = cluster_texts([n.text or "" for n in readable])
    suggestions = []
    for group in groups:
        if len(group) < 2:
            continue
        members = [readable[i] for i in group]
        words = keywords_for(members)
        name = " / ".join(words[:2]) if words else "?"
        suggestions.append(Suggestion(name, [n.id for n in members], "wording", keywords=words))
    return suggestions
