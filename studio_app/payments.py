"""Payments against issued invoices: partial payments allowed, overpayment refused."""

from __future__ import annotations

from peewee import fn

from . import clock, db, invoices, money, text
from .errors import StudioError
from .models import Invoice, Payment


def record(invoice_id: int, amount: object, *, date: object = None, method: str = "Bank transfer",
           reference: str = "") -> Payment:
    invoice = invoices.get(invoice_id)
    if invoice.status != "issued":
        raise StudioError("Payments can only be recorded on an issued invoice.")
    if invoice.kind == "credit_note":
        raise StudioError("A credit note is not paid; it reduces what is owed on invoice it corrects.")
    minor = amount if isinstance(amount, int) and not isinstance(amount, bool) else \
        money.parse_amount(amount, invoice.currency, "Amount", field="amount")
    if minor <= 0:
        raise StudioError("The payment amount must be more than zero.", field="amount")
    money.check_minor(minor, invoice.currency, "Amount", field="amount")
    day = text.date(date, "Payment date", field="date") or clock.today()
    if day > clock.today():
        raise StudioError("A payment cannot be dated in the future.", field="date")
    method = text.clean(method, "Method", field="method", max_len=60) or "Bank transfer"
    reference = text.clean(reference, "Reference", field="reference", max_len=120)
    with db.transaction():
        current = invoices.get(invoice_id)  # re-read inside the lock: another desk may have just recorded one
        due = current.total_gross - current.deducted - current.paid - current.credited
        if minor > due:
            raise StudioError("{amount} is more than the {due} still due on {number}.", field="amount",
                              amount=money.format_money(minor, current.currency),
                              due=money.format_money(max(due, 0), current.currency), number=current.number)
        payment = Payment.create(invoice=current, date=day, amount=minor, currency=current.currency, method=method,
                                 reference=reference)
        _store_paid(invoice_id)
    return payment


def _store_paid(invoice_id: int) -> None:
    paid, last = (Payment.select(fn.COALESCE(fn.SUM(Payment.amount), 0), fn.MAX(Payment.date))
                  .where(Payment.invoice == invoice_id).tuples().get())
    invoice = Invoice.get_by_id(invoice_id)
    settled = invoice.total_gross - invoice.deducted - paid - invoice.credited <= 0
    Invoice.update(paid=paid, paid_on=last if settled else None).where(Invoice.id == invoice_id).execute()


def delete(payment_id: int) -> None:
    """Undo a payment recorded by mistake."""
    payment = Payment.get_or_none(Payment.id == payment_id)
    if payment is None:
        raise StudioError("There is no payment with id {id}.", id=payment_id)
    with db.transaction():
        payment.delete_instance()
        _store_paid(payment.invoice_id)


def for_invoice(invoice_id: int) -> list[Payment]:
    return list(Payment.select().where(Payment.invoice == invoice_id).order_by(Payment.date, Payment.id))
