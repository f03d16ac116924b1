"""A station's board as one picture: its overlapping photos stitched, or why not."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ui.messages import user_message
from ui.plain import fill, plain_label, window_title
from ui.recordings.views import ImageView
from ui.recordings.work import Mosaic


class MosaicDialog(QDialog):
    """Shows the stitched board in a zoomable view (wheel zooms, double-click fits)."""

    def __init__(self, station: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("%1 as one board"), window_title(station)))
        self.message = plain_label(self.tr("Joining the photos…"))
        self.message.setWordWrap(True)
        self.view = ImageView()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1000, 700)

    def show_mosaic(self, mosaic: Mosaic) -> None:
        self.view.set_image(mosaic.image)
        if mosaic.message:
            self.message.setText(user_message(mosaic.message))
        elif mosaic.image is not None:
            self.message.setText(
                self.tr("The photos of this board, joined. Wheel: zoom; double-click: fit.")
            )
        self.message.setVisible(bool(self.message.text()))

    def show_failure(self, message: str) -> None:
        self.message.setText(self.tr("The photos could not be joined: %1").replace("%1", message))
