"""A contract: its clauses as drawn up in the client's language; issue, print for signing, mark signed."""

from __future__ import annotations

import json
from html import escape

from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QTextBrowser, QWidget

from studio_app.text.errors import StudioError
from studio_app.work import contracts
from ui import formatting
from ui.views.document_editor import DocumentEditor
from ui.views.editor import Editor


class ContractEditor(Editor):
    kind = "contract"  # for the preview, borrowed from the documents

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.client_label, self.project_label, self.quote_label, self.signed_label = (QLabel(), QLabel(), QLabel(),
                                                                                       QLabel())
        form = QFormLayout()
        form.addRow(self.tr("Client"), self.client_label)
        form.addRow(self.tr("Project"), self.project_label)
        form.addRow(self.tr("Quote"), self.quote_label)
        form.addRow(self.tr("Signed on"), self.signed_label)
        self.body.addLayout(form)
        self.optional: dict[str, QCheckBox] = {}
        optional_row = QHBoxLayout()
        optional_row.addWidget(QLabel(self.tr("Optional clauses:")))
        for clause in contracts.optional_clauses(formatting.language()):
            box = QCheckBox(clause["title"])
            box.toggled.connect(self.choose_optional)
            self.optional[clause["id"]] = box
            optional_row.addWidget(box)
        optional_row.addStretch(1)
        self.body.addLayout(optional_row)
        self.clauses = QTextBrowser()
        self.clauses.setAccessibleName(self.tr("Clauses"))
        self.body.addWidget(self.clauses, 1)
        self.save_button.hide()
        self.preview_button = self.add_action(self.tr("Preview / print"), self.preview)
        self.issue_button = self.add_action(self.tr("Issue"), self.issue)
        self.signed_button = self.add_action(self.tr("Mark signed"), self.mark_signed)
        self.delete_button = self.add_action(self.tr("Delete draft"), self.delete_draft)
        self.send_button = self.add_action(self.tr("Send…"), self.send)

    def load(self, contract_id: int | None) -> None:
        self.record_id = contract_id
        contract = contracts.get(contract_id)
        self.heading.setText(self.tr("Contract %1").replace("%1", contract.number or self.tr("(draft)")))
        self.set_badge(formatting.status_label(contract.status))
        self.client_label.setText(contract.client.name)
        self.project_label.setText(contract.project.title)
        self.quote_label.setText(contract.quote.number or "")
        self.signed_label.setText(formatting.date(contract.signed_on) or "—")
        clauses = json.loads(contract.clauses or "[]")
        self.clauses.setHtml("".join(f"<h3>{escape(c.get('title', ''))}</h3><p>{escape(c.get('body', ''))}</p>"
                                     for c in clauses))
        chosen = set(contracts.chosen_optional(contract))
        for clause_id, box in self.optional.items():
            box.blockSignals(True)
            box.setChecked(clause_id in chosen)
            box.setEnabled(contract.status == "draft")
            box.blockSignals(False)
        self.delete_button.setVisible(contract.status == "draft")
        self.issue_button.setVisible(contract.status == "draft")
        self.signed_button.setVisible(contract.status == "issued")
        self.send_button.setVisible(contract.status != "draft")
        self.save_button.hide()

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
