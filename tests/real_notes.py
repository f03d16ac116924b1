"""The labelled real notes of ``../shared/data/real`` for tests (absent: tests skip)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "real"

#: For tests that read the labelled real photos.
needs_real = pytest.mark.skipif(
    not (REAL / "labels").is_dir(), reason="shared real photos not present"
)


def real_index(photo: str, text: str) -> int:
    """The position, among :func:`real_crops`, of the note of ``photo`` labelled ``text``."""
    label = json.loads((REAL / "labels" / f"{photo}.json").read_text("utf-8"))
    return [n.get("text") for n in label["notes"]].index(text)


def real_crops(photo: str) -> list[np.ndarray]:
    """The labelled notes of one real photo, cut by their hand-drawn outlines."""
    import cv2

    label = json.loads((REAL / "labels" / f"{photo}.json").read_text("utf-8"))
    rgb = cv2.cvtColor(cv2.imread(str(REAL / "images" / label["image"])), cv2.COLOR_BGR2RGB)
    crops = []
    for note in label["notes"]:
        p = np.array(note["polygon"], dtype=np.float32)
        w = int(max(np.linalg.norm(p[1] - p[0]), np.linalg.norm(p[2] - p[3])))
        h = int(max(np.linalg.norm(p[3] - p[0]), np.linalg.norm(p[2] - p[1])))
        dst = np.array([[0, 0], [w - 1, 0], [w - 1, h - 1], [0, h - 1]], dtype=np.float32)
        crops.append(cv2.warpPerspective(rgb, cv2.getPerspectiveTransform(p, dst), (w, h)))
    return crops
