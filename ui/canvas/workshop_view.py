"""The workshop overview: every station's themes side by side, and cross-station themes.

One column per station (its name, then its themes as boxes in the theme's colour
with their note count and first notes), and a last column with the cross-station
themes and what they gather. Station themes are read-only here; cross-station
themes are edited through undo commands (:mod:`ui.canvas.cross_commands`): select
station themes and a cross-station theme, then "Add to Cross Theme" (or "Remove"),
or name a new one from the selected themes. All text is drawn as plain text; what a
column or a box cuts with "…" its tooltip shows whole, as plain text too.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QKeySequence,
    QPainter,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.domain import CrossTheme, Theme
from app.errors import PinscribeError
from ui.canvas.cross_commands import add_cross_theme, delete_cross_theme, gather, release
from ui.core.document import ProjectDocument
from ui.messages import user_message
from ui.plain import plain_label, tip
from ui.screens import resize_to_screen

COLUMN_W = 260.0
GAP = 24.0
PAD = 8.0
LINE_H = 17.0
# notes shown in a theme's box; the rest is counted
SHOWN_NOTES = 4


def _elide(text: str, font: QFont, width: float) -> str:
    """``text`` on one line, cut with "…" where it would be wider than ``width``."""
    text = " ".join(text.split())
    return QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)


def _two_lines(text: str, font: QFont, width: float) -> str:
    """``text`` wrapped at spaces into at most two lines of ``width``, the second cut with "…"."""
    words = text.split()
    metrics = QFontMetricsF(font)
    first = 0
    while first < len(words) and metrics.horizontalAdvance(" ".join(words[: first + 1])) <= width:
        first += 1
    if first == 0 or first == len(words):  # one word too long for a line, or all fits on one
        return _elide(text, font, width)
    return " ".join(words[:first]) + "\n" + _elide(" ".join(words[first:]), font, width)


class ThemeBox(QGraphicsRectItem):
    """A selectable box for a station theme (``theme``) or a cross theme (``cross``)."""

    def __init__(
        self,
        title: str,
        lines: list[str],
        color: str,
        *,
        theme: Theme | None = None,
        cross: CrossTheme | None = None,
    ) -> None:
        height = PAD * 2 + LINE_H * (1 + len(lines))
        super().__init__(0, 0, COLUMN_W, height)
        self.theme = theme
        self.cross = cross
        fill = QColor(color) if QColor(color).isValid() else QColor("#f2c94c")
        self.setPen(QPen(fill.darker(130), 2))
        fill.setAlpha(60)
        self.setBrush(QBrush(fill))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setToolTip(tip("\n".join([title, *lines])))
        name = QGraphicsSimpleTextItem(self)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        name.setText(_elide(title, font, COLUMN_W - 2 * PAD))
        name.setPos(PAD, PAD)
        for k, line in enumerate(lines, start=1):
            item = QGraphicsSimpleTextItem(self)
            item.setText(_elide(line, item.font(), COLUMN_W - 2 * PAD))
            item.setPos(PAD, PAD + k * LINE_H)
            item.setBrush(QBrush(QColor("#333333")))


class WorkshopOverview(QDialog):
    """All stations' themes on one canvas, with the cross-station themes beside them."""

    def __init__(self, document: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Workshop Overview"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.document = document
        self.scene = QGraphicsScene(self)
        self.view = QGraphicsView(self.scene)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        # The columns hang from the top, as on a board (centred, a short overview floated
        # in the middle of a large window).
        self.view.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.boxes: list[ThemeBox] = []
        self.toolbar = QToolBar()
        self.name_field = QLineEdit()
        self.name_field.setPlaceholderText(self.tr("Name of a new cross-station theme"))
        # Room for the hint; the toolbar beside it moves its actions behind ›› first.
        hint = self.name_field.fontMetrics().horizontalAdvance(self.name_field.placeholderText())
        self.name_field.setMinimumWidth(min(hint + 16, 320))
        self.name_field.returnPressed.connect(self.new_cross_theme)
        self.status = plain_label()
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        def action(text: str, tip: str, keys: str = "") -> QAction:
            act = QAction(text, self)
            act.setToolTip(tip)
            if keys:
                act.setShortcut(QKeySequence(keys))
            self.toolbar.addAction(act)
            self.addAction(act)
            return act

        self.new_action = action(
            self.tr("New Cross Theme"),
            self.tr("A cross-station theme with the name typed, gathering the selected themes"),
        )
        self.new_action.triggered.connect(self.new_cross_theme)
        self.gather_action = action(
            self.tr("Add to Cross Theme"),
            self.tr("Add the selected station themes to the selected cross-station theme"),
            "Ctrl+J",
        )
        self.gather_action.triggered.connect(lambda: self._members(add=True))
        self.release_action = action(
            self.tr("Remove from Cross Theme"),
            self.tr("Take the selected station themes out of the selected cross-station theme"),
        )
        self.release_action.triggered.connect(lambda: self._members(add=False))
        self.delete_action = action(
            self.tr("Delete Cross Theme"), self.tr("Delete the selected cross-station theme")
        )
        self.delete_action.triggered.connect(self.delete_selected)

        top = QHBoxLayout()
        top.addWidget(self.name_field, 1)
        top.addWidget(self.toolbar)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        resize_to_screen(self, 1100, 700)

        self.scene.selectionChanged.connect(self._update_actions)
        document.themesChanged.connect(self.refresh)
        document.notesChanged.connect(self.refresh)
        document.stationsChanged.connect(self.refresh)
        document.crossThemesChanged.connect(self.refresh)
        self.refresh()

    # Drawing

    def refresh(self, *_: object) -> None:
        project = self.document.project
        self.boxes = []
        self.scene.blockSignals(True)
        self.scene.clear()
        self.scene.blockSignals(False)
        stations = project.stations.list()
        notes = project.notes.list()
        themes = project.themes.list()
        by_theme: dict[int, list[str]] = {}
        for note in notes:
            if note.theme_id is not None and note.kind != "header" and (note.text or "").strip():
                by_theme.setdefault(note.theme_id, []).append(note.text or "")
        counts = {
            t.id: sum(1 for n in notes if n.theme_id == t.id and n.kind != "header") for t in themes
        }
        headers = {n.id for n in notes if n.kind == "header"}
        station_names = {s.id: s.name for s in stations}
        theme_names = {t.id: f"{station_names.get(t.station_id, '?')}: {t.name}" for t in themes}
        x = 0.0
        top = 34.0  # below the highest column title (a station's name takes up to two lines)
        for station in stations:
            top = max(top, self._column_title(station.name, x) + 10)
            x += COLUMN_W + GAP
        x = 0.0
        for station in stations:
            y = top
            for theme in (t for t in themes if t.station_id == station.id):
                texts = by_theme.get(theme.id, [])
                lines = [f"• {t}" for t in texts[:SHOWN_NOTES]]
                title = f"{theme.name} ({counts[theme.id]})"
                y = self._add(ThemeBox(title, lines, theme.color, theme=theme), x, y)
            x += COLUMN_W + GAP
        self._column_title(self.tr("Cross-station themes"), x, last=True)
        y = top
        for cross in project.cross_themes.list():
            lines = [theme_names.get(t, "?") for t in cross.theme_ids]
            lines += [self.tr("Note: %1").replace("%1", self._note_text(n)) for n in cross.note_ids]
            total = sum(1 for i in project.cross_themes.notes_of(cross.id) if i not in headers)
            title = f"{cross.name} ({total})"
            y = self._add(ThemeBox(title, lines, cross.color, cross=cross), x, y)
        if not project.cross_themes.list():
            hint = QGraphicsSimpleTextItem(
                self.tr("Select themes, type a name above, press Enter."), None
            )
            hint.setBrush(QBrush(QColor("#757575")))
            hint.setPos(x, y)
            self.scene.addItem(hint)
        self.scene.setSceneRect(self.scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        self._update_actions()

    def _note_text(self, note_id: int) -> str:
        try:
            return self.document.project.notes.get(note_id).text or "?"
        except PinscribeError:
            return "?"

    def _column_title(self, text: str, x: float, last: bool = False) -> float:
        """Put a column's title at ``x``; its height."""
        item = QGraphicsSimpleTextItem()
        font = item.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        item.setFont(font)
        # A long name wraps once and stops short of the next column; the last one has room.
        item.setText(text if last else _two_lines(text, font, COLUMN_W))
        item.setToolTip(tip(text))
        item.setPos(x, 0)
        self.scene.addItem(item)
        return item.boundingRect().height()

    def _add(self, box: ThemeBox, x: float, y: float) -> float:
        box.setPos(x, y)
        self.scene.addItem(box)
        self.boxes.append(box)
        return y + box.rect().height() + 10

    def fit(self) -> None:
        self.view.fitInView(self.scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    # Editing

    def selected_themes(self) -> list[Theme]:
        return [b.theme for b in self.boxes if b.isSelected() and b.theme is not None]

    def selected_cross(self) -> list[CrossTheme]:
        return [b.cross for b in self.boxes if b.isSelected() and b.cross is not None]

    def select(self, theme_ids: Collection[int] = (), cross_ids: Collection[int] = ()) -> None:
        for box in self.boxes:
            box.setSelected(
                (box.theme is not None and box.theme.id in theme_ids)
                or (box.cross is not None and box.cross.id in cross_ids)
            )

    def _update_actions(self) -> None:
        themes, crosses = self.selected_themes(), self.selected_cross()
        self.gather_action.setEnabled(bool(themes) and len(crosses) == 1)
        self.release_action.setEnabled(bool(themes) and len(crosses) == 1)
        self.delete_action.setEnabled(len(crosses) == 1)

    def _run(self, command: object) -> bool:
        try:
            self.document.run(command)  # type: ignore[arg-type]
        except PinscribeError as error:
            QMessageBox.warning(self, self.tr("Cross-station themes"), user_message(error))
            return False
        return True

    def new_cross_theme(self) -> None:
        name = self.name_field.text().strip()
        if not name:
            self.status.setText(self.tr("Type a name for the new cross-station theme first."))
            self.name_field.setFocus()
            return
        theme_ids = [t.id for t in self.selected_themes()]
        if self._run(add_cross_theme(self.document, name, theme_ids)):
            self.name_field.clear()
            self.status.setText(self.tr("Added “%1”.").replace("%1", name))

    def _members(self, *, add: bool) -> None:
        themes, crosses = self.selected_themes(), self.selected_cross()
        if not themes or len(crosses) != 1:
            return
        make = gather if add else release
        self._run(make(self.document, crosses[0], [t.id for t in themes]))

    def delete_selected(self) -> None:
        crosses = self.selected_cross()
        if len(crosses) == 1:
            self._run(delete_cross_theme(self.document, crosses[0]))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.fit()
