"""What a photo shows when published: crop it to the board, blur or black out regions.

Drag on the photo to mark a region (with the tool chosen above it); "Show as published"
displays the photo as every export will. Nothing changes the stored photo, and every
change is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QMouseEvent, QPen, QPixmap, QResizeEvent
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
from app.privacy.photos import notes_area, photo_label, published_photo
from app.store.project import Project
from ui.core.document import ProjectDocument
from ui.core.jobs import JobContext, JobRunner
from ui.core.photo_loader import decode_for_display, image_from_rgb
from ui.core.project_jobs import reading
from ui.plain import plain_label
from ui.privacy.commands import (
    AddRegionCommand,
    PublishCropCommand,
    RemoveRegionCommand,
)

#: Longest side of the picture shown, in pixels.
SHOWN_SIDE = 1600


class PhotoCanvas(QGraphicsView):
    """The photo with its crop and regions; a drag marks a rectangle (photo pixels)."""

    rectangleDrawn = Signal(object)  # Rect in photo pixels

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

    def show_marks(self, crop: Rect | None, regions: list[Redaction]) -> None:
        for item in self._overlays:
            self.scene().removeItem(item)
        self._overlays = []
        s = 1 / self.scale_to_photo
        for region in regions:
            x, y, w, h = region.rect
            colour = QColor(0, 0, 0, 200) if region.mode == "black" else QColor(220, 40, 40, 90)
            item = self.scene().addRect(
                QRectF(x * s, y * s, w * s, h * s), QPen(QColor(220, 40, 40), 2), QBrush(colour)
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


class PublishPhotoDialog(QDialog):
    """Crop and hide regions of one photo for publishing."""

    def __init__(self, document: ProjectDocument, photo_id: int, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.document = document
        self.photo_id = photo_id
        self.jobs = JobRunner(self)
        project = document.project
        self.setWindowTitle(
            self.tr("Publish %1").replace(
                "%1", photo_label(project, photo_id, language=self.tr("en", "label language"))
            )
        )
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
        self.published = QCheckBox(self.tr("Show as &published"))
        self.hint = plain_label(
            self.tr("Drag on the photo to mark a region. The stored photo is never changed.")
        )
        self.hint.setWordWrap(True)
        tools = QHBoxLayout()
        for radio in (self.blur, self.black, self.crop):
            tools.addWidget(radio)
        tools.addStretch(1)
        for widget in (self.notes_button, self.whole_button, self.undo_region, self.published):
            tools.addWidget(widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.hint)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            self.resize(min(1100, screen.width() - 40), min(800, screen.height() - 60))

        self.canvas.rectangleDrawn.connect(self._drawn)
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
        self.canvas.show_marks(
            photos.get(self.photo_id).publish_crop, list(photos.redactions(self.photo_id))
        )
        self.undo_region.setEnabled(bool(photos.redactions(self.photo_id)))

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
        if regions:
            self.document.run(RemoveRegionCommand(self.document, regions[-1]))
            self._marks()

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
