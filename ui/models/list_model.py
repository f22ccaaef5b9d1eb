"""The item model behind every list: ids in SQL order, rows fetched a page at a time as they are shown."""

from __future__ import annotations

from array import array
from collections import OrderedDict
from functools import lru_cache

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt)
from PySide6.QtGui import QBrush, QColor

from studio_app.store import lists
from ui import formatting, theme
from ui.widgets.status_pill import STATUS_ROLE

Index = QModelIndex | QPersistentModelIndex
PAGE = 100
CACHED_PAGES = 40
HEAD = 10 * PAGE  # ids read when a list opens or re-sorts; the rest when a row past them is wanted
NOTHING_DUE = "—"  # a paid invoice's amount due: a dash reads faster than "MYR 0.00"

# Roles as plain ints: data() runs about seven times per visible cell on every paint.
_DISPLAY, _TOOLTIP = int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.ToolTipRole)
_SLOTS = {_DISPLAY: 0, _TOOLTIP: 0, int(Qt.ItemDataRole.TextAlignmentRole): 1, int(STATUS_ROLE): 2}
_USER = int(Qt.ItemDataRole.UserRole)
_BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


@lru_cache(maxsize=8192)
def _amount(minor: int, currency: str, language: str) -> str:
    return formatting.amount(minor, currency)  # ``language`` keys the cache: formatting reads the current one


@lru_cache(maxsize=4096)
def _date(value, language: str) -> str:
    return formatting.date(value)


@lru_cache(maxsize=4)
def _hover_brush(colour: str) -> QBrush:
    return QBrush(QColor(colour))


_TITLES = {  # marked for lupdate here, translated when shown
    "name": QT_TRANSLATE_NOOP("ListModel", "Name"), "company": QT_TRANSLATE_NOOP("ListModel", "Company"),
    "email": QT_TRANSLATE_NOOP("ListModel", "Email"), "country": QT_TRANSLATE_NOOP("ListModel", "Country"),
    "language": QT_TRANSLATE_NOOP("ListModel", "Language"), "currency": QT_TRANSLATE_NOOP("ListModel", "Currency"),
    "title": QT_TRANSLATE_NOOP("ListModel", "Project"), "client": QT_TRANSLATE_NOOP("ListModel", "Client"),
    "status": QT_TRANSLATE_NOOP("ListModel", "Status"), "deadline": QT_TRANSLATE_NOOP("ListModel", "Deadline"),
    "price": QT_TRANSLATE_NOOP("ListModel", "Price"), "number": QT_TRANSLATE_NOOP("ListModel", "Number"),
    "project": QT_TRANSLATE_NOOP("ListModel", "Project"), "issue_date": QT_TRANSLATE_NOOP("ListModel", "Issued"),
    "valid_until": QT_TRANSLATE_NOOP("ListModel", "Valid until"), "total": QT_TRANSLATE_NOOP("ListModel", "Total"),
    "signed_on": QT_TRANSLATE_NOOP("ListModel", "Signed"), "due_date": QT_TRANSLATE_NOOP("ListModel", "Due"),
    "due": QT_TRANSLATE_NOOP("ListModel", "Amount due"),
}


def column_title(key: str) -> str:
    return QCoreApplication.translate("ListModel", _TITLES[key]) if key in _TITLES else key


