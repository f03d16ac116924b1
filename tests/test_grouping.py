"""Grouping of issue 18: real boards with grid lines, German wording, cross-station themes."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from app.domain import Note
from app.suggest.board_frame import board_transform, to_board
from app.suggest.layout import PhotoContext, suggest_by_layout
from app.suggest.wording import average_linkage, cluster_texts, split_compound, terms_of
from bench.suggest import COLUMN_LINES, DATA, _column, adjusted_rand_index
from ocr.board_lines import BoardLine

REAL_07 = DATA / "real" / "images" / "real_07.jpg"


def test_compounds_split_and_words_are_lemmatised() -> None:
    assert split_compound("Datenplattform") == ("Daten", "Plattform")
    assert split_compound("Glasfaserausbau") == ("Glasfaser", "Ausbau")
    assert split_compound("Beteiligungsportal") == ("Beteiligung", "Portal")
    assert split_compound("Schule") == ()
    keys = {t.key for t in terms_of("Bürgerräte und die Radwege")}
    assert {"burgerrat", "radweg"} <= keys and "und" not in keys and "die" not in keys
    assert cluster_texts(["Urbane Datenplattform", "Offene Daten", "Radwege bauen"])[0] == [0, 1]


def test_nearest_neighbour_chain_matches_greedy_average_linkage() -> None:
    rng = np.random.default_rng(3)
    points = rng.normal(size=(40, 5))
    sim = points @ points.T / 5
    merges = average_linkage(sim)
    # greedy reference: always merge the most similar pair of clusters
    clusters = {i: [i] for i in range(40)}
    heights = []
    while len(clusters) > 1:
        best = max(
            ((np.mean(sim[np.ix_(a, b)]), i, j)
             for i, a in clusters.items() for j, b in clusters.items() if i < j),
        )  # fmt: skip
        heights.append(best[0])
        clusters[best[1]] += clusters.pop(best[2])
    assert np.allclose(sorted(m[0] for m in merges), sorted(heights))


def test_board_transform_undoes_a_perspective() -> None:
    # a 4 x 3 grid of squares seen in perspective: rows must come out level
    truth = np.array([[x * 150, y * 150] for y in range(3) for x in range(4)], dtype=float)
    h = np.array([[1.0, 0.15, 0], [0.05, 1.0, 0], [0.0004, 0.0002, 1]])

    def project(points: np.ndarray) -> np.ndarray:
        homogeneous = np.column_stack([points, np.ones(len(points))]) @ h.T
        return homogeneous[:, :2] / homogeneous[:, 2:]

    squares = [project(np.array([p, p + [100, 0], p + [100, 100], p + [0, 100]])) for p in truth]
    matrix = board_transform([[tuple(q) for q in s] for s in squares])
    tops = [to_board(matrix, s)[:2, 1] for s in squares]
    for row in range(3):
        ys = np.concatenate(tops[row * 4 : row * 4 + 4])
        assert np.ptp(ys) < 0.08 * 100 * abs(np.mean(np.diff(to_board(matrix, squares[0])[:2, 0])))


@pytest.mark.skipif(not REAL_07.exists(), reason="shared real photos not present")
def test_real_kanban_board_groups_by_columns_named_by_header_cards() -> None:
    """real_07: the labelled outlines, the grid lines read from the photo's pixels."""
    from ocr.board_lines import find_board_lines
    from ocr.loading import load_image

    labels = json.loads((DATA / "real" / "labels" / "real_07.json").read_text("utf-8"))
    notes = [
        Note(i + 1, 1, [tuple(p) for p in n["polygon"]], color=n["color"], text=n["text"],
             reviewed=n["text"] is not None)
        for i, n in enumerate(labels["notes"])
    ]  # fmt: skip
    rgb = load_image(REAL_07).rgb
    lines = find_board_lines(rgb, [n.polygon for n in notes])
    assert sum(line.vertical for line in lines) >= 3
    context = PhotoContext(rgb.shape[1], rgb.shape[0], lines)
    suggestions = suggest_by_layout(notes, "de", {1: context})
    group_of = {}
    for k, s in enumerate(suggestions):
        for note_id in [*s.note_ids, *([s.header_note_id] if s.header_note_id else [])]:
            group_of[note_id] = k
    truth = [
        _column(COLUMN_LINES["real/images/real_07.jpg"], *np.mean(n.polygon, axis=0)) for n in notes
    ]
    assert adjusted_rand_index(truth, [group_of.get(n.id, -n.id) for n in notes]) >= 0.9
    named = {s.name: s for s in suggestions if s.header_note_id}
    assert set(named) == {"Matt", "Cuong", "Donna"}
    assert not named["Matt"].provisional  # reviewed header text
    # the notes cut off at the left edge form the fourth column together
    cut = [n.id for n in notes if min(x for x, _ in n.polygon) == 0]
    assert len({group_of.get(i) for i in cut}) == 1 and None not in {group_of.get(i) for i in cut}


