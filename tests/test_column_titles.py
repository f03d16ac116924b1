"""Titles written above a board's columns name the columns without a header card."""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from app.domain import Note
from app.suggest.column_titles import read_band, straightened, title_reader
from app.suggest.core import Suggestion
from app.suggest.layout import PhotoContext, suggest_by_layout
from ocr.board_lines import find_board_lines
from ocr.engines import PpOcrEngine
from ocr.errors import EngineUnavailableError
from ocr.types import Reading

TITLES = ("Ideen", "Fragen", "Offen", "Erledigt")


def _kanban(notes_per_column: tuple[int, ...] = (3, 3, 1, 2)) -> tuple[np.ndarray, list[Note]]:
    """A whiteboard with a drawn grid, its columns' titles written above the top line in
    marker (no header cards), and yellow notes below it."""
    board = np.full((900, 1200, 3), 236, np.uint8)
    for x in (300, 600, 900):
        cv2.line(board, (x, 20), (x + 6, 880), (40, 40, 40), 3)
    cv2.line(board, (10, 150), (1190, 147), (40, 40, 40), 3)
    notes = []
    for col, title in enumerate(TITLES):
        cv2.putText(board, title, (40 + col * 300, 110), cv2.FONT_HERSHEY_SIMPLEX, 1.6,
                    (30, 30, 120), 4, cv2.LINE_AA)  # fmt: skip
        for row in range(notes_per_column[col]):
            x, y = 70 + col * 300, 200 + row * 230
            cv2.rectangle(board, (x, y), (x + 160, y + 160), (90, 220, 250), -1)
            cv2.putText(board, f"Punkt {row + 1}", (x + 15, y + 90), 0, 0.9, (20, 20, 20), 2)
            polygon = [(x, y), (x + 160, y), (x + 160, y + 160), (x, y + 160)]
            notes.append(Note(len(notes) + 1, 1, polygon, color="yellow", text=f"Punkt {row + 1}"))
    return board, notes


def _suggested(
    photo: np.ndarray, notes: list[Note], engine: PpOcrEngine | None = None, titles: bool = True
) -> list[Suggestion]:
    """The layout's groups of ``notes`` on ``photo`` (one photo, id 1), with the lines drawn
    on it and, unless ``titles`` is false, its columns' titles read by ``engine``."""
    lines = find_board_lines(photo, [n.polygon for n in notes])
    height, width = photo.shape[:2]
    reader = title_reader(photo, engine) if titles else None
    return suggest_by_layout(notes, "de", {1: PhotoContext(width, height, lines, reader)})


def test_columns_are_named_after_the_titles_written_above_them() -> None:
    board, notes = _kanban()
    found = {s.name: (sorted(s.note_ids), s.provisional) for s in _suggested(board, notes)}
    assert found == {
        "Ideen": ([1, 2, 3], True),  # read from the photo, not reviewed: provisional
        "Fragen": ([4, 5, 6], True),
        "Offen": ([7], True),  # a titled column of one note is a group too
        "Erledigt": ([8, 9], True),
    }, found
    # without the photo's pixels the same columns are named from their notes
    plain = _suggested(board, notes, titles=False)
    assert {s.name for s in plain}.isdisjoint(TITLES)
    assert sorted(sorted(s.note_ids) for s in plain) == [[1, 2, 3], [4, 5, 6], [8, 9]]


def test_the_tallest_whole_writing_is_the_title() -> None:
    band = np.full((64, 600, 3), 240, np.uint8)
    cv2.putText(band, "Review", (180, 48), cv2.FONT_HERSHEY_SIMPLEX, 1.4, (40, 40, 40), 3)
    cv2.putText(band, "Tom 3h", (20, 58), cv2.FONT_HERSHEY_SIMPLEX, 0.5, (40, 40, 40), 1)
    assert read_band(band, PpOcrEngine()) == "Review"
    # a word running out of the band is wider than its column: no title
    cut = np.full((64, 200, 3), 240, np.uint8)
    cv2.putText(cut, "Zusammenarbeit", (-60, 45), cv2.FONT_HERSHEY_SIMPLEX, 1.3, (40, 40, 40), 3)
    assert read_band(cut, PpOcrEngine()) == ""
    assert read_band(np.full((64, 300, 3), 240, np.uint8), PpOcrEngine()) == ""


