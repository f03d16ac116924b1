"""Suggest Themes: proposed themes for a station's unsorted notes, to accept or reject.

Three methods, as in ``pinscribe suggest``: as grouped on the board, by similar
wording, by colour. Each accepted proposal (or all of them at once) is one undo step.
Grouping by wording compares every pair of notes, which takes long on a large station:
it runs in the background, on a read-only connection of its own.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.errors import PinscribeError
from app.store.project import Project
from app.suggest import Suggestion, suggest
from ui.board.items import note_color
from ui.canvas.crops import CropCache
from ui.canvas.editor import CanvasEditor
from ui.canvas.row_list import RowList
from ui.core.jobs import JobContext, JobRunner
from ui.core.project_jobs import reading
from ui.messages import user_message
from ui.plain import plain_label, tip
from ui.screens import resize_to_screen

#: Notes shown per proposal before "+ n more".
SHOWN = 8


class SuggestionRow(QFrame):
    """One proposal: its (editable) name, its notes, Accept and Reject."""

    def __init__(self, dialog: SuggestDialog, suggestion: Suggestion) -> None:
        super().__init__()
        self.suggestion = suggestion
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.name = QLineEdit(suggestion.name)
        self.name.setToolTip(self.tr("The theme's name (change it before accepting)"))
        self.accept_button = QPushButton(self.tr("Accept"))
        self.reject_button = QPushButton(self.tr("Reject"))
        self.accept_button.clicked.connect(lambda: dialog.accept_rows([self]))
        self.reject_button.clicked.connect(lambda: dialog.reject_row(self))
        # A name made from text nobody has reviewed is marked until the facilitator edits it.
        self.provisional = suggestion.provisional
        self.provisional_mark = QLabel(self.tr("provisional name"))
        self.provisional_mark.setToolTip(
            self.tr("Made from text nobody has reviewed yet: check the name before accepting.")
        )
        self.provisional_mark.setStyleSheet("color: #8a5a00; font-style: italic;")
        self.provisional_mark.setVisible(self.provisional)
        self.name.textEdited.connect(self._name_edited)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.provisional_mark)
        count = len(suggestion.note_ids)
        top.addWidget(QLabel(self.tr("%n note(s)", "", count)))
        top.addWidget(self.accept_button)
        top.addWidget(self.reject_button)
        notes = QHBoxLayout()
        project = dialog.editor.document.project
        for note_id in suggestion.note_ids[:SHOWN]:
            notes.addWidget(self._thumbnail(dialog.crops, project.notes.get(note_id)))
        if count > SHOWN:
            notes.addWidget(QLabel(self.tr("+ %1 more").replace("%1", str(count - SHOWN))))
        notes.addStretch(1)
        # The thumbnails are cut at a narrow width rather than push the buttons off-screen.
        notes_box = QWidget()
        notes_box.setLayout(notes)
        notes_box.setMinimumWidth(1)
        notes_box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(notes_box)

    def _name_edited(self) -> None:
        self.provisional = False
        self.provisional_mark.hide()

    def _thumbnail(self, crops: CropCache, note: object) -> QLabel:
        label = plain_label()
        label.setFixedSize(96, 56)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        text = getattr(note, "text", None) or self.tr("(no text)")
        label.setToolTip(tip(text))
        pixmap = crops.pixmap(getattr(note, "id", 0))
        if pixmap is not None:
            label.setPixmap(
                pixmap.scaled(
                    94, 54, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )  # fmt: skip
        else:
            label.setText(text[:40])
        colour = note_color(getattr(note, "color", "other")).name()
        label.setStyleSheet(f"background: #fafafa; border: 2px solid {colour}; font-size: 9pt;")
        return label

    def current(self) -> Suggestion:
        """The proposal with the name as typed."""
        name = self.name.text().strip() or self.suggestion.name
        s = self.suggestion
        return Suggestion(
            name, s.note_ids, s.method, s.header_note_id, s.color, s.keywords, self.provisional
        )


class SuggestDialog(QDialog):
    #: The proposals of the chosen method are shown (computed in the background or not).
    proposalsShown = Signal()

    #: Methods slow enough on a large station to run in the background.
    BACKGROUND = frozenset({"text", "layout"})  # layout reads the photos' pixels

    def __init__(self, editor: CanvasEditor, crops: CropCache, parent: QWidget) -> None:
        super().__init__(parent)
        self._jobs = JobRunner(self)
        self._generation = 0  # of the proposals: only the newest are shown
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Suggest Themes"))
        self.editor = editor
        self.crops = crops
        self.station_id = editor.scene.station_id
        self.row_list = RowList[SuggestionRow]()
        self.method = QComboBox()
        self.method.addItem(self.tr("As grouped on the board"), "layout")
        self.method.addItem(self.tr("By similar wording"), "text")
        self.method.addItem(self.tr("By colour"), "color")
        self.method.currentIndexChanged.connect(self.refresh)
        self.message = plain_label()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.accept_all_button = buttons.addButton(
            self.tr("Accept All"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.accept_all_button.clicked.connect(lambda: self.accept_rows(list(self.rows)))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Group the unsorted notes:")))
        top.addWidget(self.method, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.row_list.scroll, 1)
        layout.addWidget(buttons)
        resize_to_screen(self, 760, 560)
        self.refresh()

    @property
    def rows(self) -> list[SuggestionRow]:
        """The proposals listed, in order."""
        return self.row_list.rows

    def refresh(self) -> None:
        """Compute the proposals for the chosen method again."""
        self.row_list.clear()
        self._generation += 1
        method, station_id = str(self.method.currentData()), self.station_id
        if station_id is None:
            self._show([], self._generation)
        elif method in self.BACKGROUND:
            generation = self._generation

            def work(context: JobContext, project: Project) -> list[Suggestion]:
                return suggest(project, station_id, method)

            self.accept_all_button.setEnabled(False)
            self.message.setText(
                self.tr("Grouping the notes by their wording…")
                if method == "text"
                else self.tr("Finding the groups on the board…")
            )
            job = self._jobs.start(
                "suggest",
                reading(self.editor.document.path, work),
                on_failure=lambda message: self._failed(message, generation),
            )
            job.finished.connect(lambda found: self._show(found, generation))
        else:
            try:
                found = suggest(self.editor.document.project, station_id, method)
            except PinscribeError as error:
                self._failed(user_message(error), self._generation)
                return
            self._show(found, self._generation)

    def _show(self, proposals: list[Suggestion], generation: int) -> None:
        if generation != self._generation:  # another method was chosen meanwhile
            return
        for suggestion in proposals:
            self.row_list.add(SuggestionRow(self, suggestion))
        self._update()
        self.proposalsShown.emit()

    def _failed(self, message: str, generation: int) -> None:
        if generation == self._generation:
            self.accept_all_button.setEnabled(False)
            self.message.setText(message)
            self.proposalsShown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._jobs.shutdown()
        super().closeEvent(event)

    def _update(self) -> None:
        self.accept_all_button.setEnabled(bool(self.rows))
        if not self.rows:
            self.message.setText(self.tr("No proposals: every note is in a theme, or none group."))
        else:
            self.message.setText(
                self.tr(
                    "%n proposal(s). Accepting one makes it a theme (undo with Ctrl+Z).",
                    "",
                    len(self.rows),
                )
            )

    def accept_rows(self, rows: list[SuggestionRow]) -> bool:
        """Accept these proposals as one undo step."""
        if not rows or not self.editor.accept([r.current() for r in rows], self.station_id):
            return False
        for row in rows:
            self._drop(row)
        return True

    def reject_row(self, row: SuggestionRow) -> None:
        self._drop(row)

    def _drop(self, row: SuggestionRow) -> None:
        self.row_list.remove(row)
        self._update()
