"""Beside the canvas: filters (text, colour, review state, tag) and the tags with counts."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import Note, Tag
from app.store.notes import fold
from ui.board.items import NOTE_COLORS
from ui.canvas.menus import swatch
from ui.canvas.scene import NoteFilter
from ui.core.item_models import Column, RowsModel


class CanvasSidebar(QWidget):
    filterChanged = Signal()
    addTagRequested = Signal(str)
    removeTagRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setAccessibleName(self.tr("Filter by words"))
        self.text.setPlaceholderText(self.tr("Words in the note"))
        self.text.setClearButtonEnabled(True)
        self.colour = QComboBox()
        self.colour.addItem(self.tr("Any colour"), None)
        for name, value in NOTE_COLORS.items():
            self.colour.addItem(swatch(value), self._colour_label(name), name)
        self.review = QComboBox()
        self.review.addItem(self.tr("Any"), None)
        self.review.addItem(self.tr("To review"), False)
        self.review.addItem(self.tr("Reviewed"), True)
        self.tag = QComboBox()
        self.hide_others = QCheckBox(self.tr("Hide the other notes"))
        self.hide_others.setToolTip(self.tr("Otherwise they are shown faded"))
        filters = QGroupBox(self.tr("Filter"))
        form = QFormLayout(filters)
        form.addRow(self.tr("Text:"), self.text)
        form.addRow(self.tr("Colour:"), self.colour)
        form.addRow(self.tr("Review:"), self.review)
        form.addRow(self.tr("Tag:"), self.tag)
        form.addRow(self.hide_others)

        self.tags_model = RowsModel(
            [Column(self.tr("Tag"), lambda tag: f"{tag.name}  ({tag.count})")], self
        )
        self.tags = QListView()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setModel(self.tags_model)
        self.tags.setToolTip(self.tr("Click a tag to show its notes"))
        self.tag_field = QLineEdit()
        self.tag_field.setAccessibleName(self.tr("New tag for the selected notes"))
        self.tag_field.setPlaceholderText(self.tr("Tag for the selected notes"))
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Take this tag off the selected notes"))
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        tags_box = QGroupBox(self.tr("Tags"))
        tags_layout = QVBoxLayout(tags_box)
        tags_layout.addWidget(self.tag_field)
        tags_layout.addLayout(row)
        tags_layout.addWidget(self.tags, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(filters)
        layout.addWidget(tags_box, 1)

        self.text.textChanged.connect(self.filterChanged)
        for combo in (self.colour, self.review, self.tag):
            combo.currentIndexChanged.connect(self.filterChanged)
        self.hide_others.toggled.connect(self.filterChanged)
        self.tags.clicked.connect(self._tag_clicked)
        self.tag_field.returnPressed.connect(self._add)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(
            lambda: self.removeTagRequested.emit(self.tag_field.text().strip())
        )
        self.set_tags([])

    def _colour_label(self, name: str) -> str:
        labels = {
            "yellow": self.tr("Yellow"), "orange": self.tr("Orange"), "pink": self.tr("Pink"),
            "green": self.tr("Green"), "blue": self.tr("Blue"), "purple": self.tr("Purple"),
            "white": self.tr("White"), "other": self.tr("Other"),
        }  # fmt: skip
        return labels.get(name, name)

    def _add(self) -> None:
        name = self.tag_field.text().strip()
        if name:
            self.addTagRequested.emit(name)

    def _tag_clicked(self, index: QModelIndex | QPersistentModelIndex) -> None:
        name = self.tags_model.row(index).name
        self.tag_field.setText(name)
        found = self.tag.findData(name)
        self.tag.setCurrentIndex(found if self.tag.currentIndex() != found else 0)

    def set_tags(self, tags: list[Tag]) -> None:
        """Show the project's tags with their counts (keeps the tag filter when it still exists)."""
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("Any tag"), None)
        self.tags_model.set_rows(tags)
        for tag in tags:
            self.tag.addItem(tag.name, tag.name)
        index = self.tag.findData(current) if current is not None else 0
        self.tag.setCurrentIndex(max(index, 0))
        self.tag.blockSignals(False)
        if current is not None and index < 0:
            self.filterChanged.emit()

    def note_filter(self) -> NoteFilter | None:
        """The filter as chosen; None when every note is to be shown."""
        words = fold(self.text.text()).casefold().split()
        colour = self.colour.currentData()
        reviewed = self.review.currentData()
        tag = self.tag.currentData()
        if not words and colour is None and reviewed is None and tag is None:
            return None

        def accept(note: Note) -> bool:
            if colour is not None and note.color != colour:
                return False
            if reviewed is not None and note.reviewed != reviewed:
                return False
            if tag is not None and tag.casefold() not in {t.casefold() for t in note.tags}:
                return False
            text = fold(note.text or "").casefold()
            return all(word in text for word in words)

        return accept
