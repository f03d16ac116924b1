"""Grouping by wording knows what words mean: the real sentence encoder, no fakes."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from app.domain import Note
from app.suggest.e5_small import MAX_CHARS
from app.suggest.sentence_vectors import DIMENSIONS, plain, sentence_vectors
from app.suggest.spectral import graph_groups, modularity, neighbour_graph
from app.suggest.wording import GRAPH_NOTES, cluster_texts, keywords_for, suggest_by_wording
from bench.suggest import _labels, adjusted_rand_index, mixed_stations

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
    """As a neighbour graph: 0.801 and 0.731 (0.655 held-out with the modularity at
    resolution 1, with six groups; by average linkage at a threshold 0.664 and 0.516,
    with 12 and 11 groups; lexical grouping alone 0.16 on both parts)."""
    written = json.loads(WRITTEN.read_text("utf-8"))
    for part, least in (("tune", 0.75), ("heldout", 0.7)):
        texts = [n for t in written[part] for n in t["notes"]]
        truth = [k for k, t in enumerate(written[part]) for _ in t["notes"]]
        clusters = cluster_texts(texts)
        assert adjusted_rand_index(truth, _labels(len(texts), clusters)) >= least, part
        assert abs(len(clusters) - len(written[part])) <= 2, part


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


def test_a_neighbour_graph_is_split_where_its_modularity_is_highest() -> None:
    """Four blocks of alike items among noise: four groups, found without a threshold."""
    rng = np.random.default_rng(7)
    truth = np.repeat(np.arange(4), [8, 6, 5, 9])
    similarity = np.where(truth[:, None] == truth[None, :], 0.35, 0.05)
    similarity = similarity + rng.normal(0, 0.08, similarity.shape)
    similarity = (similarity + similarity.T) / 2
    np.fill_diagonal(similarity, 1)
    labels = graph_groups(similarity)
    assert adjusted_rand_index(list(truth), list(labels)) == 1.0
    assert np.array_equal(labels, graph_groups(similarity))  # the same every run
    graph = neighbour_graph(similarity, 5)
    assert np.array_equal(graph, graph.T) and (graph >= 0).all() and not graph.diagonal().any()
    assert ((graph > 0).sum(axis=1) >= 5).all()
    assert modularity(graph, truth) > modularity(graph, truth % 2) > modularity(graph, 0 * truth)


def test_a_station_of_many_notes_is_grouped_into_as_many_groups_as_it_has_themes() -> None:
    written = json.loads(WRITTEN.read_text("utf-8"))["tune"][:3]
    texts = [n for t in written for n in t["notes"]]
    assert len(texts) >= GRAPH_NOTES
    truth = [k for k, t in enumerate(written) for _ in t["notes"]]
    clusters = cluster_texts(texts)
    assert len(clusters) == 3 and sum(len(c) for c in clusters) == len(texts)
    assert adjusted_rand_index(truth, _labels(len(texts), clusters)) >= 0.8


def test_a_small_station_is_grouped_as_a_graph_too() -> None:
    """Stations of 8 to 15 notes drawn from the written themes (2 to 5 themes of 3 to 8
    notes): 0.504 as a neighbour graph, 0.390 by average linkage at a threshold."""
    written = json.loads(WRITTEN.read_text("utf-8"))["tune"]
    themes = [(t["theme"], t["notes"]) for t in written]
    small = [s for s in mixed_stations(themes, 120, seed=3)
             if 8 <= sum(len(notes) for _, notes in s) < 16]  # fmt: skip
    assert len(small) == 20
    scores = []
    for station in small:
        texts = [n for _, notes in station for n in notes]
        truth = [k for k, (_, notes) in enumerate(station) for _ in notes]
        scores.append(adjusted_rand_index(truth, _labels(len(texts), cluster_texts(texts))))
    assert sum(scores) / len(scores) >= 0.47


def test_copies_of_one_text_make_one_group_whatever_their_order() -> None:
    """Equal similarities are all neighbours: no star around the first items, no split."""
    alike = np.full((20, 20), 0.4)
    np.fill_diagonal(alike, 1)
    assert not graph_groups(alike).any()
    assert not graph_groups(np.zeros((17, 17))).any()  # nothing alike: nothing to split
    assert not graph_groups(np.full((17, 17), np.nan)).any()  # broken vectors: no error
    assert cluster_texts(["Mehr Radwege"] * 20) == [list(range(20))]
    two = ["Mehr Radwege"] * 10 + ["Bessere Schulen"] * 10
    assert cluster_texts(two) == [list(range(10)), list(range(10, 20))]


def test_the_groups_do_not_depend_on_the_order_of_the_notes() -> None:
    written = json.loads(WRITTEN.read_text("utf-8"))["tune"][:4]
    texts = [n for t in written for n in t["notes"]]
    forward = sorted(sorted(c) for c in cluster_texts(texts))
    backward = cluster_texts(texts[::-1])
    assert forward == sorted(sorted(len(texts) - 1 - i for i in c) for c in backward)


def test_a_station_of_huge_notes_is_grouped_as_their_first_characters() -> None:
    """A stranger's project: huge notes in a large station are read up to the cap."""
    written = json.loads(WRITTEN.read_text("utf-8"))["tune"][:3]
    texts = [n for t in written for n in t["notes"]]
    huge = [(t + " ") * (100_000 // len(t)) for t in texts]
    assert len(huge) >= GRAPH_NOTES
    assert cluster_texts(huge) == cluster_texts([t[:MAX_CHARS] for t in huge])
