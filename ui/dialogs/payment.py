"""Recording a payment on an issued invoice; partial payments are fine, overpayments are refused."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from studio_app.work import clock, invoices, payments, settings
from ui import formatting
from ui.dialogs.base import Dialog
from ui.widgets.fields import DateField


class PaymentDialog(Dialog):
    """A payment received, or with ``refund`` the money paid back after a credit note larger than what was due."""

    def __init__(self, invoice_id: int, parent: QWidget | None = None, *, refund: bool = False) -> None:
        super().__init__(parent)
        self.invoice_id, self.refund = invoice_id, refund
        invoice = invoices.get(invoice_id)
        due = invoices.totals(invoice).due
        title = self.tr("Record a refund on %1") if refund else self.tr("Record a payment on %1")
        self.setWindowTitle(title.replace("%1", invoice.number or ""))
        self.setMinimumWidth(400)
        self.amount = QLineEdit(formatting.plain_amount(max(-due if refund else due, 0), invoice.currency))
        self.day = DateField()
        self.day.set_value(clock.today())
        self.method = QLineEdit((settings.payment_methods(settings.get()) or [self.tr("Bank transfer")])[0])
        self.reference = QLineEdit()
        form = QFormLayout()
        if refund:
            form.addRow(self.tr("Owed to the client"), QLabel(formatting.amount(-due, invoice.currency)))
            form.addRow(self.tr("Amount paid back (%1)").replace("%1", invoice.currency), self.amount)
            form.addRow(self.tr("Paid back on"), self.day)
        else:
            form.addRow(self.tr("Still due"), QLabel(formatting.amount(due, invoice.currency)))
            form.addRow(self.tr("Amount received (%1)").replace("%1", invoice.currency), self.amount)
            form.addRow(self.tr("Received on"), self.day)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Reference"), self.reference)
        self.content.addLayout(form)

    def save(self) -> None:
        record = payments.record_refund if self.refund else payments.record
        record(self.invoice_id, self.amount.text(), date=self.day.value(), method=self.method.text(),
               reference=self.reference.text())
