"""Learning from the facilitator in the app: after a batch of reviews, read the rest again.

Every note the facilitator marks reviewed teaches the workshop's lexicon its
words (:func:`app.reading.readers.lexicon_words`). After :data:`BATCH` newly
reviewed notes, :class:`ReviewLearning` reads the unreviewed notes of the
stations concerned again in the background (:func:`app.reading.learning.relearn`),
on the project's one background writer (``document.writer``), so after
imports and never beside one.
Reviewed notes are never overwritten. It listens to the document's
``notesChanged``, so the review queue needs no hook of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.errors import NotFoundError
from app.reading.learning import relearn
from app.store import Project
from ui.core.document import NotesChange, ProjectDocument
from ui.core.jobs import Job, JobContext, report_failure
from ui.core.project_jobs import ProjectWork

#: Newly reviewed notes after which the others are read again.
BATCH = 5
#: The background job's name (in the log and the Problems panel).
JOB_NAME = "learn from reviews"


#: What the re-reading job returns: the (note, photo) ids it changed, and what went wrong.
Relearned = tuple[list[tuple[int, int]], list[str]]


def relearn_work(station_ids: list[int]) -> ProjectWork[Relearned]:
    """The writer's job: read the stations' unreviewed notes again.

    Returns the (note, photo) ids changed, and why notes were not read again (the
    engine failed, a damaged crop): those reach the user through the jobs' error channel.
    """

    def work(context: JobContext, project: Project) -> Relearned:
        warnings: list[str] = []
        changed = relearn(project, station_ids, cancelled=context.cancelled, warn=warnings.append)
        pairs = []
        for note_id in changed:
            try:
                pairs.append((note_id, project.notes.get(note_id).photo_id))
            except NotFoundError:
                continue  # deleted by the user since: its deletion was announced
        return pairs, warnings

    return work


class ReviewLearning(QObject):
    """Counts reviews; after each batch, starts the re-reading job (one at a time)."""

    #: The re-reading finished; how many notes got a new reading.
    relearned = Signal(int)

    def __init__(self, document: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.batch = BATCH
        self._reviewed = {n.id for n in document.project.notes.list() if n.reviewed}
        self._count = 0
        self._stations: set[int] = set()
        self._job: Job | None = None
        self._stopped = False
        document.notesChanged.connect(self._notes_changed)

    def stop(self) -> None:
        """Stop listening (the project is being closed); a running job is the runner's to stop."""
        self._stopped = True
        self.document.notesChanged.disconnect(self._notes_changed)
        self._stations.clear()
        self._count = 0

    def _notes_changed(self, change: NotesChange) -> None:
        notes = self.document.project.notes
        for note_id in change.note_ids:
            try:
                note = notes.get(note_id)
            except NotFoundError:
                self._reviewed.discard(note_id)
                continue
            if not note.reviewed:
                self._reviewed.discard(note_id)
            elif note_id not in self._reviewed:
                self._reviewed.add(note_id)
                self._count += 1
                if note.station_id is not None:
                    self._stations.add(note.station_id)
        if self._count >= self.batch:
            self.start()

    def start(self) -> None:
        """Read the unreviewed notes of the stations reviewed in since the last time again."""
        if self._stopped or self._job is not None or not self._stations:
            return  # the running job's end starts the next batch
        stations = sorted(self._stations)
        self._count = 0
        self._stations.clear()
        # A failure reaches the Problems panel by the jobs' default route.
        job = self.document.writer.start(JOB_NAME, relearn_work(stations))
        self._job = job
        job.finished.connect(self._finished)
        job.failed.connect(lambda message: self._done())

    def _finished(self, result: Relearned) -> None:
        changed, warnings = result
        self._done()
        if self._stopped:
            return
        for warning in warnings:
            report_failure(JOB_NAME, warning)
        if changed:
            self.document.notesChanged.emit(
                NotesChange(frozenset(p for _, p in changed), frozenset(i for i, _ in changed))
            )
        self.relearned.emit(len(changed))

    def _done(self) -> None:
        self._job = None
        if self._count >= self.batch:
            self.start()
