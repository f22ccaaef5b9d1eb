"""Each dashboard item opens the right draft; an .eml file for the user's own mail program."""

from __future__ import annotations

import datetime as dt
from email import policy
from email.parser import BytesParser

from studio_app.mail import compose, eml, outbox
from studio_app.today.follow_ups import important_dates, proposed_follow_ups
from studio_app.today.money import overdue_invoices, unpaid_deposits
from studio_app.today.waiting import waiting_for_answer
from studio_app.work import billing, clients, interactions, projects
from tests import factories


def test_overdue_and_unpaid_deposit_items_draft_the_reminder_step(studio, today):
    client = factories.client(language="en")
    project = factories.project(client.id)
    factories.accepted_quote(project.id)
    from studio_app.work import invoices
    deposit = invoices.issue(billing.create_deposit_draft(projects.get(project.id)).id)
    invoice = factories.issued_invoice(client.id, language="en")
    later = today + dt.timedelta(days=30)
    (item,) = [i for i in overdue_invoices(later).invoices if i.invoice_id == invoice.id]
    draft = compose.draft_for_item(item, today=later)
    assert draft.habit == "reminder-1" and draft.kind == "reminder" and draft.documents == [invoice.number]
    (unpaid,) = unpaid_deposits(today)
    assert unpaid.invoice_id == deposit.id
    draft = compose.draft_for_item(unpaid, today=today)
    assert draft.habit == "reminder-1" and draft.documents == [deposit.number]


def test_follow_up_greeting_and_reply_items(studio, today):
    client = factories.client(language="ms", birthday="1990-11-30")
    project = factories.project(client.id, deadline="2026-12-20")
    projects.set_status(project.id, "active")
    projects.set_status(project.id, "delivered")
    (greeting,) = [d for d in important_dates(today) if d.client_id == client.id]
    draft = compose.draft_for_item(greeting)
    assert draft.habit == "greeting" and "hari jadi anda" in draft.body
    interactions.log(client.id, "email", "Boleh hantar fail asal?", waiting_for_reply=True)
    (waiting,) = waiting_for_answer()
    reply = compose.draft_for_item(waiting)
    assert reply.habit == "reply" and reply.body.startswith("Salam sejahtera Ayşe Yılmaz,")
    outbox.send(outbox.queue(reply))
    assert waiting_for_answer() == ()
    proposed, _ = proposed_follow_ups(today + dt.timedelta(days=100))
    (item,) = proposed
    follow_up = compose.draft_for_item(item)
    assert follow_up.habit == "follow_up" and "“Brand identity”" in follow_up.body


def test_an_eml_file_carries_the_message_and_its_pdf(studio, tmp_path):
    client = factories.client()
    invoice = factories.issued_invoice(client.id)
    path = eml.save(compose.draft_for_document("invoice", invoice.id), tmp_path / "invoice.eml")
    message = BytesParser(policy=policy.default).parsebytes(path.read_bytes())
    assert message["X-Unsent"] == "1" and message["Subject"].endswith(invoice.number)
    assert [p.get_filename() for p in message.iter_attachments()] == [f"{invoice.number}.pdf"]
    assert path.stat().st_mode & 0o077 == 0
    assert clients.get(client.id).email == "ayse@example.com"


def test_a_test_message_reaches_the_sender_and_is_stored_nowhere(studio, mailbox):
    assert outbox.send_test() == "deniz@deniz.design"
    (received,) = mailbox.messages
    assert received.recipients == ["deniz@deniz.design"] and received.message["Subject"] == \
        "Test message from Deniz Design Studio"
    from studio_app.store.models import OutboxMessage
    assert OutboxMessage.select().count() == 0


def test_a_mailto_address_for_a_message_without_attachments(studio):
    client = factories.client(email="ayse@example.com, muhasebe@example.com")
    url = eml.mailto(compose.draft_follow_up(client_id=client.id))
    assert url.startswith("mailto:ayse@example.com?cc=muhasebe%40example.com&subject=") and "%0D%0A" in url
