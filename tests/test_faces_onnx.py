"""YuNet on onnxruntime finds the faces OpenCV's ``cv2.FaceDetectorYN`` finds.

The face finder runs the model on onnxruntime so that the bundle's OpenCV can leave out
its dnn and objdetect modules. Compared with OpenCV where this OpenCV still has them (the
PyPI wheel), down to scores far below the one Pinscribe uses, so that the decoding and the
suppression of overlapping boxes are checked on many candidates.
"""

from __future__ import annotations

import cv2
import numpy as np
import onnxruntime as ort
import pytest
from PIL import Image

from app.privacy.faces import face_model
from ocr import faces
from ocr.onnx_shapes import OnnxFormatError, _fields, free_dimensions
from tests.synthetic.boards import make_board
from tests.ui.boards import FACE_PHOTO


def _pictures() -> dict[str, np.ndarray]:
    portrait = np.asarray(Image.open(FACE_PHOTO).convert("RGB"))
    pictures = {
        "astronaut": portrait,
        "astronaut-3000": np.asarray(Image.fromarray(portrait).resize((3000, 3000))),
    }
    # boards on which low scores find many face-like candidates (easy-3: 10, hard-11: 15)
    for tier, seed in (("easy", 3), ("hard", 11), ("heldback", 3)):
        pictures[f"{tier}-{seed}"] = make_board(seed, tier).image
    return pictures


def _reduced_bgr(rgb: np.ndarray) -> np.ndarray:
    h, w = rgb.shape[:2]
    scale = min(1.0, faces.MAX_SIDE / max(h, w))
    bgr = cv2.cvtColor(np.ascontiguousarray(rgb), cv2.COLOR_RGB2BGR)
    if scale < 1.0:
        size = (max(1, round(w * scale)), max(1, round(h * scale)))
        bgr = cv2.resize(bgr, size, interpolation=cv2.INTER_AREA)
    return bgr


def _ours(finder: faces.FaceFinder, bgr: np.ndarray, min_score: float) -> np.ndarray:
    h, w = bgr.shape[:2]
    pad_h, pad_w = -(-h // faces.DIVISOR) * faces.DIVISOR, -(-w // faces.DIVISOR) * faces.DIVISOR
    blob = np.zeros((1, 3, pad_h, pad_w), np.float32)
    blob[0, :, :h, :w] = bgr.transpose(2, 0, 1)
    session = finder._session
    names = [o.name for o in session.get_outputs()]
    out = dict(zip(names, session.run(names, {"input": blob}), strict=True))
    return faces._decode(out, pad_w, pad_h, min_score)


def _opencv(bgr: np.ndarray, min_score: float) -> np.ndarray:
    net = cv2.FaceDetectorYN.create(
        "onnx", np.frombuffer(face_model().read_bytes(), np.uint8), np.empty(0, np.uint8),
        (bgr.shape[1], bgr.shape[0]), min_score, faces.NMS_THRESHOLD, faces.TOP_K,
    )
    _, found = net.detect(bgr)
    return np.empty((0, 5), np.float32) if found is None else found[:, [0, 1, 2, 3, 14]]


@pytest.mark.skipif(
    not hasattr(cv2, "FaceDetectorYN"), reason="this OpenCV has no objdetect (bundle's build)"
)
def test_same_faces_as_opencv() -> None:
    finder = faces.FaceFinder(face_model())
    candidates = 0
    for name, rgb in _pictures().items():
        bgr = _reduced_bgr(rgb)
        for min_score in (faces.MIN_SCORE, 0.1):
            ours, theirs = _ours(finder, bgr, min_score), _opencv(bgr, min_score)
            assert len(ours) == len(theirs), (name, min_score)
            for row in theirs:  # same boxes and scores, up to float noise
                assert np.abs(ours - row).max(axis=1).min() < 0.01, (name, min_score, row)
            candidates += len(theirs)
    assert candidates > 40  # the suppression had work to do


def _graph_fields(model: bytes, numbers: set[int]) -> list[tuple[int, bytes]]:
    (graph,) = [payload for number, _, _, payload in _fields(model) if number == 7]
    return [(number, payload) for number, _, _, payload in _fields(graph) if number in numbers]


def test_the_model_runs_at_any_size_with_its_weights_unchanged() -> None:
    data = face_model().read_bytes()
    free = free_dimensions(data)
    session = ort.InferenceSession(free, providers=["CPUExecutionProvider"])
    out = session.run(None, {"input": np.zeros((1, 3, 96, 160), np.float32)})
    assert [o.shape for o in out[:3]] == [(1, 12 * 20, 1), (1, 6 * 10, 1), (1, 3 * 5, 1)]
    # Operators (GraphProto field 1) and weights (field 5) stay byte for byte.
    assert _graph_fields(free, {1, 5}) == _graph_fields(data, {1, 5})
    assert len(_graph_fields(data, {5})) > 50
    try:  # the same, read by onnx itself where it is installed (it is no dependency)
        import onnx
    except ImportError:
        return
    before, after = onnx.load_from_string(data), onnx.load_from_string(free)
    assert [i.SerializeToString() for i in before.graph.initializer] == [
        i.SerializeToString() for i in after.graph.initializer
    ]
    assert [n.SerializeToString() for n in before.graph.node] == [
        n.SerializeToString() for n in after.graph.node
    ]
    dims = after.graph.input[0].type.tensor_type.shape.dim
    assert dims[0].dim_value == 1 and all(d.dim_param for d in dims[1:])


@pytest.mark.parametrize("junk", [b"", b"not a model" * 10, bytes(range(256)), b"\x3a\x05ab"])
def test_junk_is_not_a_model(junk: bytes) -> None:
    with pytest.raises(OnnxFormatError):
        free_dimensions(junk)
