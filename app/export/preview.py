"""The summary as HTML for a quick on-screen preview: no pictures, Qt-friendly theme colours.

The app's export dialog shows this in a rich-text view while the options change, so it
must be fast: it leaves out every picture (charts, boards, crops, recordings). For Qt's
rich text, which knows neither CSS variables nor ``rem``, each theme gets a coloured
square and the style sheet's lengths are made absolute.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.export.html import render_html
from app.export.options import ExportOptions
from app.export.summary import build_summary
from app.store import Project

_THEME_HEADING = re.compile(r'<h3 style="--theme: (#[0-9a-f]{6})">')
_REM = re.compile(r"(font-size:\s*)?(\d*\.?\d+)rem\b")
_STYLE = re.compile(r"<style>.*?</style>", re.DOTALL)


def preview_html(project: Project, options: ExportOptions, *, font_pt: float = 10.0) -> str:
    """The summary that ``options`` ask for, as HTML without pictures.

    ``font_pt``: the viewer's font size in points, the size that ``1rem`` becomes.
    """
    summary = build_summary(project, options=options)
    html = render_html(summary)
    html = _STYLE.sub(lambda style: _REM.sub(_absolute(font_pt), style.group(0)), html, count=1)
    return _THEME_HEADING.sub(r'<h3><span style="color: \1">■</span> ', html)


def _absolute(font_pt: float) -> Callable[[re.Match[str]], str]:
    """Replaces a ``rem`` length: font sizes in points, other lengths in pixels.

    (Qt's rich text takes points for fonts, but only pixels for padding and margins.)
    """

    def replace(length: re.Match[str]) -> str:
        rem = float(length.group(2))
        if length.group(1):
            return f"{length.group(1)}{rem * font_pt:.1f}pt"
        return f"{round(rem * font_pt * 96 / 72)}px"

    return replace
