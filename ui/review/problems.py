"""A non-modal panel listing the problems of background work: which file, and why."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ui.core.item_models import Column, RowsModel


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
        self.tree.setModel(self.model)
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.summary = QLabel()
        self.clear_button = QPushButton(self.tr("C&lear"))
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

    def add_problem(self, file: str, message: str, *, warning: bool = False) -> None:
        """List a problem with ``file`` (a name or path; may be empty) and show the panel."""
        name = file.rsplit("/", 1)[-1] if file else self.tr("(whole import)")
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
        text = self.tr("1 problem") if count == 1 else self.tr("%1 problems")
        self.summary.setText(text.replace("%1", str(count)))
        self.clear_button.setEnabled(count > 0)
