"""Overlapping photos of one board: how they overlap (a homography), and one stitched image.

Pure numpy/OpenCV. Features are SIFT (ORB where SIFT is missing) on downscaled grey
copies, matched with a ratio test; a homography is fitted with RANSAC and accepted
only with enough inliers and a sane shape.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

#: Longest side the features are found at.
MATCH_SIZE = 1000
#: Fewest RANSAC inliers for two photos to count as overlapping.
MIN_INLIERS = 25
#: Largest side of a stitched board.
MAX_MOSAIC_SIZE = 5000


@dataclass(frozen=True)
class Features:
    keypoints: np.ndarray  # N x 2, full-resolution pixels
    descriptors: np.ndarray | None
    norm: int  # cv2.NORM_L2 for SIFT, cv2.NORM_HAMMING for ORB
    size: tuple[int, int]  # (width, height) of the photo


@dataclass(frozen=True)
class Overlap:
    """``homography`` maps pixels of the first photo to pixels of the second."""

    homography: np.ndarray
    inliers: int
    matches: int


def _detector() -> tuple[cv2.Feature2D, int]:
    if hasattr(cv2, "SIFT_create"):
        return cv2.SIFT_create(nfeatures=2500, contrastThreshold=0.02), cv2.NORM_L2
    orb = cv2.ORB.create(nfeatures=5000)  # pragma: no cover
    return orb, cv2.NORM_HAMMING  # pragma: no cover


def features(rgb: np.ndarray) -> Features:
    """Keypoints and descriptors of a photo (found on a downscaled, equalised grey copy)."""
    height, width = rgb.shape[:2]
    scale = min(1.0, MATCH_SIZE / max(height, width))
    grey = cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2GRAY)
    if scale < 1.0:
        grey = cv2.resize(
            grey, (round(width * scale), round(height * scale)), interpolation=cv2.INTER_AREA
        )
    grey = cv2.createCLAHE(clipLimit=2.0, tileGridSize=(8, 8)).apply(grey)
    detector, norm = _detector()
    keypoints, descriptors = detector.detectAndCompute(grey, None)
    points = np.array([kp.pt for kp in keypoints], dtype=np.float64).reshape(-1, 2) / scale
    return Features(points, descriptors, norm, (width, height))


def _sane(homography: np.ndarray, size: tuple[int, int]) -> bool:
    """A homography that maps the photo's frame to a convex, not degenerate quad."""
    if not np.isfinite(homography).all():
        return False
    w, h = size
    frame = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float64).reshape(-1, 1, 2)
    mapped = cv2.perspectiveTransform(frame, homography).reshape(-1, 2)
    if not cv2.isContourConvex(mapped.astype(np.float32).reshape(-1, 1, 2)):
        return False
    ratio = abs(cv2.contourArea(mapped.astype(np.float32))) / float(w * h)
    return 0.2 < ratio < 5.0


def match(first: Features, second: Features) -> Overlap | None:
    """How the first photo maps onto the second, or None if they do not overlap."""
    if (
        first.descriptors is None
        or second.descriptors is None
        or len(first.keypoints) < MIN_INLIERS
        or len(second.keypoints) < MIN_INLIERS
    ):
        return None
    matcher = cv2.BFMatcher(first.norm)
    pairs = matcher.knnMatch(first.descriptors, second.descriptors, k=2)
    good = [p[0] for p in pairs if len(p) == 2 and p[0].distance < 0.75 * p[1].distance]
    if len(good) < MIN_INLIERS:
        return None
    src = np.array([first.keypoints[m.queryIdx] for m in good], np.float64).reshape(-1, 1, 2)
    dst = np.array([second.keypoints[m.trainIdx] for m in good], np.float64).reshape(-1, 1, 2)
    threshold = 0.004 * max(second.size)
    homography, mask = cv2.findHomography(src, dst, cv2.RANSAC, threshold, maxIters=4000)
    if homography is None or mask is None:
        return None
    inliers = int(mask.sum())
    if inliers < MIN_INLIERS or inliers < 0.15 * len(good) or not _sane(homography, first.size):
        return None
    return Overlap(homography, inliers, len(good))


def _feather(height: int, width: int) -> np.ndarray:
    """Blending weight: 1 in the middle of a photo, falling to 0 at its edges."""
    mask = np.zeros((height, width), np.uint8)
    mask[1:-1, 1:-1] = 1
    distance = cv2.distanceTransform(mask, cv2.DIST_L2, 3).astype(np.float32)
    return np.clip(distance / max(1.0, 0.1 * min(height, width)), 0.0, 1.0) + 1e-3


def _gain(
    total: np.ndarray, weights: np.ndarray, warped: np.ndarray, weight: np.ndarray
) -> np.ndarray:
    """Per-channel gain matching a photo's exposure to what is already on the board."""
    both = (weights > 0.5) & (weight > 0.5)
    if int(both.sum()) < 500:
        return np.ones(3, np.float32)
    board = total[both] / weights[both][:, None]
    mine = warped[both]
    gain = np.median(board, axis=0) / np.maximum(np.median(mine, axis=0), 1.0)
    return np.clip(gain, 0.6, 1.6).astype(np.float32)


def stitch(
    images: list[np.ndarray], to_reference: list[np.ndarray]
) -> tuple[np.ndarray, np.ndarray]:
    """Warp every image into the reference frame and blend them with feathered weights.

    Returns the board image and the translation (3 x 3) from reference pixels to its
    pixels; the board is scaled down to at most :data:`MAX_MOSAIC_SIZE` pixels.
    """
    corners = []
    for image, homography in zip(images, to_reference, strict=True):
        h, w = image.shape[:2]
        frame = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float64).reshape(-1, 1, 2)
        corners.append(cv2.perspectiveTransform(frame, homography).reshape(-1, 2))
    every = np.vstack(corners)
    x0, y0 = np.floor(every.min(axis=0))
    x1, y1 = np.ceil(every.max(axis=0))
    scale = min(1.0, MAX_MOSAIC_SIZE / max(x1 - x0, y1 - y0))
    shift = np.array([[scale, 0, -x0 * scale], [0, scale, -y0 * scale], [0, 0, 1]])
    size = (max(1, int((x1 - x0) * scale)), max(1, int((y1 - y0) * scale)))
    total = np.zeros((size[1], size[0], 3), np.float32)
    weights = np.zeros((size[1], size[0]), np.float32)
    for image, homography in zip(images, to_reference, strict=True):
        matrix = shift @ homography
        warped = cv2.warpPerspective(image.astype(np.float32), matrix, size, flags=cv2.INTER_LINEAR)
        weight = cv2.warpPerspective(_feather(*image.shape[:2]), matrix, size)
        warped *= _gain(total, weights, warped, weight)
        total += warped * weight[..., None]
        weights += weight
    board = total / np.maximum(weights, 1e-6)[..., None]
    board[weights <= 1e-6] = 255.0
    return np.clip(board, 0, 255).astype(np.uint8), shift
