"""The global search (Ctrl+K): clients, projects and documents by name or number, as you type."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

if TYPE_CHECKING:
    from studio_app.store import search


ROLE_KIND = Qt.ItemDataRole.UserRole + 1
ROLE_ID = Qt.ItemDataRole.UserRole + 2


class SearchBox(QLineEdit):
    open_hit = Signal(str, int)  # kind, id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Search clients, projects, quotes, invoices…  (Ctrl+K)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(340)
        self.results = QStandardItemModel(self)
        self.hits: list[search.Hit] = []
        completer = QCompleter(self.results, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        completer.activated[QModelIndex].connect(self._activated)
        self.setCompleter(completer)
        self.textEdited.connect(self.update_results)
        self.returnPressed.connect(self.open_first)

    def _labels(self) -> dict[str, str]:
        return {"client": self.tr("Client"), "project": self.tr("Project"), "quote": self.tr("Quote"),
                "contract": self.tr("Contract"), "invoice": self.tr("Invoice")}

    def update_results(self, text: str) -> None:
        from studio_app.store import search  # (with the first keystroke, not before the first paint)
        self.hits = search.find(text)
        self.results.clear()
        labels = self._labels()
        for hit in self.hits:
            item = QStandardItem(f"{labels[hit.kind]} · {hit.title}" + (f" — {hit.detail}" if hit.detail else ""))
            item.setData(hit.kind, ROLE_KIND)
            item.setData(hit.id, ROLE_ID)
            self.results.appendRow(item)
        if self.hits:
            self.completer().complete()

    def _activated(self, index: QModelIndex) -> None:
        row = self.completer().completionModel().mapToSource(index).row()
        self._open(row)

    def open_first(self) -> None:
        if not self.hits and self.text().strip():
            self.update_results(self.text())
        self._open(0)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.hits):
            hit = self.hits[row]
            self.completer().popup().hide()
            self.clear()
            self.hits = []
            self.open_hit.emit(hit.kind, hit.id)
