"""The outbox: messages stored but not sent yet (queued, or refused with the reason), retried one by one or all
at once; a queued one that should not go can be deleted. Sent messages live in each client's conversation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QStackedLayout,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from studio_app.mail import outbox
from studio_app.text.errors import StudioError
from ui import ask, formatting
from ui.i18n import error_text

ROLE = Qt.ItemDataRole.UserRole


class OutboxView(QWidget):
    changed = Signal(int)  # how many messages wait, after anything here changed them

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Outbox"))
        self.title.setObjectName("viewTitle")
        self.count = QLabel()
        self.count.setObjectName("hint")
        self.table = QTableWidget(0, 6, self)  # a parent from the start: the stacked layout below shows it
        self.table.setHorizontalHeaderLabels([self.tr("To"), self.tr("Subject"), self.tr("State"),
                                              self.tr("Attempts"), self.tr("Why it was not sent"),
                                              self.tr("Written")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("Nothing waits to be sent."), self)
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QStackedLayout()
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_all_button = QPushButton(self.tr("Retry all"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.retry_button.clicked.connect(self.retry)
        self.retry_all_button.clicked.connect(self.retry_all)
        self.delete_button.clicked.connect(self.delete)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.message = QLabel()
        self.message.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.count)
        top.addStretch(1)
        top.addWidget(self.delete_button)
        top.addWidget(self.retry_button)
        top.addWidget(self.retry_all_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.message)
        self.messages: list = []

    def refresh(self) -> None:
        self.messages = list(outbox.pending())
        selected = self.selected_id()
        self.table.setRowCount(len(self.messages))
        for row, message in enumerate(self.messages):
            state = {"failed": self.tr("Not sent"), "sending": self.tr("Being sent")}.get(message.status,
                                                                                        self.tr("Waiting"))
            cells = (", ".join(outbox.to_addresses(message) + outbox.cc_addresses(message)), message.subject, state, str(message.attempts),
                     message.last_error or "", formatting.date(message.created_at.date()))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ROLE, message.id)
                if column == 4 and text:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
            if message.id == selected:
                self.table.selectRow(row)
        self.count.setText(self.tr("%n message(s)", "", len(self.messages)))
        self.body.setCurrentWidget(self.table if self.messages else self.empty)
        self.retry_all_button.setEnabled(bool(self.messages))
        self._selection_changed()
        self.changed.emit(len(self.messages))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0).data(ROLE) if rows else None

    def _selected(self):
        wanted = self.selected_id()
        return next((m for m in self.messages if m.id == wanted), None)

    def _selection_changed(self) -> None:
        message = self._selected()
        self.retry_button.setEnabled(message is not None and message.status in ("queued", "failed"))
        self.delete_button.setEnabled(message is not None and message.status in ("queued", "failed"))

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    # -- actions ------------------------------------------------------------------------------
    def retry(self) -> None:
        message = self._selected()
        if message is None:
            return
        # A failed message may have reached the server before the failure: sent again only when the designer says so.
        if message.status == "failed" and not ask.question(self, self.tr(
                "This message may have arrived already (%1). Send it again?").replace("%1", message.last_error)):
            return
        try:
            status = (outbox.resend if message.status == "failed" else outbox.send)(message.id)
        except StudioError as exc:
            self._say(error_text(exc))
        else:
            self._say(self.tr("Sent.") if status == "sent"
                      else self.tr("Still not sent: %1").replace("%1", outbox.get(message.id).last_error))
        self.refresh()

    def retry_all(self) -> None:
        try:
            results = outbox.retry_all()
        except StudioError as exc:
            self._say(error_text(exc))
        else:
            sent = sum(result.status == "sent" for result in results)
            left = len(outbox.pending())
            self._say(self.tr("%n message(s) sent.", "", sent) + (
                " " + self.tr("%n still waiting.", "", left) if left else ""))
        self.refresh()

    def delete(self) -> None:
        message = self._selected()
        if message is None or not ask.question(self, self.tr("Delete this message? It will not be sent.")):
            return
        try:
            outbox.discard(message.id)
        except StudioError as exc:
            self._say(error_text(exc))
        self.refresh()

    def _say(self, text: str) -> None:
        self.message.setText(text)
