"""What a photo shows when published: crop it to the board, blur or black out regions.

Drag on the photo to mark a region (with the tool chosen above it); "Find faces" blurs
the faces the YuNet face detector finds (those not hidden yet), and a click on a region
selects it to show it again (a wrong face). "Show as published" displays the photo as
every export will. Nothing changes the stored photo, and every change is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import Rect, Redaction
from app.editing import photo_pixels
from app.errors import PinscribeError
from app.privacy.faces import PhotoFaces, faces_on_photo
from app.privacy.photos import notes_area, photo_label, published_photo
from app.store.project import Project
from ui.core.document import ProjectDocument
from ui.core.jobs import JobContext, JobRunner
from ui.core.photo_loader import decode_for_display, image_from_rgb
from ui.core.project_jobs import reading
from ui.messages import user_message
from ui.plain import fill, plain_label, window_title
from ui.privacy.commands import (
    AddFaceRegionsCommand,
    AddRegionCommand,
    PublishCropCommand,
    RemoveRegionCommand,
)

#: Longest side of the picture shown, in pixels.
SHOWN_SIDE = 1600


class PhotoCanvas(QGraphicsView):
    """The photo with its crop and regions; a drag marks a rectangle (photo pixels)."""

    rectangleDrawn = Signal(object)  # Rect in photo pixels
    clicked = Signal(float, float)  # a click without a drag, in photo pixels

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setAccessibleName(self.tr("Photo"))
        self.scale_to_photo = 1.0  # photo pixels per shown pixel
        self._start: QPointF | None = None
        self._rubber: QGraphicsRectItem | None = None
        self._overlays: list[QGraphicsRectItem] = []

    def show_image(self, image: QImage, photo_width: int) -> None:
        self.scene().clear()
        self._overlays = []
        self._rubber = None
        self.scene().addPixmap(QPixmap.fromImage(image))
        self.scale_to_photo = photo_width / max(1, image.width())
        self.scene().setSceneRect(QRectF(image.rect()))
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def show_marks(
        self, crop: Rect | None, regions: list[Redaction], selected: int | None = None
    ) -> None:
        """Outline the crop and the regions (faces found in orange, the selected one thick)."""
        for item in self._overlays:
            self.scene().removeItem(item)
        self._overlays = []
        s = 1 / self.scale_to_photo
        for region in regions:
            x, y, w, h = region.rect
            colour = QColor(0, 0, 0, 200) if region.mode == "black" else QColor(220, 40, 40, 90)
            line = QColor(240, 140, 0) if region.source == "face" else QColor(220, 40, 40)
            pen = QPen(line, 2)
            if region.id == selected:
                pen = QPen(QColor(30, 110, 230), 5)
            pen.setCosmetic(True)
            item = self.scene().addRect(QRectF(x * s, y * s, w * s, h * s), pen, QBrush(colour))
            item.setToolTip(
                self.tr("Face found (blurred)") if region.source == "face"
                else self.tr("Region hidden by hand")
            )
            self._overlays.append(item)
        if crop is not None:
            x, y, w, h = crop
            pen = QPen(QColor(30, 110, 230), 3, Qt.PenStyle.DashLine)
            self._overlays.append(self.scene().addRect(QRectF(x * s, y * s, w * s, h * s), pen))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._start = self.mapToScene(event.position().toPoint())
            self._rubber = self.scene().addRect(
                QRectF(self._start, self._start), QPen(QColor(30, 110, 230), 2)
            )
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is not None and self._rubber is not None:
            here = self.mapToScene(event.position().toPoint())
            self._rubber.setRect(QRectF(self._start, here).normalized())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._start is None or self._rubber is None:
            super().mouseReleaseEvent(event)
            return
        rect = self._rubber.rect()
        self.scene().removeItem(self._rubber)
        self._rubber, self._start = None, None
        s = self.scale_to_photo
        if rect.width() * s >= 4 and rect.height() * s >= 4:
            self.rectangleDrawn.emit(
                (rect.x() * s, rect.y() * s, rect.width() * s, rect.height() * s)
            )
        elif rect.width() < 4 and rect.height() < 4:
            self.clicked.emit(rect.x() * s, rect.y() * s)


class PublishPhotoDialog(QDialog):
    """Crop and hide regions of one photo for publishing."""

    def __init__(self, document: ProjectDocument, photo_id: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.document = document
        self.photo_id = photo_id
        self.jobs = JobRunner(self)
        project = document.project
        label = photo_label(project, photo_id, language=self.tr("en", "label language"))
        self.setWindowTitle(fill(self.tr("Publish %1"), window_title(label)))
        self.canvas = PhotoCanvas()
        self.blur = QRadioButton(self.tr("&Blur"))
        self.black = QRadioButton(self.tr("Blac&k out"))
        self.crop = QRadioButton(self.tr("&Crop to"))
        self.blur.setChecked(True)
        self.tools = QButtonGroup(self)
        for button in (self.blur, self.black, self.crop):
            self.tools.addButton(button)
        self.notes_button = QPushButton(self.tr("Crop to the &notes"))
        self.whole_button = QPushButton(self.tr("&Whole photo"))
        self.undo_region = QPushButton(self.tr("Show the &last region again"))
        self.undo_region.setToolTip(
            self.tr("Show the selected region again (click a region to select it), "
                    "else the last one marked")
        )
        self.find_faces = QPushButton(self.tr("Find &faces"))
        self.find_faces.setToolTip(
            self.tr("Blur every face on the photo that is not hidden yet (one undo step)")
        )
        self.selected: int | None = None
        self.published = QCheckBox(self.tr("Show as &published"))
        self.hint = plain_label(
            self.tr("Drag on the photo to mark a region. The stored photo is never changed.")
        )
        self.hint.setWordWrap(True)
        tools = QHBoxLayout()
        for radio in (self.blur, self.black, self.crop):
            tools.addWidget(radio)
        tools.addStretch(1)
        tools.addWidget(self.published)
        regions = QHBoxLayout()
        for widget in (self.notes_button, self.whole_button, self.find_faces, self.undo_region):
            regions.addWidget(widget)
        regions.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addLayout(regions)
        layout.addWidget(self.hint)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            self.resize(min(1100, screen.width() - 40), min(800, screen.height() - 60))

        self.canvas.rectangleDrawn.connect(self._drawn)
        self.canvas.clicked.connect(self._select_at)
        self.find_faces.clicked.connect(self.start_finding_faces)
        self.find_faces.setEnabled(not project.read_only)
        self.notes_button.clicked.connect(self._crop_to_notes)
        self.whole_button.clicked.connect(lambda: self._set_crop(None))
        self.undo_region.clicked.connect(self._remove_last)
        self.published.toggled.connect(lambda _on: self._load())
        self._load()

    # Showing

    def _load(self) -> None:
        photo_id, as_published = self.photo_id, self.published.isChecked()
        work = reading(
            self.document.path,
            lambda context, project: _picture(context, project, photo_id, as_published),
        )
        job = self.jobs.start("photo", work)
        job.finished.connect(self._loaded)

    def _loaded(self, image: QImage) -> None:
        photo = self.document.project.photos.get(self.photo_id)
        if self.published.isChecked():
            width = photo.publish_crop[2] if photo.publish_crop else photo.width
            self.canvas.show_image(image, round(width))
            self.canvas.show_marks(None, [])
        else:
            self.canvas.show_image(image, photo.width)
            self._marks()

    def _marks(self) -> None:
        photos = self.document.project.photos
        regions = list(photos.redactions(self.photo_id))
        if self.selected not in {r.id for r in regions}:
            self.selected = None
        self.canvas.show_marks(photos.get(self.photo_id).publish_crop, regions, self.selected)
        self.undo_region.setEnabled(bool(regions))
        self.undo_region.setText(
            self.tr("Show the &selected region again") if self.selected is not None
            else self.tr("Show the &last region again")
        )

    def _select_at(self, x: float, y: float) -> None:
        """Select the region under a click (the one marked last where several overlap)."""
        if self.published.isChecked():
            return
        under = [
            r.id for r in self.document.project.photos.redactions(self.photo_id)
            if r.rect[0] <= x <= r.rect[0] + r.rect[2] and r.rect[1] <= y <= r.rect[1] + r.rect[3]
        ]
        self.selected = under[-1] if under else None
        self._marks()

    # Faces

    def start_finding_faces(self) -> None:
        """Look for faces in the background; blur those not hidden yet as one undo step."""
        self.find_faces.setEnabled(False)
        self.hint.setText(self.tr("Looking for faces…"))
        photo_id = self.photo_id
        work = reading(self.document.path, lambda _c, project: faces_on_photo(project, photo_id))
        job = self.jobs.start("faces", work, on_failure=self._faces_failed)
        job.finished.connect(self._faces_found)

    def _faces_failed(self, message: str) -> None:
        if not self.isVisible():
            return
        self.find_faces.setEnabled(not self.document.project.read_only)
        self.hint.setText(message)

    def _faces_found(self, found: PhotoFaces) -> None:
        if not self.isVisible():  # closed meanwhile: propose nothing
            return
        self.find_faces.setEnabled(not self.document.project.read_only)
        if found.proposals:
            try:
                self.document.run(
                    AddFaceRegionsCommand(self.document, self.photo_id, found.proposals)
                )
            except PinscribeError as error:
                self.hint.setText(user_message(error))
                return
        total, new = len(found.faces), len(found.proposals)
        if not total:
            self.hint.setText(self.tr("No faces found on this photo."))
        elif new:
            self.hint.setText(
                self.tr("Blurred %n face(s). Check them: click what is not a face and show "
                        "it again.", "", new)
            )
        elif found.dismissed:
            self.hint.setText(
                self.tr("Found %n face(s): hidden already, cropped off or dismissed before "
                        "(a region you showed again is not proposed again).", "", total)
            )
        else:
            self.hint.setText(
                self.tr("Found %n face(s), all hidden already or cropped off.", "", total)
            )
        if self.published.isChecked():
            self._load()
        else:
            self._marks()

    # Editing

    def _drawn(self, area: Rect) -> None:
        if self.published.isChecked():
            self.published.setChecked(False)
            return
        if self.crop.isChecked():
            self._set_crop(area)
            return
        mode = "black" if self.black.isChecked() else "blur"
        self.document.run(AddRegionCommand(self.document, self.photo_id, area, mode))
        self._marks()

    def _set_crop(self, area: Rect | None) -> None:
        self.document.run(PublishCropCommand(self.document, self.photo_id, area))
        self._marks()

    def _crop_to_notes(self) -> None:
        self._set_crop(notes_area(self.document.project, self.photo_id))

    def _remove_last(self) -> None:
        regions = self.document.project.photos.redactions(self.photo_id)
        chosen = [r for r in regions if r.id == self.selected] or list(regions[-1:])
        if chosen:
            self.document.run(RemoveRegionCommand(self.document, chosen[0]))
            self.selected = None
            self._marks()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected is not None:
            self._remove_last()
            return
        super().keyPressEvent(event)

    def done(self, result: int) -> None:
        self.jobs.shutdown()
        super().done(result)


def _picture(context: JobContext, project: Project, photo_id: int, published: bool) -> QImage:
    """The photo for display: as stored, or as published (cropped, regions hidden)."""
    if published:
        rgb = published_photo(project, photo_id).rgb
        return image_from_rgb(rgb, SHOWN_SIDE)
    image = decode_for_display(project.photos.data(photo_id), SHOWN_SIDE)
    if image.isNull():
        # a format Qt cannot read (HEIC): decode as the import did
        image = image_from_rgb(photo_pixels(project, photo_id), SHOWN_SIDE)
    return image
