"""Pinscribe's PySide6 user interface."""
