"""Sending through a real SMTP server on loopback: what arrives, what the outbox keeps when the server cannot
be reached, and that no crash or second desk makes a message go twice."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import sys
from email.header import decode_header, make_header
from pathlib import Path

import pypdf
import pytest

from studio_app.mail import compose, outbox, settings as mail_settings
from studio_app.store import db, startup
from studio_app.store.models import Interaction, OutboxMessage, Project
from studio_app.text.errors import StudioError
from studio_app.today.follow_ups import follow_ups_due
from studio_app.today.updates import updates_due
from studio_app.today.waiting import waiting_for_answer
from studio_app.work import interactions, settings
from tests import factories, smtp_server

ROOT = Path(__file__).resolve().parents[3]
WORKER = Path(__file__).resolve().parent / "desk_worker.py"


def decoded(value: str) -> str:
    return str(make_header(decode_header(value)))


def greek_client():
    return factories.client(name="Γιώργος Παπαδόπουλος", company="Αθηναϊκή Εταιρεία", email="giorgos@example.gr",
                            language="el", country="GR", tax_id="EL094259216")


def test_an_invoice_arrives_with_its_pdf_and_turkish_headers(studio, mailbox):
    client = factories.client(name="Çağla Yılmaz", email="cagla@example.com; muhasebe@example.com")
    invoice = factories.issued_invoice(client.id)
    draft = compose.draft_for_document("invoice", invoice.id)
    assert (draft.to, draft.cc) == (["cagla@example.com"], ["muhasebe@example.com"])
    outbox_id = outbox.queue(draft)
    assert outbox.get(outbox_id).status == "queued" and not mailbox.messages  # stored, not sent yet
    assert outbox.send(outbox_id) == "sent"
    (received,) = mailbox.messages
    message = received.message
    assert received.recipients == ["cagla@example.com", "muhasebe@example.com"]
    assert message["Subject"] == f"Deniz Design Studio – Fatura {invoice.number}"
    assert str(message["From"]) == "Deniz Tasarım Stüdyosu <deniz@deniz.design>"
    assert received.raw.isascii()  # every header encoded for the wire (RFC 2047), the body in base64
    wire = re.search(rb"^From: (.*)\r$", received.raw, re.M).group(1).decode()
    assert "=?utf-8?" in wire and decoded(wire) == "Deniz Tasarım Stüdyosu <deniz@deniz.design>"
    assert message["Message-ID"] == outbox.get(outbox_id).message_id and message["Message-ID"].endswith(
        "@deniz.design>")
    assert message["Date"] is not None
    assert "Sayın Çağla Yılmaz," in message.get_body(("plain",)).get_content()
    (pdf,) = list(message.iter_attachments())
    assert pdf.get_content_type() == "application/pdf" and pdf.get_filename() == f"{invoice.number}.pdf"
    text = pypdf.PdfReader(io.BytesIO(pdf.get_content())).pages[0].extract_text()
    assert invoice.number in text and "Şişli Kahve Evi" in text


def test_greek_names_and_subjects_decode_and_the_send_is_logged(studio, mailbox):
    client = greek_client()
    project = factories.project(client.id, title="Λογότυπο «Ακρόπολη»")
    interactions.log(client.id, "email", "Πότε θα έχουμε τα πρώτα σχέδια;", project_id=project.id,
                     waiting_for_reply=True)
    assert waiting_for_answer()
    draft = compose.draft_progress_update(project.id)
    draft.to = ["Γιώργος Παπαδόπουλος <giorgos@example.gr>"]
    outbox_id = outbox.queue(draft)
    assert outbox.send(outbox_id) == "sent"
    message = mailbox.messages[0].message
    assert message["Subject"] == "Ενημέρωση προόδου: Λογότυπο «Ακρόπολη»"
    assert message["To"].addresses[0].display_name == "Γιώργος Παπαδόπουλος"
    assert b"=?utf-8?" in mailbox.messages[0].raw.split(b"\r\n\r\n")[0]
    entry = Interaction.get_by_id(outbox.get(outbox_id).interaction)
    assert (entry.client_id, entry.project_id, entry.kind) == (client.id, project.id, "update")
    assert "Ενημέρωση προόδου" in entry.summary
    assert not waiting_for_answer()  # the reply cleared "waiting for your answer"
    assert project.id not in [u.project_id for u in updates_due(dt.date.today() + dt.timedelta(days=1))]


def test_a_refused_connection_keeps_the_message_queued_with_the_reason(studio, mailbox):
    settings.update({"smtp_port": smtp_server.free_port()})  # nothing listens there
    client = factories.client()
    outbox_id = outbox.queue(compose.draft_for_document("invoice", factories.issued_invoice(client.id).id))
    assert outbox.send(outbox_id) == "queued"
    assert outbox.send(outbox_id) == "queued"
    row = outbox.get(outbox_id)
    assert row.attempts == 2 and "refused the connection" in row.last_error and row.sent_at is None
    assert [r.id for r in outbox.pending()] == [outbox_id]
    assert not Interaction.select().where(Interaction.kind == "email").exists()


def test_a_refused_recipient_waits_or_fails_and_the_others_still_go(studio, mailbox):
    client = factories.client()
    invoice = factories.issued_invoice(client.id)
    ids = []
    for to in ("busy@example.com", "nobody@example.com", "ayse@example.com"):
        draft = compose.draft_for_document("invoice", invoice.id)
        draft.to = [to]
        ids.append(outbox.queue(draft))
    assert [r.status for r in outbox.retry_all()] == ["queued", "failed", "sent"]
    assert "450" in outbox.get(ids[0]).last_error and "550 5.1.1 No such user" in outbox.get(ids[1]).last_error
    assert [m.recipients for m in mailbox.messages] == [["ayse@example.com"]]


def test_the_reason_is_in_the_studio_language(studio, mailbox):
    settings.update({"smtp_port": smtp_server.free_port(), "language": "tr"})
    client = factories.client()
    outbox_id = outbox.queue(compose.draft_for_document("invoice", factories.issued_invoice(client.id).id))
    outbox.send(outbox_id)
    assert "bağlantıyı reddetti" in outbox.get(outbox_id).last_error


def test_a_wrong_password_is_refused_and_the_right_one_sends(studio, smtp_auth):
    controller, mailbox = smtp_auth
    mailbox.clear()
    settings.update({"smtp_port": controller.port, "smtp_user": smtp_server.USER})
    client = factories.client()
    outbox_id = outbox.queue(compose.draft_for_document("invoice", factories.issued_invoice(client.id).id))
    assert outbox.send(outbox_id, "wrong") == "queued"
    assert "refused the user name or password" in outbox.get(outbox_id).last_error
    assert outbox.send(outbox_id) == "queued"  # no password kept
    assert "password" in outbox.get(outbox_id).last_error
    mail_settings.remember(settings.get(), smtp_server.PASSWORD)
    assert [r.status for r in outbox.retry_all()] == ["sent"]
    assert len(mailbox.messages) == 1 and outbox.get(outbox_id).attempts == 3


def test_bad_input_is_refused_and_nothing_is_stored(studio, mailbox):
    client = factories.client()
    draft = compose.draft_for_document("invoice", factories.issued_invoice(client.id).id)
    draft.to = ["ayse@@example"]
    with pytest.raises(StudioError, match="“ayse@@example” is not an e-mail address"):
        outbox.queue(draft)
    from studio_app.work import invoices
    unissued = invoices.create_draft(client.id, lines=[{"description": "Logo", "unit_price": "100"}])
    with pytest.raises(StudioError, match="draft; issue it first"):
        compose.draft_for_document("invoice", unissued.id)
    assert OutboxMessage.select().count() == 0 and not mailbox.messages


def test_a_delay_notice_moves_the_deadline_when_queued(studio, mailbox, today):
    client = factories.client()
    project = factories.project(client.id)
    draft = compose.draft_delay_notice(project.id, "2027-02-01")
    assert "1 Şubat 2027" in draft.body and "1 Şubat 2027" in draft.subject
    outbox.send(outbox.queue(draft))
    assert Project.get_by_id(project.id).deadline == dt.date(2027, 2, 1)
    kinds = [i.kind for i in interactions.for_client(client.id)]
    assert sorted(kinds) == ["delay", "email"]


def test_a_planned_follow_up_leaves_the_list_when_sent(studio, mailbox, today):
    client = factories.client()
    entry = interactions.log(client.id, "call", "Call about the next season", follow_up_on=today)
    (item,) = follow_ups_due(today)
    draft = compose.draft_for_item(item)
    assert draft.follow_up_interaction == entry.id
    outbox.send(outbox.queue(draft))
    assert follow_ups_due(today) == ()


def test_a_crash_right_after_acceptance_never_sends_twice(studio, mailbox, tmp_path):
    client = factories.client()
    outbox_id = outbox.queue(compose.draft_for_document("invoice", factories.issued_invoice(client.id).id))
    db.close()
    done = subprocess.run([sys.executable, str(WORKER), str(studio), "crash_after_accepted", str(outbox_id)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 9, done.stderr
    startup.open_database(studio)
    assert outbox.get(outbox_id).status == "sending" and len(mailbox.messages) == 1
    assert outbox.retry_all() == []  # a fresh claim may belong to a desk still at work: left alone
    results = outbox.retry_all(stale_after=dt.timedelta(0))
    assert [r.status for r in results] == ["failed"]
    row = outbox.get(outbox_id)
    assert "may have arrived" in row.last_error and len(mailbox.messages) == 1
    assert outbox.resend(outbox_id) == "sent"  # the designer checked: it did not arrive
    assert len(mailbox.messages) == 2 and len(mailbox.by_id(row.message_id)) == 2  # the same Message-ID


def test_two_desks_retrying_at_once_send_each_message_once(any_studio, mailbox, tmp_path):
    studio = any_studio
    client = factories.client()
    invoice = factories.issued_invoice(client.id)
    ids = [outbox.queue(compose.draft_for_document("invoice", invoice.id)) for _ in range(6)]
    start = tmp_path / "go"
    db.close()
    desks = [subprocess.Popen([sys.executable, str(WORKER), str(studio), "retry", "0", str(start)], cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    for desk in desks:
        assert desk.stdout.readline().strip() == "ready", desk.stderr.read()
    start.touch()
    outputs = [desk.communicate(timeout=60) for desk in desks]
    assert [d.returncode for d in desks] == [0, 0], [err for _, err in outputs]
    startup.open_database(studio)
    assert sorted(len(mailbox.by_id(outbox.get(i).message_id)) for i in ids) == [1] * 6
    assert {outbox.get(i).status for i in ids} == {"sent"}
    assert Interaction.select().where(Interaction.kind == "email").count() == 6
