"""Turning accepted suggestions into themes."""

from __future__ import annotations

from app.domain import Theme
from app.store import Project
from app.suggest.core import Suggestion


def apply_suggestions(
    project: Project, station_id: int, suggestions: list[Suggestion]
) -> list[Theme]:
    """Create one theme per suggestion and move its notes into it, all in one transaction.

    A theme of the same name that exists already is reused. A new theme whose name was
    made from unreviewed text is marked provisional until the facilitator confirms it.
    A header card the name came from joins the theme as its header (shown as the
    theme's title, not as a contribution).
    """
    themes = []
    with project.transaction():
        existing = {t.name.casefold(): t for t in project.themes.list(station_id)}
        for suggestion in suggestions:
            theme = existing.get(suggestion.name.casefold())
            if theme is None:
                theme = project.themes.add(
                    station_id, suggestion.name, provisional=suggestion.provisional
                )
                existing[theme.name.casefold()] = theme
            project.notes.set_theme(suggestion.note_ids, theme.id)
            if suggestion.header_note_id is not None:
                project.notes.set_theme([suggestion.header_note_id], theme.id)
                project.notes.update(suggestion.header_note_id, kind="header")
            themes.append(theme)
    return themes
