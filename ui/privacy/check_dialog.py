"""The privacy check: what an export would publish that may identify people.

Lists the notes that may name a person (keep, initials or leave out, one click each),
the photos published whole (crop or hide regions), the photos that still carry
personal metadata, and the photos with faces not hidden (looked for in the background
when the dialog opens and after a photo was edited). "Show" (or a double-click) shows
the note in the window; "Crop or blur…" opens the photo.
Opened from File ▸ Privacy Check… and before an export that has something to list.
The photos are the board photos and the graphic recordings the export shows.
Before an export that shows photos and has nothing else to list, the faces are
looked for first (:class:`FaceSearchDialog`, "Checking photos for faces…", cancellable),
so that a face alone still brings up the check.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.errors import PinscribeError
from app.photo_cleaning import remove_photo_metadata
from app.privacy.check import privacy_check, published_photos, unhidden_faces
from app.privacy.photos import photo_label
from app.store.project import Project
from ui.core.document import ProjectDocument
from ui.core.item_models import Column, RowsModel
from ui.core.jobs import Job, JobContext, JobRunner
from ui.core.project_jobs import reading
from ui.messages import user_message
from ui.plain import plain_label
from ui.privacy.commands import PublishChoiceCommand
from ui.privacy.photo_dialog import PublishPhotoDialog


@dataclass(frozen=True)
class Finding:
    kind: str  # "name", "photo", "metadata", "faces"
    what: str
    why: str
    note_id: int | None = None
    photo_id: int | None = None
    station_id: int | None = None


class PrivacyCheckDialog(QDialog):
    """``before_export``: the buttons are "Export anyway" and "Cancel"."""

    showNote = Signal(int, int, int)  # station id, photo id, note id

    def __init__(
        self,
        document: ProjectDocument,
        parent: QWidget | None,
        *,
        station_ids: list[int] | None = None,
        before_export: bool = False,
        pictures: bool = True,
        recordings: bool = True,
        faces: list[tuple[int, int]] | None = None,
        faces_problem: str = "",
    ) -> None:
        """A check of ``station_ids`` (all when None).

        ``pictures`` / ``recordings``: the export shows the board photos / the graphic
        recordings (their photos are checked for metadata and faces).

        ``faces`` / ``faces_problem``: what a search before (:class:`FaceSearchDialog`)
        found, or why it failed; the dialog then does not look for faces again.
        """
        super().__init__(parent)
        self.document = document
        self.station_ids = station_ids
        self.pictures = pictures
        self.recordings = recordings
        self.jobs = JobRunner(self)
        #: Photos with faces not hidden, and how many (None: not looked yet).
        self.faces: list[tuple[int, int]] | None = None
        self.faces_problem = ""
        self.setWindowTitle(self.tr("Privacy Check"))
        self.summary = plain_label()
        self.summary.setWordWrap(True)
        self.model = RowsModel(
            [
                Column(self.tr("What"), lambda f: f.what, tip=lambda f: f.what),
                Column(self.tr("Why"), lambda f: f.why),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("What the export would publish about people"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)  # what and why, side by side
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self._show)

        self.keep = QPushButton(self.tr("&Keep as written"))
        self.initials = QPushButton(self.tr("Names as &initials"))
        self.omit = QPushButton(self.tr("&Leave out"))
        self.edit_photo = QPushButton(self.tr("Crop or &blur…"))
        self.clean = QPushButton(self.tr("Remove photo &metadata"))
        self.show_button = QPushButton(self.tr("&Show"))
        self.keep.clicked.connect(lambda: self._choose("keep"))
        self.initials.clicked.connect(lambda: self._choose("initials"))
        self.omit.clicked.connect(lambda: self._choose("omit"))
        self.edit_photo.clicked.connect(self._edit_photo)
        self.clean.clicked.connect(self._remove_metadata)
        self.show_button.clicked.connect(lambda: self._show(self.table.currentIndex()))
        actions = QHBoxLayout()
        for button in (self.keep, self.initials, self.omit, self.edit_photo, self.clean,
                       self.show_button):
            actions.addWidget(button)
        actions.addStretch(1)

        if before_export:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
            self.go = buttons.addButton(
                self.tr("&Export anyway"), QDialogButtonBox.ButtonRole.AcceptRole
            )
        else:
            buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            self.resize(min(900, screen.width() - 40), min(560, screen.height() - 60))
        if faces_problem:
            self._faces_failed(faces_problem)
        self.faces = faces
        self.refresh()
        if self._photos() and faces is None and not faces_problem:
            self.look_for_faces()

    def _photos(self) -> bool:
        """Whether the export shows photos (board photos or recordings) to check."""
        return self.pictures or self.recordings

    def findings(self) -> list[Finding]:
        return list(self.model.rows())

    def refresh(self) -> None:
        project = self.document.project
        report = privacy_check(
            project, self.station_ids, pictures=self.pictures, recordings=self.recordings
        )
        language = self.tr("en", "label language")  # "de" in the German translation
        rows: list[Finding] = []
        for note, hits in report.names:
            rows.append(Finding(
                "name", self.tr("Note: %1").replace("%1", note.text or ""),
                self.tr("may name a person: %1").replace("%1", ", ".join(h.text for h in hits)),
                note_id=note.id, photo_id=note.photo_id, station_id=note.station_id,
            ))
        recordings = {p.id for p in project.photos.list(kind="recording")}

        def photo(photo_id: int) -> str:
            label = photo_label(project, photo_id, language=language)
            if photo_id in recordings:
                return self.tr("Graphic recording: %1").replace("%1", label)
            return self.tr("Photo: %1").replace("%1", label)

        for photo_id in report.uncropped:
            rows.append(Finding(
                "photo", photo(photo_id), self.tr("published whole, with its surroundings"),
                photo_id=photo_id,
            ))
        for photo_id, what in report.metadata:
            rows.append(Finding(
                "metadata", photo(photo_id),
                self.tr("stored with %1").replace("%1", ", ".join(map(user_message, what))),
                photo_id=photo_id,
            ))
        for photo_id, count in self.faces or []:
            rows.append(Finding(
                "faces", photo(photo_id), self.tr("%n face(s) not hidden", "", count),
                photo_id=photo_id,
            ))
        current = self._current()
        self.model.set_rows(rows)
        if rows:
            text = self.tr("%n thing(s) in this export may identify people. Decide for each "
                           "before you publish.", "", len(rows))
        else:
            text = self.tr("Nothing found that may identify people.")
        if self._photos() and self.faces is None:
            text += " " + (self.faces_problem or self.tr("Looking for faces on the photos…"))
        self.summary.setText(text)
        if rows:
            again = [i for i, row in enumerate(rows) if row == current]
            self.table.selectRow(again[0] if again else 0)
        self._enable()

    def look_for_faces(self) -> None:
        """Look for faces not hidden on the photos, in the background; rows come when done."""
        self.jobs.cancel_all()
        self.faces, self.faces_problem = None, ""
        station_ids, pictures, recordings = self.station_ids, self.pictures, self.recordings

        def work(context: JobContext, project: Project) -> list[tuple[int, int]]:
            return unhidden_faces(
                project, station_ids, pictures=pictures, recordings=recordings,
                cancelled=context.cancelled,
            )

        job = self.jobs.start(
            "faces", reading(self.document.path, work), on_failure=self._faces_failed
        )
        job.finished.connect(self._faces_found)
        self.refresh()

    def _faces_found(self, faces: list[tuple[int, int]]) -> None:
        self.faces = faces
        if self.isVisible():  # not closed meanwhile (with its project)
            self.refresh()

    def _faces_failed(self, message: str) -> None:
        self.faces_problem = self.tr("Faces were not looked for: %1").replace("%1", message)
        if self.isVisible():
            self.refresh()

    def _current(self) -> Finding | None:
        index = self.table.currentIndex()
        return self.model.row(index) if index.isValid() else None

    def _enable(self) -> None:
        current = self._current()
        kind = current.kind if current else ""
        read_only = self.document.project.read_only
        for button in (self.keep, self.initials, self.omit):
            button.setEnabled(kind == "name" and not read_only)
        self.edit_photo.setEnabled(kind in ("photo", "faces") and not read_only)
        self.clean.setEnabled(kind == "metadata" and not read_only)
        self.show_button.setEnabled(kind == "name")

    def _choose(self, choice: str) -> None:
        current = self._current()
        if current is None or current.note_id is None:
            return
        try:
            self.document.run(PublishChoiceCommand(self.document, current.note_id, choice))
        except PinscribeError as error:
            self.summary.setText(user_message(error))
            return
        self.refresh()

    def _edit_photo(self) -> None:
        current = self._current()
        if current is None or current.photo_id is None:
            return
        PublishPhotoDialog(self.document, current.photo_id, self).exec()
        self.refresh()
        if self._photos():
            self.look_for_faces()

    def _remove_metadata(self) -> None:
        try:
            result = remove_photo_metadata(self.document.project)
        except PinscribeError as error:
            self.summary.setText(user_message(error))
            return
        self.document.clear_history()  # the photos' bytes changed outside the undo history
        self.refresh()
        text = self.tr("Removed the metadata of %1 photos; a copy of the project from before "
                       "is at %2.").replace("%1", str(result.cleaned)).replace(
                           "%2", str(result.backup))
        if result.failed:
            language = self.tr("en", "label language")
            labels = ", ".join(
                f"{photo_label(self.document.project, photo_id, language=language)} ({reason})"
                for photo_id, reason in result.failed
            )
            text += " " + self.tr(
                "%n photo(s) could not be cleaned and were left as they were: %1", "",
                len(result.failed),
            ).replace("%1", labels)
        self.summary.setText(text)

    def done(self, result: int) -> None:
        self.jobs.shutdown()
        super().done(result)

    def _show(self, index: QModelIndex) -> None:
        current = self.model.row(index) if index.isValid() else None
        if current is not None and current.kind in ("photo", "faces"):
            if self.edit_photo.isEnabled():
                self._edit_photo()
            return
        if current is None or current.note_id is None or current.station_id is None:
            return
        assert current.photo_id is not None
        self.showNote.emit(current.station_id, current.photo_id, current.note_id)


class FaceSearchDialog(QDialog):
    """Before an export: look for faces not hidden, with a progress bar and Cancel.

    Accepted when the search ended (``faces``, or ``problem`` when it failed); rejected
    when the user cancelled it (then nothing is exported).
    """

    def __init__(
        self,
        document: ProjectDocument,
        station_ids: list[int] | None,
        parent: QWidget | None,
        *,
        pictures: bool = True,
        recordings: bool = True,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.station_ids = station_ids
        self.pictures = pictures
        self.recordings = recordings
        self.jobs = JobRunner(self)
        self.job: Job | None = None
        # photos with faces not hidden, and how many (None: not searched to the end)
        self.faces: list[tuple[int, int]] | None = None
        self.problem = ""
        self.setWindowTitle(self.tr("Privacy Check"))
        self.label = plain_label(self.tr("Checking photos for faces…"))
        self.progress = QProgressBar()
        photos = published_photos(
            document.project, station_ids, pictures=pictures, recordings=recordings
        )
        self.progress.setRange(0, max(len(photos), 1))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("%v of %m photos"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.progress)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)  # the whole title

    def start(self) -> Job:
        """Start the search in the background (:meth:`exec` starts it too)."""
        if self.job is not None:
            return self.job
        station_ids, pictures, recordings = self.station_ids, self.pictures, self.recordings

        def work(context: JobContext, project: Project) -> list[tuple[int, int]]:
            return unhidden_faces(
                project, station_ids, pictures=pictures, recordings=recordings,
                cancelled=context.cancelled,
                progress=lambda done, total: context.progress((done, total)),
            )

        self.job = self.jobs.start(
            "faces", reading(self.document.path, work), on_failure=self._failed
        )
        self.job.progressed.connect(self._progressed)
        self.job.finished.connect(self._found)
        return self.job

    def exec(self) -> int:
        self.start()
        return super().exec()

    def _progressed(self, value: object) -> None:
        if isinstance(value, tuple) and len(value) == 2:
            done, total = value
            self.progress.setRange(0, max(int(total), 1))
            self.progress.setValue(int(done))

    def _found(self, faces: list[tuple[int, int]]) -> None:
        if self.job is not None and not self.job.is_cancelled():
            self.faces = faces
            self.accept()

    def _failed(self, message: str) -> None:
        if self.job is not None and not self.job.is_cancelled():
            self.problem = message
            self.accept()

    def done(self, result: int) -> None:
        if result != QDialog.DialogCode.Accepted and self.job is not None:
            self.job.cancel()  # the photo being searched is finished, no more
        self.jobs.shutdown()
        super().done(result)


def qt_ask_export_privacy(
    parent: QWidget,
    document: ProjectDocument,
    station_ids: list[int],
    pictures: bool,
    *,
    recordings: bool = True,
) -> bool:
    """Before an export: show the privacy check if it finds anything; True: export.

    ``pictures`` / ``recordings``: the export shows the board photos / the graphic
    recordings. When it shows photos and nothing else is found, the faces are looked
    for first, with a progress and Cancel (cancelled: no export); the check comes up if
    a face is not hidden (or the search failed).
    """
    faces: list[tuple[int, int]] | None = None
    problem = ""
    project = document.project
    if privacy_check(project, station_ids, pictures=pictures, recordings=recordings).empty():
        if not published_photos(project, station_ids, pictures=pictures, recordings=recordings):
            return True
        search = FaceSearchDialog(
            document, station_ids, parent, pictures=pictures, recordings=recordings
        )
        accepted = search.exec() == QDialog.DialogCode.Accepted
        faces, problem = search.faces, search.problem
        search.deleteLater()
        if not accepted:
            return False
        if not faces and not problem:
            return True
    dialog = PrivacyCheckDialog(
        document, parent, station_ids=station_ids, before_export=True, pictures=pictures,
        recordings=recordings, faces=faces, faces_problem=problem,
    )
    return dialog.exec() == QDialog.DialogCode.Accepted
