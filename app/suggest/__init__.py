"""Theme suggestions for a station's notes: as on the board, by wording, by colour.

Suggestions are proposals: :func:`suggest` computes them from the project without
changing it; :func:`apply_suggestions` turns the accepted ones into themes.
"""

from app.suggest.apply import apply_suggestions
from app.suggest.core import Suggestion, suggest

__all__ = ["Suggestion", "apply_suggestions", "suggest"]
