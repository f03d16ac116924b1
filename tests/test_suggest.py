"""Theme suggestions on boards rendered with known groups."""

from __future__ import annotations

from collections import Counter
from math import comb
from pathlib import Path

import numpy as np
import pytest

from app.domain import Note
from app.errors import InvalidInputError
from app.suggest import apply_suggestions, suggest
from app.suggest.core import suggest_by_colour
from app.suggest.layout import suggest_by_layout
from app.suggest.wording import (
    MAX_NOTES,
    MAX_WORD,
    cluster_texts,
    suggest_by_wording,
    words_of,
)
from tests.synthetic.boards import render_board

GROUPS = [
    (
        "Prozesse",
        [
            ("Schlanke Prozesse", "yellow"),
            ("Klare Kommunikation", "yellow"),
            ("Wenig Bürokratie", "yellow"),
        ],
    ),
    ("Rückhalt", [("Politisches Mandat", "pink"), ("Rückhalt von oben", "pink")]),
    (
        "Zusammenarbeit",
        [
            ("Allianz der Willigen", "green"),
            ("Interkommunal arbeiten", "green"),
            ("Kosten teilen", "green"),
            ("Silos aufbrechen", "blue"),
        ],
    ),
    (
        "Daten",
        [
            ("Urbane Datenplattform", "blue"),
            ("Offene Daten", "blue"),
            ("Datenschutz beachten", "orange"),
        ],
    ),
]


def adjusted_rand_index(truth: list[int], found: list[int]) -> float:
    pairs = Counter(zip(truth, found, strict=True))
    sum_ij = sum(comb(n, 2) for n in pairs.values())
    sum_a = sum(comb(n, 2) for n in Counter(truth).values())
    sum_b = sum(comb(n, 2) for n in Counter(found).values())
    expected = sum_a * sum_b / comb(len(truth), 2)
    maximum = (sum_a + sum_b) / 2
    return 1.0 if maximum == expected else (sum_ij - expected) / (maximum - expected)


def test_adjusted_rand_index_reference_values() -> None:
    assert adjusted_rand_index([0, 0, 1, 1], [5, 5, 7, 7]) == 1.0
    assert adjusted_rand_index([0, 0, 1, 1], [0, 1, 0, 1]) < 0


def _truth_notes(groups: list, seed: int, **kwargs: object) -> tuple[list[Note], list[int], dict]:
    board = render_board(groups, seed=seed, **kwargs)
    notes, labels, headers = [], [], {}
    group, members = -1, 0
    sizes = [len(items) for _, items in groups]
    for i, truth in enumerate(board.notes):
        if truth.header or members == 0:
            group += 1
            members = sizes[group] + (1 if truth.header else 0)
        members -= 1
        note = Note(id=i + 1, photo_id=1, polygon=truth.polygon, color=truth.color, text=truth.text)
        notes.append(note)
        labels.append(group)
        if truth.header:
            headers[note.id] = groups[group][0]
    return notes, labels, headers


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_layout_recovers_the_board_groups_and_header_names(seed: int) -> None:
    notes, labels, headers = _truth_notes(GROUPS, seed, perspective=0.05)
    suggestions = suggest_by_layout(notes)
    found = {}
    for k, s in enumerate(suggestions):
        for note_id in [*s.note_ids, *([s.header_note_id] if s.header_note_id else [])]:
            found[note_id] = k
    assert adjusted_rand_index(labels, [found.get(n.id, -n.id) for n in notes]) >= 0.9
    assert sorted(s.name for s in suggestions) == sorted(title for title, _ in GROUPS)
    assert {s.header_note_id for s in suggestions} == set(headers)


def test_layout_without_header_cards_names_groups_by_words() -> None:
    groups = [(None, items) for _, items in GROUPS[:3]]
    notes, labels, _ = _truth_notes(groups, 5)
    suggestions = suggest_by_layout(notes)
    found = {i: k for k, s in enumerate(suggestions) for i in s.note_ids}
    assert adjusted_rand_index(labels, [found.get(n.id, -n.id) for n in notes]) >= 0.9
    texts = {n.id: n.text or "" for n in notes}
    for s in suggestions:
        assert s.header_note_id is None
        words = s.name.split(" / ")
        assert words and all(any(w in texts[i] for i in s.note_ids) for w in words)


