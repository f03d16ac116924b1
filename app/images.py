"""Encoding crops and thumbnails for storage (image bytes in the project file)."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from app.errors import PinscribeError

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


#: Largest stored crop decoded (a note's crop is far smaller; a larger one is not ours).
MAX_CROP_PIXELS = 16_000_000
#: Largest stored straightened recording decoded (the photo limit).
MAX_STORED_PIXELS = 100_000_000


def decode_rgb(data: bytes, *, max_pixels: int = MAX_CROP_PIXELS) -> np.ndarray:
    """Decode stored crop bytes (JPEG or PNG) to an RGB uint8 array.

    The size is checked before the pixels are decoded: a project may come from anyone,
    and a tiny file can claim billions of pixels. Anything undecodable is a one-line
    :class:`~app.errors.PinscribeError`.
    """
    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width <= 0 or height <= 0 or width * height > max_pixels:
                raise PinscribeError.coded("picture.too_many_pixels", width=width, height=height)
            return np.asarray(image.convert("RGB"))
    except PinscribeError:
        raise
    except MemoryError as error:
        raise PinscribeError.coded("picture.too_large") from error
    except Exception as error:  # noqa: BLE001 - decoders raise many types on bad data
        raise PinscribeError.coded("picture.damaged", reason=type(error).__name__) from error


def mime_of(image_format: str) -> str:
    return MIME_BY_FORMAT.get(image_format.upper(), "application/octet-stream")


def format_of(mime: str) -> str:
    """The Pillow format name of a stored photo's media type ("" when unknown)."""
    return next((fmt for fmt, known in MIME_BY_FORMAT.items() if known == mime), "")
