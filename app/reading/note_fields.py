"""A reading as the note fields it sets: the one place a reading is copied into a note."""

from __future__ import annotations

from typing import Any

from ocr.types import Reading


def reading_fields(reading: Reading | None) -> dict[str, Any]:
    """The note fields ``reading`` sets (text, confidence, engine, alternatives); none if None."""
    if reading is None:
        return {}
    return {
        "text": reading.text,
        "confidence": reading.confidence,
        "ocr_engine": reading.engine or None,
        "alternatives": list(reading.alternatives),
    }


def unread_fields() -> dict[str, Any]:
    """The note fields of a note not (or no longer) read."""
    return {"text": None, "confidence": None, "ocr_engine": None, "alternatives": []}


#: Names of the fields a reading sets.
READING_FIELDS = tuple(unread_fields())
