"""Photographic effects: perspective, lighting, colour cast, blur, noise and JPEG."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

from tests.synthetic.textures import smooth_noise


@dataclass(frozen=True)
class CameraParams:
    perspective: float  # corner jitter as a fraction of the image size
    zoom: float  # > 1 crops into the board (notes near the border get cut)
    light: float  # strength of the lighting gradient (0..0.5)
    cast: float  # white-balance error (0..0.15)
    shadow: bool  # a large soft shadow across the board
    blur: float  # Gaussian sigma in px
    noise: float  # sensor noise sigma (0..255 scale)
    jpeg: int  # JPEG quality, 0 = none
    light_temp: float = 0.0  # warm lamp (> 0) or cool daylight (< 0) light: up to about 0.25
    shift: float = 0.0  # frame moved off the board centre (fraction), cutting notes at the edge


def homography(rng: np.random.Generator, w: int, h: int, p: CameraParams) -> np.ndarray:
    """Map board pixels to image pixels: random corner jitter plus an optional zoom."""
    src = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], np.float32)
    jit = (
        rng.uniform(-1, 1, size=(4, 2)).astype(np.float32)
        * p.perspective
        * np.array([w, h], np.float32)
    )
    # Move corners inwards mostly, so the board stays in view.
    inward = np.array([[1, 1], [-1, 1], [-1, -1], [1, -1]], np.float32)
    dst = src + inward * np.abs(jit) * 0.5 + jit * 0.5
    c = np.array([w / 2, h / 2], np.float32)
    dst = (dst - c) * p.zoom + c
    if p.shift > 0:
        dst += rng.uniform(-p.shift, p.shift, size=2).astype(np.float32) * np.array([w, h])
    return cv2.getPerspectiveTransform(src, dst.astype(np.float32))


def apply(
    rng: np.random.Generator, board: np.ndarray, hmat: np.ndarray, p: CameraParams
) -> np.ndarray:
    """Render the photo of ``board`` (float32 RGB) through the camera model, as uint8."""
    h, w = board.shape[:2]
    img = cv2.warpPerspective(
        board, hmat, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT
    )
    if p.light > 0:
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        ang = rng.uniform(0, 2 * np.pi)
        lin = ((xx / w - 0.5) * np.cos(ang) + (yy / h - 0.5) * np.sin(ang)) * 2
        cx, cy = rng.uniform(0.2, 0.8) * w, rng.uniform(0.2, 0.8) * h
        rad = np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
        gain = 1.0 + p.light * (0.6 * lin - 0.8 * rad + 0.2) + 0.03 * smooth_noise(rng, h, w, 300)
        img *= np.clip(gain, 0.35, 1.4)[..., None]
    if p.shadow:
        sw, sh = max(8, w // 8), max(8, h // 8)
        mask = np.zeros((sh, sw), np.float32)
        x0 = rng.uniform(-0.2, 0.7) * sw
        pts = np.array([[x0, 0], [x0 + 0.35 * sw, 0], [x0 + 0.5 * sw, sh], [x0 + 0.1 * sw, sh]])
        cv2.fillPoly(mask, [pts.astype(np.int32)], 1.0)
        mask = cv2.GaussianBlur(mask, (0, 0), 0.06 * sw)
        mask = cv2.resize(mask, (w, h), interpolation=cv2.INTER_LINEAR)
        img *= (1.0 - 0.35 * mask)[..., None]
    if p.cast > 0:
        img *= (1.0 + rng.uniform(-p.cast, p.cast, size=3)).astype(np.float32)
    if p.light_temp > 0:
        t = float(rng.uniform(-p.light_temp, p.light_temp))
        img *= np.array([1.0 + 0.6 * t, 1.0, 1.0 - t], np.float32)
    if p.blur > 0.05:
        img = cv2.GaussianBlur(img, (0, 0), p.blur)
    if p.noise > 0:
        img += rng.standard_normal(img.shape).astype(np.float32) * p.noise
    out = np.clip(img, 0, 255).astype(np.uint8)
    if p.jpeg:
        ok, buf = cv2.imencode(
            ".jpg", cv2.cvtColor(out, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, p.jpeg]
        )
        if ok:
            out = cv2.cvtColor(cv2.imdecode(buf, cv2.IMREAD_COLOR), cv2.COLOR_BGR2RGB)
    return out


def project(hmat: np.ndarray, pts: np.ndarray) -> np.ndarray:
    """Apply a homography to N x 2 points."""
    return cv2.perspectiveTransform(np.asarray(pts, np.float64).reshape(-1, 1, 2), hmat).reshape(
        -1, 2
    )


def clip_to_frame(poly: np.ndarray, w: int, h: int) -> tuple[np.ndarray | None, float]:
    """Visible part of a convex polygon inside the image and the visible fraction of its area."""
    frame = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], np.float32).reshape(-1, 1, 2)
    p = cv2.convexHull(np.asarray(poly, np.float32).reshape(-1, 1, 2))
    full = cv2.contourArea(p)
    inter, vis = cv2.intersectConvexConvex(p, frame)
    if inter <= 0 or vis is None or full <= 0:
        return None, 0.0
    return vis.reshape(-1, 2).astype(np.float64), float(inter / full)