def test_wording_groups_similar_notes() -> None:
    texts = [
        "Bürgerräte einführen",
        "Bürgerrat gründen",
        "Datenpakete verbinden",
        "Daten verbinden",
        "Schlanke Prozesse",
        "Prozesse vereinfachen",
        "Kaffee",
    ]
    clusters = {frozenset(c) for c in cluster_texts(texts)}
    assert {frozenset({0, 1}), frozenset({2, 3}), frozenset({4, 5}), frozenset({6})} == clusters
    notes = [
        Note(id=i, photo_id=1, polygon=[(0, 0), (1, 0), (1, 1)], text=t)
        for i, t in enumerate(texts)
    ]
    suggestions = suggest_by_wording(notes)
    assert len(suggestions) == 3
    assert any("Prozesse" in s.name for s in suggestions)


def test_wording_refuses_more_notes_than_it_can_group_in_bounded_time() -> None:
    """A file from a stranger with a station of 2,001 notes: a message, not minutes and GiB."""
    notes = [
        Note(id=i, photo_id=1, polygon=[(0, 0), (1, 0), (1, 1)], text=f"Radwege {i}")
        for i in range(MAX_NOTES + 1)
    ]
    notes.append(Note(id=-1, photo_id=1, polygon=[(0, 0), (1, 0), (1, 1)], text="12 ⚡"))
    with pytest.raises(InvalidInputError) as raised:
        suggest_by_wording(notes)
    assert raised.value.code == "wording.too_many"
    assert raised.value.params == {"count": MAX_NOTES + 1, "limit": MAX_NOTES}
    assert str(MAX_NOTES + 1) in str(raised.value)


def test_wording_reads_a_huge_note_as_its_beginning_and_no_run_of_letters_as_a_word() -> None:
    """Notes of a hostile file: 2,000,000 letters in one run, a word repeated 50,000 times.

    Grouping used not to finish in 5 minutes; now the notes are read as far as the
    encoder reads, and a run of letters no word is that long names no group.
    """
    texts = ["x" * 2_000_000, "Radwege bauen", "Mehr Radwege", "Bürgerbeteiligung " * 50_000]
    notes = [
        Note(id=i, photo_id=1, polygon=[(0, 0), (1, 0), (1, 1)], text=t)
        for i, t in enumerate(texts)
    ]
    assert words_of("x" * (MAX_WORD + 1) + " Radwege") == ["Radwege"]
    suggestions = suggest_by_wording(notes)
    assert 0 not in {i for s in suggestions for i in s.note_ids}
    assert all(len(word) <= MAX_WORD for s in suggestions for word in s.keywords)
    assert any(set(s.note_ids) == {1, 2} for s in suggestions)


def test_colour_groups() -> None:
    notes = [
        Note(id=i, photo_id=1, polygon=[(0, 0), (1, 0), (1, 1)], color=c)
        for i, c in enumerate(["yellow", "pink", "yellow", "blue"])
    ]
    assert [(s.name, s.note_ids) for s in suggest_by_colour(notes)] == [("Gelb", [0, 2])]


@pytest.mark.slow
def test_layout_on_a_detected_board_in_a_project(tmp_path: Path) -> None:
    """End to end: render, import with the real detector, suggest, apply."""
    from PIL import Image

    from app.pipeline import import_photos
    from app.store import Project

    board = render_board(GROUPS, seed=7, perspective=0.04)
    photo = tmp_path / "board.jpg"
    Image.fromarray(board.image).save(photo, quality=90)
    with Project.create(tmp_path / "p.pinscribe") as project:
        station = project.stations.add("Governance")
        import_photos(project, station.id, [photo])
        for note in project.notes.list():  # stand in for OCR: the known text under each note
            centre = np.mean(note.polygon, axis=0)
            for truth in board.notes:
                poly = np.asarray(truth.polygon)
                if (
                    poly[:, 0].min() < centre[0] < poly[:, 0].max()
                    and poly[:, 1].min() < centre[1] < poly[:, 1].max()
                ):
                    project.notes.update(note.id, text=truth.text)
        suggestions = suggest(project, station.id, "layout")
        assert sorted(s.name.casefold() for s in suggestions) == sorted(
            t.casefold() for t, _ in GROUPS
        )
        apply_suggestions(project, station.id, suggestions)
        themes = {t.name.casefold(): t.id for t in project.themes.list(station.id)}
        daten = project.notes.list(theme_id=themes["daten"])
        assert sorted(n.text for n in daten if n.kind == "note") == sorted(
            t for t, _ in GROUPS[3][1]
        )
        assert [n.text for n in daten if n.kind == "header"] == ["DATEN"]
