"""An invoice (deposit, standard, final or credit note): created here for a client, dated, and once issued
paid, refunded, its last payment undone, or reversed by a credit note."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from studio_app.store import pickers
from studio_app.text.errors import StudioError
from studio_app.work import einvoices, invoices, mydata, payments, settings
from studio_app import money
from ui import ask, formatting
from ui.i18n import error_text
from ui.views.document_editor import DocumentEditor
from ui.widgets import choices
from ui.widgets.fields import set_value

if TYPE_CHECKING:
    from studio_app.store.models import Invoice


class InvoiceEditor(DocumentEditor):
    kind = "invoice"
    service = invoices

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.invoice_kind = ""  # deposit, standard, final or credit_note
        self.shown_status = ""  # as the badge says: issued, partly paid, paid, overdue…
        self.imported_from = ""
        self.issue_date = self.add_date("issue_date", self.tr("Issue date"))
        self.supply_date = self.add_date("supply_date", self.tr("Supply date"))
        self.due_date = self.add_date("due_date", self.tr("Due date"))
        self.order_reference = QLineEdit()  # the buyer's purchase order (BT-13), which e-invoices carry
        self.order_reference.setPlaceholderText(self.tr("the client's purchase order number, if any"))
        self.side_form.insertRow(0, self.tr("Order reference"), self.seal(self.order_reference,
                                                                         self.order_reference.text))
        self.validation.watch("order_reference", self.order_reference)
        self.validation.watch("client", self.client_box)
        self.client_box.currentIndexChanged.connect(self._fill_projects)
        self.einvoice_note = QLabel()  # what the client's e-invoice format still needs, before issuing
        self.einvoice_note.setObjectName("hint")
        self.einvoice_note.setWordWrap(True)
        self.einvoice_note.hide()
        self.column.insertWidget(self.column.indexOf(self.line_items), self.einvoice_note)
        self.reminder_button = self.bar.button(self.tr("Send reminder…"), self.send_reminder)
        self.refund_button = self.bar.button(self.tr("Record refund"), self.record_refund)
        self.payment_button = self.bar.button(self.tr("Record payment"), self.record_payment)
        self.mydata_button = self.bar.button(self.tr("Record myDATA ΜΑΡΚ…"), self.record_mydata)
        self.undo_payment_action = self.bar.menu_action(self.tr("Undo last payment"), self.undo_payment)
        self.credit_action = self.bar.menu_action(self.tr("Create credit note"), self.credit_note, destructive=True)

    # -- loading ------------------------------------------------------------------------------
    def load_new(self, client_id: int | None) -> None:
        self.client_box.blockSignals(True)
        self.client_box.clear()
        for cid, name in pickers.names("clients", language=formatting.language()):
            self.client_box.addItem(name, cid)
        if client_id is not None:
            self.client_box.setCurrentIndex(max(self.client_box.findData(client_id), 0))
        self.client_box.blockSignals(False)
        self._fill_projects()
        studio = settings.get()
        self.status, self.currency = "draft", studio.currency
        self.deducted = self.paid = self.credited = 0
        set_value(self.language, studio.language)
        self.tax_inclusive.setChecked(False)
        self.notes.clear()
        self.order_reference.clear()
        self.invoice_kind, self.imported_from = "standard", ""
        for field in self.dates.values():
            field.set_value(None)
        self.lines.load([], self.currency)
        self.lines.add_line(studio.tax_rate)
        self.heading.setText(self.tr("New invoice"))
        self.set_badge("draft")

    def _fill_projects(self) -> None:
        self.project_box.clear()
        self.project_box.addItem(self.tr("(no project)"), None)
        if self.client_box.currentData() is not None:
            for pid, title in pickers.names("projects", client_id=self.client_box.currentData(),
                                            language=formatting.language()):
                self.project_box.addItem(title, pid)

    def load_details(self, doc: Invoice) -> tuple[str, str, str]:
        self.deducted, self.paid, self.credited = doc.deducted, doc.paid, doc.credited
        self.invoice_kind = doc.kind
        self.imported_from = doc.imported_from or ""
        self.shown_status = invoices.display_status(doc)
        self.order_reference.setText(doc.order_reference)
        names = {"deposit": self.tr("Deposit invoice"), "final": self.tr("Final invoice"),
                 "credit_note": self.tr("Credit note"), "standard": self.tr("Invoice")}
        badge = ""
        if doc.imported_from:  # history issued with another program (its PDF is not ours to draw)
            badge = formatting.status_label(self.shown_status) + " · " + \
                self.tr("imported from %1, no PDF").replace("%1", doc.imported_from)
        return names[doc.kind], self.shown_status, badge

    def negative(self, doc: Invoice) -> bool:
        return doc.kind == "credit_note"

    def _owed_back(self) -> bool:
        return self.status == "issued" and self.invoice_kind != "credit_note" and self.credited > 0 \
            and self.figures is not None and self.figures.refund_owed > 0

    def apply_actions(self) -> None:
        issued = self.status == "issued"
        credit = self.invoice_kind == "credit_note"
        owed_back = self._owed_back()
        due = issued and not credit and self.figures is not None and self.figures.due > 0
        self.bar.show(self.payment_button, issued and not credit and not owed_back)
        self.payment_button.setEnabled(due)
        self.payment_button.setToolTip("" if due else self.tr("Nothing is left to pay on this invoice."))
        self.bar.show(self.refund_button, owed_back)
        recorded = payments.for_invoice(self.record_id) if issued and self.record_id else []
        self.undo_payment_action.setVisible(issued and not credit and bool(recorded))
        self.credit_action.setVisible(issued and not credit)
        status = self.shown_status if issued else ""
        unpaid_deposit = self.invoice_kind == "deposit" and status in ("issued", "partly paid", "overdue")
        self.bar.show(self.reminder_button, status == "overdue" or unpaid_deposit)
        self._show_payments(issued and not credit, recorded)
        self.bar.show(self.mydata_button, issued and bool(self.record_id)
                      and mydata.can_record(invoices.get(self.record_id)))
        self.show_readiness()

    def primary_action(self):
        """Draft: Issue. Owed: Record payment (or the refund owed). Paid: nothing calls for a click."""
        if self.status == "draft":
            return super().primary_action()
        if self.invoice_kind == "credit_note":
            return self.send_button
        if self._owed_back():
            return self.refund_button
        if self.figures is not None and self.figures.due > 0:
            return self.payment_button
        return None

    def locked_text(self) -> str:
        day = formatting.date(self.issued_on)
        if self.imported_from:
            return self.tr("Imported from %1 — issued with another program; its figures are kept as they were.") \
                .replace("%1", self.imported_from)
        if self.invoice_kind == "credit_note":
            return self.tr("Issued on %1 — the figures are sealed.").replace("%1", day)
        return self.tr("Issued on %1 — the figures are sealed. To change them, create a credit note.") \
            .replace("%1", day)

    def _show_payments(self, shown: bool, recorded: list) -> None:
        self.side.payments.setVisible(shown)
        if not shown or self.figures is None:
            return
        if self.figures.refund_owed:
            label, value = self.tr("Refund owed"), self.figures.refund_owed
        else:
            label, value = self.tr("Balance due"), self.figures.due
        self.side.payments.show_payments(recorded, self.currency, label, formatting.amount(value, self.currency))

    def show_readiness(self) -> list:
        """Say what the client's e-invoice format needs that this draft lacks, by field; returns the problems."""
        fmt = einvoices.format_for(self.record_id) if self.record_id else "none"
        if fmt == "none":
            self.einvoice_note.hide()
            return []
        label = choices.labels("einvoice").get(fmt, fmt)
        try:
            problems = einvoices.readiness(self.record_id, formatting.language())
        except StudioError as exc:
            self.einvoice_note.setText(error_text(exc))
            self.einvoice_note.show()
            return []
        if self.status != "draft":
            self.einvoice_note.setText(self.tr("E-invoice: %1, stored with the invoice.").replace("%1", label))
        elif problems:
            self.einvoice_note.setText(self.tr("Before this invoice can be issued as %1:").replace("%1", label)
                                       + "".join(f"\n• {problem.message}" for problem in problems))
        else:
            self.einvoice_note.setText(self.tr("E-invoice: %1, ready to issue.").replace("%1", label))
        self.einvoice_note.show()
        return problems

    def issue(self) -> None:
        """Refuse at once, with every problem, an invoice whose e-invoice would not pass the rules."""
        if self.save_button.isEnabled() and not self.save():
            return
        problems = self.show_readiness()
        if problems and self.status == "draft":
            ask.warning(self, self.tr("This invoice cannot be issued yet: its e-invoice would not pass the "
                                      "rules.") + "".join(f"\n• {problem.message}" for problem in problems))
            return
        super().issue()

    # -- totals, checks, saving ---------------------------------------------------------------
    def due_rows(self, figures: money.Totals, fmt: Callable[[int], str]) -> list[tuple[str, str, str]]:
        if figures.refund_owed:
            return [(self.tr("Refund owed to the client"), fmt(figures.refund_owed), "due")]
        if figures.deducted or figures.paid or figures.credited or self.status != "draft":
            return [(self.tr("Amount due"), fmt(figures.due), "due")]
        return []

    def check(self) -> None:
        if self.status != "draft":
            return
        if self.record_id is None and self.client_box.currentData() is None:
            raise StudioError(self.tr("Add a client first: an invoice is addressed to a client."), field="client")
        super().check()
        invoices.check_dates(self.header_values())

    def header_values(self) -> dict[str, object]:
        return {**super().header_values(), "order_reference": self.order_reference.text()}

    def write_draft(self, values: dict[str, object]) -> Invoice:
        if self.record_id is None:
            return invoices.create_draft(self.client_box.currentData(), project_id=self.project_box.currentData(),
                                         lines=self.lines.items(), **values)
        return super().write_draft(values)

    def issue_question(self) -> str:
        return self.tr("Issue this invoice? It gets its number and can no longer be changed.")

    # -- workflow actions ---------------------------------------------------------------------
    def record_payment(self) -> None:
        from ui.dialogs.payment import PaymentDialog  # loaded when first opened, not at start
        if ask.run(PaymentDialog(self.record_id, self)):
            self.load(self.record_id)
            self.saved.emit(self.record_id)

    def record_refund(self) -> None:
        from ui.dialogs.payment import PaymentDialog  # loaded when first opened, not at start
        if ask.run(PaymentDialog(self.record_id, self, refund=True)):
            self.load(self.record_id)
            self.saved.emit(self.record_id)

    def undo_payment(self) -> None:
        """A payment recorded by mistake: the latest one goes (the invoice itself never changes)."""
        recorded = payments.for_invoice(self.record_id)
        if not recorded:
            return
        last = recorded[-1]
        amount = formatting.amount(abs(last.amount), self.currency)
        question = (self.tr("Undo the refund of %1 recorded on %2?") if last.amount < 0
                    else self.tr("Undo the payment of %1 received on %2?"))
        if self.confirm(question.replace("%1", amount).replace("%2", formatting.date(last.date))):
            self.run_action(payments.delete, last.id)
            self.load(self.record_id)
            self.saved.emit(self.record_id)

    def send_reminder(self) -> None:
        """The reminder step due (friendly, firm, final) with its letter attached."""
        def draft():
            from studio_app.mail import compose  # loaded when first sending, not at start
            return compose.draft_reminder(self.record_id)
        self.send_message(draft)

    def record_mydata(self) -> None:
        from ui.dialogs.mydata import MyDataDialog  # loaded when first opened, not at start
        if ask.run(MyDataDialog(self.record_id, self)):
            self.load(self.record_id)
            self.saved.emit(self.record_id)

    def credit_note(self) -> None:
        if self.confirm(self.tr("Create a credit note that reverses this invoice? You can edit it before issuing.")):
            note = self.run_action(invoices.create_credit_note, self.record_id)
            if note is not None:
                self.saved.emit(self.record_id)
                self.open_record.emit("invoice", note.id)
