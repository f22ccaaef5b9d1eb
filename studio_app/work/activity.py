"""What happened to a document, in order: created, issued, sent, reminded, paid, refunded, credited, signed.

Read from what the services already record (the document's own dates, the issued copy, the outbox, the
payments, the credit notes against an invoice); nothing is stored here. The window words each event in the
interface language from its ``kind`` and figures.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from studio_app.store.models import Contract, Invoice, IssuedDocument, OutboxMessage, Payment, Quote

KINDS = ("created", "issued", "sent", "queued", "reminder", "payment", "refund", "credit_note", "signed")
_MODELS = {"quote": Quote, "contract": Contract, "invoice": Invoice}


@dataclass(frozen=True)
class Event:
    when: dt.datetime  # a day without a time (a payment, a signature): its last instant
    kind: str  # one of KINDS
    amount: int = 0  # payment, refund, credit note: minor units of the document's currency
    detail: str = ""  # sent: the addressees; payment: the method; credit note: its number
    step: int = 0  # reminder: its step on the ladder


def _at(day: dt.date | dt.datetime) -> dt.datetime:
    # A day without a time (a payment, a signature) comes after what was timed that day: it was recorded later.
    return day if isinstance(day, dt.datetime) else dt.datetime.combine(day, dt.time.max)


def for_document(kind: str, document_id: int) -> list[Event]:
    """The document's events, oldest first (the ``kind`` is quote, contract or invoice)."""
    doc = _MODELS[kind].get_by_id(document_id)
    events = [Event(_at(doc.created_at), "created")]
    issued = (IssuedDocument.select(IssuedDocument.issued_at)
              .where((IssuedDocument.kind == kind) & (IssuedDocument.document_id == document_id)).first())
    if issued is not None:
        events.append(Event(_at(issued.issued_at), "issued"))
    events += _messages(kind, document_id)
    if kind == "invoice":
        events += _payments(document_id) + _credit_notes(document_id)
    if kind == "contract" and doc.signed_on is not None:
        events.append(Event(_at(doc.signed_on), "signed"))
    return sorted(events, key=lambda event: (event.when, KINDS.index(event.kind)))


def _messages(kind: str, document_id: int) -> list[Event]:
    rows = (OutboxMessage.select(OutboxMessage.kind, OutboxMessage.habit, OutboxMessage.status,
                                 OutboxMessage.sent_at, OutboxMessage.created_at, OutboxMessage.to_addresses)
            .where((OutboxMessage.document_kind == kind) & (OutboxMessage.document_id == document_id))
            .order_by(OutboxMessage.id))
    events = []
    for row in rows:
        to = ", ".join(json.loads(row.to_addresses or "[]"))
        if row.status != "sent" or row.sent_at is None:
            events.append(Event(_at(row.created_at), "queued", detail=to))
        elif row.kind == "reminder" and row.habit.startswith("reminder-"):
            events.append(Event(_at(row.sent_at), "reminder", detail=to, step=int(row.habit.rpartition("-")[2] or 0)))
        else:
            events.append(Event(_at(row.sent_at), "sent", detail=to))
    return events


def _payments(invoice_id: int) -> list[Event]:
    return [Event(_at(p.date), "refund" if p.amount < 0 else "payment", amount=abs(p.amount), detail=p.method)
            for p in Payment.select().where(Payment.invoice == invoice_id).order_by(Payment.date, Payment.id)]


def _credit_notes(invoice_id: int) -> list[Event]:
    notes = (Invoice.select(Invoice.number, Invoice.issue_date, Invoice.total_gross)
             .where((Invoice.corrects == invoice_id) & (Invoice.status == "issued")))
    return [Event(_at(note.issue_date), "credit_note", amount=abs(note.total_gross), detail=note.number or "")
            for note in notes if note.issue_date is not None]
