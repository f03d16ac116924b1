"""Exporting a project: the themed summary in several formats, and the data.

:func:`export` writes one file (DOCX, PDF, HTML, Markdown, CSV or JSON) chosen by its
suffix; :class:`ExportOptions` says what goes in. :func:`~app.export.json_export.import_json`
reads a JSON export back into a new project.
"""

from app.export.files import export, export_summary
from app.export.options import FORMAT_NAMES, FORMATS, ExportCancelledError, ExportOptions

__all__ = [
    "FORMATS",
    "FORMAT_NAMES",
    "ExportCancelledError",
    "ExportOptions",
    "export",
    "export_summary",
]
