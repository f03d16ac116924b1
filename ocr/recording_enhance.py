"""Graphic recordings: a scanner-like enhancement and the lines of lettering on a poster.

Pure numpy/OpenCV, used through :mod:`ocr.recording`.
"""

from __future__ import annotations

import cv2
import numpy as np


def _background(channel: np.ndarray, kernel: int) -> np.ndarray:
    """Large-scale brightness of the paper: strokes removed by a max filter, smoothed."""
    element = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (kernel, kernel))
    closed = cv2.erode(cv2.dilate(channel, element), element)
    closed = cv2.medianBlur(closed, min(kernel, 255) | 1)
    return cv2.GaussianBlur(closed.astype(np.float32), (0, 0), kernel / 2)


def paper_background(small: np.ndarray) -> np.ndarray:
    """The lit paper colour at every pixel of ``small`` (float32 RGB).

    A first guess by a max filter is used to pick the pixels that look like bare
    paper (bright, colourless relative to it); the background is then interpolated
    from those alone, so large filled drawings do not count as paper.
    """
    kernel = max(5, round(max(small.shape[:2]) / 18)) | 1
    first = np.dstack([_background(small[..., i], kernel) for i in range(3)])
    ratio = small.astype(np.float32) / np.maximum(first, 1.0)
    light = ratio.mean(axis=2)
    spread = ratio.max(axis=2) - ratio.min(axis=2)
    paper = ((light > 0.88) & (spread < 0.12)).astype(np.float32)
    paper = cv2.erode(paper, np.ones((3, 3), np.uint8))
    if paper.mean() < 0.05:  # hardly any bare paper: trust the first guess
        return first
    fallback = np.median(small[paper > 0].astype(np.float32), axis=0) * np.ones_like(first)
    for sigma in (kernel * 3.0, kernel / 1.5):  # coarse first, then finer where paper is near
        weight = cv2.GaussianBlur(paper, (0, 0), sigma)
        mean = np.dstack(
            [
                cv2.GaussianBlur(small[..., i].astype(np.float32) * paper, (0, 0), sigma)
                / np.maximum(weight, 1e-4)
                for i in range(3)
            ]
        )
        trust = np.clip(weight / 0.1, 0.0, 1.0)[..., None]
        fallback = mean * trust + fallback * (1.0 - trust)
    return fallback


def enhance(rgb: np.ndarray) -> np.ndarray:
    """Scanner-like "whiteboard" mode: even lighting, white paper, crisp strokes, colours kept.

    Each channel is divided by its own large-scale background (shadows and a colour
    cast go, the paper turns white), then stretched so that the paper is pure white
    and the darkest ink black; saturation is lifted slightly so coloured strokes stay
    vivid after the paper brightens.
    """
    image = np.ascontiguousarray(rgb)
    height, width = image.shape[:2]
    scale = min(1.0, 640 / max(height, width))
    small = cv2.resize(
        image,
        (max(1, round(width * scale)), max(1, round(height * scale))),
        interpolation=cv2.INTER_AREA,
    )
    background = cv2.resize(
        paper_background(small), (width, height), interpolation=cv2.INTER_LINEAR
    )
    ratio = image.astype(np.float32) / np.maximum(background, 1.0)
    black = float(np.percentile(ratio.mean(axis=2), 0.5))
    white = 0.93
    black = min(black, 0.6)
    out = np.clip((ratio - black) / (white - black), 0.0, 1.0)
    out = out**1.15  # a little more ink weight
    out8 = (out * 255.0 + 0.5).astype(np.uint8)
    hsv = cv2.cvtColor(out8, cv2.COLOR_RGB2HSV).astype(np.float32)
    hsv[..., 1] = np.clip(hsv[..., 1] * 1.05, 0, 255)
    return cv2.cvtColor(hsv.astype(np.uint8), cv2.COLOR_HSV2RGB)


def text_blocks(rgb: np.ndarray, limit: int = 80) -> list[tuple[int, int, int, int]]:
    """Boxes (x, y, w, h) around lines of lettering on a flattened poster, top to bottom.

    Dark or saturated strokes are joined along the line; blobs shaped like a word or
    a line of words are kept, filled shapes and thin rules are not.
    """
    height, width = rgb.shape[:2]
    hsv = cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2HSV)
    grey = cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2GRAY)
    ink = ((grey < 120) | ((hsv[..., 1] > 110) & (hsv[..., 2] < 200))).astype(np.uint8) * 255
    unit = max(height, width) / 100
    joined = cv2.morphologyEx(
        ink,
        cv2.MORPH_CLOSE,
        np.ones((max(3, round(0.5 * unit)), max(5, round(1.6 * unit))), np.uint8),
    )
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    boxes = []
    for label in range(1, count):
        x, y, w, h, area = (int(v) for v in stats[label])
        if not (0.6 * unit <= h <= 12 * unit) or w < 1.2 * h or w < 2 * unit:
            continue
        fill = area / float(w * h)
        if fill > 0.85:  # a filled bar or box, not letters
            continue
        pad = max(2, round(0.25 * h))
        x0, y0 = max(0, x - pad), max(0, y - pad)
        x1, y1 = min(width, x + w + pad), min(height, y + h + pad)
        boxes.append((x0, y0, x1 - x0, y1 - y0))
    boxes.sort(key=lambda b: -(b[2] * b[3]))
    boxes = boxes[:limit]
    boxes.sort(key=lambda b: (b[1] // max(1, round(2 * unit)), b[0]))
    return boxes
