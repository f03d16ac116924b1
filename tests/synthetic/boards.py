"""Deterministic synthetic pinboard photos with ground truth.

``make_board(seed, tier)`` lays out groups of notes (with header cards) on one
of several backgrounds, adds distractors, and photographs the board through a
camera model. ``render_board(groups)`` draws given texts and colours, for demo
photos.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from tests.synthetic import camera
from tests.synthetic.palette import DOT_COLORS, INK_COLORS, NOTE_COLORS, pick_color, random_text
from tests.synthetic.render import (
    NoteSpec,
    draw_board_text,
    draw_clutter,
    draw_disc,
    draw_door_sign,
    draw_note,
)
from tests.synthetic.textures import background
from tests.synthetic.tiers import PARAMS, TIERS, TierParams


@dataclass
class SynthNote:
    """Ground truth for one note, in image pixels of the photo."""

    polygon: list[tuple[float, float]]
    color: str
    shape: str
    text: str
    votes: int
    rgb: tuple[int, int, int]
    header: bool = False
    visible: float = 1.0  # fraction inside the frame


@dataclass
class SynthBoard:
    """A synthetic photo (RGB uint8) and its notes."""

    image: np.ndarray
    notes: list[SynthNote]
    seed: int
    tier: str
    background: str
    distractors: list[str] = field(default_factory=list)


def _note_size(shape: str, s: float, rng: np.random.Generator) -> tuple[float, float]:
    if shape == "square":
        return s, s
    if shape == "rect":
        return s * rng.uniform(1.4, 1.9), s * rng.uniform(0.75, 0.95)
    if rng.random() < 0.35:  # round card
        return s * 1.05, s * 1.05
    return s * rng.uniform(1.35, 1.7), s * rng.uniform(0.85, 1.0)


def _board_colors_ok(bg: str, color: str, white_on_white: bool = False) -> bool:
    """Avoid combinations nobody can tell apart (white notes on white boards)."""
    return white_on_white or not (color == "white" and bg in ("whiteboard", "white_paper"))


def _layout(rng: np.random.Generator, p: TierParams, bg: str, w: int, h: int) -> list[NoteSpec]:
    s = float(rng.uniform(0.085, 0.12)) * w
    n_groups = int(rng.integers(2, 5))
    margin = 0.05 * w
    col_w = (w - 2 * margin) / n_groups
    notes: list[NoteSpec] = []
    colors = [c for c in p.colors if _board_colors_ok(bg, c, p.white_on_white)]
    for g in range(n_groups):
        gx0 = margin + g * col_w
        y = 0.06 * h
        if p.grid_prob > 0 and rng.random() < p.grid_prob:
            notes += _grid(rng, p, colors, gx0, col_w, y, s, h)
            continue
        head_color = (
            colors[int(rng.integers(len(colors)))]
            if rng.random() < 0.5
            else ("white" if _board_colors_ok(bg, "white", p.white_on_white) else "yellow")
        )
        hw, hh = min(col_w * 0.85, 2.2 * s), 0.75 * s
        notes.append(
            NoteSpec(
                cx=gx0 + col_w / 2,
                cy=y + hh / 2,
                w=hw,
                h=hh,
                angle=float(rng.normal(0, p.rotation / 2)),
                color=head_color,
                rgb=pick_color(rng, head_color, p.pastel, p.pale),
                shape="rect",
                text=random_text(rng, 2).upper(),
                header=True,
                font=int(rng.integers(3)),
                ink=INK_COLORS[int(rng.integers(len(INK_COLORS)))],
            )
        )
        y += hh + 0.35 * s
        group_color = colors[int(rng.integers(len(colors)))]
        per_row = max(1, min(3, int((col_w * 0.95) // (s * 1.15))))
        while y + s < h - 0.05 * h:
            touch = rng.random() < p.touch_prob
            gap = 0.0 if touch else float(rng.uniform(*p.gap))
            if not touch and rng.random() < p.overlap_prob:
                gap = -float(rng.uniform(0.06, 0.14))
            k = int(rng.integers(1, per_row + 1))
            shape = p.shapes[int(rng.integers(len(p.shapes)))] if not touch else "square"
            nw, nh = _note_size(shape, s * float(rng.uniform(0.92, 1.08)), rng)
            if k * nw + (k - 1) * gap * s > col_w * 0.98:
                k = max(1, int((col_w * 0.98 + gap * s) // (nw + gap * s)))
            row_w = k * nw + (k - 1) * gap * s
            x = gx0 + (col_w - row_w) / 2 + float(rng.uniform(-0.05, 0.05)) * s
            color = (
                group_color
                if (touch or rng.random() < 0.5)
                else colors[int(rng.integers(len(colors)))]
            )
            for _ in range(k):
                votes = int(rng.integers(1, 5)) if rng.random() < p.votes_prob else 0
                ang = (
                    float(rng.normal(0, 0.6))
                    if touch
                    else float(np.clip(rng.normal(0, p.rotation), -3 * p.rotation, 3 * p.rotation))
                )
                notes.append(
                    NoteSpec(
                        cx=x + nw / 2,
                        cy=y + nh / 2,
                        w=nw,
                        h=nh,
                        angle=ang,
                        color=color,
                        rgb=pick_color(rng, color, p.pastel, p.pale),
                        shape=shape,
                        text=random_text(rng, 5),
                        votes=votes,
                        font=int(rng.integers(3)),
                        ink=INK_COLORS[int(rng.integers(len(INK_COLORS)))],
                        pin=(bg in ("cork", "felt") and rng.random() < 0.4),
                    )
                )
                x += nw + gap * s
            y += nh + (0.0 if rng.random() < p.touch_prob else float(rng.uniform(*p.gap))) * s + 2
    return notes


def _grid(
    rng: np.random.Generator,
    p: TierParams,
    colors: list[str],
    gx0: float,
    col_w: float,
    y: float,
    s: float,
    h: int,
) -> list[NoteSpec]:
    """A dense block of square notes in one or two colours, touching or nearly so."""
    pair = [colors[int(rng.integers(len(colors)))] for _ in range(2)]
    size = s * float(rng.uniform(0.8, 0.95))
    gap = float(rng.uniform(0.0, 0.03)) * size
    per_row = max(2, int((col_w * 0.98 + gap) // (size + gap)))
    x0 = gx0 + (col_w - (per_row * size + (per_row - 1) * gap)) / 2
    out = []
    while y + size < h - 0.04 * h:
        for k in range(per_row):
            color = pair[int(rng.integers(2))]
            out.append(
                NoteSpec(
                    cx=x0 + k * (size + gap) + size / 2 + float(rng.normal(0, 0.01)) * size,
                    cy=y + size / 2 + float(rng.normal(0, 0.01)) * size,
                    w=size,
                    h=size,
                    angle=float(rng.normal(0, 1.0)),
                    color=color,
                    rgb=pick_color(rng, color, p.pastel, p.pale),
                    shape="square",
                    text=random_text(rng, 4),
                    font=int(rng.integers(3)),
                    ink=INK_COLORS[int(rng.integers(len(INK_COLORS)))],
                )
            )
        y += size + gap
    return out


def _free_spot(
    rng: np.random.Generator, notes: list[NoteSpec], r: float, w: int, h: int
) -> tuple[float, float] | None:
    for _ in range(60):
        x, y = float(rng.uniform(r + 5, w - r - 5)), float(rng.uniform(r + 5, h - r - 5))
        if all(abs(x - n.cx) > n.w / 2 + r + 4 or abs(y - n.cy) > n.h / 2 + r + 4 for n in notes):
            return x, y
    return None


def _distractors(
    board: np.ndarray, rng: np.random.Generator, p: TierParams, notes: list[NoteSpec], bg: str
) -> list[str]:
    h, w = board.shape[:2]
    s = float(np.median([n.w for n in notes])) if notes else 0.1 * w
    kinds: list[str] = []
    if p.door_sign_prob and rng.random() < p.door_sign_prob:
        spot = _free_spot(rng, notes, 0.6 * s, w, h)
        if spot:
            draw_door_sign(board, spot, 0.6 * s, rng)
            kinds.append("door_sign")
    for _ in range(p.clutter):
        kind = ["phone", "book"][int(rng.integers(2))]
        spot = _free_spot(rng, notes, (1.0 if kind == "phone" else 1.6) * s, w, h)
        if spot:
            draw_clutter(board, kind, spot, s, rng)
            kinds.append(kind)
    for _ in range(p.distractors):
        kind = ["pin", "magnet", "dot", "board_text"][int(rng.integers(4))]
        if kind == "board_text" and not p.board_text:
            kind = "magnet"
        r = {"pin": 0.04 * s, "magnet": 0.13 * s, "dot": 0.05 * s, "board_text": 0.6 * s}[kind]
        spot = _free_spot(rng, notes, r, w, h)
        if spot is None:
            continue
        if kind == "board_text":
            ink = INK_COLORS[int(rng.integers(len(INK_COLORS)))]
            x, y = spot
            draw_board_text(
                board,
                random_text(rng, 3),
                (int(x - 1.2 * s), int(y - 0.3 * s), int(x + 1.2 * s), int(y + 0.3 * s)),
                ink,
                rng,
            )
        else:
            col = [(200, 30, 40), (30, 90, 200), (30, 150, 60), (240, 200, 30), (20, 20, 20)][
                int(rng.integers(5))
            ]
            draw_disc(board, spot, r, col, rng)
        kinds.append(kind)
    return kinds


def _photograph(
    board: np.ndarray,
    notes: list[NoteSpec],
    rng: np.random.Generator,
    cam: camera.CameraParams,
    seed: int,
    tier: str,
    bg: str,
    kinds: list[str],
) -> SynthBoard:
    h, w = board.shape[:2]
    hmat = camera.homography(rng, w, h, cam)
    img = camera.apply(rng, board, hmat, cam)
    truth: list[SynthNote] = []
    from ocr.geometry import order_corners

    for n in notes:
        poly = camera.project(hmat, n.outline())
        vis, frac = camera.clip_to_frame(poly, w, h)
        if vis is None or frac < 0.5:
            continue
        if frac > 0.999:
            vis = order_corners(poly) if n.shape != "oval" else poly
        elif len(vis) == 4:
            vis = order_corners(vis)
        truth.append(
            SynthNote(
                polygon=[(float(x), float(y)) for x, y in vis],
                color=n.color,
                shape=n.shape,
                text=n.text,
                votes=n.votes,
                rgb=n.rgb,
                header=n.header,
                visible=frac,
            )
        )
    return SynthBoard(
        image=img, notes=truth, seed=seed, tier=tier, background=bg, distractors=kinds
    )


def make_board(seed: int, tier: str = "medium", size: tuple[int, int] = (1600, 1200)) -> SynthBoard:
    """A random board photo for ``seed`` and difficulty ``tier``.

    Tiers: easy, medium, hard; broad (the failure kinds of unseen boards: dense grids,
    pale and white cards on white, warm and cool light, clutter, notes cut by the
    frame, strong perspective) and heldback (the same kinds, other settings, never
    tuned on).
    """
    if tier not in PARAMS:
        raise ValueError(f"unknown tier {tier!r}; use one of {TIERS}")
    p = PARAMS[tier]
    rng = np.random.default_rng([seed, TIERS.index(tier)])
    w, h = size
    bg = p.backgrounds[int(rng.integers(len(p.backgrounds)))]
    board = background(rng, bg, h, w)
    notes = _layout(rng, p, bg, w, h)
    kinds = _distractors(board, rng, p, notes, bg)
    for n in notes:
        draw_note(board, n, rng, p.shadow)
    return _photograph(board, notes, rng, p.cam, seed, tier, bg, kinds)


#: Colours of pin heads and magnets on the dotless boards (red and blue like voting dots).
HOLDER_COLORS = ((200, 30, 40), (30, 70, 190), (30, 140, 60), (230, 200, 30), (40, 40, 45))


def make_pinned_board(seed: int, size: tuple[int, int] = (1600, 1200)) -> SynthBoard:
    """A board without voting dots whose notes are held by pins and magnets.

    The medium tier's layout and camera, no dots; about half the notes carry a pin
    head (on any background) or a magnet, in the colours of voting dots too. For
    measuring false votes; ``tier`` is ``"pinned"``.
    """
    import dataclasses

    p = dataclasses.replace(PARAMS["medium"], votes_prob=0.0)
    rng = np.random.default_rng([seed, 7])
    w, h = size
    bg = p.backgrounds[int(rng.integers(len(p.backgrounds)))]
    board = background(rng, bg, h, w)
    notes = _layout(rng, p, bg, w, h)
    holders = np.random.default_rng([seed, 8])
    for i, n in enumerate(notes):
        roll = holders.random()
        colour = HOLDER_COLORS[int(holders.integers(len(HOLDER_COLORS)))]
        if roll < 0.3:
            notes[i] = dataclasses.replace(n, pin=True, votes=0)
        elif roll < 0.55:
            notes[i] = dataclasses.replace(n, magnet=colour, pin=False, votes=0)
        else:
            notes[i] = dataclasses.replace(n, votes=0)
    kinds = _distractors(board, rng, p, notes, bg)
    for n in notes:
        draw_note(board, n, rng, p.shadow)
    return _photograph(board, notes, rng, p.cam, seed, "pinned", bg, kinds)


def _contrasting(rgb: tuple[int, int, int], colours: Sequence[tuple[int, int, int]]) -> list:
    """Dot colours a person tells apart from a note of colour ``rgb``."""
    import cv2

    def lab(c: tuple[int, int, int]) -> np.ndarray:
        px = np.array([[c]], np.float32) / 255.0
        return cv2.cvtColor(px, cv2.COLOR_RGB2Lab)[0, 0]

    ref = lab(rgb)
    return [c for c in colours if float(np.linalg.norm(lab(c) - ref)) > 45]


def make_dotted_board(seed: int, size: tuple[int, int] = (1600, 1200)) -> SynthBoard:
    """A board on which many notes carry voting dots as people stick them.

    The medium tier's layout and camera; 1 to 6 dots on about half the notes, each
    8 to 13 % of the note's side across, in a colour that stands out from the note,
    anywhere on it (over the writing too), touching but never covering each other.
    ``tier`` is ``"dotted"``.
    """
    import dataclasses

    p = dataclasses.replace(PARAMS["medium"], votes_prob=0.0)
    rng = np.random.default_rng([seed, 9])
    w, h = size
    bg = p.backgrounds[int(rng.integers(len(p.backgrounds)))]
    board = background(rng, bg, h, w)
    notes = _layout(rng, p, bg, w, h)
    stickers = np.random.default_rng([seed, 10])
    for i, n in enumerate(notes):
        colours = _contrasting(n.rgb, DOT_COLORS)
        if n.header or not colours or stickers.random() < 0.5:
            continue
        aspect = n.w / max(1.0, min(n.w, n.h)), n.h / max(1.0, min(n.w, n.h))
        dots: list[tuple[float, float, float, tuple[int, int, int]]] = []
        for _ in range(int(stickers.integers(1, 7))):
            r = float(stickers.uniform(0.04, 0.065))
            for _ in range(30):
                x = float(stickers.uniform(0.12 + r, 0.88 - r))  # shares of the side
                y = float(stickers.uniform(0.2 + r, 0.88 - r))
                px, py = x * aspect[0], y * aspect[1]
                if all(
                    np.hypot(px - dx * aspect[0], py - dy * aspect[1]) >= (r + dr) * 1.02
                    for dx, dy, dr, _ in dots
                ):
                    colour = colours[int(stickers.integers(len(colours)))]
                    dots.append((x, y, r, colour))
                    break
        notes[i] = dataclasses.replace(n, dots=tuple(dots), votes=len(dots))
    kinds = _distractors(board, rng, p, notes, bg)
    for n in notes:
        draw_note(board, n, rng, p.shadow)
    return _photograph(board, notes, rng, p.cam, seed, "dotted", bg, kinds)


def draw_scene(
    specs: Sequence[NoteSpec],
    *,
    background_kind: str = "whiteboard",
    size: tuple[int, int] = (1200, 900),
    seed: int = 0,
    cam: camera.CameraParams | None = None,
    shadow: float = 0.3,
) -> SynthBoard:
    """Photograph explicitly placed notes (board pixels) on a background."""
    rng = np.random.default_rng(seed)
    w, h = size
    board = background(rng, background_kind, h, w)
    for n in specs:
        draw_note(board, n, rng, shadow)
    cam = cam or camera.CameraParams(0.0, 1.0, 0.0, 0.0, False, 0.5, 1.5, 90)
    return _photograph(board, list(specs), rng, cam, seed, "scene", background_kind, [])


def render_board(
    groups: Sequence[tuple[str | None, Sequence[tuple[str, str] | tuple[str, str, int]]]],
    *,
    seed: int = 0,
    background_kind: str = "cork",
    size: tuple[int, int] = (2400, 1600),
    perspective: float = 0.03,
    quality: str = "medium",
) -> SynthBoard:
    """Draw the given notes as a photo: one column per group, the group title as a header card.

    ``groups`` is a list of ``(title or None, [(text, colour name), ...])``.
    ``quality`` chooses the camera model of a tier (easy, medium, hard).
    """
    rng = np.random.default_rng(seed)
    w, h = size
    board = background(rng, background_kind, h, w)
    n_groups = max(1, len(groups))
    margin = 0.04 * w
    col_w = (w - 2 * margin) / n_groups
    longest = max((len(items) for _, items in groups), default=1)
    per_row = 2 if longest > 4 and col_w > 0.3 * w else 1
    rows = int(np.ceil(longest / per_row))
    s = float(min(0.8 * col_w / per_row, (0.8 * h) / (rows + 1.2), 0.14 * w))
    specs: list[NoteSpec] = []
    for g, (title, items) in enumerate(groups):
        gx = margin + g * col_w + col_w / 2
        y = 0.05 * h
        if title:
            specs.append(
                NoteSpec(
                    cx=gx,
                    cy=y + 0.35 * s,
                    w=min(0.9 * col_w, 2.0 * s),
                    h=0.7 * s,
                    angle=float(rng.normal(0, 1)),
                    color="white",
                    rgb=(246, 246, 242),
                    shape="rect",
                    text=title.upper(),
                    header=True,
                    font=1,
                    ink=(20, 20, 25),
                )
            )
        y += 0.7 * s + 0.3 * s
        for i, item in enumerate(items):
            text, color = item[0], item[1]
            votes = int(item[2]) if len(item) > 2 else 0
            if color not in NOTE_COLORS:
                raise ValueError(f"unknown colour {color!r}")
            r, c = divmod(i, per_row)
            cx = gx + (c - (per_row - 1) / 2) * s * 1.12
            specs.append(
                NoteSpec(
                    cx=cx,
                    cy=y + r * s * 1.12 + s / 2,
                    w=s,
                    h=s,
                    angle=float(rng.normal(0, 2)),
                    color=color,
                    rgb=pick_color(rng, color, False),
                    shape="square",
                    votes=votes,
                    text=text,
                    font=int(rng.integers(2)),
                    ink=INK_COLORS[int(rng.integers(3))],
                    pin=background_kind in ("cork", "felt"),
                )
            )
    for n in specs:
        draw_note(board, n, rng, 0.35)
    base = PARAMS.get(quality, PARAMS["medium"]).cam
    cam = camera.CameraParams(
        perspective, 1.0, base.light, base.cast, False, base.blur, base.noise, base.jpeg or 88
    )
    return _photograph(board, specs, rng, cam, seed, quality, background_kind, [])
