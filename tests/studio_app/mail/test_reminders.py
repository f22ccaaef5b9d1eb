"""The reminder ladder: which step is due and when, paused while the client waits for an answer, stopped by a
payment; the letter PDF read back; statutory interest exact to the cent."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal

import pypdf
import pytest

from studio_app.mail import compose, outbox, reminders
from studio_app.text.errors import StudioError
from studio_app.work import clock, interactions, invoices, payments, settings
from tests import factories


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def overdue(studio, today):
    """An invoice of €600.00 issued 2026-11-23, due 2026-12-07 (14 days)."""
    client = factories.client(language="en", country="DE", tax_id="DE136695976")
    invoice = factories.issued_invoice(client.id, language="en")
    assert invoice.due_date == dt.date(2026, 12, 7)
    return invoice


def test_the_ladder_dates_and_the_step_due(overdue):
    assert reminders.step_dates(overdue) == [dt.date(2026, 12, 14), dt.date(2026, 12, 28), dt.date(2027, 1, 21)]
    assert reminders.due_step(overdue, dt.date(2026, 12, 13)) is None
    assert reminders.due_step(overdue, dt.date(2026, 12, 14)) == 1
    assert reminders.due_step(overdue, dt.date(2027, 2, 1)) == 1  # each step in turn, none skipped
    settings.update({"reminder_days": "10, 30"})
    assert reminders.step_dates(overdue) == [dt.date(2026, 12, 17), dt.date(2027, 1, 6)]


def test_a_sent_reminder_moves_the_ladder_on_and_is_shown_on_the_invoice(overdue, mailbox):
    with clock.frozen(dt.datetime(2026, 12, 12, 10, 0)):
        draft = compose.draft_reminder(overdue.id, today=dt.date(2026, 12, 12))
        assert draft.habit == "reminder-1" and draft.subject == f"Friendly reminder: invoice {overdue.number}"
        assert outbox.send(outbox.queue(draft)) == "sent"
    (sent,) = reminders.reminders_sent(overdue.id)
    assert (sent.step, sent.sent_on) == (1, dt.date(2026, 12, 12))
    assert reminders.due_step(overdue, dt.date(2026, 12, 27)) is None
    assert reminders.due_step(overdue, dt.date(2026, 12, 28)) == 2
    names = [a.name for a in draft.attachments]
    assert names == [f"Reminder-1-{overdue.number}.pdf", f"{overdue.number}.pdf"]
    received = mailbox.messages[0].message
    assert [p.get_filename() for p in received.iter_attachments()] == names


def test_reminders_pause_while_the_client_waits_for_an_answer_and_stop_when_paid(overdue):
    day = dt.date(2026, 12, 20)
    interactions.log(overdue.client_id, "email", "Is the VAT right on this invoice?", waiting_for_reply=True,
                     occurred_at=dt.datetime(2026, 12, 15, 9, 0))
    assert reminders.is_paused(overdue.client_id, day) and reminders.due_step(overdue, day) is None
    interactions.log(overdue.client_id, "email", "Yes, 20 % is right.", occurred_at=dt.datetime(2026, 12, 16, 9, 0))
    assert reminders.due_step(overdue, day) == 1
    payments.record(overdue.id, "600", date="2026-11-23")
    assert reminders.due_step(invoices.get(overdue.id), day) is None
    with pytest.raises(StudioError, match="is paid; there is nothing to remind"):
        compose.draft_reminder(overdue.id)


@pytest.mark.parametrize("principal, rate, days, expected", [
    (60000, Decimal("10.15"), 45, 751),     # 600.00 × 10.15 % × 45 / 365 = 7.5082… → 7.51
    (100000, Decimal("8"), 73, 1600),       # exactly 16.00
    (12345, Decimal("12.5"), 1, 4),         # 0.0422… → 0.04
    (36500, Decimal("1"), 5, 5),            # 0.05 exactly
    (100, Decimal("18.25"), 1, 0),          # 0.05 of a cent → 0
    (2000, Decimal("9.125"), 365, 183),     # 182.5 cents → 1.83 (half up, once)
])
def test_interest_is_exact_and_rounded_once_half_up(principal, rate, days, expected):
    assert reminders.interest(principal, rate, days) == expected


def test_the_final_letter_states_interest_and_the_fixed_compensation(overdue):
    settings.update({"late_interest_enabled": True, "late_interest_rate": "10.15", "late_fee_enabled": True})
    day = dt.date(2027, 1, 21)  # 45 days after the due date
    figures = reminders.figures(overdue, 3, day)
    assert (figures.due, figures.days_late, figures.interest, figures.late_fee) == (60000, 45, 751, 4000)
    assert figures.total_claimed == 60000 + 751 + 4000
    text = pdf_text(reminders.letter_pdf(overdue.id, 3, day))
    for expected in ("Final payment reminder", overdue.number, "Days overdue", "45", "€600.00", "€7.51", "€40.00",
                     "€647.51", "Directive 2011/7/EU", "IBAN", "DE89 3704 0044 0532 0130 00"):
        assert expected in text, expected
    assert "€7.51" not in pdf_text(reminders.letter_pdf(overdue.id, 1, day))  # only the final step claims it


def test_no_compensation_for_a_consumer_or_a_client_outside_the_eu(overdue):
    settings.update({"late_fee_enabled": True})
    from studio_app.work import clients
    clients.update(overdue.client_id, tax_id="")
    assert reminders.figures(invoices.get(overdue.id), 3, dt.date(2027, 1, 21)).late_fee == 0
    clients.update(overdue.client_id, tax_id="MY123", country="MY")
    assert reminders.figures(invoices.get(overdue.id), 3, dt.date(2027, 1, 21)).late_fee == 0


def test_the_letter_lists_payments_so_far_in_the_client_language(studio, today):
    client = factories.client()  # Turkish
    invoice = factories.issued_invoice(client.id)
    payments.record(invoice.id, "100", date="2026-11-23")
    text = pdf_text(reminders.letter_pdf(invoice.id, 2, dt.date(2026, 12, 30)))
    for expected in ("İkinci ödeme hatırlatması", "23 Kas 2026 tarihinde ödenen", "-€100,00", "€500,00",
                     "Geciken gün"):
        assert expected in text, expected


def test_a_reminder_for_a_draft_is_refused(studio):
    client = factories.client()
    draft = invoices.create_draft(client.id, lines=[{"description": "Logo", "unit_price": "100"}])
    with pytest.raises(StudioError, match="still a draft; issue it first"):
        compose.draft_reminder(draft.id)
