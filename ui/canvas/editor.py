"""What the user can do on the canvas, each change as one undo command on the document.

The page, the menus, the suggestions panel and the tests all go through a
:class:`CanvasEditor`; errors (a read-only file, an empty name) reach the
document's error report and nothing is pushed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QColorDialog, QWidget

from app import duplicates
from app.domain import Theme
from app.errors import PinscribeError
from app.store.project import Project
from app.suggest import Suggestion
from ui.board import note_commands
from ui.canvas import commands
from ui.canvas.scene import NEW_THEME, CanvasScene
from ui.canvas.statement_dialog import qt_ask_statement
from ui.core.commands import Command
from ui.dialogs import Dialogs
from ui.messages import user_message

translate = QCoreApplication.translate

#: Asks for a colour (None when cancelled); from the dialogs object when it has one.
ColorAsker = Callable[[QWidget, QColor], "QColor | None"]


def qt_ask_color(parent: QWidget, initial: QColor) -> QColor | None:
    colour = QColorDialog.getColor(initial, parent, translate("Canvas", "Theme colour"))
    return colour if colour.isValid() else None


#: Asks for a theme's statement (theme name, current statement; None when cancelled).
StatementAsker = Callable[[QWidget, str, str], "str | None"]


class CanvasEditor(QObject):
    def __init__(self, scene: CanvasScene, dialogs: Dialogs, parent: QWidget) -> None:
        super().__init__(parent)
        self.scene = scene
        self.document = scene.document
        self.dialogs = dialogs
        self.widget = parent
        self.ask_color: ColorAsker = getattr(dialogs, "ask_color", qt_ask_color)
        self.ask_statement: StatementAsker = getattr(
            dialogs, "ask_statement", qt_ask_statement
        )
        scene.cardsDropped.connect(self._dropped)
        scene.themeDropped.connect(self.move_theme_to)

    def run(self, command: Command) -> bool:
        try:
            self.document.run(command)
        except PinscribeError as error:
            self.dialogs.show_error(
                self.widget, translate("Canvas", "The change was not saved"), user_message(error)
            )
            return False
        return True

    def theme(self, theme_id: int) -> Theme | None:
        return next((t for t in self.scene.themes if t.id == theme_id), None)

    # Notes

    def _dropped(self, note_ids: list[int], target: object) -> None:
        if target == NEW_THEME:
            self.new_theme(note_ids, rename=True)
        else:
            self.move_notes(note_ids, target)  # type: ignore[arg-type]

    def move_notes(self, note_ids: Sequence[int], theme_id: int | None) -> bool:
        if self.scene.station_id is None or not note_ids:
            return False
        return self.run(
            commands.move_notes(self.document, self.scene.station_id, note_ids, theme_id)
        )

    def new_theme(
        self, note_ids: Sequence[int] = (), *, name: str = "", rename: bool = False
    ) -> int | None:
        """Create a theme holding ``note_ids``; its name is to be typed in place when ``rename``."""
        station_id = self.scene.station_id
        if station_id is None:
            return None
        if not name:
            taken = {t.name.casefold() for t in self.scene.themes}
            number = len(self.scene.themes) + 1
            while (
                name := translate("Canvas", "Theme %1").replace("%1", str(number))
            ).casefold() in taken:
                number += 1
        command = commands.add_theme(self.document, station_id, name, note_ids)
        if not self.run(command):
            return None
        theme_id = int(command.result)  # type: ignore[call-overload]
        if rename:
            self.scene.renameRequested.emit(theme_id)
        return theme_id

    def add_tag(self, note_ids: Sequence[int], name: str) -> bool:
        if not note_ids or not name.strip():
            return False
        return self.run(note_commands.add_tag(self.document, note_ids, name))

    def remove_tag(self, note_ids: Sequence[int], name: str) -> bool:
        if not note_ids:
            return False
        return self.run(note_commands.remove_tag(self.document, note_ids, name))

    # Themes

    def rename(self, theme_id: int, name: str) -> bool:
        theme = self.theme(theme_id)
        if theme is None or name.strip() == theme.name or not name.strip():
            return False
        return self.run(commands.edit_theme(self.document, theme, name=name))

    def confirm_name(self, theme_id: int) -> bool:
        """Confirm a provisional theme name (one proposed from unreviewed text)."""
        theme = self.theme(theme_id)
        if theme is None or not theme.provisional:
            return False
        return self.run(commands.edit_theme(self.document, theme, provisional=False))

    def recolour(self, theme_id: int, color: str) -> bool:
        theme = self.theme(theme_id)
        if theme is None or color == theme.color:
            return False
        return self.run(commands.edit_theme(self.document, theme, color=color))

    def set_statement(self, theme_id: int, statement: str) -> bool:
        theme = self.theme(theme_id)
        if theme is None or statement.strip() == theme.statement:
            return False
        return self.run(commands.edit_theme(self.document, theme, statement=statement))

    def edit_statement(self, theme_id: int) -> bool:
        """Ask for the theme's summary statement and store it (an undo step)."""
        theme = self.theme(theme_id)
        if theme is None:
            return False
        statement = self.ask_statement(self.widget, theme.name, theme.statement)
        return statement is not None and self.set_statement(theme_id, statement)

    def choose_colour(self, theme_id: int) -> bool:
        theme = self.theme(theme_id)
        if theme is None:
            return False
        colour = self.ask_color(self.widget, QColor(theme.color))
        return colour is not None and self.recolour(theme_id, colour.name())

    def move_theme_to(self, theme_id: int, index: int) -> bool:
        theme = self.theme(theme_id)
        if theme is None:
            return False
        return self.run(commands.move_theme(self.document, theme, index))

    def move_theme_by(self, theme_id: int, delta: int) -> bool:
        order = [t.id for t in self.scene.themes]
        if theme_id not in order:
            return False
        index = order.index(theme_id) + delta
        if not 0 <= index < len(order):
            return False
        return self.move_theme_to(theme_id, index)

    def delete_theme(self, theme_id: int) -> bool:
        """Delete a theme after asking; its notes go back to unsorted."""
        theme = self.theme(theme_id)
        if theme is None:
            return False
        question = translate(
            "Canvas", "Delete the theme “%1”? Its notes go back to the unsorted notes."
        ).replace("%1", theme.name)
        if not self.dialogs.ask_yes_no(self.widget, translate("Canvas", "Delete theme"), question):
            return False
        return self.run(commands.delete_theme(self.document, theme))

    def accept(self, suggestions: Sequence[Suggestion], station_id: int | None = None) -> bool:
        """Make themes of accepted suggestions (for the station shown unless given)."""
        station_id = self.scene.station_id if station_id is None else station_id
        if station_id is None or not suggestions:
            return False
        return self.run(commands.accept_suggestions(self.document, station_id, suggestions))

    def merge_duplicate(self, keep: int, drop: int) -> bool:
        """Merge note ``drop`` into ``keep`` (one undo step restoring both)."""

        def edit(project: Project) -> list[int]:
            return [duplicates.merge_notes(project, keep, drop).id]

        text = translate("Canvas", "Merge duplicate notes")
        return self.run(note_commands.note_edit(self.document, text, [keep, drop], edit))

    def merge_duplicates(self, pairs: list[duplicates.DuplicatePair]) -> bool:
        """Merge several pairs of notes seen twice (one undo step restoring them all)."""
        return self.run(note_commands.merge_duplicates(self.document, pairs))
