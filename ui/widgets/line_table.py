"""The line items of a document: a table as tall as its rows, with "+ Add line" right under it.

The description stretches, the numbers fit their content, there is no row-number gutter. Tab walks the
cells; on a draft Enter adds a line at the end and Delete removes the selected one.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton,
                               QSizePolicy, QTableView, QVBoxLayout, QWidget)

from ui.models.lines_model import KEYS, LinesModel

_OPTIONAL = ("vat_category", "discount_percent")  # left out of a sealed document that never used them


class LineTable(QTableView):
    """A table that asks for exactly the height of its header and rows (the page scrolls, not the table)."""

    add_requested = Signal()
    remove_requested = Signal(int)

    def __init__(self, model: LinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.verticalHeader().hide()
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Typing, F2 or a double click edits; moving around does not (so Delete and Enter act on the line).
        triggers = QAbstractItemView.EditTrigger
        self.setEditTriggers(triggers.DoubleClicked | triggers.SelectedClicked | triggers.EditKeyPressed
                             | triggers.AnyKeyPressed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KEYS.index("description"), QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.layoutChanged):
            signal.connect(self._refit)

    def _refit(self, *_args) -> None:
        self.updateGeometry()

    def content_height(self) -> int:
        rows = sum(self.rowHeight(row) for row in range(self.model().rowCount()))
        if not self.model().rowCount():
            rows = self.verticalHeader().defaultSectionSize()
        scroll = self.horizontalScrollBar()
        extra = scroll.sizeHint().height() if scroll.isVisible() else 0
        return self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth() + extra

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.content_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.content_height())

    def amount_right(self) -> int:
        """The right edge of the Amount column, in the table's own coordinates."""
        column = KEYS.index("amount")
        header = self.horizontalHeader()
        return self.viewport().x() + header.sectionViewportPosition(column) + header.sectionSize(column)

    def show_optional_columns(self, shown: dict[str, bool]) -> None:
        for key in _OPTIONAL:
            self.setColumnHidden(KEYS.index(key), not shown.get(key, True))

    def _editable(self) -> bool:
        return not getattr(self.model(), "read_only", True)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter in a cell keeps what was typed; on the last line it adds the next one, like a spreadsheet."""
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and self._editable():
            row = self.currentIndex().row()
            if row == self.model().rowCount() - 1:
                self.add_requested.emit()
            elif row >= 0:
                self.setCurrentIndex(self.model().index(row + 1, self.currentIndex().column()))

    def event(self, event: QEvent) -> bool:
        """Delete on a line of a draft is for the line, not the window's Delete shortcut (archive)."""
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Delete \
                and self._editable() and self.state() != QAbstractItemView.State.EditingState:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and self._editable():
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                self.add_requested.emit()
                return
            if event.key() == Qt.Key.Key_Delete and self.currentIndex().isValid():
                self.remove_requested.emit(self.currentIndex().row())
                return
        super().keyPressEvent(event)


class LineItems(QWidget):
    """The table and, on a draft, the row of line buttons under it: "+ Add line", then remove and move."""

    def __init__(self, model: LinesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = LineTable(model)
        self.table.setAccessibleName(self.tr("Line items"))
        self.add_button = QPushButton(self.tr("+ Add line"))
        self.add_button.setObjectName("link")
        self.add_button.setToolTip(self.tr("Add a line at the end (Enter in the table)"))
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.remove_button.setToolTip(self.tr("Remove the selected line (Delete in the table)"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.buttons = QWidget()
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_button)
        row.addStretch(1)
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setFlat(True)
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.table.selectionModel().currentRowChanged.connect(self._enable)
        model.modelReset.connect(self._enable)
        model.rowsRemoved.connect(self._enable)

    def set_editable(self, editable: bool) -> None:
        self.buttons.setVisible(editable)
        self._enable()

    def _enable(self, *_args) -> None:
        row, count = self.table.currentIndex().row(), self.table.model().rowCount()
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(0 < row < count)
        self.down_button.setEnabled(0 <= row < count - 1)
