"""Rows read through a SELECT written once per engine (store.compiled) are the rows peewee's own query gives, read
fresh each time, on SQLite and PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

from studio_app.store import compiled, db, locks
from studio_app.store.models import Invoice, InvoiceLine, Studio
from studio_app.work import invoices
from tests import factories

LINES = [{"description": "Poster design", "quantity": "2", "unit_price": "250", "tax_rate": "20"},
         {"description": "Ünal's logo — round 3", "quantity": "1.5", "unit_price": "60.125", "tax_rate": "0",
          "vat_category": "AE"}]


def test_a_row_by_id_is_peewees_row(any_db):
    factories.studio()
    client = factories.client()
    issued = factories.issued_invoice(client.id, lines=LINES)
    draft = invoices.create_draft(client.id, lines=LINES)
    for row_id in (issued.id, draft.id):
        ours, theirs = compiled.by_id(Invoice, row_id), Invoice.get_or_none(Invoice.id == row_id)
        assert ours.__data__ == theirs.__data__ and not ours._dirty
        assert ours.client.name == "Ayşe Yılmaz" and ours.issue_date == theirs.issue_date
    assert compiled.by_id(Invoice, 10_000) is None
    assert compiled.by_id(Studio, 1).__data__ == Studio.get_by_id(1).__data__


def test_children_come_in_order_and_fresh(any_db):
    factories.studio()
    draft = invoices.create_draft(factories.client().id, lines=LINES)
    ours = compiled.children(InvoiceLine, InvoiceLine.invoice, draft.id, InvoiceLine.position)
    theirs = list(InvoiceLine.select().where(InvoiceLine.invoice == draft.id).order_by(InvoiceLine.position))
    assert [line.__data__ for line in ours] == [line.__data__ for line in theirs]
    assert [line.quantity for line in ours] == [Decimal("2"), Decimal("1.5")]
    InvoiceLine.update(description="Changed at another desk").where(InvoiceLine.id == ours[0].id).execute()
    again = compiled.children(InvoiceLine, InvoiceLine.invoice, draft.id, InvoiceLine.position)
    assert again[0].description == "Changed at another desk"  # read from the database, not kept
    assert compiled.children(InvoiceLine, InvoiceLine.invoice, 10_000, InvoiceLine.position) == []


def test_the_locked_read_is_the_row(any_db):
    factories.studio()
    draft = invoices.create_draft(factories.client().id, lines=LINES)
    with db.transaction():
        row = locks.locked(Invoice, draft.id, "invoice")
        assert row.__data__ == Invoice.get_by_id(draft.id).__data__
