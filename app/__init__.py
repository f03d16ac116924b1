"""Pinscribe's application core: domain, project store, pipeline, exporters and CLI.

Nothing in this package imports Qt; the user interface lives in :mod:`ui`.
"""

__version__ = "0.1.0"
