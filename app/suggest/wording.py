"""Suggestions "by similar wording": notes that speak of the same things.

Each word of a note is reduced to its lemma (simplemma's German and English
dictionaries, shipped inside its wheel: "Bürgerräte" -> "Bürgerrat", "gebaut" ->
"bauen"), German compounds are split into their parts ("Datenplattform" -> "Daten",
"Plattform"), stop words are dropped. A note becomes a TF-IDF vector of its lemmas,
their parts (so "Datenplattform" meets "Offene Daten") and their character trigrams
(so a misreading still meets its word). That lexical similarity is combined with
the cosine of the notes' sentence vectors (:mod:`app.suggest.sentence_vectors`,
multilingual-e5-small, which knows that "Radwege" and "Busverbindungen" are both
about getting around, and that "Mehr Radwege" and "More cycle lanes" say the same),
centred on the station's own notes (what all of them share says nothing of their
themes).

A station of :data:`GRAPH_NOTES` or more notes is grouped as a graph: each note is
linked to its √n nearest, and spectral clustering splits the graph into the
number of groups whose partition has the highest modularity (:func:`graph_groups`),
so no similarity threshold decides how many themes there are; a note no more alike
than average to each other member of its group (similarity at most 0) stays out of
it. On the written sets (``bench/suggest.py``) this gives an adjusted Rand index of
0.801 on ``tune`` and 0.271 on ``tune2`` (tuned on), 0.731 on ``heldout`` and 0.469
on the third set (never tuned on); average linkage at a threshold gave 0.664, 0.179,
0.516, 0.364. Those sets all have eight themes of eight notes, so the bench also
draws 60 stations of 2 to 12 themes of 3 to 8 notes (:func:`bench.suggest.mixed_stations`):
mean ARI 0.475 from the tuning sets' themes, 0.481 from the held-out ones (0.399
and 0.445 while stations of 8 to 15 notes were still grouped by average linkage;
0.449 and 0.479 with the modularity at resolution 1, see
:data:`app.suggest.spectral.RESOLUTION`, which then gave ``heldout`` 0.655).
A station of fewer notes is too small a graph: each note's similarities to all others form
its profile, two notes are as similar as their profiles (a second-order similarity,
which separates themes that share a general tone, such as "digital"), and
average-linkage clustering, run as a nearest-neighbour chain in O(n²), groups
them down to a threshold. The words most group members share name the groups.

Tried on the tuning sets and the mixed stations drawn from their themes, with
no gain and so not kept: a resolution above 1 for the modularity (on the 8-by-8
sets it found eight groups more often, held-out 0.751, but it split a station of
three themes into six: it had learnt the sets' shape), the eigengap or the
silhouette to choose the number of groups, mutual or self-tuning neighbour
graphs, fewer or more neighbours, co-association of several graphs, lexical
shares from 0 to 0.45, the second-order similarity on the graph, earlier layers
of the encoder, weighting pieces by rarity, removing the stations' leading
principal components, and matching notes piece by piece (BERTScore). What limits
the grouping is the sentence vectors (the share of same-theme pairs ranked above
different-theme pairs is 0.92 on ``tune`` and ``heldout`` but 0.76 on ``tune2``),
not their 4-bit weights (``bench/wording_precision.py``). Also tried since (tune,
tune2, mixed stations from their themes; 0.801, 0.264, 0.449 at resolution 1): the partitions
refined node by node to a higher modularity (0.637, 0.238, 0.452), OpenThesaurus's
German synonym sets (Debian ``openthesaurus-de-text``) as lexical features (at most
0.801, 0.264, 0.461), and other texts before the notes for the encoder ("passage: "
0.515, 0.183, 0.387; "query: Thema: " 0.766, 0.230, 0.461).
Names come from reviewed text; a group without reviewed text gets a provisional
name for the facilitator to confirm. Grouping 60 notes takes some 1.6 s, nearly
all of it the encoder's: run it off the GUI thread.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from app.domain import Note
from app.errors import InvalidInputError
from app.suggest.core import Suggestion
from app.suggest.e5_small import MAX_CHARS, TEXT_PIECES
from app.suggest.sentence_vectors import sentence_vectors
from app.suggest.spectral import graph_groups, unit_rows

STOP_WORDS = frozenset(
    """
    aber alle allem allen aller alles als also am an ander andere anderen anderer anderes
    auch auf aus bei beim bereits besser bin bis bitte bzw da dabei dadurch dafür damit
    dann daran darauf darf darum das dass dem den denen denn der deren des dessen die dies
    diese diesem diesen dieser dieses doch dort du durch eher ein eine einem einen einer
    eines einfach einige er es etc etwa etwas euch für ganz gar gegen geht gibt gut haben
    hat hier ich ihr ihre im immer in ins ist ja je jede jedem jeden jeder jedes jetzt kann
    kein keine keinen können könnte man manche mehr mit möglich möglichst muss müssen nach
    neue neuen nicht nichts noch nur ob oder ohne schon sehr sein seine sich sie sind so
    soll sollen sollte sowie statt über um und uns unser unsere unter usw viel viele vom
    von vor war wäre was weil weiter weniger wenn wer werden wie wieder wir wird wo wollen
    zu zum zur zwischen
    a about all also an and are as at be been but by can could do does for from get has
    have how if in into is it its more most much no not of on or our should so some such
    than that the their them there these they this to too us use very was we were what
    when where which who why will with would you your
    """.split()
)

_FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})
#: Linking elements between the parts of a German compound ("Verkehr-s-wende").
_LINKS = ("", "s", "es", "n", "en", "e")
#: Shortest part of a compound that is split off.
MIN_PART = 3
#: Longest run of letters that counts as a word (German's long compounds have some 40):
#: a longer one ("xxxx…" pasted in) is no word and would name a group.
MAX_WORD = 64
#: Average-linkage threshold on the second-order similarity, and share of the
#: lexical similarity against the sentence vectors' one: both chosen on the written
#: set's ``tune`` part alone, as the pair with the best mean ARI when one theme at a
#: time is left out (0.776; leaving themes out keeps the choice from fitting the
#: eight themes of ``tune``).
SIMILARITY = 0.175
LEXICAL_WEIGHT = 0.15
#: Notes in a station at which the station's own mean counts half: with fewer, the
#: sentence vectors are centred and the profiles compared only in part (two or three
#: notes have no meaningful mean or profile: two centred vectors point apart).
CONTEXT_NOTES = 2
#: A station of at most this many notes: see :func:`similarity_matrix`.
FEW_NOTES = 4
#: Most notes grouped at once: memory grows with the square of their number, time faster
#: than it (2,000 notes as a graph: 34 s of CPU, 51 s on 2 busy cores, 0.5 GiB, the
#: encoder included; by average linkage 29 s); a station of a real workshop has a few
#: hundred at the most. More is refused with a message.
MAX_NOTES = 2000
#: A station of at least this many notes is grouped as a graph (see
#: :func:`graph_groups`); fewer make too small a graph and are grouped by average
#: linkage at :data:`SIMILARITY`. Chosen on 120 stations drawn from the tuning
#: sets' themes: of 8 to 15 notes, mean ARI 0.58 as a graph against 0.29 by average
#: linkage (sample boards 0.000/0.444/0.125 against 0.000/0.444/0.182); fewer
#: notes the drawn stations hardly have, and there the linkage's special care for
#: two to four notes (:func:`similarity_matrix`) stays.
GRAPH_NOTES = 8
#: Weight of a character trigram against 2 for a whole lemma (misreadings still meet).
TRIGRAM_WEIGHT = 0.35
LANGUAGES = ("de", "en")


def fold(word: str) -> str:
    return word.lower().translate(_FOLD)


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of a word (German first, then English), as written."""
    import simplemma

    return str(simplemma.lemmatize(word, lang=LANGUAGES))


