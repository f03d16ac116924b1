"""Finding faces on a photo with the YuNet detector, run on onnxruntime.

The model file (``face_detection_yunet_2023mar.onnx``, MIT licence) ships in
``resources/privacy/``; the caller passes its path, so this module reads no settings.
Photos are searched at a bounded resolution and the rectangles returned in the photo's
own pixels, so a 12-megapixel photo costs as much as a small one.

The decoding follows OpenCV's ``cv2.FaceDetectorYN`` (``objdetect/src/face_detect.cpp``,
OpenCV 5.0) step for step, so the faces are those OpenCV finds: the picture padded to a
multiple of 32 pixels, scores ``sqrt(cls * obj)`` per anchor of the strides 8, 16 and
32, boxes decoded around each anchor, then OpenCV's non-maximum suppression over the
boxes in whole pixels. Running it on onnxruntime (which reads the PP-OCR models too)
lets the bundle carry an OpenCV without its dnn and objdetect modules.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from ocr.errors import FaceModelError
from ocr.onnx_shapes import free_dimensions

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
#: YuNet's feature strides; the picture is padded to a multiple of the largest.
STRIDES = (8, 16, 32)
DIVISOR = 32


@dataclass(frozen=True)
class Face:
    """A face found on a photo: its box (x, y, width, height, photo pixels) and score."""

    rect: tuple[float, float, float, float]
    score: float


def load_detector(model: Path) -> Any:
    """The YuNet model read from ``model`` into an onnxruntime session.

    :class:`FaceModelError` if the file is missing, empty or not a model onnxruntime runs.
    """
    try:
        data = model.read_bytes()
    except OSError as error:
        raise FaceModelError.coded("faces.model_missing", path=model) from error
    if not data:
        raise FaceModelError.coded("faces.model_empty", path=model)
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 3  # errors only
    # Idle worker threads wait instead of spinning (see ocr/engines/ppocr.py).
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.add_session_config_entry("session.inter_op.allow_spinning", "0")
    try:
        return ort.InferenceSession(
            free_dimensions(data), options, providers=["CPUExecutionProvider"]
        )
    # onnxruntime's own errors (Fail, InvalidProtobuf, InvalidGraph...) derive from
    # Exception only.
    except Exception as error:  # and OnnxFormatError from free_dimensions
        raise FaceModelError.coded(
            "faces.model_unloadable", name=model.name, version=ort.__version__
        ) from error


def _overlap(a: np.ndarray, b: np.ndarray) -> np.float32:
    """Intersection over union of two whole-pixel boxes (x, y, w, h), as OpenCV computes it.

    OpenCV's ``rectOverlap``: ``1.f - float(jaccardDistance(a, b))``.
    """
    area_a, area_b = int(a[2] * a[3]), int(b[2] * b[3])
    if area_a + area_b <= 0:
        return np.float32(1.0)
    w = min(a[0] + a[2], b[0] + b[2]) - max(a[0], b[0])
    h = min(a[1] + a[3], b[1] + b[3]) - max(a[1], b[1])
    inter = int(w * h) if w > 0 and h > 0 else 0
    return np.float32(1.0) - np.float32(1.0 - inter / (area_a + area_b - inter))


def _suppress(boxes: np.ndarray, scores: np.ndarray, min_score: np.float32) -> list[int]:
    """Indices kept by OpenCV's ``dnn::NMSBoxes`` (eta 1, ``TOP_K``), best first."""
    order = [int(i) for i in np.argsort(-scores, kind="stable") if scores[i] > min_score]
    kept: list[int] = []
    for i in order[:TOP_K]:
        if all(_overlap(boxes[i], boxes[k]) <= np.float32(NMS_THRESHOLD) for k in kept):
            kept.append(i)
    return kept


def _decode(
    outputs: dict[str, np.ndarray], pad_w: int, pad_h: int, min_score: float
) -> np.ndarray:
    """Rows (x, y, w, h, score) in the padded picture's pixels, as OpenCV decodes them."""
    threshold = np.float32(min_score)
    rows = []
    for stride in STRIDES:
        cols = pad_w // stride
        cls = np.clip(outputs[f"cls_{stride}"].reshape(-1), 0.0, 1.0)
        obj = np.clip(outputs[f"obj_{stride}"].reshape(-1), 0.0, 1.0)
        score = np.sqrt(cls * obj, dtype=np.float32)
        (index,) = np.nonzero(~(score < threshold))
        if index.size == 0:
            continue
        r, c = np.divmod(index, cols)
        bbox = outputs[f"bbox_{stride}"].reshape(-1, 4)[index]
        s = np.float32(stride)
        cx = (c.astype(np.float32) + bbox[:, 0]) * s
        cy = (r.astype(np.float32) + bbox[:, 1]) * s
        w = np.exp(bbox[:, 2]) * s
        h = np.exp(bbox[:, 3]) * s
        rows.append(np.stack([cx - w / np.float32(2), cy - h / np.float32(2), w, h,
                              score[index]], axis=1))
    if not rows:
        return np.empty((0, 5), np.float32)
    faces = np.concatenate(rows).astype(np.float32)
    if len(faces) > 1:
        boxes = np.trunc(faces[:, :4]).astype(np.int64)  # C++ int(): towards zero
        faces = faces[_suppress(boxes, faces[:, 4], threshold)]
    return faces


class FaceFinder:
    """The detector loaded once, for a series of photos (one thread at a time)."""

    def __init__(self, model: Path) -> None:
        self.model = model
        self._session = load_detector(model)
        self._input = self._session.get_inputs()[0].name
        self._outputs = [o.name for o in self._session.get_outputs()]

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
        pad_h, pad_w = ((h - 1) // DIVISOR + 1) * DIVISOR, ((w - 1) // DIVISOR + 1) * DIVISOR
        blob = np.zeros((1, 3, pad_h, pad_w), np.float32)
        blob[0, :, :h, :w] = bgr.transpose(2, 0, 1)
        try:
            found = self._session.run(self._outputs, {self._input: blob})
        except Exception as error:  # onnxruntime raises its own exception types
            raise FaceModelError.coded("faces.failed", reason=str(error)) from error
        rows = _decode(dict(zip(self._outputs, found, strict=True)), pad_w, pad_h, min_score)
        faces: list[Face] = []
        s = 1.0 / scale
        for row in rows:
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
