"""Messages of the image work a user may see, each with a code (see :mod:`app.messages`).

``ocr`` knows nothing of the app: its errors carry a ``code`` and ``params`` that
:mod:`app.messages` (English) and ``ui/messages.py`` (the user's language) look up here.
"""

from __future__ import annotations

INSTALL_TESSERACT = (
    "Install Tesseract 5: Debian/Ubuntu: sudo apt install tesseract-ocr tesseract-ocr-deu "
    "tesseract-ocr-eng; macOS: brew install tesseract tesseract-lang; Windows: the "
    "UB Mannheim installer (add it to PATH). Then: pip install pytesseract "
    "(optionally pip install tesserocr, ten times faster)."
)
#: How to add Tesseract languages ({packages}: the Debian packages).
LANGUAGE_HINT = (
    "Debian/Ubuntu: sudo apt install {packages}; macOS: brew install tesseract-lang; "
    "or copy the .traineddata files into the tessdata folder and set TESSDATA_PREFIX to it."
)
INSTALL_PPOCR = (
    "Install it into Pinscribe's Python environment with: "
    "pip install 'rapidocr>=3.10,<4' 'onnxruntime>=1.17' "
    "(the PP-OCRv6 small models ship inside the rapidocr wheel)."
)

#: code -> English template ({name} placeholders).
MESSAGES: dict[str, str] = {
    "ocr.engine_timeout": "The OCR engine did not answer within {timeout} s.",
    "ocr.engine_wrong_count": "The OCR engine returned a wrong number of readings.",
    "ocr.not_an_array": "Expected an image array, got {kind}.",
    "ocr.not_rgb": "Expected an RGB image, got shape {shape}.",
    "ocr.crop_too_small": "The crop is too small to read ({width}x{height} px).",
    "ocr.ppocr_models_missing": (
        "PP-OCR model files are missing from {folder}: {files}. Reinstall a rapidocr "
        "wheel that bundles them: pip install --force-reinstall 'rapidocr>=3.10,<4'."
    ),
    "ocr.ppocr_language": (
        "PP-OCR's bundled model does not cover the language(s) {languages}; use the Tesseract "
        "engine with the matching language pack (Debian: sudo apt install {packages})."
    ),
    "ocr.ppocr_failed": "PP-OCR failed: {kind}: {reason}",
    "ocr.tesseract_timeout": "The tesseract program did not answer within {timeout} s.",
    "ocr.tesseract_failed": "Tesseract failed: {kind}: {reason}",
    "ocr.tesseract_note_timeout": "Tesseract timed out after {timeout} s on one note.",
    "image.not_found": "{name}: file not found",
    "image.folder": "{name}: is a folder, not a photo",
    "image.cannot_read": "{name}: cannot be read ({reason})",
    "image.not_regular": "{name}: is not a regular file (a device or a pipe?)",
    "image.file_too_large": "{name}: file is too large ({size} MB, limit {limit} MB)",
    "image.file_over_limit": "{name}: file is too large (limit {limit} MB)",
    "image.folder_not_image": "{name}: is a folder, not an image file",
    "image.empty": "{name}: file is empty",
    "image.format_unsupported": "{name}: unsupported image format {format}",
    "image.no_pixels": "{name}: image has no pixels",
    "image.too_many_pixels": (
        "{name}: image is too large ({width} x {height} pixels, limit {limit} megapixels)"
    ),
    "image.too_large_memory": "{name}: image is too large to decode in memory",
    "image.damaged": "{name}: image file is damaged ({reason})",
    "image.undecodable": "{name}: image file cannot be decoded ({reason})",
    "image.unsupported": "{name}: not a supported image file",
    "image.truncated": "{name}: image file is truncated or damaged",
    "faces.model_missing": "The face detector's model is missing ({path}): reinstall Pinscribe.",
    "faces.model_empty": "The face detector's model is empty ({path}): reinstall Pinscribe.",
    "faces.model_unloadable": (
        "The face detector's model ({name}) cannot be loaded by this onnxruntime {version}: "
        "reinstall Pinscribe."
    ),
    "faces.failed": "The face detector failed on this photo ({reason}).",
    "ocr.ppocr_offline": (
        "PP-OCR tried to download a model; Pinscribe works offline. " + INSTALL_PPOCR
    ),
    "ocr.ppocr_missing": "PP-OCR is not installed ({reason}). " + INSTALL_PPOCR,
    "ocr.ppocr_cannot_start": "PP-OCR could not start ({reason}). " + INSTALL_PPOCR,
    "ocr.tesseract_missing": "The tesseract program was not found. " + INSTALL_TESSERACT,
    "ocr.tesseract_cannot_run": (
        "The tesseract program could not be run ({reason}). " + INSTALL_TESSERACT
    ),
    "ocr.tesseract_no_version": (
        "{program} did not report a Tesseract version. " + INSTALL_TESSERACT
    ),
    "ocr.tesserocr_missing": (
        "tesserocr is not installed. pip install tesserocr, or choose the pytesseract backend. "
        + INSTALL_TESSERACT
    ),
    "ocr.pytesseract_missing": "pytesseract is not installed. " + INSTALL_TESSERACT,
    "ocr.tessdata_none": "No Tesseract language data found. " + LANGUAGE_HINT,
    "ocr.tessdata_none_in": "No Tesseract language data found in {folder}. " + LANGUAGE_HINT,
    "ocr.tessdata_missing": (
        "Tesseract language data for {languages} is missing from {folder}. " + LANGUAGE_HINT
    ),
    "ocr.tesseract_cannot_load": (
        "Tesseract could not load {language} from {folder}: {reason}. " + LANGUAGE_HINT
    ),
}


def message(code: str, **params: object) -> str:
    """The English text of a message."""
    return MESSAGES[code].format(**params)
