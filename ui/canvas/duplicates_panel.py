"""Find Duplicates: notes seen twice in overlapping photos of a station, to merge or dismiss.

The search (image matching) runs in the background; each pair shows both crops
side by side. Merging is one undo step that brings both notes back.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.duplicates import DuplicatePair, find_duplicates
from app.store.project import Project
from ui.canvas.crops import decode_thumbnail
from ui.canvas.editor import CanvasEditor
from ui.canvas.row_list import RowList
from ui.core.jobs import JobContext, JobRunner
from ui.core.project_jobs import reading
from ui.plain import plain_label
from ui.screens import resize_to_screen

THUMB_W, THUMB_H = 220, 140

#: A pair with the decoded crops of its two notes and their texts.
Found = tuple[DuplicatePair, QImage, QImage, str, str]


class PairRow(QFrame):
    def __init__(self, dialog: DuplicatesDialog, found: Found) -> None:
        super().__init__()
        self.pair, keep_image, drop_image, keep_text, drop_text = found
        self.setFrameShape(QFrame.Shape.StyledPanel)
        pictures = QHBoxLayout()
        for image, text, role in (
            (keep_image, keep_text, self.tr("kept")),
            (drop_image, drop_text, self.tr("merged into it")),
        ):
            column = QVBoxLayout()
            picture = QLabel()
            picture.setFixedSize(THUMB_W, THUMB_H)
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            if not image.isNull():
                picture.setPixmap(QPixmap.fromImage(image))
            else:
                picture.setText(self.tr("(no crop)"))
            caption = plain_label(f"{text or self.tr('(no text)')}\n({role})")
            caption.setWordWrap(True)
            caption.setMaximumWidth(THUMB_W)
            column.addWidget(picture)
            column.addWidget(caption)
            pictures.addLayout(column)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.merge_button.clicked.connect(lambda: dialog.merge(self))
        self.dismiss_button.clicked.connect(lambda: dialog.dismiss(self))
        buttons = QVBoxLayout()
        buttons.addWidget(
            QLabel(self.tr("Likeness %1 %").replace("%1", f"{self.pair.score * 100:.0f}"))
        )
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(pictures, 1)
        layout.addLayout(buttons)


class DuplicatesDialog(QDialog):
    def __init__(self, editor: CanvasEditor, jobs: JobRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Find Duplicates"))
        self.editor = editor
        self.station_id = editor.scene.station_id
        self.row_list = RowList[PairRow]()
        self.searched = False
        self.message = QLabel(self.tr("Looking for notes seen twice…"))
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_all_button = buttons.addButton(
            self.tr("Merge all"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.merge_all_button.setToolTip(self.tr("Merge every pair listed (one undo step)"))
        self.merge_all_button.setEnabled(False)
        self.merge_all_button.clicked.connect(self.merge_all)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.row_list.scroll, 1)
        layout.addWidget(buttons)
        resize_to_screen(self, 640, 600)
        station_id = self.station_id

        def work(context: JobContext, project: Project) -> list[Found]:
            if station_id is None:
                return []
            found = []
            for pair in find_duplicates(project, station_id):
                keep, drop = project.notes.get(pair.keep), project.notes.get(pair.drop)
                size = QSize(THUMB_W, THUMB_H)
                found.append(
                    (
                        pair,
                        decode_thumbnail(project.notes.crop(pair.keep), size),
                        decode_thumbnail(project.notes.crop(pair.drop), size),
                        keep.text or "",
                        drop.text or "",
                    )
                )
            return found

        self.job = jobs.start(
            "duplicates", reading(editor.document.path, work), on_failure=self._failed
        )
        self.job.finished.connect(self._found)

    @property
    def rows(self) -> list[PairRow]:
        """The pairs listed, in order."""
        return self.row_list.rows

    def _found(self, found: object) -> None:
        self.searched = True
        for item in found:  # type: ignore[attr-defined]
            self.row_list.add(PairRow(self, item))
        self._update()

    def _failed(self, message: str) -> None:
        self.searched = True
        self.message.setText(self.tr("The search failed: %1").replace("%1", message))

    def _update(self) -> None:
        self.merge_all_button.setEnabled(bool(self.rows))
        if not self.rows:
            self.message.setText(self.tr("No notes seen twice in this station."))
        else:
            self.message.setText(
                self.tr("%n pair(s) of notes that look like the same note.", "", len(self.rows))
            )

    def merge(self, row: PairRow) -> bool:
        if not self.editor.merge_duplicate(row.pair.keep, row.pair.drop):
            return False
        self._drop(row)
        return True

    def merge_all(self) -> bool:
        """Merge every pair still listed, in one undo step."""
        rows = list(self.rows)
        if not rows or not self.editor.merge_duplicates([row.pair for row in rows]):
            return False
        for row in rows:
            self._drop(row)
        return True

    def dismiss(self, row: PairRow) -> None:
        self._drop(row)

    def _drop(self, row: PairRow) -> None:
        self.row_list.remove(row)
        self._update()
