"""The generator's tiers: how hard a synthetic board is, parameter by parameter."""

from __future__ import annotations

from dataclasses import dataclass

from tests.synthetic import camera
from tests.synthetic.textures import BACKGROUNDS

TIERS = ("easy", "medium", "hard", "broad", "heldback")


@dataclass(frozen=True)
class TierParams:
    backgrounds: tuple[str, ...]
    colors: tuple[str, ...]
    pastel: bool
    shapes: tuple[str, ...]
    rotation: float  # sigma, degrees
    gap: tuple[float, float]  # gap between neighbours as a fraction of the note size
    touch_prob: float  # chance that a row of notes touches (same colour)
    overlap_prob: float
    votes_prob: float
    distractors: int
    door_sign_prob: float
    board_text: bool
    shadow: float
    cam: camera.CameraParams
    grid_prob: float = 0.0  # chance a group is a dense grid of touching notes, no board between
    pale: float = 0.0  # chance a note is a pale, desaturated card
    white_on_white: bool = False  # white cards allowed on white boards and walls
    clutter: int = 0  # phones and books lying about


PARAMS: dict[str, TierParams] = {
    "easy": TierParams(
        backgrounds=("whiteboard", "white_paper", "grey_wall", "cork"),
        colors=("yellow", "orange", "pink", "green", "blue"),
        pastel=False,
        shapes=("square",),
        rotation=1.5,
        gap=(0.25, 0.5),
        touch_prob=0.0,
        overlap_prob=0.0,
        votes_prob=0.0,
        distractors=0,
        door_sign_prob=0.0,
        board_text=False,
        shadow=0.25,
        cam=camera.CameraParams(0.0, 1.0, 0.05, 0.0, False, 0.4, 1.5, 92),
    ),
    "medium": TierParams(
        backgrounds=BACKGROUNDS,
        colors=("yellow", "orange", "pink", "green", "blue", "purple", "white"),
        pastel=True,
        shapes=("square", "square", "rect", "oval"),
        rotation=4.0,
        gap=(0.08, 0.35),
        touch_prob=0.25,
        overlap_prob=0.0,
        votes_prob=0.3,
        distractors=4,
        door_sign_prob=0.3,
        board_text=True,
        shadow=0.35,
        cam=camera.CameraParams(0.03, 1.0, 0.18, 0.03, False, 0.8, 3.0, 82),
    ),
    "hard": TierParams(
        backgrounds=BACKGROUNDS,
        colors=("yellow", "orange", "pink", "green", "blue", "purple", "white"),
        pastel=True,
        shapes=("square", "square", "rect", "oval"),
        rotation=7.0,
        gap=(0.0, 0.3),
        touch_prob=0.4,
        overlap_prob=0.15,
        votes_prob=0.4,
        distractors=8,
        door_sign_prob=0.6,
        board_text=True,
        shadow=0.5,
        cam=camera.CameraParams(0.07, 1.04, 0.3, 0.05, True, 1.3, 4.5, 68),
    ),
    # The failure kinds of unseen boards: dense grids, pale and white cards on white,
    # warm and cool light, clutter, notes cut by the frame, strong perspective.
    "broad": TierParams(
        backgrounds=BACKGROUNDS,
        colors=("yellow", "orange", "pink", "green", "blue", "purple", "white"),
        pastel=True,
        shapes=("square", "square", "rect", "oval"),
        rotation=5.0,
        gap=(0.0, 0.3),
        touch_prob=0.35,
        overlap_prob=0.1,
        votes_prob=0.3,
        distractors=5,
        door_sign_prob=0.3,
        board_text=True,
        shadow=0.4,
        cam=camera.CameraParams(0.12, 1.12, 0.25, 0.03, True, 1.0, 3.5, 75, 0.22, 0.06),
        grid_prob=0.35,
        pale=0.3,
        white_on_white=True,
        clutter=2,
    ),
    # Never tuned on: only its totals are looked at (bench/detect.py --tiers heldback).
    "heldback": TierParams(
        backgrounds=BACKGROUNDS,
        colors=("yellow", "orange", "pink", "green", "blue", "purple", "white"),
        pastel=True,
        shapes=("square", "square", "rect", "oval"),
        rotation=6.0,
        gap=(0.0, 0.3),
        touch_prob=0.3,
        overlap_prob=0.1,
        votes_prob=0.35,
        distractors=6,
        door_sign_prob=0.4,
        board_text=True,
        shadow=0.45,
        cam=camera.CameraParams(0.1, 1.1, 0.28, 0.04, True, 1.2, 4.0, 70, 0.2, 0.05),
        grid_prob=0.3,
        pale=0.25,
        white_on_white=True,
        clutter=2,
    ),
}
