"""A document's history as the editor's side panel shows it: read from what the services recorded."""

from __future__ import annotations

import datetime as dt

from studio_app.work import activity, contracts, invoices, payments
from studio_app.store.models import OutboxMessage
from tests import factories


def test_an_invoice_tells_its_story_in_order(sqlite_db, today):
    factories.studio()
    invoice = factories.issued_invoice(factories.client().id)  # 600.00
    payments.record(invoice.id, "200", date=today, method="Card")
    OutboxMessage.create(message_id="<1@test>", kind="reminder", habit="reminder-2", document_kind="invoice",
                         document_id=invoice.id, to_addresses='["ayse@example.com"]', raw=b"", status="sent",
                         sent_at=dt.datetime(2026, 11, 23, 10, 0))
    OutboxMessage.create(message_id="<2@test>", kind="invoice", document_kind="invoice", document_id=invoice.id,
                         to_addresses='["ayse@example.com"]', raw=b"", status="queued",
                         created_at=dt.datetime(2026, 11, 23, 9, 30))
    events = activity.for_document("invoice", invoice.id)
    # A payment has a day, no time: it comes after what was timed that day.
    assert [e.kind for e in events] == ["created", "issued", "queued", "reminder", "payment"]
    reminder, payment = events[3], events[4]
    assert (payment.amount, payment.detail, payment.when.date()) == (20000, "Card", today)
    assert (reminder.step, reminder.detail) == (2, "ayse@example.com")


def test_a_credit_note_and_a_signature_are_events_of_the_documents_they_touch(sqlite_db, today):
    factories.studio()
    project = factories.project(factories.client().id)
    _quote, contract, deposit = factories.accepted_quote(project.id)
    deposit = invoices.issue(deposit.id)
    note = invoices.issue(invoices.create_credit_note(deposit.id, "Cancelled").id)
    (credit,) = [e for e in activity.for_document("invoice", deposit.id) if e.kind == "credit_note"]
    assert credit.detail == note.number and credit.amount == deposit.total_gross
    contracts.issue(contract.id)
    contracts.mark_signed(contract.id, today)
    assert [e.kind for e in activity.for_document("contract", contract.id)] == ["created", "issued", "signed"]
