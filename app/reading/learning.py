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

from app.editing import reading_crops
from app.messages import message
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
    warn: Callable[[str], None] = lambda text: None,
) -> list[int]:
    """Read the unreviewed notes of ``station_ids`` (default: all) again; the ids that changed.

    ``reader`` defaults to the project's, made now (its lexicon holds every
    reviewed note). A note changes only when its text or confidence does, and
    only if it is still as it was when the re-reading started: a note the user
    edited, reviewed or deleted meanwhile keeps that (the check and the change
    are one transaction, :meth:`app.store.notes.Notes.update_unchanged`).

    Each note is cut from its photo at full resolution (:func:`app.editing.reading_crop`).
    A note that cannot be read (damaged crop, no photo) is left as it is and the
    others are read; ``warn`` is told why, once per reason, and so is it of what
    the engine says (it failed, it is missing) and of notes it gave no reading.
    """
    said: set[str] = set()

    def tell(text: str) -> None:
        if text and text not in said:
            said.add(text)
            warn(text)

    reader = reader or make_reader(None, project=project, warn=tell)
    if reader is None:
        return []
    stations = [s.id for s in project.stations.list()] if station_ids is None else list(station_ids)
    # The notes as the job found them at its start: what each result is checked against.
    started = [project.notes.list(station_id=s, unreviewed=True) for s in stations]
    changed: list[int] = []
    unread = 0
    for notes in started:
        for photo_id in sorted({n.photo_id for n in notes}):
            if cancelled():
                return changed
            batch, crops = reading_crops(
                project,
                [n for n in notes if n.photo_id == photo_id],
                lambda _note, error: tell(str(error)),
            )
            readings = reader(crops) if crops else []
            unread += sum(r is None for r in readings) + max(0, len(crops) - len(readings))
            with project.transaction():
                for note, reading in zip(batch, readings, strict=False):
                    if reading is None:
                        continue
                    if note.text == reading.text and note.confidence == reading.confidence:
                        continue
                    if project.notes.update_unchanged(note, **reading_fields(reading)):
                        changed.append(note.id)
    if unread:
        tell(message("read.not_reread", count=unread))
    return changed