def test_cross_themes_store_and_summary(tmp_path: Path) -> None:
    from app.export.markdown import render_markdown
    from app.export.summary import build_summary
    from app.store import Project

    with Project.create(tmp_path / "x.pinscribe") as project:
        a = project.stations.add("Governance")
        b = project.stations.add("Technologie")
        photo = project.photos.add(
            a.id, b"x", filename="a.jpg", width=10, height=10, mime="image/jpeg"
        )
        note = project.notes.add(photo.id, [(0, 0), (5, 0), (5, 5)], text="Offene Daten")
        theme_a = project.themes.add(a.id, "Daten")
        theme_b = project.themes.add(b.id, "Datenplattform")
        project.notes.set_theme([note.id], theme_a.id)
        cross = project.cross_themes.add("Daten überall", statement="Daten verbinden Stationen.")
        project.cross_themes.add_members(cross.id, theme_ids=[theme_a.id, theme_b.id])
        assert project.cross_themes.notes_of(cross.id) == [note.id]
        gone = project.cross_themes.delete(cross.id)
        assert project.cross_themes.list() == []
        assert project.cross_themes.restore(gone) == gone
        summary = build_summary(project, language="de")
        text = render_markdown(summary)
    assert summary.cross[0].themes == ["Governance: Daten", "Technologie: Datenplattform"]
    assert "## Stationsübergreifende Themen" in text and "Daten verbinden Stationen" in text
    assert text.index("Stationsübergreifende") > text.index("Governance")


def test_board_lines_found_on_a_drawn_grid_and_not_on_a_rough_wall() -> None:
    import cv2

    from ocr.board_lines import find_board_lines

    board = np.full((900, 1200, 3), 235, np.uint8)
    for x in (300, 600, 900):
        cv2.line(board, (x, 20), (x + 8, 880), (40, 40, 40), 3)
    cv2.line(board, (10, 150), (1190, 146), (40, 40, 40), 3)
    notes = []
    for col in range(4):
        for row in range(3):
            x, y = 60 + col * 300, 200 + row * 220
            cv2.rectangle(board, (x, y), (x + 160, y + 160), (90, 220, 250), -1)
            cv2.putText(board, "Idee", (x + 20, y + 90), 0, 1.2, (20, 20, 20), 3)
            notes.append([(x, y), (x + 160, y), (x + 160, y + 160), (x, y + 160)])
    lines = find_board_lines(board, notes)
    assert sorted(round(ln.position(450)) for ln in lines if ln.vertical) == [304, 604, 904]
    assert [round(ln.position(600)) for ln in lines if not ln.vertical] == [148]

    rng = np.random.default_rng(1)
    wall = rng.normal(200, 25, (900, 1200)).clip(0, 255).astype(np.uint8)
    wall = cv2.GaussianBlur(wall, (3, 3), 0)
    assert find_board_lines(np.dstack([wall] * 3), []) == []


def _card(note_id: int, x: float, y: float, w: float, h: float, text: str, color: str) -> Note:
    polygon = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
    return Note(id=note_id, photo_id=1, polygon=polygon, color=color, text=text)


