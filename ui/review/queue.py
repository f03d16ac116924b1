"""The review queue: unreviewed notes one by one, least confident reading first.

Keyboard first: the text field has the focus with its text selected, so Enter
confirms a correct note (its text, votes and colour: one undo step) and typing
replaces a wrong text before Enter. Alt+1…3 confirm with one of the other readings
offered. Delete, before any typing, throws out a detection that is not a note.
Ctrl+Up / Ctrl+Down correct the vote count (the counted dots are circled on the
crop). Tab or Ctrl+Right skips; Ctrl+Z ("Back") undoes the queue's own last step,
nothing done elsewhere. Ctrl+L shows the note's surroundings on the photo,
Ctrl++ / Ctrl+- zoom. Shift+Enter puts a line break into the text.

The queue follows the project: a note deleted or reviewed elsewhere leaves it, a
note added elsewhere joins it, and the count of what is left comes from the file.
A note added by hand on the board (the Find note click, or drawn) becomes the
current note at once (:meth:`ReviewQueue.take_note`): its reading shows when it
arrives, and Enter confirms it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import review
from app.domain import Note
from app.errors import PinscribeError
from ui.board import note_commands
from ui.board.note_panel import color_names
from ui.core.document import NotesChange, ProjectDocument
from ui.core.jobs import JobRunner
from ui.core.photo_loader import DisplayImage, load_display_image
from ui.plain import fill, plain_label, tip
from ui.review.note_view import NoteView
from ui.review.queue_order import QueueOrder
from ui.review.queue_steps import QueueSteps
from ui.review.queue_widgets import ChoiceButton, ReviewTextEdit
from ui.screens import resize_to_screen

translate = QCoreApplication.translate

#: How many alternative readings get a key (Alt+1 …).
ALTERNATIVE_KEYS = 3
#: Characters of a reading a button gets: more than a line of any screen shows.
READING_SHOWN = 1000


class ReviewQueue(QDialog):
    """Walks through the unreviewed notes of the project (or of one station)."""

    noteShown = Signal(int)  # note id

    def __init__(
        self,
        document: ProjectDocument,
        station_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Review the notes"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.document = document
        self.station_id = station_id
        self.order = QueueOrder(review.queue_ids(document.project, station_id))
        self.note: Note | None = None
        self.steps = QueueSteps(document)
        #: A note whose reading had not arrived when Enter was pressed once.
        self._waited_for: int | None = None
        self.jobs = JobRunner(self)
        self._photo: DisplayImage | None = None

        self.counter = plain_label()
        self.place = plain_label()
        self.place.setWordWrap(True)
        self.info = plain_label()
        self.info.setWordWrap(True)
        self.view = NoteView()
        self.text_edit = ReviewTextEdit()
        self.text_edit.setAccessibleName(self.tr("Note text"))
        self.text_edit.setPlaceholderText(self.tr("Type the note's text"))
        font = self.text_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.text_edit.setFont(font)

        self.alternative_buttons: list[ChoiceButton] = []
        # One reading a line: long readings differ at their ends, which a row of
        # three shortened buttons would hide.
        alternatives = QGridLayout()
        self.alternatives_label = QLabel(self.tr("Other readings:"))
        alternatives.addWidget(self.alternatives_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        for index in range(ALTERNATIVE_KEYS):
            choice = ChoiceButton()
            choice.clicked.connect(lambda _=False, i=index: self.choose_alternative(i))
            self.alternative_buttons.append(choice)
            alternatives.addWidget(choice, index, 1, Qt.AlignmentFlag.AlignLeft)
        alternatives.setColumnStretch(1, 1)

        self.votes_box = QSpinBox()
        self.votes_box.setRange(0, 999)
        self.votes_box.setToolTip(self.tr("Voting dots on the note (Ctrl+Up / Ctrl+Down)"))
        self.color_box = QComboBox()
        for key, name in color_names().items():
            self.color_box.addItem(name, key)
        votes_label = QLabel(self.tr("&Votes:"))
        votes_label.setBuddy(self.votes_box)
        color_label = QLabel(self.tr("&Colour:"))
        color_label.setBuddy(self.color_box)
        self.dots_label = QLabel()
        self.dots_label.setEnabled(False)
        details = QHBoxLayout()
        for widget in (votes_label, self.votes_box, self.dots_label):
            details.addWidget(widget)
        details.addSpacing(16)
        details.addWidget(color_label)
        details.addWidget(self.color_box)
        details.addStretch(1)

        self.accept_button = QPushButton(self.tr("Accept (Enter)"))
        self.skip_button = QPushButton(self.tr("Skip (Tab)"))
        self.delete_button = QPushButton(self.tr("Not a note (Del)"))
        self.delete_button.setToolTip(
            self.tr("Throw out this detection: it is not a note (Delete, before typing)")
        )
        self.undo_button = QPushButton(self.tr("Back (Ctrl+Z)"))
        self.undo_button.setToolTip(self.tr("Undo the queue's last step"))
        self.surroundings_button = QPushButton(self.tr("Surroundings (Ctrl+L)"))
        self.surroundings_button.setCheckable(True)
        self.surroundings_button.setToolTip(self.tr("Show the note on its photo"))
        self.close_button = QPushButton(self.tr("Close"))
        for button in (
            self.accept_button,
            self.skip_button,
            self.delete_button,
            self.undo_button,
            self.surroundings_button,
            self.close_button,
            *self.alternative_buttons,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
        hint = QLabel(self.tr("Shift+Enter starts a new line."))
        hint.setEnabled(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.surroundings_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.place)
        right_layout.addWidget(self.info)
        right_layout.addWidget(self.text_edit, 1)
        right_layout.addLayout(alternatives)
        right_layout.addLayout(details)
        right_layout.addWidget(hint)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counter, 1)
        for button in (
            self.undo_button,
            self.delete_button,
            self.skip_button,
            self.accept_button,
            self.close_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        self._add_action("Alt+1", lambda: self.choose_alternative(0))
        self._add_action("Alt+2", lambda: self.choose_alternative(1))
        self._add_action("Alt+3", lambda: self.choose_alternative(2))
        self._add_action("Ctrl+L", self.surroundings_button.toggle)
        self.text_edit.accepted.connect(self.accept_note)
        self.text_edit.skipped.connect(self.skip)
        self.text_edit.undoRequested.connect(self.undo)
        self.text_edit.notANote.connect(self.not_a_note)
        self.text_edit.votesStep.connect(self.step_votes)
        self.text_edit.alternativeChosen.connect(self.choose_alternative)
        self.text_edit.zoomStep.connect(self.view.zoom_by)
        self.accept_button.clicked.connect(lambda: self.accept_note())
        self.skip_button.clicked.connect(self.skip)
        self.delete_button.clicked.connect(self.not_a_note)
        self.undo_button.clicked.connect(self.undo)
        self.surroundings_button.toggled.connect(lambda _: self._show_picture())
        self.close_button.clicked.connect(self.close)
        document.notesChanged.connect(self._notes_changed)
        resize_to_screen(self, 1000, 600)
        self._show_current()

    @property
    def queue(self) -> list[int]:
        """The ids of the notes in the queue, in order."""
        return self.order.ids

    def _add_action(self, keys: str, slot: Callable[[], None]) -> None:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    # Steps of the review (each one undo step of the queue's own)

    def accept_note(self, text: str | None = None) -> None:
        """Confirm the note: its text (changed or not), votes and colour; then go on."""
        if self.note is None:
            return
        if text is None and self._reading_pending():
            self._waited_for = self.note.id
            self.info.setText(
                self.tr(
                    "This note is still being read. Press Enter again to confirm it "
                    "without text, or type its text."
                )
            )
            return
        fields = review.confirmation(
            self.note,
            self.text_edit.toPlainText() if text is None else text,
            votes=self.votes_box.value(),
            color=self.color_box.currentData(),
        )
        label = translate("NoteCommands", "Review note")
        if self.steps.run(note_commands.edit_note(self.document, self.note.id, label, **fields)):
            self.order.position += 1
            self._show_current()

    def _reading_pending(self) -> bool:
        """Whether Enter would confirm an empty text before the first reading arrived.

        Asked once per note: a second Enter confirms (a note that cannot be read).
        """
        note = self.note
        return (
            note is not None
            and note.text is None
            and note.confidence is None
            and not self.text_edit.toPlainText().strip()
            and self._waited_for != note.id
        )

    def choose_alternative(self, index: int) -> None:
        """Confirm the note with the alternative reading ``index`` (Alt+1 is 0)."""
        if self.note is None or index >= len(self.note.alternatives[:ALTERNATIVE_KEYS]):
            return
        self.accept_note(self.note.alternatives[index])

    def not_a_note(self) -> None:
        """Throw the detection out (it is no note) and go on."""
        if self.note is None:
            return
        note_id = self.note.id
        if self.steps.run(note_commands.delete_notes(self.document, [note_id])):
            self.queue.remove(note_id)
            self._show_current()

    def take_note(self, note_id: int) -> None:
        """Make ``note_id`` the current note, so that Enter confirms it.

        For a note just added on the board (found with one click, or drawn); its
        reading shows when it arrives.
        """
        if note_id not in review.queue_ids(self.document.project, self.station_id):
            return  # reviewed already, or of another station than the queue's
        self.order.bring_forward(note_id)
        self._show_current()
        self.activateWindow()  # a window of the main window's: it stays above it
        self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def step_votes(self, step: int) -> None:
        self.votes_box.setValue(max(0, self.votes_box.value() + step))

    def skip(self) -> None:
        if self.note is not None:
            self.order.position += 1
            self._show_current()

    def undo(self) -> None:
        """Undo the queue's own last step (nothing done elsewhere) and show its note."""
        command = self.steps.undo()
        if command is None:
            return
        note_ids = [r.id for r in command.before]
        if note_ids:
            self.order.put_back(note_ids[0])
        self._show_current()

    # Following the project

    def _notes_changed(self, change: NotesChange) -> None:
        """Drop notes deleted or reviewed elsewhere; take in new unreviewed ones."""
        if self.steps.running:
            return
        notes = self.document.project.notes
        current = self.note.id if self.note is not None else None
        if change.note_ids:
            candidates = set(change.note_ids)
        else:  # anything on these photos
            candidates = {n.id for p in change.photo_ids for n in notes.list(photo_id=p)}
            candidates |= set(self.queue)
        waiting = set(review.queue_ids(self.document.project, self.station_id))
        self.order.follow(candidates, waiting)
        self.steps.forget_obsolete()
        if current is not None and current in self.queue and not self.text_edit.touched():
            self._show_current()  # a change elsewhere (a new reading): show it
        elif current not in self.queue:
            self._show_current()
        else:
            self._update_counter()

    # Showing the current note

    def _show_current(self) -> None:
        notes = self.document.project.notes
        if self.order.position >= len(self.order.ids):
            left = review.queue_ids(self.document.project, self.station_id)
            if left:  # skipped notes are left: round again
                self.order.restart(left)

        def waiting(note_id: int) -> Note | None:
            try:
                note = notes.get(note_id)
            except PinscribeError:  # deleted meanwhile
                return None
            return None if note.reviewed else note

        self.note = self.order.current(waiting)
        self._update_counter()
        done = self.note is None
        for widget in (
            self.accept_button,
            self.skip_button,
            self.delete_button,
            self.votes_box,
            self.color_box,
        ):
            widget.setEnabled(not done)
        self.undo_button.setEnabled(bool(self.steps))
        self.text_edit.setReadOnly(done)
        if self.note is None:
            self._show_picture()
            self.place.clear()
            self.info.setText(self.tr("Nothing left to review here."))
            self.text_edit.shown_text = ""
            self.text_edit.clear()
            self._show_alternatives([])
            self.dots_label.clear()
            return
        note = self.note
        self.place.setText(self._place(note))
        confidence = (
            self.tr("not read yet")
            if note.confidence is None
            else self.tr("read with %1 % confidence").replace(
                "%1", str(round(note.confidence * 100))
            )
        )
        self.info.setText(
            self.tr("Note %1 of the queue, %2").replace("%1", str(self.order.position + 1))
            .replace("%2", confidence)
        )
        self.text_edit.shown_text = note.text or ""
        self.text_edit.setPlainText(note.text or "")
        self.text_edit.selectAll()
        self.text_edit.setFocus()
        self._show_alternatives(note.alternatives)
        self.votes_box.setValue(note.votes)
        index = self.color_box.findData(note.color)
        self.color_box.setCurrentIndex(index if index >= 0 else self.color_box.count() - 1)
        self._show_picture()
        self.noteShown.emit(note.id)

    def _place(self, note: Note) -> str:
        """Station and photo of the note; a missing or damaged row is named as such."""
        where = review.place(self.document.project, note)
        damaged = self.tr("(damaged, id %1)")
        photo = where.photo if where.photo is not None else fill(damaged, str(note.photo_id))
        station = (
            where.station if where.station is not None else fill(damaged, str(note.station_id))
        )
        text = self.tr("Station: %1 · photo: %2") if station else self.tr("Photo: %2")
        return fill(text, station, photo)

    def _show_alternatives(self, alternatives: list[str]) -> None:
        shown = alternatives[:ALTERNATIVE_KEYS]
        self.alternatives_label.setVisible(bool(shown))
        for index, button in enumerate(self.alternative_buttons):
            if index < len(shown):
                # one line, cut with "…" where the button ends (ChoiceButton)
                text = " ".join(shown[index][:READING_SHOWN].split())
                if len(shown[index]) > READING_SHOWN:
                    text += "…"
                button.set_full_text(f"Alt+{index + 1}: {text}")
                button.setToolTip(tip(shown[index]))
                button.show()
            else:
                button.hide()

    def _show_picture(self) -> None:
        note = self.note
        if note is None:
            self.view.show_crop(None, [], self.tr("That was the last note of the queue."))
            return
        project = self.document.project
        if not self.surroundings_button.isChecked():
            crop = project.notes.crop(note.id)
            dots = review.vote_dots(project, note.id)
            # a crop that does not decode (a project from anyone) shows a notice instead
            placeholder = (
                self.tr("(no crop)") if crop is None
                else self.tr("(the crop is damaged; Ctrl+L shows the photo)")
            )
            self.view.show_crop(crop, dots, placeholder)
            self.dots_label.setText(self.tr("%n dot(s) circled", "", len(dots)))
            return
        if self._photo is not None and self._photo.photo_id == note.photo_id:
            try:
                width = project.photos.get(note.photo_id).width
            except PinscribeError:  # a damaged photo row: its outline cannot be placed
                self.view.show_crop(None, [], self.tr("(the photo cannot be shown)"))
                return
            scale = self._photo.image.width() / max(1, width)
            self.view.show_surroundings(
                self._photo.image, scale, note.polygon, self.tr("(no photo)")
            )
            return
        self.view.show_crop(None, [], self.tr("Loading the photo…"))
        photo_id = note.photo_id
        job = self.jobs.start("photo", load_display_image(self.document.path, photo_id))
        job.finished.connect(self._photo_loaded)
        # the failure itself goes to the Problems panel; here the view stops waiting
        job.failed.connect(lambda _message: self._photo_failed(photo_id))

    def _photo_loaded(self, result: object) -> None:
        if isinstance(result, DisplayImage):
            self._photo = result
            if self.surroundings_button.isChecked():
                self._show_picture()

    def _photo_failed(self, photo_id: int) -> None:
        """The photo of ``photo_id`` cannot be shown: say so if it is still asked for."""
        note = self.note
        if note is not None and note.photo_id == photo_id and self.surroundings_button.isChecked():
            self.view.show_crop(None, [], self.tr("(the photo cannot be shown)"))

    def _update_counter(self) -> None:
        project = self.document.project
        left, total = review.progress(project, self.station_id)
        text = self.tr("%1 of %2 notes left to review") if left != 1 else self.tr(
            "1 of %2 notes left to review"
        )
        self.counter.setText(text.replace("%1", str(left)).replace("%2", str(total)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept_note()  # Enter in the votes or colour field confirms too
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.jobs.cancel_all()
        super().closeEvent(event)
        self.deleteLater()

    def reject(self) -> None:
        """Escape closes the queue for good.

        A hidden queue would still follow every change and pull the window to its
        note (the board of another station).
        """
        self.jobs.cancel_all()
        super().reject()
        self.deleteLater()