class ListModel(QAbstractTableModel):
    """Read-only rows of one list (clients, projects, quotes, contracts, invoices).

    Sorting and filtering re-run :func:`studio_app.store.lists.ids` (one query returning ids only); the
    display values come from :func:`studio_app.store.lists.rows` for the page a row belongs to, when the
    view first asks for it. Opening 100,000 invoices fetches one page, not 100,000 rows.

    Opening or re-sorting reads the first ``HEAD`` ids and the count (a millisecond each from the
    indexes). A page shown further down reads its own ids (LIMIT/OFFSET on the same index, a few ms
    even at row 50,000); the full id list (20 ms for 100,000 invoices) is read only when the
    position of an id is wanted, or after many such pages. Rows keep the positions they were shown
    at: ids read later fill in after the head (a row deleted in between shows empty until the list
    is re-read).
    """

    def __init__(self, kind: str, parent=None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.spec = lists.spec(kind)
        self.filter = lists.Filter()
        self.sort_key: str | None = None
        self.descending: bool | None = None
        self._ids: array = array("q")
        self._total = 0  # rows in the list; len(self._ids) < self._total until the full id list is read
        self._id_pages: dict[int, array] = {}  # page number -> its ids, for pages past the ids read
        self._pages: OrderedDict[int, dict[int, dict]] = OrderedDict()
        self._cells: dict[int, list[tuple]] = {}  # row -> per column (text, alignment, status key of a pill)
        self._cells_language = formatting.language()
        self.loaded = False
        self.rows_fetched = 0  # how many rows came from the database since the last reset (tests read it)
        self._sorted_language = formatting.language()  # names sort in the interface language's collation
        self.hover_row = -1  # the row under the mouse (the view's RowHover sets it): its cells get the hover colour

    # -- loading --------------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._sorted_language = formatting.language()
        self._read_head(count=True)
        self._pages.clear()
        self._cells.clear()
        self.rows_fetched = 0
        self.loaded = True
        self.endResetModel()

    def set_filter(self, flt: lists.Filter) -> None:
        self.filter = flt
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        columns = self.spec.columns
        if column == -1:  # no column's arrow: the list's own order (newest first, clients by name)
            key, descending = None, None
        elif 0 <= column < len(columns) and columns[column].sortable:
            key, descending = columns[column].key, order == Qt.SortOrder.DescendingOrder
        else:
            return
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        if not self.loaded:  # the view sets its indicator before the first load; that load sorts
            return
        self.layoutAboutToBeChanged.emit()
        self._read_head(count=False)  # the same rows in another order: the count stands
        self._pages.clear()
        self._cells.clear()
        self.layoutChanged.emit()

    def _read_head(self, count: bool) -> None:
        self._ids, self._total = lists.first(self.kind, self.filter, self.sort_key, self.descending, limit=HEAD,
                                             total=None if count else self._total, language=self._sorted_language)
        self._id_pages.clear()

    def _complete(self) -> None:
        """Read the ids after the head (once per open or sort)."""
        if len(self._ids) >= self._total:
            return
        full = lists.ids(self.kind, self.filter, self.sort_key, self.descending, language=self._sorted_language)
        self._ids.extend(full[len(self._ids):self._total])
        if len(self._ids) < self._total:  # rows deleted since the count: empty rows until the next reload
            self._ids.extend([0] * (self._total - len(self._ids)))
        self._id_pages.clear()

    def _page_ids(self, page_no: int) -> array:
        """The ids of one page: from the ids read, or read for that page alone."""
        start = page_no * PAGE
        if start + PAGE <= len(self._ids) or len(self._ids) >= self._total:
            return self._ids[start:start + PAGE]
        ids = self._id_pages.get(page_no)
        if ids is None:
            if len(self._id_pages) >= 20:  # scrolled through many pages: read them all at once
                self._complete()
                return self._ids[start:start + PAGE]
            probe = lists.page_probe(self.kind, self.filter, self.sort_key, self._total, start + PAGE)
            ids = lists.ids(self.kind, self.filter, self.sort_key, self.descending, limit=PAGE, offset=start,
                            language=self._sorted_language, probe=probe)
            end = min(start + PAGE, self._total)
            if len(ids) < end - start:
                ids.extend([0] * (end - start - len(ids)))
            self._id_pages[page_no] = ids
        return ids

    def _row(self, row: int) -> dict | None:
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            wanted = list(self._page_ids(page_no))
            page = lists.rows(self.kind, wanted)
            self.rows_fetched += len(page)
            self._pages[page_no] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self.id_at(row))

    # -- lookups --------------------------------------------------------------------------------
    def record_at(self, row: int) -> dict | None:
        """The row's values as the list shows them (its status as a designer reads it, an invoice's kind)."""
        return self._row(row) if 0 <= row < self._total else None

    def id_at(self, row: int) -> int | None:
        if 0 <= row < len(self._ids):
            return self._ids[row]
        if not 0 <= row < self._total:
            return None
        ids = self._page_ids(row // PAGE)
        return ids[row % PAGE]

    def row_of(self, record_id: int) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            if len(self._ids) < self._total:
                self._complete()
                return self.row_of(record_id)
            return -1

    def total(self) -> int:
        return self._total

    # -- Qt -------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._total

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
        slot = _SLOTS.get(role)
        if slot is None:
            if role == _BACKGROUND and index.row() == self.hover_row:
                return _hover_brush(theme.current().hover)
            if role == _USER and index.isValid():
                return self.id_at(index.row())
            return None
        if self._cells_language != formatting.language():  # the interface language changed: format again
            self._cells.clear()
            self._cells_language = formatting.language()
        row = index.row()
        cells = self._cells.get(row)
        if cells is None:
            if not index.isValid() or row >= self._total:
                return None
            cells = self._format(row)
            if cells is None:  # deleted since the ids were read
                return None
        column = index.column()
        if not 0 <= column < len(cells):
            return None
        return cells[column][slot]

    def cell(self, row: int, column: int) -> tuple | None:
        """(text, alignment, status key of a pill) of one cell, for the view's delegate (no QVariant round trip)."""
        if self._cells_language != formatting.language():
            self._cells.clear()
            self._cells_language = formatting.language()
        cells = self._cells.get(row)
        if cells is None:
            if not 0 <= row < self._total:
                return None
            cells = self._format(row)
            if cells is None:
                return None
        return cells[column] if 0 <= column < len(cells) else None

    def _format(self, row_number: int) -> list[tuple] | None:
        """A row's cells, formatted once and kept until the list is re-read (a paint asks ~7 times per cell)."""
        row = self._row(row_number)
        if row is None:
            return None
        if len(self._cells) >= CACHED_PAGES * PAGE:
            self._cells.clear()
        status = row.get("status")
        cells = []
        for column in self.spec.columns:  # the status is a pill (StatusPillDelegate), its colour the one signal
            cells.append((self._text(column, row, row.get(column.key)), _RIGHT if column.kind == "money" else _LEFT,
                          str(status) if column.kind == "status" and status else None))
        self._cells[row_number] = cells
        return cells

    def _text(self, column: lists.Column, row: dict, value: object) -> str:
        if value is None:
            if column.key == "number":
                return QCoreApplication.translate("ListModel", "Draft")
            return ""
        if column.key == "due" and not value:
            return NOTHING_DUE
        if column.kind == "money":
            return _amount(int(value), str(row.get("currency") or "EUR"), self._cells_language)
        if column.kind == "date":
            return _date(value, self._cells_language)
        if column.kind == "status":
            return formatting.status_label(str(value))
        return str(value)
