"""Errors raised by :mod:`ocr`, each with a message fit to show a user."""


class OcrError(Exception):
    """Base class of errors from the image work."""


class ImageLoadError(OcrError):
    """A file could not be read as a photo (missing, empty, truncated, not an image)."""


class ImageTooLargeError(ImageLoadError):
    """A photo has more pixels than we are willing to decode (decompression bomb guard)."""


class EngineUnavailableError(OcrError):
    """An OCR engine, its models or its language data are not installed."""


class EngineFailedError(OcrError):
    """An OCR engine failed or timed out on one input."""


class FaceModelError(OcrError):
    """The face detector's model is missing or cannot be loaded by this OpenCV."""
