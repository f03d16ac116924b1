"""Titles written above a board's columns name the columns without a header card."""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from app.domain import Note
from app.suggest.column_titles import read_band, straightened, title_reader
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


def test_columns_are_named_after_the_titles_written_above_them() -> None:
    board, notes = _kanban()
    lines = find_board_lines(board, [n.polygon for n in notes])
    context = PhotoContext(1200, 900, lines, title_reader(board))
    found = {
        s.name: (sorted(s.note_ids), s.provisional)
        for s in suggest_by_layout(notes, "de", {1: context})
    }
    assert found == {
        "Ideen": ([1, 2, 3], True),  # read from the photo, not reviewed: provisional
        "Fragen": ([4, 5, 6], True),
        "Offen": ([7], True),  # a titled column of one note is a group too
        "Erledigt": ([8, 9], True),
    }, found
    # without the photo's pixels the same columns are named from their notes
    plain = suggest_by_layout(notes, "de", {1: PhotoContext(1200, 900, lines)})
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
    lines = find_board_lines(board, [n.polygon for n in notes])
    context = PhotoContext(1200, 900, lines, title_reader(board, _Unavailable()))
    suggestions = suggest_by_layout(notes, "de", {1: context})
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
    lines = find_board_lines(board, [n.polygon for n in notes])
    context = PhotoContext(2000, 700, lines, title_reader(board))
    found = {
        s.name: (sorted(s.note_ids), s.header_note_id)
        for s in suggest_by_layout(notes, "de", {1: context})
    }
    assert found == {
        "ToDo": ([3, 4, 5], 1),
        "Busy": ([6, 7, 8], None),
        "Done": ([9, 10, 11], None),
        "Wait": ([12, 13, 14], 2),
    }, found
