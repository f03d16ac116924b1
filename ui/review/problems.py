"""A non-modal panel listing the problems of background work: which file, and why."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.messages import user_message


class ErrorPanel(QDockWidget):
    """A dock that opens itself when a problem is added; the user closes or clears it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Problems"), parent)
        self.setObjectName("ErrorPanel")
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Problem")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.summary = QLabel()
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

    def add_problem(self, file: str, message: str, *, warning: bool = False) -> None:
        """List a problem with ``file`` (a name or path; may be empty) and show the panel."""
        name = file.rsplit("/", 1)[-1] if file else self.tr("(whole import)")
        message = user_message(message)  # the core's English, in the user's language
        reason = message.split(": ", 1)[1] if message.startswith(name + ": ") else message
        item = QTreeWidgetItem([name, reason])
        icon = QStyle.StandardPixmap.SP_MessageBoxWarning if warning else (
            QStyle.StandardPixmap.SP_MessageBoxCritical
        )
        item.setIcon(0, self.style().standardIcon(icon))
        item.setToolTip(0, file)
        item.setToolTip(1, message)
        item.setData(0, Qt.ItemDataRole.UserRole, file)
        self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        self.tree.scrollToItem(item)
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
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [(item.text(0), item.text(1)) for item in items if item is not None]

    def clear(self) -> None:
        self.tree.clear()
        self._update_summary()

    def _update_summary(self) -> None:
        count = self.tree.topLevelItemCount()
        self.summary.setText(self.tr("%n problem(s)", "", count))
        self.clear_button.setEnabled(count > 0)
