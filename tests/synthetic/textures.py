"""Board backgrounds and paper textures, all deterministic from a numpy Generator."""

from __future__ import annotations

import cv2
import numpy as np

BACKGROUNDS = ("cork", "whiteboard", "brown_paper", "white_paper", "felt", "grey_wall")


def smooth_noise(rng: np.random.Generator, h: int, w: int, cell: int) -> np.ndarray:
    """Value noise in about -1..1 with features of ``cell`` pixels."""
    gh, gw = max(2, h // max(1, cell) + 2), max(2, w // max(1, cell) + 2)
    grid = rng.standard_normal((gh, gw)).astype(np.float32)
    up = cv2.resize(grid, (w, h), interpolation=cv2.INTER_CUBIC)
    return np.clip(up / 1.5, -1.5, 1.5)


def _tint(h: int, w: int, rgb: tuple[int, int, int]) -> np.ndarray:
    return np.broadcast_to(np.array(rgb, np.float32), (h, w, 3)).copy()


def background(rng: np.random.Generator, kind: str, h: int, w: int) -> np.ndarray:
    """A board texture as float32 RGB 0..255."""
    if kind == "cork":
        img = _tint(h, w, (int(rng.integers(170, 200)), int(rng.integers(125, 150)), 90))
        speck = rng.standard_normal((h, w)).astype(np.float32)
        speck = cv2.GaussianBlur(speck, (0, 0), 1.2) * 22
        blot = smooth_noise(rng, h, w, 40) * 12
        img += (speck + blot)[..., None] * np.array([1.0, 0.85, 0.6], np.float32)
        dark = (rng.random((h, w)) < 0.004).astype(np.float32)
        dark = cv2.GaussianBlur(dark, (0, 0), 1.5) * 400
        img -= dark[..., None] * np.array([0.6, 0.6, 0.5], np.float32)
    elif kind == "whiteboard":
        img = _tint(h, w, (236, 238, 240))
        img += smooth_noise(rng, h, w, 300)[..., None] * 6
        # Faint ghosting of erased marker.
        ghost = np.zeros((h, w), np.float32)
        for _ in range(int(rng.integers(2, 6))):
            p0 = (int(rng.integers(0, w)), int(rng.integers(0, h)))
            p1 = (
                int(np.clip(p0[0] + rng.integers(-300, 300), 0, w - 1)),
                int(np.clip(p0[1] + rng.integers(-60, 60), 0, h - 1)),
            )
            cv2.line(ghost, p0, p1, 1.0, int(rng.integers(4, 12)))
        img -= cv2.GaussianBlur(ghost, (0, 0), 4)[..., None] * np.array([10, 8, 4], np.float32)
    elif kind == "brown_paper":
        img = _tint(h, w, (int(rng.integers(180, 200)), int(rng.integers(140, 158)), 105))
        fib = rng.standard_normal((h, w)).astype(np.float32)
        fib = cv2.GaussianBlur(fib, (0, 0), sigmaX=6, sigmaY=0.8) * 25
        wrinkle = smooth_noise(rng, h, w, 120) * 14
        img += (fib + wrinkle)[..., None] * np.array([1.0, 0.8, 0.6], np.float32)
    elif kind == "white_paper":
        img = _tint(h, w, (245, 243, 236))
        img += smooth_noise(rng, h, w, 200)[..., None] * 5
        step = int(rng.integers(350, 600))
        for x in range(int(rng.integers(50, step)), w, step):  # sheet seams
            cv2.line(img, (x, 0), (x, h - 1), (215, 213, 205), 2)
    elif kind == "felt":
        base = [(80, 100, 135), (70, 110, 85), (120, 120, 125)][int(rng.integers(3))]
        img = _tint(h, w, base)
        fuzz = cv2.GaussianBlur(rng.standard_normal((h, w)).astype(np.float32), (0, 0), 0.8) * 10
        img += (fuzz + smooth_noise(rng, h, w, 80) * 6)[..., None]
    elif kind == "grey_wall":
        g = int(rng.integers(150, 195))
        img = _tint(h, w, (g, g, g - 3))
        grain = cv2.GaussianBlur(rng.standard_normal((h, w)).astype(np.float32), (0, 0), 1.0) * 6
        img += (grain + smooth_noise(rng, h, w, 150) * 5)[..., None]
    else:
        raise ValueError(f"unknown background {kind!r}")
    return np.clip(img, 0, 255)


def paper(rng: np.random.Generator, h: int, w: int, rgb: tuple[int, int, int]) -> np.ndarray:
    """A note surface: base colour with fibre noise and a soft lighting variation."""
    img = _tint(h, w, rgb)
    grain = cv2.GaussianBlur(rng.standard_normal((h, w)).astype(np.float32), (0, 0), 0.7) * 3
    img += grain[..., None]
    # Sticky notes curl a little at the bottom: slightly darker there.
    ramp = np.linspace(0, 1, h, dtype=np.float32)[:, None] ** 3
    img *= (1.0 - 0.06 * ramp * float(rng.random()))[..., None]
    return np.clip(img, 0, 255)
