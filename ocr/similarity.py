"""Comparing note crops: a small appearance signature, and how sharp a crop is."""

from __future__ import annotations

import cv2
import numpy as np

SIGNATURE_SIZE = 24


def crop_signature(rgb: np.ndarray) -> np.ndarray:
    """A unit vector describing a crop's ink layout, robust to lighting and scale.

    The crop is inset (edges differ most between photos), reduced to grey, resized to
    a small square, and normalised to zero mean and unit length.
    """
    h, w = rgb.shape[:2]
    inset = rgb[int(0.08 * h) : max(int(0.92 * h), 1), int(0.08 * w) : max(int(0.92 * w), 1)]
    grey = cv2.cvtColor(np.ascontiguousarray(inset), cv2.COLOR_RGB2GRAY).astype(np.float32)
    small = cv2.resize(grey, (SIGNATURE_SIZE, SIGNATURE_SIZE), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (3, 3), 0).ravel()
    small -= small.mean()
    norm = float(np.linalg.norm(small))
    return small / norm if norm > 1e-6 else small


def signature_similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Correlation of two signatures in -1..1 (1: the same picture)."""
    return float(np.dot(a, b))


def sharpness(rgb: np.ndarray) -> float:
    """Variance of the Laplacian on a fixed-size grey copy: higher is sharper."""
    grey = cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2GRAY)
    grey = cv2.resize(grey, (160, 160), interpolation=cv2.INTER_AREA)
    return float(cv2.Laplacian(grey, cv2.CV_32F).var())