def test_larger_writing_wins_over_smaller_writing_read_with_more_confidence() -> None:
    """A title in marker, grey and grainy, read less surely than the crisp small
    writing beside it: the title all the same, as the tallest writing (the test
    above passes without that rule: there the title is read surer too)."""
    titles = []
    for seed in range(2, 7):
        band = np.full((64, 640, 3), 240, np.uint8)
        cv2.putText(band, "Review", (330, 50), cv2.FONT_HERSHEY_SCRIPT_SIMPLEX, 1.5, (180,) * 3, 2)
        grain = np.random.default_rng(seed).normal(0, 40, (64, 320, 1))
        band[:, 320:] = np.clip(band[:, 320:] + grain, 0, 255).astype(np.uint8)
        cv2.putText(band, "Tom 3h Ana 2h", (20, 56), cv2.FONT_HERSHEY_SIMPLEX, 0.8, (20, 20, 20), 2)
        titles.append(read_band(band, PpOcrEngine()))
    assert titles.count("Review") >= 4, titles


def test_a_band_off_the_photo_or_too_small_is_not_read() -> None:
    rgb = np.zeros((100, 100, 3), np.uint8)
    assert straightened(rgb, np.array([[-50, -50], [-10, -50], [-10, -10], [-50, -10]])) is None
    assert straightened(rgb, np.array([[10, 10], [90, 10], [90, 15], [10, 15]])) is None
    assert straightened(rgb, np.array([[10, 10], [90, 10], [90, 50], [10, 50]])).shape == (
        64,
        128,
        3,
    )


class _Unavailable(PpOcrEngine):
    """PP-OCR as on a machine whose installation lacks its models."""

    def read_batch(self, crops: Sequence[np.ndarray]) -> list[Reading]:
        raise EngineUnavailableError("PP-OCR models missing")


def test_without_a_working_ocr_engine_the_columns_are_named_from_their_notes() -> None:
    board, notes = _kanban()
    suggestions = _suggested(board, notes, _Unavailable())
    assert sorted(sorted(s.note_ids) for s in suggestions) == [[1, 2, 3], [4, 5, 6], [8, 9]]
    assert {s.name for s in suggestions}.isdisjoint(TITLES)


