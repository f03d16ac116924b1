"""Finding faces on a photo with OpenCV's YuNet detector (``cv2.FaceDetectorYN``).

The model file (``face_detection_yunet_2023mar.onnx``, MIT licence) ships in
``resources/privacy/``; the caller passes its path, so this module reads no settings.
Photos are searched at a bounded resolution and the rectangles returned in the photo's
own pixels, so a 12-megapixel photo costs as much as a small one.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from ocr.errors import FaceModelError

#: Longest side the detector looks at, in pixels; larger photos are reduced to it.
#: YuNet finds faces from about 10 pixels high, so at 1600 a face of 1/150 of the photo's
#: longest side is still found.
MAX_SIDE = 1600
#: Photos smaller than this on their shorter side are not searched (no face to hide).
MIN_SIDE = 24
#: Least detector score of a face. Real faces score 0.85 and above; pink notes with
#: writing reached 0.74 on the real photos at some sizes.
MIN_SCORE = 0.8
NMS_THRESHOLD = 0.3
TOP_K = 5000

_log_lock = threading.Lock()


@dataclass(frozen=True)
class Face:
    """A face found on a photo: its box (x, y, width, height, photo pixels) and score."""

    rect: tuple[float, float, float, float]
    score: float


def load_detector(model: Path) -> cv2.FaceDetectorYN:
    """The YuNet detector read from ``model``; :class:`FaceModelError` if it cannot be."""
    try:
        data = model.read_bytes()
    except OSError as error:
        raise FaceModelError.coded("faces.model_missing", path=model) from error
    if not data:
        raise FaceModelError.coded("faces.model_empty", path=model)
    with _log_lock:  # OpenCV 5 warns on stderr that the new engine ignores targets
        level = cv2.utils.logging.getLogLevel()
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)
        try:
            return cv2.FaceDetectorYN.create(
                "onnx",
                np.frombuffer(data, dtype=np.uint8),
                np.empty(0, dtype=np.uint8),
                (320, 320),
                MIN_SCORE,
                NMS_THRESHOLD,
                TOP_K,
            )
        except cv2.error as error:
            raise FaceModelError.coded(
                "faces.model_unloadable", name=model.name, version=cv2.__version__
            ) from error
        finally:
            cv2.utils.logging.setLogLevel(level)


class FaceFinder:
    """The detector loaded once, for a series of photos (one thread at a time)."""

    def __init__(self, model: Path) -> None:
        self.model = model
        self._net = load_detector(model)

    def find(
        self, rgb: np.ndarray, *, max_side: int = MAX_SIDE, min_score: float = MIN_SCORE
    ) -> list[Face]:
        """The faces on ``rgb`` (H x W x 3, RGB), best first, in ``rgb``'s pixels."""
        if rgb.ndim != 3 or rgb.shape[2] != 3:
            raise ValueError("find_faces expects an RGB picture (height x width x 3)")
        height, width = rgb.shape[:2]
        if min(height, width) < MIN_SIDE:
            return []
        scale = min(1.0, max_side / max(height, width))
        bgr = cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2BGR)
        if scale < 1.0:
            size = (max(1, round(width * scale)), max(1, round(height * scale)))
            bgr = cv2.resize(bgr, size, interpolation=cv2.INTER_AREA)
        h, w = bgr.shape[:2]
        self._net.setInputSize((w, h))
        self._net.setScoreThreshold(min_score)
        try:
            _, found = self._net.detect(bgr)
        except cv2.error as error:
            raise FaceModelError.coded("faces.failed", reason=error.err) from error
        faces: list[Face] = []
        s = 1.0 / scale
        for row in found if found is not None else []:
            x0, y0 = max(0.0, float(row[0])), max(0.0, float(row[1]))
            x1 = min(float(w), float(row[0] + row[2]))
            y1 = min(float(h), float(row[1] + row[3]))
            if x1 - x0 < 1 or y1 - y0 < 1:
                continue
            faces.append(Face((x0 * s, y0 * s, (x1 - x0) * s, (y1 - y0) * s), float(row[-1])))
        faces.sort(key=lambda f: -f.score)
        return faces


def find_faces(
    rgb: np.ndarray, model: Path, *, max_side: int = MAX_SIDE, min_score: float = MIN_SCORE
) -> list[Face]:
    """The faces on ``rgb`` (H x W x 3, RGB), best first, in ``rgb``'s pixels."""
    return FaceFinder(model).find(rgb, max_side=max_side, min_score=min_score)
