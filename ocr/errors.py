"""Errors raised by :mod:`ocr`, each with a message fit to show a user.

An error made with :meth:`OcrError.coded` carries the ``code`` and ``params`` of its
message (:mod:`ocr.messages`), so the app can show it in the user's language;
``str(error)`` is the English text.
"""

from __future__ import annotations

from typing import TypeVar

_E = TypeVar("_E", bound="OcrError")


class OcrError(Exception):
    """Base class of errors from the image work."""

    def __init__(self, *args: object, code: str = "", params: dict[str, object] | None = None):
        super().__init__(*args)
        self.code = code
        self.params = dict(params or {})

    @classmethod
    def coded(cls: type[_E], code: str, **params: object) -> _E:
        """The error with the message ``code`` of :mod:`ocr.messages`."""
        from ocr.messages import message

        return cls(message(code, **params), code=code, params=params)


class ImageLoadError(OcrError):
    """A file could not be read as a photo (missing, empty, truncated, not an image)."""


class ImageTooLargeError(ImageLoadError):
    """A photo has more pixels than we are willing to decode (decompression bomb guard)."""


class EngineUnavailableError(OcrError):
    """An OCR engine, its models or its language data are not installed."""


class EngineFailedError(OcrError):
    """An OCR engine failed or timed out on one input."""


class FaceModelError(OcrError):
    """The face detector's model is missing or cannot be loaded by this onnxruntime."""
