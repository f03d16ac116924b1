"""Graphic recordings: find a poster in a photo, flatten it to its true shape, enhance it.

Pure numpy/OpenCV; no database, no Qt. Corners are 4 x 2 float arrays in photo pixels,
clockwise from the top left (top left, top right, bottom right, bottom left).
"""

from __future__ import annotations

import math

import cv2
import numpy as np

from ocr.geometry import order_corners, quad_size
from ocr.recording_edges import refine_corners
from ocr.recording_enhance import enhance, paper_background, text_blocks

__all__ = [
    "enhance",
    "estimate_aspect",
    "find_poster_corners",
    "flatten",
    "full_frame",
    "paper_aspect",
    "paper_background",
    "text_blocks",
]

#: Longest side the corner search works at (pixels).
SEARCH_SIZE = 900
#: Longest side of a flattened poster (pixels).
MAX_FLAT_SIZE = 4000
#: Paper sizes as (short, long) side in any unit; the orientation follows the quad.
PAPER_SIZES: dict[str, tuple[float, float]] = {
    "A0": (841.0, 1189.0),
    "A1": (594.0, 841.0),
    "A2": (420.0, 594.0),
    "flipchart": (68.0, 99.0),
}


def full_frame(width: int, height: int) -> np.ndarray:
    """The corners of the whole photo."""
    return np.array(
        [[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], dtype=np.float64
    )


def _whiteness(small: np.ndarray) -> np.ndarray:
    """Per pixel: bright and colourless scores high (paper), in 0..255."""
    lab = cv2.cvtColor(small, cv2.COLOR_RGB2LAB).astype(np.float32)
    chroma = np.hypot(lab[..., 1] - 128.0, lab[..., 2] - 128.0)
    return np.clip(lab[..., 0] - 2.0 * chroma, 0, 255).astype(np.uint8)


def _masks(small: np.ndarray) -> list[tuple[np.ndarray, bool]]:
    """Binary images whose regions may be the poster, each with "regions are gaps"."""
    white = cv2.GaussianBlur(_whiteness(small), (5, 5), 0)
    grey = cv2.GaussianBlur(cv2.cvtColor(small, cv2.COLOR_RGB2GRAY), (5, 5), 0)
    k = max(3, round(max(small.shape[:2]) / 150)) | 1
    kernel = np.ones((k, k), np.uint8)
    masks: list[tuple[np.ndarray, bool]] = []
    for channel in (grey, white):
        gx = cv2.Sobel(channel, cv2.CV_32F, 1, 0)
        gy = cv2.Sobel(channel, cv2.CV_32F, 0, 1)
        high = float(np.percentile(np.hypot(gx, gy), 92))
        for factor in (1.0, 0.5):
            edges = cv2.Canny(channel, 0.4 * factor * high, factor * high, L2gradient=True)
            edges = cv2.dilate(edges, np.ones((3, 3), np.uint8))
            masks.append((cv2.bitwise_not(edges), True))
    # colour edges: cream paper on a white wall differs in hue more than in lightness
    lab = cv2.GaussianBlur(cv2.cvtColor(small, cv2.COLOR_RGB2LAB), (5, 5), 0).astype(np.float32)
    magnitude = sum(
        cv2.Sobel(lab[..., i], cv2.CV_32F, 1, 0) ** 2
        + cv2.Sobel(lab[..., i], cv2.CV_32F, 0, 1) ** 2
        for i in (1, 2)
    )
    colour = np.where(magnitude > 2 * float(np.percentile(magnitude, 90)) + 9, 255, 0)
    colour = cv2.dilate(colour.astype(np.uint8), np.ones((5, 5), np.uint8))
    masks.append((cv2.bitwise_not(colour), True))
    for level in (50, 65, 80):
        threshold = float(np.percentile(white, level))
        paper = np.where(white > threshold, 255, 0).astype(np.uint8)
        opened = cv2.morphologyEx(paper, cv2.MORPH_OPEN, kernel)
        masks.append((cv2.morphologyEx(opened, cv2.MORPH_CLOSE, kernel), False))
    return masks


def _approx_quad(contour: np.ndarray) -> np.ndarray | None:
    hull = cv2.convexHull(contour)
    perimeter = cv2.arcLength(hull, True)
    for eps in (0.01, 0.02, 0.03, 0.045, 0.06, 0.08):
        approx = cv2.approxPolyDP(hull, eps * perimeter, True)
        if len(approx) == 4:
            return approx.reshape(4, 2).astype(np.float64)
        if len(approx) < 4:
            return None
    return None


def _clear_edge(lab: np.ndarray, quad: np.ndarray) -> bool:
    """Whether paper meets wall along every side: brighter inside, or another colour.

    Per side, the medians of lightness difference and colour difference (Lab) between
    points just inside and just outside; sides along the photo's edge are not judged.
    A coloured edge counts only with bright paper inside (not a drawn box).
    """
    h, w = lab.shape[:2]
    centre = quad.mean(axis=0)
    step = 0.012 * math.hypot(h, w)
    bright = 0.75 * float(np.percentile(lab[..., 0], 95))
    lighter, other = [], []
    for i in range(4):
        p, q = quad[i], quad[(i + 1) % 4]
        pairs = []
        for t in np.linspace(0.1, 0.9, 25):
            point = p + t * (q - p)
            direction = (centre - point) / max(float(np.linalg.norm(centre - point)), 1.0)
            inside, outside = point + direction * step, point - direction * step
            if 0 <= outside[0] < w and 0 <= outside[1] < h:
                pairs.append(
                    (lab[int(inside[1]), int(inside[0])], lab[int(outside[1]), int(outside[0])])
                )
        if len(pairs) < 8:
            continue
        ins, outs = np.array([a for a, _ in pairs]), np.array([b for _, b in pairs])
        lighter.append(float(np.median(ins[:, 0] - outs[:, 0])))
        colour = float(np.median(np.linalg.norm(ins[:, 1:] - outs[:, 1:], axis=1)))
        other.append(colour if float(np.median(ins[:, 0])) > bright else 0.0)
    if len(lighter) < 3:
        return False
    return (
        min(lighter) >= 4.0
        or min(max(a, 2 * b) for a, b in zip(lighter, other, strict=True)) >= 8.0
    )


def _on_border(contour: np.ndarray, shape: tuple[int, ...]) -> bool:
    """Whether much of an outline runs along the photo's edge (then it is not a poster's)."""
    pts = contour.reshape(-1, 2)
    h, w = shape[:2]
    border = (pts[:, 0] <= 3) | (pts[:, 1] <= 3) | (pts[:, 0] >= w - 4) | (pts[:, 1] >= h - 4)
    return float(border.mean()) > 0.1


def _plausible(quad: np.ndarray, area_frac: float) -> bool:
    if not 0.08 <= area_frac <= 0.985:
        return False
    if not cv2.isContourConvex(quad.astype(np.float32).reshape(-1, 1, 2)):
        return False
    for i in range(4):
        a, b, c = quad[i - 1], quad[i], quad[(i + 1) % 4]
        u, v = a - b, c - b
        cos = float(u @ v / (np.linalg.norm(u) * np.linalg.norm(v) + 1e-9))
        if abs(cos) > 0.6:  # corners between about 53 and 127 degrees
            return False
    return True


def find_poster_corners(rgb: np.ndarray) -> tuple[np.ndarray, bool]:
    """The poster's four corners (clockwise from the top left) and whether one was found.

    Looks for the largest plausible quadrilateral that is brighter inside than
    outside (paper on a wall), from a paper mask and from edges; sides are refined
    by line fitting. Without one, returns the whole photo and ``False``.
    """
    height, width = rgb.shape[:2]
    scale = min(1.0, SEARCH_SIZE / max(height, width))
    small = (
        cv2.resize(
            rgb,
            (max(1, round(width * scale)), max(1, round(height * scale))),
            interpolation=cv2.INTER_AREA,
        )
        if scale < 1.0
        else np.ascontiguousarray(rgb)
    )
    lab = cv2.GaussianBlur(cv2.cvtColor(small, cv2.COLOR_RGB2LAB), (5, 5), 0).astype(np.float32)
    total = float(small.shape[0] * small.shape[1])
    best: tuple[float, np.ndarray] | None = None
    for mask, gaps in _masks(small):
        if gaps:  # regions between edges: one filled outline per connected region
            count, labels, stats, _ = cv2.connectedComponentsWithStats(mask, connectivity=4)
            contours = []
            for label in range(1, count):
                if stats[label, cv2.CC_STAT_AREA] < 0.04 * total:
                    continue
                region = (labels == label).astype(np.uint8)
                found, _ = cv2.findContours(region, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
                contours += list(found)
        else:
            contours = list(cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)[0])
        for contour in contours:
            if cv2.contourArea(contour) < 0.05 * total or _on_border(contour, small.shape):
                continue
            quad = _approx_quad(contour)
            if quad is None:
                continue
            quad = order_corners(quad)
            area = cv2.contourArea(quad.astype(np.float32))
            fill = cv2.contourArea(cv2.convexHull(contour)) / max(area, 1.0)
            if not (0.9 <= fill <= 1.1 and _plausible(quad, area / total)):
                continue
            if not _clear_edge(lab, quad):
                continue
            if best is None or area > best[0] * 1.02:
                best = (area, quad)
    if best is None:
        return full_frame(width, height), False
    return refine_corners(rgb, best[1] / scale), True


def estimate_aspect(corners: np.ndarray, image_size: tuple[int, int]) -> float:
    """Width / height of the real rectangle seen as ``corners`` in an image (w, h).

    Zhang and He's method ("Whiteboard scanning and image enhancement", 2007): the
    focal length and the ratio follow from the vanishing geometry, with the principal
    point assumed at the image centre and square pixels. Falls back to the mean side
    lengths when the quad is (nearly) a parallelogram or the estimate is implausible.
    """
    c = order_corners(corners)
    fallback_w, fallback_h = quad_size(c)
    fallback = fallback_w / max(fallback_h, 1e-9)
    u0, v0 = image_size[0] / 2.0, image_size[1] / 2.0
    tl, tr, br, bl = (np.array([x - u0, y - v0, 1.0]) for x, y in c)
    m1, m2, m3, m4 = tl, tr, bl, br
    den2 = float(np.cross(m2, m4) @ m3)
    den3 = float(np.cross(m3, m4) @ m2)
    if abs(den2) < 1e-9 or abs(den3) < 1e-9:
        return fallback
    k2 = float(np.cross(m1, m4) @ m3) / den2
    k3 = float(np.cross(m1, m4) @ m2) / den3
    n2 = k2 * m2 - m1
    n3 = k3 * m3 - m1
    diag = math.hypot(*image_size)
    if abs(n2[2]) < 1e-6 * diag or abs(n3[2]) < 1e-6 * diag or abs(n2[2] * n3[2]) < 1e-12:
        return fallback
    f2 = -(n2[0] * n3[0] + n2[1] * n3[1]) / (n2[2] * n3[2])
    if not (0.2 * diag) ** 2 <= f2 <= (20 * diag) ** 2:
        return fallback
    a_inv = np.diag([1 / math.sqrt(f2), 1 / math.sqrt(f2), 1.0])
    w2 = float(n2 @ a_inv.T @ a_inv @ n2)
    h2 = float(n3 @ a_inv.T @ a_inv @ n3)
    if w2 <= 0 or h2 <= 0:
        return fallback
    ratio = math.sqrt(w2 / h2)
    # Nearly parallel opposite sides make f ill-conditioned: trust only a sane answer.
    if not 0.5 * fallback <= ratio <= 2.0 * fallback:
        return fallback
    return ratio


def paper_aspect(paper: str, corners: np.ndarray) -> float | None:
    """Width / height for a paper choice: "A0", "A1", "flipchart", "WxH"; None for "auto".

    Named sizes take the quad's orientation; ``WxH`` is taken as given.
    """
    name = paper.strip()
    if not name or name.lower() == "auto":
        return None
    sizes = {k.lower(): v for k, v in PAPER_SIZES.items()}
    if name.lower() in sizes:
        short, long = sizes[name.lower()]
        mean_w, mean_h = quad_size(order_corners(corners))
        return long / short if mean_w >= mean_h else short / long
    parts = name.lower().replace("×", "x").split("x")
    try:
        w, h = (float(p) for p in parts)
    except ValueError:
        raise ValueError(f"Unknown paper {paper!r}: use A0, A1, flipchart, auto or WxH.") from None
    if w <= 0 or h <= 0:
        raise ValueError(f"Paper size {paper!r} must be positive.")
    return w / h


def flatten(rgb: np.ndarray, corners: np.ndarray, aspect: float | None = None) -> np.ndarray:
    """Warp the quad ``corners`` to an upright rectangle of its true aspect ratio.

    ``aspect`` (width / height) is estimated from the corners when not given. The
    result keeps about the resolution the poster has in the photo.
    """
    height, width = rgb.shape[:2]
    c = order_corners(corners)
    ratio = aspect if aspect and aspect > 0 else estimate_aspect(c, (width, height))
    mean_w, mean_h = quad_size(c)
    area = max(mean_w * mean_h, 1.0)
    out_h = math.sqrt(area / ratio)
    out_w = out_h * ratio
    shrink = min(1.0, MAX_FLAT_SIZE / max(out_w, out_h))
    out_w, out_h = max(2, round(out_w * shrink)), max(2, round(out_h * shrink))
    target = np.array([[0, 0], [out_w - 1, 0], [out_w - 1, out_h - 1], [0, out_h - 1]])
    matrix = cv2.getPerspectiveTransform(c.astype(np.float32), target.astype(np.float32))
    return cv2.warpPerspective(
        np.ascontiguousarray(rgb),
        matrix,
        (out_w, out_h),
        flags=cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_REPLICATE,
    )
