"""Pinscribe's PySide6 user interface."""

from ui._compat import immortalize_none

immortalize_none()
