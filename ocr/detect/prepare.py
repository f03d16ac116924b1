"""The downscaled working copy of a photo and the derived images every stage shares."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

#: Long side of the working copy in which notes are searched.
WORK_SIDE = 1000


@dataclass
class Work:
    """Images derived from the working copy, all ``h x w``."""

    rgb: np.ndarray  # downscaled RGB uint8
    scale: float  # work pixels per original pixel
    lab: np.ndarray  # float32 Lab of the text-suppressed image (L 0..100)
    lab8: np.ndarray  # uint8 Lab of the lightly smoothed image
    grad: np.ndarray  # float32 colour gradient magnitude (Lab units per pixel)
    edges: np.ndarray  # uint8 0/255 Canny edges over L, a and b
    grad_max: np.ndarray  # ``grad`` dilated by 5 x 5: strongest gradient within 2 px
    lab_planes: tuple[np.ndarray, ...]  # ``lab``'s L, a and b, each contiguous

    @property
    def shape(self) -> tuple[int, int]:
        return int(self.rgb.shape[0]), int(self.rgb.shape[1])


def working_copy(rgb: np.ndarray, work_side: int = WORK_SIDE) -> tuple[np.ndarray, float]:
    """``rgb`` downscaled to a long side of ``work_side`` (never up), and the scale."""
    h, w = rgb.shape[:2]
    scale = min(1.0, work_side / max(h, w))
    if scale >= 1.0:
        return np.ascontiguousarray(rgb), 1.0
    small = cv2.resize(
        rgb, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA
    )
    return small, small.shape[1] / w


def make_work(rgb: np.ndarray, work_side: int = WORK_SIDE) -> Work:
    """Downscale ``rgb`` and compute Lab, gradients and edges."""
    small, scale = working_copy(rgb, work_side)
    smooth = cv2.GaussianBlur(small, (3, 3), 0)
    lab8 = cv2.cvtColor(smooth, cv2.COLOR_RGB2Lab)
    # Closing removes dark pen strokes (narrower than the kernel) from the colour image.
    kernel = cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (7, 7))
    closed = cv2.morphologyEx(smooth, cv2.MORPH_CLOSE, kernel)
    closed = cv2.medianBlur(closed, 5)
    lab = cv2.cvtColor(np.divide(closed, 255.0, dtype=np.float32), cv2.COLOR_RGB2Lab)
    grad = _gradient(lab8)
    edges = _edges(lab8)
    grad_max = cv2.dilate(grad, np.ones((5, 5), np.uint8))
    return Work(
        rgb=small,
        scale=scale,
        lab=lab,
        lab8=lab8,
        grad=grad,
        edges=edges,
        grad_max=grad_max,
        lab_planes=tuple(cv2.split(lab)),
    )


def _gradient(lab8: np.ndarray) -> np.ndarray:
    """Colour gradient magnitude: Sobel per channel (L scaled to 0..100, a/b centred), summed.

    Channel by channel on contiguous planes, in place: the same arithmetic in the
    same order as on the interleaved image, several times faster.
    """
    acc: np.ndarray | None = None
    for i, channel in enumerate(cv2.split(lab8)):
        f = channel.astype(np.float32)
        if i == 0:
            f *= 100.0 / 255.0
        else:
            f -= 128.0
        gx = np.asarray(cv2.Sobel(f, cv2.CV_32F, 1, 0, ksize=3), np.float32)
        gy = np.asarray(cv2.Sobel(f, cv2.CV_32F, 0, 1, ksize=3), np.float32)
        gx *= gx
        gy *= gy
        gx += gy
        if acc is None:
            acc = gx
        else:
            acc += gx
    assert acc is not None
    np.sqrt(acc, out=acc)
    acc /= 8.0
    return acc


def _edges(lab8: np.ndarray) -> np.ndarray:
    lum, a, b = cv2.split(lab8)
    out = np.asarray(cv2.Canny(lum, 12, 36, L2gradient=True), np.uint8)
    for c in (a, b):
        c = cv2.LUT(c, _STRETCH)  # chroma around neutral, 3 x
        out = np.maximum(out, np.asarray(cv2.Canny(c, 25, 60, L2gradient=True), np.uint8))
    return out


#: ``(v - 128) * 3 + 128`` clipped to 0..255, for every uint8 ``v``.
_STRETCH = np.clip((np.arange(256, dtype=np.int16) - 128) * 3 + 128, 0, 255).astype(np.uint8)
