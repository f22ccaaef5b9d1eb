"""A contract: its clauses as drawn up in the client's language; issue, print for signing, mark signed. The side
panel holds the client, the dates and what happened to it, as on the quote and invoice editors."""

from __future__ import annotations

import json
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QTextBrowser,
                               QVBoxLayout, QWidget)

from studio_app.text.errors import StudioError
from studio_app.work import activity, contracts
from ui import formatting
from ui.tokens import space
from ui.views.document_editor import DocumentEditor
from ui.views.editor import Editor
from ui.widgets.action_bar import ActionBar
from ui.widgets.document_side import DocumentSide
from ui.widgets.sealed import LockedNote


def _value() -> QLabel:
    label = QLabel()
    label.setObjectName("readOnlyValue")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ContractEditor(Editor):
    kind = "contract"  # for the preview, borrowed from the documents

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = "draft"
        self.project_id: int | None = None
        self.quote_id: int | None = None
        self.project_link, self.quote_link = QPushButton(), QPushButton()
        for link, kind, tip in ((self.project_link, "project", self.tr("Open the project")),
                                (self.quote_link, "quote", self.tr("Open the quote"))):
            link.setObjectName("link")
            link.setToolTip(tip)
            link.clicked.connect(lambda _=False, kind=kind: self._open(kind))
        self.locked = LockedNote()
        self.side = DocumentSide()
        self.side.open_client.connect(lambda client_id: self.open_record.emit("client", client_id))
        self.side.payments.hide()
        self.issued_label, self.signed_label = _value(), _value()
        self.side.dates_form.addRow(self.tr("Issued"), self.issued_label)
        self.side.dates_form.addRow(self.tr("Signed on"), self.signed_label)
        self.optional: dict[str, QCheckBox] = {}
        self.optional_boxes = QWidget()
        boxes = QHBoxLayout(self.optional_boxes)
        boxes.setContentsMargins(0, 0, 0, 0)
        for clause in contracts.optional_clauses(formatting.language()):
            box = QCheckBox(clause["title"])
            box.toggled.connect(self.choose_optional)
            self.optional[clause["id"]] = box
            boxes.addWidget(box)
        boxes.addStretch(1)
        self.optional_text = _value()
        self.clauses = QTextBrowser()
        self.clauses.setAccessibleName(self.tr("Clauses"))
        self._lay_out()
        self.save_button.hide()
        self.bar = ActionBar(self.actions, self)
        self.preview_button = self.bar.button(self.tr("Preview / print"), self.preview)
        self.send_button = self.bar.button(self.tr("Send…"), self.send)
        self.issue_button = self.bar.button(self.tr("Issue"), self.issue)
        self.signed_button = self.bar.button(self.tr("Mark signed"), self.mark_signed)
        self.delete_action = self.bar.menu_action(self.tr("Delete draft"), self.delete_draft, destructive=True)

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.setHorizontalSpacing(space(2))
        form.addRow(self.tr("Project"), self._left(self.project_link))
        form.addRow(self.tr("Quote"), self._left(self.quote_link))
        optional = QWidget()  # the boxes on a draft, the chosen clauses' names once issued
        both = QVBoxLayout(optional)
        both.setContentsMargins(0, 0, 0, 0)
        both.addWidget(self.optional_boxes)
        both.addWidget(self.optional_text)
        form.addRow(self.tr("Optional clauses"), optional)
        column = QVBoxLayout()
        column.setSpacing(space(1.5))
        column.addWidget(self.locked)
        column.addLayout(form)
        column.addWidget(self.clauses, 1)
        row = QHBoxLayout()
        row.setSpacing(space(2))
        row.addLayout(column, 1)
        row.addWidget(self.side)
        self.body.addLayout(row, 1)

    @staticmethod
    def _left(widget: QWidget) -> QWidget:
        holder = QFrame()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(widget)
        layout.addStretch(1)
        return holder

    def _open(self, kind: str) -> None:
        record_id = self.project_id if kind == "project" else self.quote_id
        if record_id is not None:
            self.open_record.emit(kind, record_id)

    def load(self, contract_id: int | None) -> None:
        self.record_id = contract_id
        contract = contracts.get(contract_id)
        self.status, self.project_id, self.quote_id = contract.status, contract.project_id, contract.quote_id
        self.heading.setText(self.tr("Contract %1").replace("%1", contract.number or self.tr("(draft)")))
        self.set_badge(contract.status)
        self.side.client.show_client(contract.client)
        self.project_link.setText(contract.project.title)
        self.quote_link.setText(contract.quote.number or self.tr("(draft)"))
        self.issued_label.setText(formatting.date(contract.issue_date) or "—")
        self.signed_label.setText(formatting.date(contract.signed_on) or "—")
        clauses = json.loads(contract.clauses or "[]")
        self.clauses.setHtml("".join(f"<h3>{escape(c.get('title', ''))}</h3><p>{escape(c.get('body', ''))}</p>"
                                     for c in clauses))
        draft = contract.status == "draft"
        chosen = set(contracts.chosen_optional(contract))
        for clause_id, box in self.optional.items():
            box.blockSignals(True)
            box.setChecked(clause_id in chosen)
            box.blockSignals(False)
        self.optional_boxes.setVisible(draft)
        self.optional_text.setVisible(not draft)
        self.optional_text.setText(", ".join(box.text() for box in self.optional.values() if box.isChecked())
                                   or self.tr("None"))
        self.locked.say("" if draft else self.locked_text(contract))
        self.side.activity.show_events(activity.for_document("contract", contract_id), contract.quote.currency)
        self.delete_action.setVisible(draft)
        self.bar.show(self.issue_button, draft)
        self.bar.show(self.signed_button, contract.status == "issued")
        self.bar.show(self.send_button, not draft)
        self.bar.set_primary({"draft": self.issue_button, "issued": self.signed_button}.get(contract.status))
        self.bar.mark(self.save_button, False)
        self.save_button.hide()

    def locked_text(self, contract) -> str:
        day = formatting.date(contract.issue_date)
        if contract.status == "signed":
            return self.tr("Issued on %1 and signed on %2 — the clauses are sealed.").replace("%1", day) \
                .replace("%2", formatting.date(contract.signed_on))
        return self.tr("Issued on %1 — the clauses are sealed. Print it for signing, then mark it signed.") \
            .replace("%1", day)

    def issue(self) -> None:
        if self.confirm(self.tr("Issue this contract? It gets its number and can no longer be changed.")):
            if self.run_action(contracts.issue, self.record_id) is not None:
                self.load(self.record_id)
                self.saved.emit(self.record_id)

    def choose_optional(self) -> None:
        """A clause ticked or unticked: the draft's clauses are drawn again with exactly the ticked ones."""
        chosen = [clause_id for clause_id, box in self.optional.items() if box.isChecked()]
        if self.run_action(contracts.set_optional_clauses, self.record_id, chosen) is not None:
            self.saved.emit(self.record_id)
        self.load(self.record_id)

    def delete_draft(self) -> None:
        if self.confirm(self.tr("Delete this draft contract?")):
            if self.run_action(contracts.delete_draft, self.record_id) is None and self._exists():
                return
            self.saved.emit(self.record_id)
            self.closed.emit()

    def _exists(self) -> bool:
        try:
            contracts.get(self.record_id)
        except StudioError:
            return False
        return True

    def mark_signed(self) -> None:
        if self.run_action(contracts.mark_signed, self.record_id) is not None:
            self.load(self.record_id)
            self.saved.emit(self.record_id)

    preview = DocumentEditor.preview
    send = DocumentEditor.send
    mail_draft = DocumentEditor.mail_draft
    send_message = DocumentEditor.send_message
