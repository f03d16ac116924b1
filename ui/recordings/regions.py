"""The regions beside a recording: a list, the selected one's caption and theme, delete."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import Theme
from app.store.recordings import Region
from ui.core.item_models import Column, RowsModel


class RegionsPanel(QWidget):
    """Shows regions and reports edits; the editor changes the project."""

    regionSelected = Signal(object)  # region id or None
    captionEdited = Signal(int, str)
    themeChosen = Signal(int, object)  # region id, theme id or None
    deleteRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = RowsModel([Column(self.tr("Region"), self._label)], self)
        self._filling = False
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.caption = QLineEdit()
        self.caption.setPlaceholderText(self.tr("What this part shows"))
        self.theme = QComboBox()
        self.delete_button = QPushButton(self.tr("&Delete Region"))
        hint = QLabel(self.tr("Drag a rectangle on the result to mark a region."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Caption:"), self.caption)
        form.addRow(self.tr("&Theme:"), self.theme)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("<b>Regions</b>"))
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(self.delete_button)
        self.list.selectionModel().currentChanged.connect(
            lambda *_: None if self._filling else self._current_changed()
        )
        self.caption.editingFinished.connect(self._caption_done)
        self.theme.activated.connect(self._theme_chosen)
        self.delete_button.clicked.connect(self._delete)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._delete)
        self._themes: dict[int, Theme] = {}
        self._regions: dict[int, Region] = {}
        self._update_fields()

    def set_themes(self, themes: list[Theme], names: dict[int, str] | None = None) -> None:
        """The themes a region may link to; ``names`` overrides their labels."""
        self._themes = {theme.id: theme for theme in themes}
        self.theme.clear()
        self.theme.addItem(self.tr("(no theme)"), None)
        for theme in themes:
            self.theme.addItem((names or {}).get(theme.id, theme.name), theme.id)

    def set_regions(self, regions: list[Region], select: int | None = None) -> None:
        keep = self.current_id() if select is None else select
        self._regions = {region.id: region for region in regions}
        self._filling = True
        self.model.set_rows(regions)
        for row, region in enumerate(regions):
            if region.id == keep:
                self._set_current_row(row)
        self._filling = False
        self._update_fields()
        self.regionSelected.emit(self.current_id())

    def _label(self, region: Region) -> str:
        caption = region.caption or self.tr("(no caption)")
        theme = self._themes.get(region.theme_id) if region.theme_id is not None else None
        return f"{caption}\n   {theme.name}" if theme is not None else caption

    def current_id(self) -> int | None:
        index = self.list.currentIndex()
        return int(self.model.row(index).id) if index.isValid() else None

    def select(self, region_id: int | None) -> None:
        for row, region in enumerate(self.model.rows()):
            if region.id == region_id:
                self._set_current_row(row)
                return
        self._set_current_row(-1)

    def _set_current_row(self, row: int) -> None:
        """Make ``row`` the current and selected one (-1: none)."""
        self.list.selectionModel().setCurrentIndex(
            self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    def _current_changed(self) -> None:
        self._update_fields()
        self.regionSelected.emit(self.current_id())

    def _update_fields(self) -> None:
        region = self._regions.get(self.current_id() or -1)
        for widget in (self.caption, self.theme, self.delete_button):
            widget.setEnabled(region is not None)
        self.caption.setText(region.caption if region is not None else "")
        theme_id = region.theme_id if region is not None else None
        self.theme.setCurrentIndex(max(self.theme.findData(theme_id), 0))

    def _caption_done(self) -> None:
        region = self._regions.get(self.current_id() or -1)
        if region is not None and self.caption.text().strip() != region.caption:
            self.captionEdited.emit(region.id, self.caption.text().strip())

    def _theme_chosen(self, index: int) -> None:
        region_id = self.current_id()
        if region_id is not None:
            self.themeChosen.emit(region_id, self.theme.itemData(index))

    def _delete(self) -> None:
        region_id = self.current_id()
        if region_id is not None:
            self.deleteRequested.emit(region_id)