@lru_cache(maxsize=65536)
def _known(word: str) -> bool:
    import simplemma

    if len(word) < MIN_PART:
        return False
    return any(simplemma.is_known(w, lang=LANGUAGES) for w in (word, word.capitalize()))


@lru_cache(maxsize=65536)
def split_compound(word: str) -> tuple[str, ...]:
    """The parts of a German compound, as written (``()`` for a simple word).

    The head (last part) must be a known word, the rest a known word or itself a
    compound, each at least three letters, with an optional linking "s", "es", "n".
    Among several splits the one with the longest head wins.
    """
    if len(word) < 2 * MIN_PART + 1:
        return ()
    lower = word.lower()
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head = lower[cut:]
        if not _known(head):
            continue
        modifier = word[:cut]
        for link in _LINKS:
            if link and not modifier.lower().endswith(link):
                continue
            stem = modifier[: len(modifier) - len(link)] if link else modifier
            if len(stem) < MIN_PART:
                continue
            if _known(stem):
                return (stem, head.capitalize() if word[:1].isupper() else head)
            inner = split_compound(stem)
            if inner:
                return (*inner, head.capitalize() if word[:1].isupper() else head)
    return ()


def words_of(text: str) -> list[str]:
    """The content words of a text, as written.

    Stop words, numbers and runs of letters longer than :data:`MAX_WORD` are dropped.
    """
    return [
        w
        for w in re.findall(r"[^\W\d_]{3,}", text)
        if len(w) <= MAX_WORD and w.lower() not in STOP_WORDS
    ]