def test_a_row_of_header_cards_heads_columns_even_with_a_line_under_it() -> None:
    """Four white header cards over columns that lie close together (the demo's third
    board): each column is named after its card, and a line found under the header row
    (a shadow, a card edge) does not make the headers a group of their own."""
    notes, next_id = [], 1
    for k, name in enumerate(("ORTE", "KOMMUNIKATION", "FORMATE", "STUDIERENDE")):
        x = 190 + 545 * k
        notes.append(_card(next_id, x, 75, 485, 215, name, "white"))
        next_id += 1
        for row in range(2):  # two notes per column, offset inside the column
            xo = x + (90 if row == 0 else 100)
            notes.append(_card(next_id, xo, 370 + 340 * row, 300, 305, f"{name} {row}", "pink"))
            next_id += 1
    line = BoardLine(190, 295, 2290, 293, vertical=False)
    for lines in ([], [line]):
        context = PhotoContext(2500, 1400, lines)
        groups = {s.name: sorted(s.note_ids) for s in suggest_by_layout(notes, "de", {1: context})}
        assert groups == {
            "ORTE": [2, 3],  # four letters stay as written
            "Kommunikation": [5, 6],
            "Formate": [8, 9],
            "Studierende": [11, 12],
        }, groups


def _sample_board(number: int) -> tuple[np.ndarray, list[Note], list[int]]:
    """A demo sample board as shipped, its notes' true outlines and theme numbers."""
    from ocr.loading import load_image
    from tests.synthetic.boards import render_board
    from tests.synthetic.samples import BACKGROUNDS, SAMPLES

    station = json.loads((SAMPLES / "workshop.json").read_text("utf-8"))["stations"][number]
    groups = [(t["name"], [tuple(n) for n in t["notes"]]) for t in station["themes"]]
    board = render_board(
        groups, seed=100 + number, background_kind=BACKGROUNDS[number % len(BACKGROUNDS)],
        size=(2400, 1600), perspective=0.04, quality="easy",
    )  # fmt: skip
    rgb = load_image(SAMPLES / station["photos"][0]).rgb
    notes, truth, group = [], [], -1
    for i, spec in enumerate(board.notes):
        group += bool(spec.header)
        notes.append(Note(i + 1, 1, spec.polygon, color=spec.color, text=spec.text))
        truth.append(group)
    return rgb, notes, truth


def test_shadows_of_notes_are_no_board_lines_on_the_first_demo_board() -> None:
    """The drop shadows along a column of notes (the demo's first board, on cork) are
    not taken for the lines of a grid: the header cards head the columns."""
    from ocr.board_lines import find_board_lines

    rgb, notes, truth = _sample_board(0)
    lines = find_board_lines(rgb, [n.polygon for n in notes])
    assert lines == [], lines
    context = PhotoContext(rgb.shape[1], rgb.shape[0], lines)
    suggestions = suggest_by_layout(notes, "de", {1: context})
    assert {s.name: len(s.note_ids) for s in suggestions} == {
        "Prozesse": 2, "Rückhalt": 2, "Zusammenarbeit": 5,
    }  # fmt: skip
    group_of = {}
    for k, s in enumerate(suggestions):
        for note_id in [*s.note_ids, *([s.header_note_id] if s.header_note_id else [])]:
            group_of[note_id] = k
    assert adjusted_rand_index(truth, [group_of[n.id] for n in notes]) == 1.0


def test_lines_under_header_cards_yield_to_the_header_row() -> None:
    """Seams of a board that run under the middle of header cards (and none between
    two of them) do not split or merge the columns the header cards head."""
    notes, next_id = [], 1
    for k, name in enumerate(("ORTE", "KOMMUNIKATION", "FORMATE")):
        x = 200 + 700 * k
        notes.append(_card(next_id, x, 80, 480, 210, name, "white"))
        next_id += 1
        for row in range(2):
            notes.append(_card(next_id, x + 90, 380 + 340 * row, 300, 300, f"{name} {row}", "pink"))
            next_id += 1
    seams = [
        BoardLine(330, 300, 330, 1590, vertical=True),  # under ORTE's middle
        BoardLine(1850, 0, 1850, 1590, vertical=True),  # under FORMATE's middle
        BoardLine(2300, 0, 2300, 1590, vertical=True),  # right of everything
    ]
    groups = {
        s.name: sorted(s.note_ids)
        for s in suggest_by_layout(notes, "de", {1: PhotoContext(2400, 1600, seams)})
    }
    assert groups == {"ORTE": [2, 3], "Kommunikation": [5, 6], "Formate": [8, 9]}, groups