def test_header_cards_pinned_over_the_top_line_and_a_title_among_tags() -> None:
    """A scrum board of small notes: grey header cards pinned over the line under them
    (it runs through their lower part), the other columns' titles written on the board,
    one of them amid a row of small marks that the line detector joins to it."""
    board = np.full((700, 2000, 3), 236, np.uint8)
    for x in (500, 1000, 1500):
        cv2.line(board, (x, 20), (x + 4, 680), (40, 40, 40), 3)
    cv2.line(board, (10, 150), (1990, 148), (40, 40, 40), 3)
    notes: list[Note] = []

    def card(x: int, y: int, w: int, h: int, colour: tuple[int, int, int], text: str,
             name: str, size: float = 0.4) -> None:  # fmt: skip
        cv2.rectangle(board, (x, y), (x + w, y + h), colour, -1)
        cv2.putText(board, text, (x + 8, y + h // 2 + 6), 0, size, (20, 20, 20), 1)
        polygon = [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
        notes.append(Note(len(notes) + 1, 1, polygon, color=name, text=text))

    card(120, 112, 110, 46, (180, 185, 180), "ToDo", "other", 0.8)  # over the line
    card(1620, 112, 110, 46, (180, 185, 180), "Wait", "other", 0.8)
    cv2.putText(board, "Busy", (680, 135), cv2.FONT_HERSHEY_SIMPLEX, 1.1, (30, 30, 30), 3)
    cv2.putText(board, "Done", (1200, 135), cv2.FONT_HERSHEY_SIMPLEX, 1.1, (30, 30, 30), 3)
    (width, _), _ = cv2.getTextSize("Done", cv2.FONT_HERSHEY_SIMPLEX, 1.1, 3)
    for x in [*range(1010, 1196, 8), *range(1204 + width, 1490, 8)]:
        # a row of tiny marks either side of "Done", running up to it
        cv2.rectangle(board, (x, 118), (x + 4, 134), (90, 90, 90), -1)
    for col in range(4):
        for row in range(3):
            card(170 + col * 500, 200 + row * 120, 70, 70, (90, 220, 250), f"P{row}", "yellow")
    found = {s.name: (sorted(s.note_ids), s.header_note_id) for s in _suggested(board, notes)}
    assert found == {
        "ToDo": ([3, 4, 5], 1),
        "Busy": ([6, 7, 8], None),
        "Done": ([9, 10, 11], None),
        "Wait": ([12, 13, 14], 2),
    }, found


def test_titles_are_read_where_they_are_on_a_photo_taken_at_an_angle() -> None:
    """The band above a column lies on the board; its corners go back to the photo
    through the inverse of the board's homography (with the homography itself, or
    none, the left columns' bands miss their titles)."""
    board, notes = _kanban()
    photo_corners = np.float32([[120, 0], [1080, 0], [1200, 900], [0, 900]])
    homography = cv2.getPerspectiveTransform(
        np.float32([[0, 0], [1200, 0], [1200, 900], [0, 900]]), photo_corners
    )
    photo = cv2.warpPerspective(board, homography, (1200, 900), borderValue=(236, 236, 236))
    taken = []
    for note in notes:
        corners = cv2.perspectiveTransform(np.float32([note.polygon]), homography)[0]
        polygon = [(float(x), float(y)) for x, y in corners]
        taken.append(Note(note.id, 1, polygon, color=note.color, text=note.text))
    found = {s.name: sorted(s.note_ids) for s in _suggested(photo, taken)}
    assert found == {"Ideen": [1, 2, 3], "Fragen": [4, 5, 6], "Offen": [7], "Erledigt": [8, 9]}


def test_a_line_under_cards_pinned_at_the_top_parts_nothing_without_columns() -> None:
    """On a board with no columns, a line across the top crossed by the first notes
    pinned over it is no row's edge: the notes still group by the gaps between them
    (kept as a row's edge, it put every note below it into one group)."""
    board = np.full((900, 1500, 3), 236, np.uint8)
    cv2.line(board, (10, 150), (1490, 148), (40, 40, 40), 3)
    notes: list[Note] = []

    def card(x: int, y: int, text: str) -> None:
        cv2.rectangle(board, (x, y), (x + 120, y + 120), (90, 220, 250), -1)
        polygon = [(x, y), (x + 120, y), (x + 120, y + 120), (x, y + 120)]
        notes.append(Note(len(notes) + 1, 1, polygon, color="yellow", text=text))

    for left in (100, 600, 1100):
        card(left + 70, 70, "Kopf")  # over the line, its centre above it
        for row in range(2):
            for col in range(2):
                card(left + col * 135, 260 + row * 135, f"Punkt {row}{col}")
    lines = find_board_lines(board, [n.polygon for n in notes])
    assert [line.vertical for line in lines] == [False]
    context = PhotoContext(1500, 900, lines)
    found = sorted(sorted(s.note_ids) for s in suggest_by_layout(notes, "de", {1: context}))
    assert found == [[2, 3, 4, 5], [7, 8, 9, 10], [12, 13, 14, 15]]


def test_a_band_not_made_of_numbers_or_far_wider_than_high_is_not_read() -> None:
    """Each band height of width is a piece read by OCR: a band 12 pixels high across
    a 12,000-pixel photo would be a thousand."""
    rgb = np.zeros((600, 12000, 3), np.uint8)
    assert straightened(rgb, np.array([[0, 100], [11999, 100], [11999, 112], [0, 112]])) is None
    assert straightened(rgb, np.array([[0, 100], [800, 100], [800, 130], [0, 130]])) is not None
    nan = np.array([[np.nan, 0], [100, 0], [100, 50], [0, 50]])
    assert straightened(rgb, nan) is None
    assert title_reader(rgb, _Unavailable())(nan) == ""


def test_only_one_photo_is_held_in_memory_while_the_layout_is_suggested(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each photo's title reader holds its pixels: the contexts are made one at a time
    as the photos are grouped, not all before (a station of twenty 24-megapixel
    photos would hold 1.4 GB)."""
    import ocr.loading
    from app.store import Project
    from app.suggest import suggest

    board, notes = _kanban()
    decoded: list[weakref.ref[np.ndarray]] = []
    alive_at_decode: list[int] = []
    load = ocr.loading.load_image_bytes

    def watched(data: bytes, name: str, **kwargs: Any) -> Any:
        alive_at_decode.append(sum(ref() is not None for ref in decoded))
        image = load(data, name, **kwargs)
        decoded.append(weakref.ref(image.rgb))
        return image

    monkeypatch.setattr(ocr.loading, "load_image_bytes", watched)
    png = cv2.imencode(".png", cv2.cvtColor(board, cv2.COLOR_RGB2BGR))[1].tobytes()
    with Project.create(tmp_path / "p.pinscribe") as project:
        station = project.stations.add("Kanban")
        for k in range(3):
            photo = project.photos.add(
                station.id, png, filename=f"board{k}.png", width=1200, height=900, mime="image/png"
            )
            for note in notes:
                project.notes.add(photo.id, note.polygon, color=note.color, text=note.text)
        suggestions = suggest(project, station.id, "layout")
    assert alive_at_decode == [0, 0, 0]
    assert [s.name for s in suggestions] == [*TITLES] * 3
