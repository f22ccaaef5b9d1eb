"""The main window: a sidebar of lists over the studio_app list service."""

from __future__ import annotations

from PySide6.QtWidgets import (QHBoxLayout, QListWidget, QMainWindow, QStackedWidget, QTableWidget,
                               QTableWidgetItem, QWidget)

from studio_app import lists, money

PAGES = ("clients", "projects", "quotes", "contracts", "invoices")


class MainWindow(QMainWindow):
    def __init__(self, location: str) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Studio Desk — {0}").format(location))
        self.sidebar = QListWidget()
        self.sidebar.setFixedWidth(180)
        self.stack = QStackedWidget()
        titles = {"clients": self.tr("Clients"), "projects": self.tr("Projects"), "quotes": self.tr("Quotes"),
                  "contracts": self.tr("Contracts"), "invoices": self.tr("Invoices")}
        for kind in PAGES:
            self.sidebar.addItem(titles[kind])
            self.stack.addWidget(self._table(kind))
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.sidebar.setCurrentRow(len(PAGES) - 1)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.statusBar().showMessage(location)

    def _table(self, kind: str) -> QTableWidget:
        spec = lists.spec(kind)
        total, rows = lists.page(kind, limit=200)
        table = QTableWidget(len(rows), len(spec.columns))
        table.setHorizontalHeaderLabels([c.title for c in spec.columns])
        for r, row in enumerate(rows):
            for c, column in enumerate(spec.columns):
                value = row.get(column.key)
                if column.kind == "money" and value is not None:
                    text = money.format_money(value, row.get("currency") or "EUR")
                else:
                    text = "" if value is None else str(value)
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        return table
