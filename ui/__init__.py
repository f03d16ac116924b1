"""Pinscribe's PySide6 user interface."""

from ui._compat import immortalize_singletons

immortalize_singletons()
