"""Grouping by wording knows what words mean: the real sentence encoder, no fakes."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from app.domain import Note
from app.suggest.sentence_vectors import DIMENSIONS, plain, sentence_vectors
from app.suggest.wording import cluster_texts, keywords_for, suggest_by_wording
from bench.suggest import _labels, adjusted_rand_index

WRITTEN = Path(__file__).resolve().parents[1] / "bench" / "data" / "wording_de.json"


def test_sentence_vectors_are_unit_vectors_that_know_meaning() -> None:
    texts = ["Mehr Radwege", "More cycle lanes", "Grundsteuer erhöhen", "Mehr Radwege"]
    vectors = sentence_vectors(texts)
    assert vectors.shape == (4, DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-3)
    assert np.array_equal(vectors[0], vectors[3])
    # the same idea in two languages is closer than another idea in the same one (e5's
    # cosines all lie high, 0.75-0.95 for short notes: the wording centres them first)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.03
    assert sentence_vectors([]).shape == (0, DIMENSIONS)


def test_synonyms_without_a_shared_word_are_grouped_and_unrelated_notes_kept_apart() -> None:
    texts = [
        "Müll vermeiden", "Weniger Abfall",
        "Bürokratie abbauen", "Verwaltung vereinfachen",
        "More cycle lanes", "Mehr Radwege",
        "Kostenloses WLAN", "Free wifi in the park",
        "Kaffee",
    ]  # fmt: skip
    clusters = {frozenset(c) for c in cluster_texts(texts)}
    assert clusters == {
        frozenset({0, 1}), frozenset({2, 3}), frozenset({4, 5}), frozenset({6, 7}),
        frozenset({8}),
    }  # fmt: skip
    notes = [
        Note(id=i + 1, photo_id=1, polygon=[(0, 0), (1, 0), (1, 1)], text=t, reviewed=i < 2)
        for i, t in enumerate(texts)
    ]
    suggestions = suggest_by_wording(notes)
    assert sorted(s.note_ids for s in suggestions) == [[1, 2], [3, 4], [5, 6], [7, 8]]
    waste = next(s for s in suggestions if s.note_ids == [1, 2])
    assert not waste.provisional and {"Müll", "Abfall"} & set(waste.name.split(" / "))
    assert all(s.provisional for s in suggestions if s is not waste)


def test_written_notes_are_grouped_by_theme() -> None:
    written = json.loads(WRITTEN.read_text("utf-8"))
    for part in ("tune", "heldout"):
        texts = [n for t in written[part] for n in t["notes"]]
        truth = [k for k, t in enumerate(written[part]) for _ in t["notes"]]
        found = _labels(len(texts), cluster_texts(texts))
        # lexical grouping alone scored 0.16 on both parts
        assert adjusted_rand_index(truth, found) >= 0.5, part


def test_block_capitals_are_read_as_words() -> None:
    assert plain("PROZESSE") == "Prozesse"
    assert plain("KLARE\nKOMMUNIKATION") == "Klare Kommunikation"
    assert plain("ÖPNV-Takt  verdichten") == "ÖPNV-Takt verdichten"
    # a header card in capitals joins the notes it names, not the other header cards
    texts = ["PROZESSE", "RÜCKHALT", "Schlanke Prozesse", "Rückhalt von oben", "ORTE"]
    assert {frozenset(c) for c in cluster_texts(texts) if len(c) > 1} == {
        frozenset({0, 2}),
        frozenset({1, 3}),
    }


def test_a_name_does_not_repeat_a_part_of_its_first_word() -> None:
    notes = [
        Note(id=i, photo_id=1, polygon=[(0, 0), (1, 0), (1, 1)], text=t)
        for i, t in enumerate(["RÜCKHALT", "Rückhalt von oben", "Silos aufbrechen"])
    ]
    words = keywords_for(notes)
    assert words[0] == "RÜCKHALT" and "Halt" not in words and len(words) == 3
