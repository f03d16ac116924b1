"""Drawing notes, cards and distractors onto a float RGB board."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageDraw

from tests.synthetic.palette import DOT_COLORS, get_font
from tests.synthetic.textures import paper


@dataclass
class NoteSpec:
    """A note on the flat board (before the camera)."""

    cx: float
    cy: float
    w: float
    h: float
    angle: float  # degrees, clockwise on screen
    color: str
    rgb: tuple[int, int, int]
    shape: str  # square, rect, oval
    text: str
    votes: int = 0
    header: bool = False
    font: int = 0
    ink: tuple[int, int, int] = (20, 20, 25)
    pin: bool = False
    magnet: tuple[int, int, int] | None = None  # colour of a magnet holding the note
    #: Voting dots placed by hand: (x, y, radius) as shares of the note's shorter side and
    #: its colour; when given, ``votes`` random dots are not drawn.
    dots: tuple[tuple[float, float, float, tuple[int, int, int]], ...] = ()

    def corners(self) -> np.ndarray:
        """Four corners clockwise from top-left (board pixels)."""
        return _apply(_affine(self), _tile_corners(self.w, self.h))

    def outline(self, n: int = 24) -> np.ndarray:
        """The polygon of the note: its corners, or ``n`` points on the ellipse for ovals."""
        if self.shape != "oval":
            return self.corners()
        t = np.linspace(-np.pi * 0.75, np.pi * 1.25, n, endpoint=False)
        pts = np.stack(
            [self.w / 2 + self.w / 2 * np.cos(t), self.h / 2 + self.h / 2 * np.sin(t)], 1
        )
        return _apply(_affine(self), pts)


def _tile_corners(w: float, h: float) -> np.ndarray:
    return np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64)


def _affine(n: NoteSpec) -> np.ndarray:
    """2 x 3 matrix mapping tile pixels (origin top-left) to board pixels."""
    a = np.radians(n.angle)
    c, s = np.cos(a), np.sin(a)
    rot = np.array([[c, -s], [s, c]])
    off = np.array([n.cx, n.cy]) - rot @ np.array([n.w / 2, n.h / 2])
    return np.hstack([rot, off[:, None]])


def _apply(m: np.ndarray, pts: np.ndarray) -> np.ndarray:
    return pts @ m[:, :2].T + m[:, 2]


def composite(board: np.ndarray, rgb: np.ndarray, alpha: np.ndarray, m: np.ndarray) -> None:
    """Alpha-blend a tile into ``board`` in place; ``m`` maps tile to board pixels."""
    th, tw = alpha.shape
    corners = _apply(m, _tile_corners(tw, th))
    bh, bw = board.shape[:2]
    x0 = max(0, int(np.floor(corners[:, 0].min())) - 2)
    y0 = max(0, int(np.floor(corners[:, 1].min())) - 2)
    x1 = min(bw, int(np.ceil(corners[:, 0].max())) + 3)
    y1 = min(bh, int(np.ceil(corners[:, 1].max())) + 3)
    if x1 <= x0 or y1 <= y0:
        return
    local = m.copy()
    local[:, 2] -= [x0, y0]
    size = (x1 - x0, y1 - y0)
    wr = cv2.warpAffine(rgb, local, size, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    wa = cv2.warpAffine(alpha, local, size, flags=cv2.INTER_LINEAR, borderValue=0)
    region = board[y0:y1, x0:x1]
    region *= 1.0 - wa[..., None]
    region += wr * wa[..., None]


def _shape_alpha(shape: str, w: int, h: int) -> np.ndarray:
    a = np.zeros((h, w), np.uint8)
    if shape == "oval":
        cv2.ellipse(
            a,
            (w // 2, h // 2),
            (max(1, w // 2 - 1), max(1, h // 2 - 1)),
            0,
            0,
            360,
            255,
            -1,
            cv2.LINE_AA,
        )
    else:
        a[:, :] = 255
    return a.astype(np.float32) / 255.0


def _wrap(text: str, draw: ImageDraw.ImageDraw, font: object, width: float) -> list[str]:
    lines: list[str] = []
    cur = ""
    for word in text.split():
        trial = f"{cur} {word}".strip()
        if draw.textlength(trial, font=font) <= width or not cur:  # type: ignore[arg-type]
            cur = trial
        else:
            lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines


def draw_text(
    img: Image.Image,
    text: str,
    box: tuple[int, int, int, int],
    ink: tuple[int, int, int],
    font_index: int,
    bold: bool,
    rng: np.random.Generator,
) -> None:
    """Write ``text`` wrapped and centred into ``box`` with the largest fitting font size."""
    x0, y0, x1, y1 = box
    draw = ImageDraw.Draw(img)
    bw, bh = x1 - x0, y1 - y0
    size = max(8, int(bh / 2.2))
    while size > 8:
        font = get_font(size, font_index, bold)
        lines = _wrap(text, draw, font, bw)
        widest = max((draw.textlength(line, font=font) for line in lines), default=0)
        if len(lines) * size * 1.15 <= bh and widest <= bw:
            break
        size -= 2
    font = get_font(size, font_index, bold)
    lines = _wrap(text, draw, font, bw)
    total = len(lines) * size * 1.15
    y = y0 + (bh - total) / 2
    for line in lines:
        lw = draw.textlength(line, font=font)
        x = x0 + (bw - lw) / 2 + float(rng.uniform(-0.05, 0.05)) * bw
        draw.text((x, y), line, fill=ink, font=font)
        y += size * 1.15


def draw_note(board: np.ndarray, n: NoteSpec, rng: np.random.Generator, shadow: float) -> None:
    """Draw one note (with its drop shadow, text, votes and pin) onto the board."""
    w, h = max(4, int(round(n.w))), max(4, int(round(n.h)))
    alpha = _shape_alpha(n.shape, w, h)
    m = _affine(n)
    if shadow > 0:
        sh = cv2.GaussianBlur(alpha, (0, 0), max(1.0, 0.03 * min(w, h))) * shadow
        ms = m.copy()
        ms[:, 2] += [0.012 * w + 1, 0.03 * h + 1]
        composite(board, np.zeros((h, w, 3), np.float32), sh, ms)
    surf = paper(rng, h, w, n.rgb)
    img = Image.fromarray(surf.astype(np.uint8))
    pad_x, pad_y = int(0.1 * w), int(0.12 * h)
    if n.shape == "oval":
        pad_x, pad_y = int(0.2 * w), int(0.22 * h)
    if n.text:
        draw_text(img, n.text, (pad_x, pad_y, w - pad_x, h - pad_y), n.ink, n.font, n.header, rng)
    tile = np.asarray(img, np.float32).copy()
    # Paper edges catch less light: a thin darker rim, so touching notes show a seam.
    inner = cv2.erode(
        alpha, np.ones((5, 5), np.uint8), borderType=cv2.BORDER_CONSTANT, borderValue=0
    )
    rim = alpha - inner
    tile *= (1.0 - float(rng.uniform(0.15, 0.3)) * rim)[..., None]
    side = min(w, h)
    for fx, fy, fr, colour in n.dots:
        _disc_on(tile, fx * w, fy * h, fr * side, colour)
    for _ in range(0 if n.dots else n.votes):
        _dot(
            tile, rng, DOT_COLORS[int(rng.integers(len(DOT_COLORS)))], 0.045 * min(w, h), edge=0.18
        )
    composite(board, tile, alpha, m)
    if n.pin:
        px, py = _apply(m, np.array([[w / 2, 0.08 * h]]))[0]
        draw_disc(board, (px, py), 0.035 * min(w, h) + 2, (200, 30, 40), rng)
    if n.magnet is not None:
        px, py = _apply(m, np.array([[w * 0.5, 0.1 * h]]))[0]
        draw_disc(board, (px, py), 0.08 * min(w, h) + 2, n.magnet, rng)


def _dot(
    tile: np.ndarray, rng: np.random.Generator, rgb: tuple[int, int, int], r: float, edge: float
) -> None:
    h, w = tile.shape[:2]
    for _ in range(20):
        cx = rng.uniform(edge * w + r, (1 - edge) * w - r)
        cy = rng.uniform(edge * h + r, (1 - edge) * h - r)
        patch = tile[int(cy - r) - 1 : int(cy + r) + 2, int(cx - r) - 1 : int(cx + r) + 2]
        if patch.size and float(patch.std()) < 25:  # avoid sticking on text and other dots
            break
    mask = np.zeros((h, w), np.uint8)
    cv2.circle(mask, (int(cx * 4), int(cy * 4)), int(r * 4), 255, -1, cv2.LINE_AA, shift=2)
    a = mask.astype(np.float32)[..., None] / 255.0
    tile *= 1 - a
    tile += a * np.array(rgb, np.float32)


def _disc_on(tile: np.ndarray, cx: float, cy: float, r: float, rgb: tuple[int, int, int]) -> None:
    """A flat sticker: a disc of one colour, antialiased."""
    h, w = tile.shape[:2]
    mask = np.zeros((h, w), np.uint8)
    cv2.circle(mask, (int(cx * 4), int(cy * 4)), int(r * 4), 255, -1, cv2.LINE_AA, shift=2)
    a = mask.astype(np.float32)[..., None] / 255.0
    tile *= 1 - a
    tile += a * np.array(rgb, np.float32)


def draw_disc(
    board: np.ndarray,
    c: tuple[float, float],
    r: float,
    rgb: tuple[int, int, int],
    rng: np.random.Generator,
    shadow: bool = True,
) -> None:
    """A round object (pin head, magnet, dot) with a small shadow and highlight."""
    h, w = board.shape[:2]
    if shadow:
        sm = np.zeros((h, w), np.uint8)
        cv2.circle(sm, (int(c[0] + 0.3 * r), int(c[1] + 0.4 * r)), int(r), 255, -1, cv2.LINE_AA)
        x0, y0 = max(0, int(c[0] - 3 * r)), max(0, int(c[1] - 3 * r))
        x1, y1 = min(w, int(c[0] + 3 * r) + 1), min(h, int(c[1] + 3 * r) + 1)
        if x1 > x0 and y1 > y0:
            loc = cv2.GaussianBlur(
                sm[y0:y1, x0:x1].astype(np.float32) / 255.0, (0, 0), max(0.8, 0.3 * r)
            )
            board[y0:y1, x0:x1] *= (1 - 0.4 * loc)[..., None]
    col = np.array(rgb, np.float32)
    cv2.circle(
        board,
        (int(c[0] * 4), int(c[1] * 4)),
        int(r * 4),
        tuple(float(v) for v in col),
        -1,
        cv2.LINE_AA,
        shift=2,
    )
    hl = tuple(float(min(255, v * 0.5 + 140)) for v in col)
    cv2.circle(
        board,
        (int((c[0] - 0.3 * r) * 4), int((c[1] - 0.3 * r) * 4)),
        max(1, int(r * 1.2)),
        hl,
        -1,
        cv2.LINE_AA,
        shift=2,
    )
    _ = rng


def draw_door_sign(
    board: np.ndarray, c: tuple[float, float], r: float, rng: np.random.Generator
) -> None:
    """A round blue sign with white lettering and a metal rim (not a note)."""
    cx, cy = int(c[0]), int(c[1])
    cv2.circle(board, (cx, cy), int(r), (150, 150, 150), -1, cv2.LINE_AA)
    cv2.circle(board, (cx, cy), int(r * 0.9), (20, 85, 165), -1, cv2.LINE_AA)
    size = int(2 * r)
    tile = Image.new("L", (size, size), 0)
    draw_text(
        tile,
        "Fire door keep locked",
        (int(0.22 * size), int(0.25 * size), int(0.78 * size), int(0.75 * size)),
        255,
        3,
        True,
        rng,
    )  # type: ignore[arg-type]
    a = np.asarray(tile, np.float32) / 255.0
    x0, y0 = cx - r, cy - r
    h, w = board.shape[:2]
    xs, ys = max(0, int(x0)), max(0, int(y0))
    xe, ye = min(w, int(x0) + size), min(h, int(y0) + size)
    if xe > xs and ye > ys:
        aa = a[ys - int(y0) : ye - int(y0), xs - int(x0) : xe - int(x0)][..., None]
        board[ys:ye, xs:xe] = board[ys:ye, xs:xe] * (1 - aa) + 245 * aa
    for sx in (-0.75, 0.75):  # screws
        cv2.circle(
            board, (int(cx + sx * r), cy), max(2, int(0.07 * r)), (90, 90, 90), -1, cv2.LINE_AA
        )


def draw_board_text(
    board: np.ndarray,
    text: str,
    box: tuple[int, int, int, int],
    ink: tuple[int, int, int],
    rng: np.random.Generator,
) -> None:
    """Marker handwriting directly on the board."""
    x0, y0, x1, y1 = box
    h, w = board.shape[:2]
    x0, y0, x1, y1 = max(0, x0), max(0, y0), min(w, x1), min(h, y1)
    if x1 - x0 < 20 or y1 - y0 < 10:
        return
    tile = Image.new("L", (x1 - x0, y1 - y0), 0)
    draw_text(tile, text, (0, 0, x1 - x0, y1 - y0), 255, 0, False, rng)  # type: ignore[arg-type]
    a = np.asarray(tile, np.float32)[..., None] / 255.0
    board[y0:y1, x0:x1] = board[y0:y1, x0:x1] * (1 - a) + np.array(ink, np.float32) * a


def draw_clutter(
    board: np.ndarray, kind: str, centre: tuple[float, float], s: float, rng: np.random.Generator
) -> None:
    """A thing left on or in front of the board that is not a note: a phone or a book.

    ``s`` is the typical note size. A phone is a dark rounded slab with a glassy
    screen; a book a large, strongly coloured cover with a light title band.
    """
    ang = float(rng.uniform(-25, 25))
    if kind == "phone":
        w, h = 0.75 * s, 1.5 * s
        body = (25.0, 25.0, 30.0)
    else:
        w, h = float(rng.uniform(1.5, 2.0)) * s, float(rng.uniform(2.0, 2.6)) * s
        body = [(170, 35, 40), (30, 50, 110), (40, 100, 60), (210, 120, 30), (90, 40, 110)][
            int(rng.integers(5))
        ]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    m[:, 2] += [centre[0] - w / 2, centre[1] - h / 2]
    tw, th = max(4, int(w)), max(4, int(h))
    tile = np.broadcast_to(np.array(body, np.float32), (th, tw, 3)).copy()
    tile += (
        cv2.GaussianBlur(rng.standard_normal((th, tw)).astype(np.float32), (0, 0), 1.0)[..., None]
        * 4
    )
    if kind == "phone":
        x0, y0, x1, y1 = int(0.07 * tw), int(0.1 * th), int(0.93 * tw), int(0.88 * th)
        tile[y0:y1, x0:x1] = (45.0, 55.0, 70.0)
        tile[y0:y1, x0:x1] += np.linspace(0, 40, y1 - y0, dtype=np.float32)[:, None, None]
    else:
        y0, y1 = int(0.15 * th), int(0.32 * th)
        tile[y0:y1, int(0.08 * tw) : int(0.92 * tw)] = (235.0, 230.0, 215.0)
        for k in range(3):
            yy = y0 + int((k + 0.5) * (y1 - y0) / 3)
            cv2.line(tile, (int(0.15 * tw), yy), (int(0.8 * tw), yy), (40, 40, 40), 2)
        tile[:, : max(2, int(0.06 * tw))] *= 0.7  # the spine
    alpha = np.ones((th, tw), np.float32)
    if kind == "phone":
        r = int(0.12 * tw)
        alpha = np.zeros((th, tw), np.float32)
        cv2.rectangle(alpha, (r, 0), (tw - 1 - r, th - 1), 1.0, -1)
        cv2.rectangle(alpha, (0, r), (tw - 1, th - 1 - r), 1.0, -1)
        for cx, cy in ((r, r), (tw - 1 - r, r), (r, th - 1 - r), (tw - 1 - r, th - 1 - r)):
            cv2.circle(alpha, (cx, cy), r, 1.0, -1)
    composite(board, np.clip(tile, 0, 255), alpha, m)