@dataclass(frozen=True)
class Term:
    """One concept a note mentions: a lemma or a compound's part, and how it was written."""

    key: str
    surface: str
    part: bool = False


def terms_of(text: str) -> list[Term]:
    """The lemmas of the content words and compound parts of a text's first characters.

    As many characters as the sentence encoder reads (:data:`MAX_CHARS`): a note
    pasted full of text costs no more than a long note. Composed (NFC), so that a
    "u" with a combining diaeresis is the "ü" of the dictionaries.
    """
    terms = []
    for word in words_of(unicodedata.normalize("NFC", text[:MAX_CHARS])):
        base = lemma(word)
        if base.lower() in STOP_WORDS:
            continue
        terms.append(Term(fold(base), word))
        for part in split_compound(word):
            if part.lower() not in STOP_WORDS:
                terms.append(Term(fold(lemma(part)), part, part=True))
    return terms


def _features(texts: list[str]) -> np.ndarray:
    docs: list[dict[str, float]] = []
    for text in texts:
        grams: dict[str, float] = {}
        for term in terms_of(text):
            key = f"w:{term.key}"
            grams[key] = grams.get(key, 0.0) + (1.0 if term.part else 2.0)
            if not term.part:
                padded = f"#{term.key}#"
                for i in range(len(padded) - 2):
                    gram = padded[i : i + 3]
                    grams[gram] = grams.get(gram, 0.0) + TRIGRAM_WEIGHT
        docs.append(grams)
    index: dict[str, int] = {}
    for doc in docs:
        for gram in doc:
            index.setdefault(gram, len(index))
    df = Counter(g for d in docs for g in d)
    matrix = np.zeros((len(texts), max(len(index), 1)))
    for row, doc in enumerate(docs):
        for gram, count in doc.items():
            matrix[row, index[gram]] = count * (1 + math.log((1 + len(texts)) / (1 + df[gram])))
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms == 0, 1, norms)


def average_linkage(similarity: np.ndarray) -> list[tuple[float, int, int]]:
    """All merges of average-linkage clustering as ``(similarity, a, b)``, best first.

    The nearest-neighbour chain algorithm: O(n²) time for n items, since average
    linkage is reducible. Clusters are named by the smallest index they hold.
    """
    n = len(similarity)
    link = similarity.astype(float).copy()
    np.fill_diagonal(link, -np.inf)
    sizes = np.ones(n)
    alive = np.ones(n, dtype=bool)
    merges: list[tuple[float, int, int]] = []
    chain: list[int] = []
    while alive.sum() > 1:
        if not chain:
            chain.append(int(np.flatnonzero(alive)[0]))
        top = chain[-1]
        row = np.where(alive, link[top], -np.inf)
        row[top] = -np.inf
        best = int(np.argmax(row))
        if len(chain) > 1 and row[chain[-2]] >= row[best]:
            best = chain[-2]
        if len(chain) > 1 and best == chain[-2]:
            chain.pop()
            chain.pop()
            a, b = sorted((top, best))
            merges.append((float(link[a, b]), a, b))
            merged = (link[a] * sizes[a] + link[b] * sizes[b]) / (sizes[a] + sizes[b])
            link[a], link[:, a] = merged, merged
            link[a, a] = -np.inf
            sizes[a] += sizes[b]
            alive[b] = False
            link[b], link[:, b] = -np.inf, -np.inf
        else:
            chain.append(best)
    return sorted(merges, key=lambda m: -m[0])


def _mixed(vectors: np.ndarray, lexical: np.ndarray) -> np.ndarray:
    """Cosines of unit sentence vectors and of lexical features, mixed at :data:`LEXICAL_WEIGHT`."""
    return (1 - LEXICAL_WEIGHT) * (vectors @ vectors.T) + LEXICAL_WEIGHT * (lexical @ lexical.T)


def similarity_matrix(texts: list[str]) -> np.ndarray:
    """How alike each pair of texts is in wording and meaning (1 on the diagonal).

    The sentence vectors are centred on the texts' mean (what all notes of a
    workshop share says nothing about their themes), the lexical and semantic
    cosines are mixed, and each pair is scored by the cosine of their centred rows.
    With few texts the mean and the rows mean little, so both count less; with at
    most :data:`FEW_NOTES`, a text's similarity to itself counts in its row as much
    as its similarity to its nearest other text (with the 1 there, two rows of three
    differ most where each meets itself, and no two of three notes would group).
    """
    n = len(texts)
    lexical = _features(texts)
    context = n / (n + CONTEXT_NOTES)
    vectors = sentence_vectors(texts).astype(float)
    vectors = unit_rows(vectors - context * vectors.mean(axis=0))
    direct = _mixed(vectors, lexical)
    rows = direct.copy()
    if 1 < n <= FEW_NOTES:
        others = np.where(np.eye(n, dtype=bool), -np.inf, direct)
        np.fill_diagonal(rows, others.max(axis=1))
    profiles = unit_rows(rows - rows.mean(axis=1, keepdims=True))
    return context * (profiles @ profiles.T) + (1 - context) * direct


