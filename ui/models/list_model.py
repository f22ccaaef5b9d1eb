"""The item model behind every list: ids in SQL order, rows fetched a page at a time as they are shown."""

from __future__ import annotations

from array import array
from collections import OrderedDict

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from studio_app import lists
from ui import formatting

Index = QModelIndex | QPersistentModelIndex
PAGE = 100
CACHED_PAGES = 40


def column_title(key: str) -> str:
    titles = {
        "name": "Name", "company": "Company", "email": "Email", "country": "Country", "language": "Language",
        "currency": "Currency", "title": "Project", "client": "Client", "status": "Status", "deadline": "Deadline",
        "price": "Price", "number": "Number", "project": "Project", "issue_date": "Issued",
        "valid_until": "Valid until", "total": "Total", "signed_on": "Signed", "due_date": "Due",
        "due": "Amount due",
    }
    return QCoreApplication.translate("ListModel", titles.get(key, key))


class ListModel(QAbstractTableModel):
    """Read-only rows of one list (clients, projects, quotes, contracts, invoices).

    Sorting and filtering re-run :func:`studio_app.lists.ids` (one query returning ids only); the
    display values come from :func:`studio_app.lists.rows` for the page a row belongs to, when the
    view first asks for it. Opening 100,000 invoices fetches one page, not 100,000 rows.
    """

    def __init__(self, kind: str, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.spec = lists.spec(kind)
        self.filter = lists.Filter()
        self.sort_key: str | None = None
        self.descending: bool | None = None
        self._ids: array = array("q")
        self._pages: OrderedDict[int, dict[int, dict]] = OrderedDict()
        self.loaded = False
        self.rows_fetched = 0  # how many rows came from the database since the last reset (tests read it)
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._ids = lists.ids(self.kind, self.filter, self.sort_key, self.descending)
        self._pages.clear()
        self.rows_fetched = 0
        self.loaded = True
        self.endResetModel()

    def set_filter(self, flt: lists.Filter) -> None:
        self.filter = flt
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        columns = self.spec.columns
        if not 0 <= column < len(columns) or not columns[column].sortable:
            return
        if columns[column].key == self.sort_key and (order == Qt.SortOrder.DescendingOrder) == self.descending:
            return
        self.sort_key = columns[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        if not self.loaded:  # the view sets its indicator before the first load; that load sorts
            return
        self.layoutAboutToBeChanged.emit()
        self._ids = lists.ids(self.kind, self.filter, self.sort_key, self.descending)
        self._pages.clear()
        self.layoutChanged.emit()

    def _row(self, row: int) -> dict | None:
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            wanted = list(self._ids[page_no * PAGE:(page_no + 1) * PAGE])
            page = lists.rows(self.kind, wanted)
            self.rows_fetched += len(page)
            self._pages[page_no] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    # -- lookups --------------------------------------------------------------------------------
    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    def total(self) -> int:
        return len(self._ids)

    # -- Qt -------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.spec.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.spec.columns):
            column = self.spec.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(column.key)
            if role == Qt.ItemDataRole.TextAlignmentRole and column.kind == "money":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._ids) or index.column() >= len(self.spec.columns):
            return None
        column = self.spec.columns[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:  # deleted since the ids were read
            return None
        value = row.get(column.key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.kind == "money":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.kind == "status" or (column.key == "due" and row.get("status") == "overdue"):
                return formatting.status_colour(str(row.get("status")))
            return None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if column.kind == "status" and row.get("status") == "overdue" else None
        return self._text(column, row, value)

    def _text(self, column: lists.Column, row: dict, value: object) -> str:
        if value is None:
            if column.key == "number":
                return QCoreApplication.translate("ListModel", "Draft")
            return ""
        if column.kind == "money":
            return formatting.amount(int(value), str(row.get("currency") or "EUR"))
        if column.kind == "date":
            return formatting.date(value)  # type: ignore[arg-type]
        if column.kind == "status":
            return formatting.status_label(str(value))
        return str(value)
