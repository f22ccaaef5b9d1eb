"""The amount due has one definition: the loaded invoice, the query, the hand-written SQL, the totals, the list and
the dashboard give the same figure in every state an invoice can be in."""

from __future__ import annotations

from studio_app.money.due import due_expression, due_sql, invoice_due
from studio_app.store import db, lists
from studio_app.store.models import Invoice
from studio_app.today import money as today_money
from studio_app.work import billing, invoices, payments
from tests import factories


def _every_state() -> dict[str, int]:
    factories.studio()
    client = factories.client()
    line = [{"description": "Poster", "unit_price": "1000", "tax_rate": "20"}]  # 1,200.00 gross
    found = {"unpaid": factories.issued_invoice(client.id, lines=line).id}
    found["partly paid"] = factories.issued_invoice(client.id, lines=line).id
    payments.record(found["partly paid"], "200")
    found["refund owed"] = factories.issued_invoice(client.id, lines=line).id
    payments.record(found["refund owed"], "1200")
    found["credit note"] = invoices.issue(invoices.create_credit_note(found["refund owed"], "Cancelled").id).id
    found["refunded"] = factories.issued_invoice(client.id, lines=line).id
    payments.record(found["refunded"], "1000")
    invoices.issue(invoices.create_credit_note(found["refunded"], "Cancelled").id)
    payments.record_refund(found["refunded"], "1000")
    project = factories.project(client.id)
    _, _, deposit = factories.accepted_quote(project.id)
    found["deposit"] = invoices.issue(deposit.id).id
    payments.record(found["deposit"], "500")
    found["final"] = invoices.issue(billing.create_final(project.id).id).id
    found["before migration 4"] = factories.issued_invoice(client.id, lines=line).id
    Invoice.update(deducted=30000).where(Invoice.id == found["before migration 4"]).execute()
    found["draft"] = invoices.create_draft(client.id, lines=line).id
    return found


def test_every_view_of_the_amount_due_agrees(any_db, today):
    found = _every_state()
    expected = {"unpaid": 120000, "partly paid": 100000, "refund owed": -120000, "credit note": -120000,
                "refunded": 0, "deposit": 144000 - 50000, "before migration 4": 90000, "draft": 120000}
    by_query = dict(Invoice.select(Invoice.id, due_expression()).tuples())
    by_sql = dict(db.current().execute_sql(f'SELECT i."id", {due_sql("i")} FROM "invoice" i').fetchall())
    listed = lists.rows("invoices", list(found.values()))
    for state, invoice_id in found.items():
        invoice = invoices.get(invoice_id)
        due = invoice_due(invoice)
        assert due == by_query[invoice_id] == by_sql[invoice_id] == invoices.totals(invoice).due == \
            listed[invoice_id]["due"], state
        if state in expected:
            assert due == expected[state], state
    final = invoices.get(found["final"])
    assert invoice_due(final) == final.total_gross > 0  # the deposit is deducted on its lines, with its VAT
    owed = sum(a.amount for a in today_money.outstanding())
    assert owed == sum(invoice_due(invoices.get(i)) for s, i in found.items()
                       if s not in ("draft", "credit note") and invoice_due(invoices.get(i)) > 0)
    assert {r.invoice_id: r.amount for r in today_money.refunds_owed()} == {found["refund owed"]: 120000}