def graph_similarity(texts: list[str]) -> np.ndarray:
    """How alike each pair of texts is, for :func:`graph_groups` (1 on the diagonal).

    The texts' sentence vectors (pooled over their own pieces) centred on their
    mean, their cosines mixed with the lexical ones (share :data:`LEXICAL_WEIGHT`).
    """
    lexical = _features(texts)
    vectors = sentence_vectors(texts, TEXT_PIECES).astype(float)
    vectors = unit_rows(vectors - vectors.mean(axis=0))
    return _mixed(vectors, lexical)


def cluster_texts(texts: list[str], threshold: float | None = None) -> list[list[int]]:
    """Groups of texts that say alike things (as lists of their indices, largest first).

    A station of :data:`GRAPH_NOTES` or more is grouped as a graph
    (:func:`graph_groups`); a smaller one (or any, if ``threshold`` is given) by
    average linkage of the texts whose mean similarity is above ``threshold``
    (default :data:`SIMILARITY`).
    """
    if not texts:
        return []
    groups: dict[int, list[int]] = {}
    if len(texts) >= GRAPH_NOTES and threshold is None:
        similarity = graph_similarity(texts)
        labels = graph_groups(similarity)
        for i, label in enumerate(labels):
            mates = labels == label
            mates[i] = False
            # a note no more alike than average to each other member stays on its own
            key = int(label) if mates.any() and similarity[i, mates].max() > 0 else -1 - i
            groups.setdefault(key, []).append(i)
        return sorted(groups.values(), key=lambda c: (-len(c), c[0]))
    threshold = SIMILARITY if threshold is None else threshold
    similarity = similarity_matrix(texts)
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # merges come in the order greedy average linkage makes them: stop at the threshold
    for value, a, b in average_linkage(similarity):
        if value < threshold:
            break
        parent[find(b)] = find(a)
    for i in range(len(texts)):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda c: (-len(c), c[0]))


def keywords_for(notes: list[Note], limit: int = 3) -> list[str]:
    """The words that describe a group best: shared by most of its notes, as written.

    Whole words win over compound parts that are as frequent; a part of a word
    already chosen ("Halt" after "Rückhalt") is not chosen again.
    """
    counts: Counter[str] = Counter()
    whole: Counter[str] = Counter()
    surface: dict[str, Counter[str]] = {}
    for note in notes:
        seen = set()
        for term in terms_of(note.text or ""):
            if term.key not in seen:
                counts[term.key] += 1
                seen.add(term.key)
            if not term.part:
                whole[term.key] += 1
            surface.setdefault(term.key, Counter())[term.surface] += 1
    chosen: list[str] = []
    for key in sorted(counts, key=lambda k: (-counts[k], -whole[k], -len(k), k)):
        if len(chosen) < limit and not any(key in k or k in key for k in chosen):
            chosen.append(key)
    return [surface[k].most_common(1)[0][0] for k in chosen]


def group_name(notes: list[Note]) -> tuple[str, bool, list[str]]:
    """A name for a group, whether it is provisional, and the keywords it came from.

    The name is made from reviewed notes' words where the group has any; otherwise
    from every note's (unreviewed) text, and marked provisional.
    """
    reviewed = [n for n in notes if n.reviewed and words_of(n.text or "")]
    words = keywords_for(reviewed or notes)
    name = " / ".join(words[:2]) if words else "?"
    return name, not reviewed, words


def suggest_by_wording(notes: list[Note], language: str = "de") -> list[Suggestion]:
    """Groups of at least two notes with similar words, named by their shared words.

    Raises :class:`InvalidInputError` for more than :data:`MAX_NOTES` notes with words.
    """
    readable = [n for n in notes if words_of((n.text or "")[:MAX_CHARS])]
    if len(readable) > MAX_NOTES:
        raise InvalidInputError.coded("wording.too_many", count=len(readable), limit=MAX_NOTES)
    groups = cluster_texts([n.text or "" for n in readable])
    suggestions = []
    for group in groups:
        if len(group) < 2:
            continue
        members = [readable[i] for i in group]
        name, provisional, words = group_name(members)
        suggestions.append(
            Suggestion(
                name, [n.id for n in members], "text", keywords=words, provisional=provisional
            )
        )
    return suggestions
