"""Choosing the OCR reader for a run, and re-reading stored notes.

The engines and the strategy live in :mod:`app.reading`; this module adapts them to
the import pipeline's :data:`~app.pipeline.Reader` and to the project's settings.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from app.editing import reading_crops
from app.errors import InvalidInputError, PinscribeError
from app.messages import message
from app.pipeline import Reader
from app.project_settings import get_setting
from app.reading.note_fields import reading_fields
from app.store import Project
from ocr.types import Reading


def project_engine(project: Project | None) -> str:
    return get_setting(project, "ocr.engine")


def project_languages(project: Project | None) -> tuple[str, ...]:
    return tuple(v for v in get_setting(project, "ocr.languages").split("+") if v)


def lexicon_words(project: Project) -> list[str]:
    """The workshop's own words: station names, questions, and text users reviewed."""
    words = [project.workshop.get().title]
    for station in project.stations.list():
        words += [station.name, station.question]
    words += [n.text for n in project.notes.list() if n.reviewed and n.text]
    return [w for w in words if w]


def make_reader(
    engine: str | None,
    *,
    project: Project | None = None,
    warn: Callable[[str], None] = lambda message: None,
) -> Reader | None:
    """A reader for ``engine`` (or the project's engine), or ``None`` with a warning.

    The plan (which engines, checked once per process) and the lexicon are made
    here, once; the reader reuses them for every photo it is given. Without any
    usable engine, imports still work and notes stay unread.
    """
    from app import reading

    name = engine or project_engine(project)
    if name not in reading.ENGINE_CHOICES:
        raise InvalidInputError.coded(
            "read.engine_unknown", name=name, names=", ".join(reading.ENGINE_CHOICES)
        )
    languages = project_languages(project)
    chosen = reading.plan(name, languages)
    if chosen.primary is None:
        warn(chosen.message)
        warn(message("read.imported_unread"))
        return None
    words = lexicon_words(project) if project is not None else []
    lexicon = reading.Lexicon.for_workshop(words, languages)
    said: set[str] = set()
    if chosen.message:
        said.add(chosen.message)
        warn(chosen.message)

    def read(crops: list[np.ndarray]) -> list[Reading | None]:
        outcome = reading.read_notes_detailed(
            crops, engine=name, languages=languages, lexicon=lexicon, plan_override=chosen
        )
        # The run's message and why notes went unread (an engine that failed on them), once each.
        for text in (outcome.message, *outcome.errors.values()):
            if text and text not in said:
                said.add(text)
                warn(text)
        return outcome.readings

    return read


def reread_notes(
    project: Project,
    reader: Reader,
    *,
    station_id: int | None = None,
    everything: bool = False,
    progress: Callable[[int, int], None] | None = None,
    unreadable: Callable[[int, PinscribeError], None] | None = None,
) -> int:
    """Read notes again; reviewed notes are never touched. Returns how many were read.

    By default only notes without text are read; with ``everything`` every
    unreviewed note is. Each note is cut from its photo at full resolution, as the
    import and the app's re-reading cut it (:func:`app.editing.reading_crop`); its
    stored crop is read only where the photo is gone or damaged. A note whose stored
    crop is then needed and cannot be decoded (a project may come from anyone)
    raises, unless ``unreadable`` is given: then it is told the note's id and the
    error, the note is left as it was, and the others are read. The readings of
    each photo are saved as soon as they are made.
    """
    notes = [
        n
        for n in project.notes.list(station_id=station_id, unreviewed=True)
        if everything or n.text is None
    ]
    count = 0
    for photo_id in sorted({n.photo_id for n in notes}):
        batch, crops = reading_crops(
            project,
            [n for n in notes if n.photo_id == photo_id],
            None if unreadable is None else lambda note, error: unreadable(note.id, error),
        )
        ids = [n.id for n in batch]
        readings = reader(crops) if crops else []
        with project.transaction():
            for note_id, reading in zip(ids, readings, strict=False):
                if reading is None or project.notes.get(note_id).reviewed:
                    continue
                project.notes.update(note_id, **reading_fields(reading))
                count += 1
        if progress is not None:
            progress(count, len(notes))
    return count
