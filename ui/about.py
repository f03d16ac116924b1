"""The "About Pinscribe" dialog: version, licence and the versions of the parts in use.

Open it with :func:`show_about` (``Help > About Pinscribe``). The component versions
are what this installation actually loads (Qt, OpenCV, Tesseract, onnxruntime,
rapidocr; the OCR engines as checked once at start-up by
:func:`app.reading.check_engines`), so a facilitator can copy them into a bug
report with one click.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from importlib import metadata

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.reading import check_engines
from app.resources import resource_dir

LICENCE = "GPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"


def app_icon() -> QIcon:
    """Pinscribe's icon (``resources/icons/pinscribe.svg``), e.g. for ``setWindowIcon``."""
    return QIcon(str(resource_dir() / "icons" / "pinscribe.svg"))


def _dist_version(*names: str) -> str | None:
    for name in names:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


def _opencv() -> str | None:
    try:
        import cv2

        return str(cv2.__version__)
    except ImportError:  # also what a cv2 with missing native libraries raises
        return _dist_version("opencv-python-headless", "opencv-python")


def _engine_version(name: str) -> str | None:
    """The version of OCR engine ``name`` as the start-up check found it (None: not usable)."""
    for status in check_engines():
        if status.name == name and status.available:
            return status.version
    return None


def _tesseract() -> str | None:
    return _engine_version("tesseract")


def _onnxruntime() -> str | None:
    return _dist_version("onnxruntime", "onnxruntime-gpu", "onnxruntime-directml")


def _rapidocr() -> str | None:
    return _dist_version("rapidocr")


def component_versions() -> list[tuple[str, str | None]]:
    """(component, version or None when missing) for everything Pinscribe builds on."""
    probes: list[tuple[str, Callable[[], str | None]]] = [
        ("Qt", qVersion),
        ("PySide6", lambda: str(PySide6.__version__)),
        ("OpenCV", _opencv),
        ("Tesseract", _tesseract),
        ("onnxruntime", _onnxruntime),
        ("rapidocr", _rapidocr),
    ]
    out: list[tuple[str, str | None]] = []
    for name, probe in probes:
        try:
            out.append((name, probe()))
        except Exception:  # noqa: BLE001 - the About dialog must open whatever one probe raises
            out.append((name, None))
    return out


class AboutDialog(QDialog):
    """Name, version, description, licence, and the components' versions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Pinscribe"))
        self.versions = component_versions()

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        version_text = self.tr("Version {0}").format(__version__)
        title = QLabel(f"<h2>Pinscribe</h2><p>{version_text}</p>")
        header = QHBoxLayout()
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(title, 1)

        description = QLabel(
            self.tr(
                "Pinscribe turns photos of workshop pinboards into structured, themed "
                "results, offline, on your own computer."
            )
        )
        description.setWordWrap(True)
        licence = QLabel(
            self.tr("Free software under the licence {0}.").format(
                f'<a href="{LICENCE_URL}">{LICENCE}</a>'
            )
        )
        licence.setOpenExternalLinks(True)

        components = QFormLayout()
        for name, version in self.versions:
            value = QLabel(version or self.tr("not available"))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            components.addRow(f"{name}:", value)
        components_text = self.tr("Components in use")
        heading = QLabel(f"<b>{components_text}</b>")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.setToolTip(self.tr("Copy the versions, e.g. for a bug report"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(description)
        layout.addWidget(licence)
        layout.addWidget(heading)
        layout.addLayout(components)
        layout.addWidget(buttons)

    def details(self) -> str:
        """The dialog's facts as plain text."""
        lines = [f"Pinscribe {__version__} ({LICENCE})"]
        lines += [f"{name}: {version or '-'}" for name, version in self.versions]
        bundle = os.environ.get("PINSCRIBE_BUNDLE")
        if bundle:
            lines.append(f"Bundle: {bundle}")
        return "\n".join(lines)

    def copy_details(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.details())


def show_about(parent: QWidget | None) -> None:
    """Show the about dialog, modal to ``parent``, until it is closed."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.exec()


def about_action_text() -> str:
    """The Help menu entry's text (translated)."""
    return QCoreApplication.translate("AboutDialog", "About Pinscribe…")
