"""The project editor's scope tables (deliverables and milestones: text, quantity and date cells), and marking a
row done: a button under its table and the same entry in the table's context menu. A saved row is marked at once
through the project service; a row not saved yet is ticked in the table and saved with the project."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHeaderView, QPushButton, QTableWidget, QTableWidgetItem, QWidget

from studio_app.text.errors import StudioError
from studio_app.work import clock, projects
from ui import ask, formatting
from ui.i18n import error_text
from ui.widgets.fields import DATE_ROLE, DateDelegate, set_date_cell

ROW_ID = Qt.ItemDataRole.UserRole + 7  # the saved row's id, on the first cell
DATE_KEYS = ("due_date", "done_on")
TEXT_KEYS = ("name", "format", "title")



def mark_done_button(table: QTableWidget, kind: str) -> QPushButton:
    """"Mark done" for the selected ``kind`` row ("deliverable" or "milestone") of ``table``."""
    text = (QCoreApplication.translate("ScopeActions", "Mark deliverable done") if kind == "deliverable"
            else QCoreApplication.translate("ScopeActions", "Mark milestone done"))
    button = QPushButton(text)
    button.clicked.connect(lambda: mark_done(table, kind))
    action = QAction(text, table)
    action.triggered.connect(lambda: mark_done(table, kind))
    table.addAction(action)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return button


def mark_done(table: QTableWidget, kind: str) -> bool:
    row = table.currentRow()
    if row < 0:
        return False
    first = table.item(row, 0)
    record_id = first.data(ROW_ID) if first is not None else None
    today = clock.today()
    try:
        if record_id is not None and kind == "deliverable":
            projects.set_deliverable_done(int(record_id), True)
        elif record_id is not None:
            projects.set_milestone_done(int(record_id), today)
    except StudioError as exc:
        ask.warning(table, error_text(exc))
        return False
    keys = table.keys  # type: ignore[attr-defined]
    if kind == "deliverable":
        table.item(row, keys.index("done")).setCheckState(Qt.CheckState.Checked)
    else:
        cell = table.item(row, keys.index("done_on"))
        set_date_cell(table.model(), table.indexFromItem(cell), today)
    return True


class RowsTable(QTableWidget):
    """A small editable table of text cells with Add and Remove buttons (deliverables, milestones)."""

    def __init__(self, keys: tuple[str, ...], titles: list[str], parent: QWidget | None = None) -> None:
        super().__init__(0, len(keys), parent)
        self._dates = DateDelegate(self)
        self.keys = keys
        self.setHorizontalHeaderLabels(titles)
        for column, key in enumerate(keys):  # the text columns share the width; a format is read whole
            if key in TEXT_KEYS:
                self.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        metrics = self.horizontalHeader().fontMetrics()
        for column, title in enumerate(titles[1:], start=1):  # whole titles, however long the translation
            self.setColumnWidth(column, max(self.columnWidth(column), metrics.horizontalAdvance(title) + 20))
        self.verticalHeader().hide()
        for column, key in enumerate(keys):
            if key in DATE_KEYS:  # shown in the interface's date format, edited in a date field
                self.setItemDelegateForColumn(column, self._dates)

    def set_rows(self, rows: list[dict[str, object]]) -> None:
        self.blockSignals(True)
        self.setRowCount(0)
        for row in rows:
            self.add_row(row)
        self.blockSignals(False)

    def add_row(self, values: dict[str, object] | None = None) -> None:
        values = values or {}
        at = self.rowCount()
        self.insertRow(at)
        for col, key in enumerate(self.keys):
            value = values.get(key)
            if key == "done":
                item = QTableWidgetItem()
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            elif key in DATE_KEYS:
                item = QTableWidgetItem(formatting.date(value))  # type: ignore[arg-type]
                item.setData(DATE_ROLE, value)
            else:
                item = QTableWidgetItem("" if value is None else str(value))
            self.setItem(at, col, item)
        self.item(at, 0).setData(ROW_ID, values.get("id"))

    def rows(self) -> list[dict[str, object]]:
        out = []
        for r in range(self.rowCount()):
            row: dict[str, object] = {}
            for col, key in enumerate(self.keys):
                item = self.item(r, col)
                if key == "done":
                    row[key] = bool(item and item.checkState() == Qt.CheckState.Checked)
                elif key in DATE_KEYS:
                    row[key] = item.data(DATE_ROLE) if item else None
                else:
                    row[key] = (item.text().strip() if item else "") or None
            out.append(row)
        return out
