"""OCR engines behind one interface (:class:`ocr.engines.base.OcrEngine`).

Heavy libraries (rapidocr, onnxruntime, tesserocr, pytesseract) are imported on
first use, so importing this package is cheap and works without any of them.
"""

from ocr.engines.base import DEFAULT_LANGUAGES, OcrEngine
from ocr.engines.ppocr import PpOcrEngine
from ocr.engines.ppocr_pipeline import PpOcrSettings
from ocr.engines.tesseract import TesseractEngine, find_tessdata

__all__ = [
    "DEFAULT_LANGUAGES",
    "OcrEngine",
    "PpOcrEngine",
    "PpOcrSettings",
    "TesseractEngine",
    "find_tessdata",
]
