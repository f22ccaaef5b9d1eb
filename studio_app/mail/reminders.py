"""Payment reminders that are fair and firm: the studio's ladder (days after the due date of each step, by
default 7, 21, 45), which step is due on an invoice, what was sent, and the exact late-payment figures.

A step is due when the invoice is still owed, the days since its due date reach the step's day, and every
step before it was sent; reminders pause while the client has written and waits for the studio's answer
(``studio_app.today.waiting``: answer first), and stop once the invoice is paid.

The final step may claim statutory late-payment interest — principal × rate × days / 365, computed in
Decimal and rounded once, half up, to the currency's minor unit — and the fixed EUR 40 compensation for
recovery costs that Directive 2011/7/EU gives a business creditor against a business debtor in the EU.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from studio_app.money.due import invoice_due
from studio_app.store import images
from studio_app.store.models import Client, Invoice, OutboxMessage, Studio
from studio_app.text.errors import StudioError
from studio_app.text.messages import field_label
from studio_app.today.waiting import waiting_for_answer
from studio_app.work import clock, frozen_logo, invoices, issuing, payments, settings
from .settings import ladder

LATE_FEE_EUR = 4000  # EUR 40.00, Art. 6 of Directive 2011/7/EU
EU_COUNTRIES = frozenset("AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split())
_COUNTRY_CODES = {"EL": "GR"}


@dataclass(frozen=True)
class SentReminder:
    step: int
    sent_on: dt.date
    outbox_id: int


@dataclass(frozen=True)
class Figures:
    """What the letter of a step claims, minor units of the invoice's currency (the fee: EUR)."""

    due: int  # still owed on the invoice
    days_late: int
    interest: int  # 0 unless the final step and the studio claims it
    interest_rate: Decimal
    late_fee: int  # EUR minor units; 0 unless the final step, enabled and a business client in the EU
    total_claimed: int  # due + interest (+ the fee when the invoice is in euro)


def reminders_sent(invoice_id: int) -> list[SentReminder]:
    """The reminders sent for the invoice, in order ("Reminder 2 sent on 12 Dec")."""
    rows = (OutboxMessage.select(OutboxMessage.id, OutboxMessage.habit, OutboxMessage.sent_at)
            .where((OutboxMessage.document_kind == "invoice") & (OutboxMessage.document_id == invoice_id)
                   & (OutboxMessage.kind == "reminder") & (OutboxMessage.status == "sent"))
            .order_by(OutboxMessage.sent_at, OutboxMessage.id))
    return [SentReminder(int(row.habit.rpartition("-")[2] or 0), row.sent_at.date(), row.id) for row in rows
            if row.habit.startswith("reminder-") and row.sent_at is not None]


def step_dates(invoice: Invoice, studio: Studio | None = None) -> list[dt.date]:
    """The day each step of the ladder falls due for this invoice."""
    if invoice.due_date is None:
        return []
    return [invoice.due_date + dt.timedelta(days=days) for days in ladder(studio or settings.get())]


def due_step(invoice: Invoice, today: dt.date | None = None, studio: Studio | None = None) -> int | None:
    """The step due now (1, 2 or 3), or None: not owed, not yet late enough, all sent, or paused because the
    client waits for an answer."""
    today = today or clock.today()
    if invoice.status != "issued" or invoice.kind == "credit_note" or invoice_due(invoice) <= 0:
        return None
    dates = step_dates(invoice, studio)
    sent = {r.step for r in reminders_sent(invoice.id)}
    following = next((n for n in range(1, len(dates) + 1) if n not in sent), None)
    if following is None or today < dates[following - 1]:
        return None
    if is_paused(invoice.client_id, today):
        return None
    return following


def is_paused(client_id: int, today: dt.date | None = None) -> bool:
    """Whether the client has written and waits for the studio's answer (answer first, remind later)."""
    return any(w.client_id == client_id for w in waiting_for_answer(today))


def choose_step(invoice: Invoice, step: int | None, today: dt.date | None = None,
                studio: Studio | None = None) -> int:
    """The step asked for, checked; without one the step due, else the next not sent (1 for a first one)."""
    studio = studio or settings.get()
    steps = len(ladder(studio))
    if step is None:
        step = due_step(invoice, today, studio)
    if step is None:
        sent = {r.step for r in reminders_sent(invoice.id)}
        step = next((n for n in range(1, steps + 1) if n not in sent), steps)
    if not 1 <= int(step) <= 3:
        raise StudioError("A reminder step is 1, 2 or 3, not {step}.", field="step", step=step)
    if invoice_due(invoice) <= 0:
        raise StudioError("Invoice {number} is paid; there is nothing to remind the client of.",
                          number=invoice.number or "")
    return int(step)


def is_final(step: int, studio: Studio | None = None) -> bool:
    return step >= len(ladder(studio or settings.get()))


def interest(principal: int, rate_percent: Decimal, days: int) -> int:
    """Statutory interest on ``principal`` minor units: principal × rate% × days / 365, rounded once, half up."""
    if principal <= 0 or days <= 0 or rate_percent <= 0:
        return 0
    exact = Decimal(principal) * Decimal(rate_percent) * Decimal(days) / (Decimal(100) * Decimal(365))
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def is_eu_business(client: Client) -> bool:
    country = _COUNTRY_CODES.get((client.country or "").strip().upper(), (client.country or "").strip().upper())
    return bool((client.tax_id or "").strip()) and country in EU_COUNTRIES


def figures(invoice: Invoice, step: int, today: dt.date | None = None, studio: Studio | None = None) -> Figures:
    today = today or clock.today()
    studio = studio or settings.get()
    due = invoice_due(invoice)
    days = max(0, (today - invoice.due_date).days) if invoice.due_date else 0
    final = is_final(step, studio)
    rate = Decimal(studio.late_interest_rate or 0)
    owed_interest = interest(due, rate, days) if final and studio.late_interest_enabled else 0
    fee = LATE_FEE_EUR if final and studio.late_fee_enabled and is_eu_business(invoice.client) and days > 0 else 0
    total = due + owed_interest + (fee if invoice.currency == "EUR" else 0)
    return Figures(due, days, owed_interest, rate if owed_interest else Decimal(0), fee, total)


def letter_pdf(invoice_id: int, step: int, today: dt.date | None = None, studio: Studio | None = None) -> bytes:
    """The reminder letter of ``step`` for the invoice, in the invoice's language, as PDF bytes."""
    from studio_app.documents import reminder  # reportlab loads only when a letter is drawn
    invoice = invoices.get(invoice_id)
    record = issuing.issued("invoice", invoice.id)
    if record is None:
        raise StudioError("This {label} is still a draft; issue it first, then send it.", label=field_label("invoice"))
    snapshot = json.loads(record.snapshot)
    today = today or clock.today()
    studio = studio or settings.get()
    data = figures(invoice, step, today, studio)
    paid = [{"date": p.date.isoformat(), "amount": p.amount, "method": p.method}
            for p in payments.for_invoice(invoice.id)]
    letter = {"step": step, "final": is_final(step, studio), "date": today.isoformat(), "due": data.due,
              "days_late": data.days_late, "interest": data.interest, "interest_rate": str(data.interest_rate),
              "late_fee": data.late_fee, "total": data.total_claimed, "payments": paid,
              "credited": invoice.credited, "sent": [{"step": r.step, "date": r.sent_on.isoformat()}
                                                     for r in reminders_sent(invoice.id)]}
    logo = frozen_logo.for_snapshot(snapshot, studio.logo, images.load)
    return reminder.render(snapshot, letter, logo)

