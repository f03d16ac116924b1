"""A non-modal panel listing the problems of background work: which file, and why."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.core.item_models import Column, RowsModel
from ui.messages import user_message
from ui.plain import plain_label


@dataclass(frozen=True)
class Problem:
    """One listed problem: the file (a path, may be empty), its shown name, the reason."""

    file: str
    name: str
    reason: str
    message: str
    warning: bool = False


class ErrorPanel(QDockWidget):
    """A dock that opens itself when a problem is added; the user closes or clears it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Problems"), parent)
        self.setObjectName("ErrorPanel")
        self.model = RowsModel(
            [
                Column(self.tr("File"), lambda p: p.name, lambda p: p.file, self._icon),
                Column(self.tr("Problem"), lambda p: p.reason, lambda p: p.message),
            ],
            self,
        )
        self.tree = QTreeView()
        self.tree.setAccessibleName(self.tr("Problems of background work"))
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        # two rows at least: the panel must not make the window taller than a small screen
        self.tree.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.summary = plain_label()
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.clicked.connect(self.clear)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.clear_button)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree)
        layout.addLayout(bar)
        self.setWidget(body)
        self._update_summary()

    def add_problem(
        self, file: str, message: str, *, warning: bool = False, source: str = ""
    ) -> None:
        """List a problem with ``file`` (a name or path; may be empty) and show the panel.

        Without a file, ``source`` names what failed (the whole import by default).
        """
        name = file.rsplit("/", 1)[-1] if file else source or self.tr("(whole import)")
        message = user_message(message)  # the core's English, in the user's language
        reason = message.split(": ", 1)[1] if message.startswith(name + ": ") else message
        self.model.append(Problem(file, name, reason, message, warning))
        self.tree.resizeColumnToContents(0)
        self.tree.scrollTo(self.model.index(self.model.rowCount() - 1, 0))
        self._update_summary()
        if not self.isVisible():
            self.show()
            window = self.parentWidget()
            if isinstance(window, QMainWindow):
                height = self.fontMetrics().lineSpacing() * 9
                window.resizeDocks([self], [height], Qt.Orientation.Vertical)
        self.raise_()

    def problems(self) -> list[tuple[str, str]]:
        """(file, problem) of every listed problem, in order."""
        return [(p.name, p.reason) for p in self.model.rows()]

    def clear(self) -> None:
        self.model.set_rows([])
        self._update_summary()

    def _icon(self, problem: Problem) -> QIcon:
        icon = QStyle.StandardPixmap.SP_MessageBoxWarning if problem.warning else (
            QStyle.StandardPixmap.SP_MessageBoxCritical
        )
        return self.style().standardIcon(icon)

    def _update_summary(self) -> None:
        count = self.model.rowCount()
        self.summary.setText(self.tr("%n problem(s)", "", count))
        self.clear_button.setEnabled(count > 0)
