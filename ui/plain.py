"""User text shown as written: never as Qt rich text (a project may come from anyone).

``QLabel`` and tooltips guess whether a string is HTML (``Qt::mightBeRichText``): a
station named ``<img src=...>`` would load files, render links or crash the app. Every
widget that shows text from a project uses :func:`plain_label` or :func:`tip`.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that shows its text as plain text, whatever it contains."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def tip(text: str) -> str:
    """A tooltip showing ``text`` as written (escaped into explicit rich text)."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"
