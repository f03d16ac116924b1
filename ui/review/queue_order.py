"""The order of the review queue: the notes it holds and where it stands among them.

Plain data: the queue's dialog (:mod:`ui.review.queue`) tells it what changed in the
project and asks it for the current note.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from typing import TypeVar

T = TypeVar("T")


class QueueOrder:
    """The ids of the notes to review, in order, and the position of the current one."""

    def __init__(self, ids: list[int]) -> None:
        self.ids = ids
        self.position = 0

    def restart(self, ids: list[int]) -> None:
        """Go round again, over ``ids`` from the first."""
        self.ids, self.position = ids, 0

    def current(self, lookup: Callable[[int], T | None]) -> T | None:
        """What ``lookup`` gives for the first id from the position on that it knows.

        Ids it gives ``None`` for (a note deleted or reviewed meanwhile) leave the queue.
        """
        while self.position < len(self.ids):
            found = lookup(self.ids[self.position])
            if found is not None:
                return found
            self.ids.pop(self.position)
        return None

    def drop(self, note_id: int) -> None:
        """Leave ``note_id`` out; the note at the position stays there."""
        index = self.ids.index(note_id)
        self.ids.pop(index)
        if index < self.position:
            self.position -= 1

    def bring_forward(self, note_id: int) -> None:
        """Make ``note_id`` the note at the position, taking it from later if it is there."""
        if note_id in self.ids:
            self.drop(note_id)
        self.position = min(self.position, len(self.ids))
        self.ids.insert(self.position, note_id)

    def put_back(self, note_id: int) -> None:
        """Make ``note_id`` current again (a step undone), where it was or at the position."""
        if note_id not in self.ids:
            self.ids.insert(min(self.position, len(self.ids)), note_id)
        self.position = self.ids.index(note_id)

    def follow(self, candidates: Collection[int], waiting: Collection[int]) -> None:
        """Of ``candidates``, drop those no longer ``waiting`` and add the new ones at the end."""
        for note_id in sorted(candidates):
            if note_id in self.ids and note_id not in waiting:
                self.drop(note_id)
            elif note_id not in self.ids and note_id in waiting:
                self.ids.append(note_id)
