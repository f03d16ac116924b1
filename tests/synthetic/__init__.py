"""Synthetic pinboard photos with ground truth, for tests and benchmarks."""

from tests.synthetic.boards import (
    SynthBoard,
    SynthNote,
    draw_scene,
    make_board,
    make_dotted_board,
    make_pinned_board,
    render_board,
)
from tests.synthetic.camera import CameraParams
from tests.synthetic.render import NoteSpec
from tests.synthetic.textures import BACKGROUNDS
from tests.synthetic.tiers import PARAMS, TIERS

__all__ = [
    "BACKGROUNDS",
    "PARAMS",
    "TIERS",
    "CameraParams",
    "NoteSpec",
    "SynthBoard",
    "SynthNote",
    "draw_scene",
    "make_board",
    "make_dotted_board",
    "make_pinned_board",
    "render_board",
]
