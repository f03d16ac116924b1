"""The review queue's own undo steps: what its "Back" undoes, nothing done elsewhere."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication

from app.errors import PinscribeError
from ui.board import note_commands
from ui.core.commands import SnapshotCommand
from ui.core.document import ProjectDocument

translate = QCoreApplication.translate


class QueueSteps:
    """The edits the queue made, last one last, each one undo step on the document's stack."""

    def __init__(self, document: ProjectDocument) -> None:
        self.document = document
        self.commands: list[SnapshotCommand] = []
        # the queue itself is changing notes (its dialog ignores the change it hears of)
        self.running = False

    def __bool__(self) -> bool:
        return bool(self.commands)

    def run(self, command: SnapshotCommand) -> bool:
        """Run ``command`` as the queue's step; ``False`` if it failed (the user is told)."""
        self.running = True
        try:
            self.document.run(command)
        except PinscribeError as error:
            self.document.report(error)
            return False
        finally:
            self.running = False
        self.commands.append(command)
        return True

    def undo(self) -> SnapshotCommand | None:
        """Undo the last step (by a step of its own if other edits came after it).

        Returns the step undone, ``None`` if there was none.
        """
        self.commands = [c for c in self.commands if shiboken6.isValid(c)]  # a cleared stack
        if not self.commands:
            return None
        command = self.commands.pop()
        stack = self.document.undo_stack
        self.running = True
        try:
            if stack.index() > 0 and stack.command(stack.index() - 1) is command:
                stack.undo()
            else:  # other edits came after it: undo it by a step of its own
                self.document.run(_revert(self.document, command))
        except PinscribeError as error:
            self.document.report(error)
        finally:
            self.running = False
        return command

    def forget_obsolete(self) -> None:
        """Forget the steps the stack no longer holds or marked obsolete."""
        self.commands = [c for c in self.commands if shiboken6.isValid(c) and not c.isObsolete()]


def _revert(document: ProjectDocument, command: SnapshotCommand) -> SnapshotCommand:
    """A step that puts the notes of ``command`` back as they were before it.

    What changed in them since by other means (a colour set on the board, a reading
    in the background) stays, as for undo (:meth:`app.store.notes.Notes.keep_newer`).
    """
    before = list(command.before)
    after = list(command.after)
    after_ids = [r.id for r in after]

    def edit(project: object) -> list[int]:
        notes = document.project.notes
        notes.restore(notes.keep_newer(before, after), remove=after_ids)
        return [r.id for r in before]

    return note_commands.note_edit(
        document,
        translate("NoteCommands", "Back in the review"),
        sorted({r.id for r in before} | set(after_ids)),
        edit,
    )
