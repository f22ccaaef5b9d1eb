"""One list page: search, filters, a paged table and an empty state that says what to do next."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMenu,
                               QPushButton, QStackedLayout, QTableView, QVBoxLayout, QWidget)

from studio_app.store import lists, pickers
from ui import formatting, imports
from ui.views import list_actions
from ui.views.list_cells import ListCells, plain_style
from ui.models.list_model import ListModel, column_title
from ui.widgets.empty_state import EmptyState
from ui.widgets.fields import DateField
from ui.widgets.status_pill import pill_font, pill_size


SENDS = {"quotes": "quote", "contracts": "contract", "invoices": "invoice"}  # lists whose rows can be sent
MAIN_COLUMNS = {"clients": ("name", "company", "email"), "projects": ("title", "client"), "quotes": ("client", "project"),
                "contracts": ("client", "project"), "invoices": ("client", "project")}  # they share the free width


class RowHover(QObject):
    """The whole row under the mouse painted as hovered (Qt marks only the cell): the model gives that row's
    cells the hover background, so no cell needs a Python delegate to paint."""

    def __init__(self, table: QTableView, model: ListModel) -> None:
        super().__init__(table)
        self.table, self.model = table, model
        table.setMouseTracking(True)
        table.entered.connect(lambda index: self.set_row(index.row()))
        table.viewport().installEventFilter(self)

    @property
    def row(self) -> int:
        return self.model.hover_row

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Leave:
            self.set_row(-1)
        return False

    def set_row(self, row: int) -> None:
        old = self.model.hover_row
        if row == old:
            return
        self.model.hover_row = row
        viewport = self.table.viewport()
        for changed in (old, row):
            if changed >= 0:
                viewport.update(QRect(0, self.table.rowViewportPosition(changed), viewport.width(),
                                      self.table.rowHeight(changed)))


class ListView(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()
    go_requested = Signal(str)  # another view, where this list is filled from (a quote from a project)
    mail_sent = Signal(int)  # a message about this record was sent or queued (the outbox and conversation changed)

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.model = ListModel(kind, self)
        texts = self._texts()
        self.title = QLabel(texts["title"])
        self.title.setObjectName("viewTitle")
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.new_button = QPushButton(texts["new"])
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.new_clicked)

        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(texts["search"])
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setMinimumWidth(220)
        self.search_box.setAccessibleName(texts["search"])
        self.status_box = QComboBox()
        self.status_box.addItem(self.tr("All"), "")
        for key, label in self.model.spec.status_filters.items():
            self.status_box.addItem(self._status_label(key, label), key)
        self.client_box = QComboBox()
        self.client_box.setMinimumWidth(160)
        self.date_from, self.date_to = DateField(), DateField()
        self.date_from.setToolTip(texts["dates"])
        self.date_to.setToolTip(texts["dates"])
        self.dates_label = QLabel(texts["dates"])
        self.date_from.setAccessibleName(self.tr("%1 from", "date filter").replace("%1", texts["dates"]))
        self.date_to.setAccessibleName(self.tr("%1 until", "date filter").replace("%1", texts["dates"]))

        filters = QHBoxLayout()
        filters.addWidget(self.search_box, 2)
        status_label = QLabel(self.tr("Status"))
        status_label.setBuddy(self.status_box)
        filters.addWidget(status_label)
        filters.addWidget(self.status_box)
        has_client = kind != "clients"
        has_dates = kind in ("projects", "quotes", "contracts", "invoices")
        if has_client:
            client_label = QLabel(self.tr("Client"))
            client_label.setBuddy(self.client_box)
            filters.addWidget(client_label)
            filters.addWidget(self.client_box, 1)
        if has_dates:
            filters.addWidget(self.dates_label)
            filters.addWidget(self.date_from)
            filters.addWidget(QLabel("–"))
            filters.addWidget(self.date_to)
        for widget, visible in ((self.client_box, has_client), (self.date_from, has_dates), (self.date_to, has_dates),
                                (self.dates_label, has_dates)):
            if not visible:  # never setVisible(True) here: a widget not yet in a parent would flash up as a window
                widget.hide()

        self.table = QTableView(self)  # a parent from the start: the stacked layout below shows it
        self.table.setStyle(plain_style())
        self.table.setAccessibleName(texts["title"])
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.hover = RowHover(self.table, self.model)
        self.cells = ListCells(self.table, self.model)
        self.table.setItemDelegate(self.cells)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSortIndicatorShown(True)
        default = next((i for i, c in enumerate(self.model.spec.columns) if c.key == self.model.spec.default_sort), -1)
        header.setSortIndicator(default, Qt.SortOrder.DescendingOrder if self.model.spec.default_descending
                                else Qt.SortOrder.AscendingOrder)
        # after the indicator: enabling sorting sorts by the indicator's column (the first one, descending, before)
        self.table.setSortingEnabled(True)
        self._set_column_widths()
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        list_actions.install(self)
        self.send_button = QPushButton(self.tr("Send…"))
        if kind not in SENDS:
            self.send_button.hide()
        self.send_button.setEnabled(False)
        self.send_button.clicked.connect(self.send_selected)
        self.send_action = QAction(self.tr("Send…"), self)
        self.send_action.triggered.connect(self.send_selected)
        self.reminder_action = QAction(self.tr("Send reminder…"), self)
        self.reminder_action.triggered.connect(self.send_reminder)
        if kind in SENDS:
            self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            self.table.customContextMenuRequested.connect(self._context_menu)

        self.empty = EmptyState(self)
        self.body = QStackedLayout()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.send_button)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addLayout(self.body, 1)

        self.search_box.textChanged.connect(self.apply_filter)
        self.status_box.currentIndexChanged.connect(self.apply_filter)
        self.client_box.currentIndexChanged.connect(self.apply_filter)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._loaded = False

    def _texts(self) -> dict[str, str]:
        return {
            "clients": {"title": self.tr("Clients"), "new": self.tr("New client"),
                        "search": self.tr("Search clients by name, company or email"),
                        "empty": self.tr("No clients yet."), "dates": ""},
            "projects": {"title": self.tr("Projects"), "new": self.tr("New project"),
                         "search": self.tr("Search projects by title or client"),
                         "empty": self.tr("No projects yet."),
                         "dates": self.tr("Deadline")},
            "quotes": {"title": self.tr("Quotes"), "new": self.tr("New quote"),
                       "search": self.tr("Search quotes by number, client or project"),
                       "empty": self.tr("No quotes yet — a quote is made from a project (“Create quote”)."),
                       "dates": self.tr("Issued", "date filter: issued between")},
            "contracts": {"title": self.tr("Contracts"), "new": self.tr("New contract"),
                          "search": self.tr("Search contracts by number, client or project"),
                          "empty": self.tr("No contracts yet — a contract is drawn up when a client accepts a quote."),
                          "dates": self.tr("Issued", "date filter: issued between")},
            "invoices": {"title": self.tr("Invoices"), "new": self.tr("New invoice"),
                         "search": self.tr("Search invoices by number, client or project"),
                         "empty": self.tr("No invoices yet — create one, or accept a quote to draft the deposit."),
                         "dates": self.tr("Issued", "date filter: issued between")},
        }[self.kind]

    def _status_label(self, key: str, label: str) -> str:
        if self.kind == "clients":  # said of clients, not of projects or documents
            return {"active": self.tr("Active", "clients"), "archived": self.tr("Archived", "clients")}.get(key, label)
        labels = {"active": self.tr("Active"), "archived": self.tr("Archived"), "lead": self.tr("Lead"),
                  "quoted": self.tr("Quoted"), "delivered": self.tr("Delivered"), "closed": self.tr("Closed"),
                  "lost": self.tr("Lost"), "draft": self.tr("Draft"), "issued": self.tr("Issued"),
                  "accepted": self.tr("Accepted"), "declined": self.tr("Declined"), "signed": self.tr("Signed"),
                  "open": self.tr("Open"), "overdue": self.tr("Overdue"), "paid": self.tr("Paid"),
                  "credit_note": self.tr("Credit notes")}
        return labels.get(key, label)

    def _set_column_widths(self) -> None:
        """Fixed widths for dates, amounts, codes and statuses (room for the longest translation); the main
        columns (a name, a title) share the rest of the width, so nothing is cut off while space is free."""
        widths = {"text": 160, "date": 110, "money": 125, "status": 100}
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        statuses = [pill_size(status, None, pill_font(self.table.font())).width() + 16
                    for status in formatting.STATUSES]
        main = MAIN_COLUMNS[self.kind]
        for i, column in enumerate(self.model.spec.columns):
            width = {"number": 125, "email": 220, "language": 90, "currency": 85, "country": 90}.get(
                column.key, widths[column.kind])
            # translated titles run longer than English ones: room for them and the sort arrow
            width = max(width, metrics.horizontalAdvance(column_title(column.key)) + 32)
            if column.kind == "status":
                width = max([width] + statuses)
            if column.key in main:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
                width = max(width, 180)
            self.table.setColumnWidth(i, width)
        header.setMinimumSectionSize(60)

    # -- data ---------------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.refresh()

    def refresh(self) -> None:
        """Re-read the list (after a save, or when the view is shown again)."""
        self._loaded = True
        if self.client_box.isVisible() or self.kind != "clients":
            self._fill_clients()
        self.apply_filter()

    def _fill_clients(self) -> None:
        current = self.client_box.currentData()
        self.client_box.blockSignals(True)
        self.client_box.clear()
        self.client_box.addItem(self.tr("All clients"), None)
        for client_id, name in pickers.names("clients", language=formatting.language()):
            self.client_box.addItem(name, client_id)
        at = self.client_box.findData(current)
        self.client_box.setCurrentIndex(max(at, 0))
        self.client_box.blockSignals(False)

    def current_filter(self) -> lists.Filter:
        return lists.Filter(text=self.search_box.text(), status=self.status_box.currentData() or "",
                            client_id=self.client_box.currentData() if self.kind != "clients" else None,
                            date_from=self.date_from.value(), date_to=self.date_to.value())

    def apply_filter(self, *_args) -> None:
        self.model.set_filter(self.current_filter())
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.total()
        self.count.setText(self.count_text(total))
        filtered = self.current_filter() != lists.Filter()
        if total:
            self.body.setCurrentWidget(self.table)
        else:
            if filtered:
                self.empty.set_state(self.tr("Nothing matches these filters."),
                                     [(self.tr("Clear the filters"), self.clear_filters)])
            else:
                self.empty.set_state(self._texts()["empty"], self.empty_actions())
            self.body.setCurrentWidget(self.empty)

    def count_text(self, total: int) -> str:
        """"220 clients", "1 invoice": the plural forms of each language come from the .ts files."""
        return {"clients": self.tr("%Ln client(s)", "", total), "projects": self.tr("%Ln project(s)", "", total),
                "quotes": self.tr("%Ln quote(s)", "", total), "contracts": self.tr("%Ln contract(s)", "", total),
                "invoices": self.tr("%Ln invoice(s)", "", total)}[self.kind]

    def new_clicked(self) -> None:
        """A client, project or invoice opens empty in its editor; a quote or contract is made for a project
        (asked first), then opened as a draft."""
        if self.kind not in list_actions.FOR_PROJECT:
            self.new_requested.emit()
            return
        record_id = list_actions.new_for_project(self)
        if record_id is not None:
            self.refresh()
            self.open_requested.emit(record_id)

    def empty_actions(self) -> list[tuple[str, object]]:
        """What fills this list when it is empty: a new record, an import, or the view it is made from."""
        actions = {
            "clients": [(self.tr("Add a client"), self.new_requested.emit)],
            "projects": [(self.tr("Add a project"), self.new_requested.emit)],
            "quotes": [(self.tr("New quote"), self.new_clicked),
                       (self.tr("Go to projects"), lambda: self.go_requested.emit("projects"))],
            "contracts": [(self.tr("New contract"), self.new_clicked),
                          (self.tr("Go to quotes"), lambda: self.go_requested.emit("quotes"))],
            "invoices": [(self.tr("Create an invoice"), self.new_requested.emit)],
        }[self.kind]
        if self.kind in imports.IMPORT_KINDS and imports.import_available():
            actions.append((self.tr("Import from a file"), lambda: imports.open_import(self, self.kind)))
        return actions

    def clear_filters(self) -> None:
        for widget in (self.search_box, self.status_box, self.client_box, self.date_from, self.date_to):
            widget.blockSignals(True)
        self.search_box.clear()
        self.status_box.setCurrentIndex(0)
        self.client_box.setCurrentIndex(0)
        self.date_from.set_value(None)
        self.date_to.set_value(None)
        for widget in (self.search_box, self.status_box, self.client_box, self.date_from, self.date_to):
            widget.blockSignals(False)
        self.apply_filter()

    def select_id(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.id_at(rows[0].row()) if rows else None

    # -- sending ------------------------------------------------------------------------------
    def _selection_changed(self, *_args) -> None:
        self.send_button.setEnabled(self.can_send())

    def _selected_record(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record_at(rows[0].row()) if rows else None

    def can_send(self) -> bool:
        """An issued document can be sent; a draft cannot (it has no number yet)."""
        record = self._selected_record()
        return self.kind in SENDS and record is not None and record.get("status") not in (None, "draft")

    def can_remind(self) -> bool:
        """An overdue invoice, or a deposit invoice not paid yet, can be reminded of."""
        record = self._selected_record()
        if self.kind != "invoices" or record is None:
            return False
        return record.get("status") == "overdue" or (
            record.get("kind") == "deposit" and record.get("status") in ("issued", "partly paid"))

    def context_actions(self) -> list[QAction]:
        """What the right-click menu offers for the selected row."""
        self.send_action.setEnabled(self.can_send())
        self.reminder_action.setEnabled(self.can_remind())
        return self.table.actions() + [self.send_action] + ([self.reminder_action] if self.kind == "invoices" else [])

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addActions(self.context_actions())
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def send_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is None or not self.can_send():
            return

        def draft():
            from studio_app.mail import compose  # loaded when first sending, not at start
            return compose.draft_for_document(SENDS[self.kind], record_id)
        self._send(record_id, draft)

    def send_reminder(self) -> None:
        record_id = self.selected_id()
        if record_id is None or not self.can_remind():
            return

        def draft():
            from studio_app.mail import compose  # loaded when first sending, not at start
            return compose.draft_reminder(record_id)
        self._send(record_id, draft)

    def _send(self, record_id: int, make_draft) -> None:
        from ui.dialogs import compose  # loaded when first sending, not at start
        if compose.run_draft(self, make_draft):
            self.mail_sent.emit(record_id)

    def _open_index(self, index: QModelIndex) -> None:
        record_id = self.model.id_at(index.row())
        if record_id is not None:
            self.open_requested.emit(record_id)

    def show_status(self, status: str) -> None:
        """Only the rows of ``status`` (one of the list's status filter keys; "" for all), every other filter
        cleared: what the dashboard's "View all" opens. The list is read once."""
        self._loaded = True
        widgets = (self.search_box, self.status_box, self.client_box, self.date_from, self.date_to)
        for widget in widgets:
            widget.blockSignals(True)
        self.search_box.clear()
        self.status_box.setCurrentIndex(max(self.status_box.findData(status), 0) if status else 0)
        self.client_box.setCurrentIndex(0)
        self.date_from.set_value(None)
        self.date_to.set_value(None)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filter()
