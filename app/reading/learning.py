"""Learning from the facilitator: reviewed text teaches the lexicon; unreviewed notes are reread.

Every reviewed note's words join the workshop's lexicon
(:func:`app.reading.readers.lexicon_words`), where they win over the
dictionaries in corrections. :func:`relearn` reads the unreviewed notes of some
stations again with a reader made now, so with everything reviewed so far; the
app runs it in the background after each batch of reviews
(``ui/review/learning.py``). Reviewed notes are never touched, also not one
reviewed while the re-reading ran: each note is checked again in the
transaction that would change it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from app.images import decode_rgb
from app.pipeline import Reader
from app.reading.note_fields import reading_fields
from app.reading.readers import make_reader
from app.store import Project


def relearn(
    project: Project,
    station_ids: Iterable[int] | None = None,
    *,
    reader: Reader | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[int]:
    """Read the unreviewed notes of ``station_ids`` (default: all) again; the ids that changed.

    ``reader`` defaults to the project's, made now (its lexicon holds every
    reviewed note). A note changes only when its text or confidence does.
    """
    reader = reader or make_reader(None, project=project)
    if reader is None:
        return []
    stations = [s.id for s in project.stations.list()] if station_ids is None else list(station_ids)
    changed: list[int] = []
    for station_id in stations:
        notes = project.notes.list(station_id=station_id, unreviewed=True)
        for photo_id in sorted({n.photo_id for n in notes}):
            if cancelled():
                return changed
            batch = [n for n in notes if n.photo_id == photo_id]
            ids, crops = [], []
            for note in batch:
                data = project.notes.crop(note.id)
                if data is not None:
                    ids.append(note.id)
                    crops.append(decode_rgb(data))
            readings = reader(crops) if crops else []
            with project.transaction():
                for note_id, reading in zip(ids, readings, strict=False):
                    now = project.notes.get(note_id)
                    if reading is None or now.reviewed:
                        continue
                    if now.text == reading.text and now.confidence == reading.confidence:
                        continue
                    project.notes.update(note_id, **reading_fields(reading))
                    changed.append(note_id)
    return changed
