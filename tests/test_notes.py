"""One geometry and one rule for a note's colour and shape, cut notes, white balance."""

from __future__ import annotations

import numpy as np
import pytest

from ocr.detect import detect_notes
from ocr.detect.color import classify_color
from ocr.geometry import bounding_quad, order_corners, quad_size
from ocr.notes import describe_note, note_shape, white_point
from tests.synthetic import CameraParams, NoteSpec, draw_scene, render_board
from tests.synthetic.palette import NOTE_COLORS


def _note(cx: float, cy: float, color: str, text: str, size: float = 180.0) -> NoteSpec:
    return NoteSpec(cx, cy, size, size, 2.0, color, NOTE_COLORS[color][0], "square", text)


def test_corner_order_is_one_rule() -> None:
    quad = np.array([[10.0, 12.0], [110.0, 8.0], [115.0, 70.0], [8.0, 75.0]])
    for perm in ([2, 0, 3, 1], [3, 2, 1, 0], [1, 3, 0, 2]):
        assert np.allclose(order_corners(quad[perm]), quad)
    assert np.allclose(bounding_quad(quad[[2, 0, 3, 1]]), quad)
    width, height = quad_size(quad)
    assert width == pytest.approx((100.08 + 107.12) / 2, abs=0.1)
    assert height == pytest.approx((63.03 + 62.39) / 2, abs=0.1)
    assert note_shape(quad) == "rect"
    assert note_shape(quad * [1.0, 1.6]) == "square"
    assert note_shape(np.zeros((12, 2)), "oval") == "oval"


def test_describe_matches_detection_and_a_nudge_changes_nothing() -> None:
    groups = [
        ("Ideen", [("Radwege", "green"), ("Busse", "yellow"), ("Daten", "blue")]),
        ("Fragen", [("Wer?", "pink"), ("Wann?", "orange"), ("Wo?", "yellow")]),
    ]
    board = render_board(groups, seed=4, background_kind="grey_wall", size=(1500, 1000))
    notes = detect_notes(board.image, with_crops=False)
    assert len(notes) >= 7
    white = white_point(board.image)
    for n in notes:
        look = describe_note(board.image, n.polygon, with_crop=False, old_shape=n.shape)
        assert (look.color, look.shape, look.rgb) == (n.color, n.shape, n.rgb)
        if len(n.polygon) != 4:
            continue
        for dx, dy in ((1, 0), (0, -1), (-1, 1)):
            nudged = [(x + dx, y + dy) if i == 1 else (x, y) for i, (x, y) in enumerate(n.polygon)]
            moved = describe_note(board.image, nudged, white=white)
            assert (moved.color, moved.shape) == (n.color, n.shape)
            assert moved.crop is not None and moved.crop.shape[2] == 3


@pytest.mark.parametrize("temp", [0.22, -0.22])
def test_colours_named_under_warm_and_cool_light(temp: float) -> None:
    colours = ["yellow", "orange", "pink", "green", "blue", "yellow"]
    specs = [
        _note(160 + 220 * (i % 3), 170 + 240 * (i // 3), c, "Idee") for i, c in enumerate(colours)
    ]
    cam = CameraParams(0.0, 1.0, 0.0, 0.0, False, 0.5, 1.5, 90, light_temp=abs(temp))
    # The seed chooses warm or cool light: take the first seed of the wanted kind.
    for seed in range(40):
        board = draw_scene(
            specs, background_kind="white_paper", size=(800, 600), seed=seed, cam=cam
        )
        white = white_point(board.image)
        warm = white[2] < white[0]
        if warm == (temp > 0):
            break
    notes = detect_notes(board.image, with_crops=False)
    named = sorted(n.color for n in notes)
    assert named == sorted(colours)
    # The cast is visible in the white point and moves the raw colour names.
    assert abs(white[0] - white[2]) > 15


def test_notes_cut_by_the_frame() -> None:
    specs = [
        _note(300, 300, "yellow", "Mitte"),
        _note(40, 300, "pink", "Radwege Busse Bahn"),  # half outside, with writing
        _note(830, 320, "blue", ""),  # a blank strip at the right edge
    ]
    board = draw_scene(specs, background_kind="grey_wall", size=(800, 600))
    notes = detect_notes(board.image, with_crops=False)
    by_colour = {n.color: n for n in notes}
    assert set(by_colour) == {"yellow", "pink"}
    assert by_colour["pink"].cut and not by_colour["yellow"].cut


def test_white_point_of_a_neutral_board_is_neutral() -> None:
    board = draw_scene([_note(400, 300, "yellow", "Hallo")], background_kind="whiteboard")
    white = white_point(board.image)
    assert max(white) - min(white) < 12
    assert classify_color((250, 226, 90), white) == "yellow"
