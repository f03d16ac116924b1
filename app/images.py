"""Encoding crops and thumbnails for storage (image bytes in the project file)."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

MIME_BY_FORMAT = {
    "JPEG": "image/jpeg",
    "MPO": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "TIFF": "image/tiff",
    "BMP": "image/bmp",
    "HEIF": "image/heic",
    "AVIF": "image/avif",
}


def encode_jpeg(rgb: np.ndarray, quality: int = 90) -> bytes:
    """Encode an RGB uint8 array as JPEG bytes."""
    buffer = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(rgb)).save(buffer, "JPEG", quality=quality)
    return buffer.getvalue()


def decode_rgb(data: bytes) -> np.ndarray:
    """Decode stored crop bytes (JPEG or PNG) to an RGB uint8 array."""
    with Image.open(io.BytesIO(data)) as image:
        return np.asarray(image.convert("RGB"))


def mime_of(image_format: str) -> str:
    return MIME_BY_FORMAT.get(image_format.upper(), "application/octet-stream")


def format_of(mime: str) -> str:
    """The Pillow format name of a stored photo's media type ("" when unknown)."""
    return next((fmt for fmt, known in MIME_BY_FORMAT.items() if known == mime), "")
