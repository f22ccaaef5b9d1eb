"""Payments against issued invoices: partial payments allowed, overpayment refused, refunds paid back.

A refund is a payment with a negative amount: after a credit note larger than what was still unpaid, the
studio owes the client money until a refund is recorded.
"""

from __future__ import annotations

from . import clock, invoices
from studio_app.store import db, locks
from studio_app import money
from studio_app.money.due import invoice_due
from studio_app.text import cleaning
from studio_app.text.errors import StudioError
from studio_app.store.models import Invoice, Payment


def _amount(invoice: Invoice, amount: object) -> int:
    minor = amount if isinstance(amount, int) and not isinstance(amount, bool) else \
        money.parse_amount(amount, invoice.currency, "Amount", field="amount")
    if minor <= 0:
        raise StudioError("The payment amount must be more than zero.", field="amount")
    return money.check_minor(minor, invoice.currency, "Amount", field="amount")


def _details(date: object, method: str, reference: str, default_method: str) -> tuple:
    day = cleaning.date(date, "Payment date", field="date") or clock.today()
    if day > clock.today():
        raise StudioError("A payment cannot be dated in the future.", field="date")
    method = cleaning.clean(method, "Method", field="method", max_len=60) or default_method
    return day, method, cleaning.clean(reference, "Reference", field="reference", max_len=120)


def _payable(invoice: Invoice) -> None:
    if invoice.status != "issued":
        raise StudioError("Payments can only be recorded on an issued invoice.")
    if invoice.kind == "credit_note":
        raise StudioError("A credit note is not paid; it reduces what is owed on invoice it corrects.")


def record(invoice_id: int, amount: object, *, date: object = None, method: str = "Bank transfer",
           reference: str = "") -> Payment:
    """Money received, up to what is still due."""
    return _record(invoice_id, amount, date, method, reference, refund=False)


def record_refund(invoice_id: int, amount: object, *, date: object = None, method: str = "Bank transfer",
                  reference: str = "") -> Payment:
    """Money paid back to the client, up to the refund a credit note left owed."""
    return _record(invoice_id, amount, date, method, reference, refund=True)


def _record(invoice_id: int, amount: object, date: object, method: str, reference: str, *, refund: bool) -> Payment:
    invoice = invoices.get(invoice_id)
    _payable(invoice)
    minor = _amount(invoice, amount)
    day, method, reference = _details(date, method, reference, "Bank transfer")
    with db.transaction():
        current = locks.locked(Invoice, invoice_id, "invoice")  # another desk may be recording one right now
        due = invoice_due(current)
        if refund and minor > -due:
            raise StudioError("{amount} is more than the {owed} to refund on {number}.", field="amount",
                              amount=money.format_money(minor, current.currency),
                              owed=money.format_money(max(-due, 0), current.currency), number=current.number)
        if not refund and minor > due:
            raise StudioError("{amount} is more than the {due} still due on {number}.", field="amount",
                              amount=money.format_money(minor, current.currency),
                              due=money.format_money(max(due, 0), current.currency), number=current.number)
        payment = Payment.create(invoice=current, date=day, amount=-minor if refund else minor,
                                 currency=current.currency, method=method, reference=reference)
        invoices.store_paid(invoice_id)
    return payment


def delete(payment_id: int) -> None:
    """Undo a payment (or refund) recorded by mistake."""
    payment = Payment.get_or_none(Payment.id == payment_id)
    if payment is None:
        raise StudioError("There is no payment with id {id}.", id=payment_id)
    with db.transaction():
        locks.locked(Invoice, payment.invoice_id, "invoice")
        Payment.delete().where(Payment.id == payment_id).execute()
        invoices.store_paid(payment.invoice_id)


def for_invoice(invoice_id: int) -> list[Payment]:
    return list(Payment.select().where(Payment.invoice == invoice_id).order_by(Payment.date, Payment.id))
