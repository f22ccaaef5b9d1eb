"""The money chain: what the client accepted is exactly what the deposit and final invoices bill, what the VAT
return gets and what the client owes — whatever the order of issuing and paying."""

from __future__ import annotations

import json
from collections import defaultdict
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from studio_app.work import (
    acceptance, billing, clients, invoices, issuing, payments, projects, quotes, revisions, timelog,
)
from studio_app import money
from studio_app.today import money as today_money
from studio_app.money import lines as line_rules
from studio_app.text.errors import StudioError
from studio_app.store.models import Invoice

RATES = ("0", "7", "10", "19", "20", "24")
ZERO_CATEGORIES = ("", "E", "AE", "K", "G", "O")


@st.composite
def quote_rows(draw) -> list[dict]:
    rows = []
    for _ in range(draw(st.integers(1, 5))):
        rate = draw(st.sampled_from(RATES))
        price = draw(st.one_of(st.integers(1, 900_000).map(str),
                               st.decimals("0.001", "90", places=3).map(lambda d: format(d, "f"))))
        rows.append({"description": "Line", "quantity": format(draw(st.decimals("0.25", "40", places=2)), "f"),
                     "unit_price": price, "tax_rate": rate,
                     "vat_category": draw(st.sampled_from(ZERO_CATEGORIES)) if rate == "0" else "",
                     "discount_percent": draw(st.sampled_from(("0", "0", "5", "10", "33.33"))),
                     "base_quantity": draw(st.sampled_from(("1", "1", "1", "100")))})
    if draw(st.booleans()):  # a goodwill line or a document-level discount
        rows.append({"description": "Goodwill", "quantity": "-1", "unit_price": "1", "tax_rate": rows[0]["tax_rate"],
                     "vat_category": rows[0]["vat_category"]})
    if draw(st.booleans()):
        rows.append({"kind": "allowance", "description": "Loyalty discount", "quantity": "1",
                     "discount_percent": draw(st.sampled_from(("2", "5", "10"))), "tax_rate": rows[-1]["tax_rate"],
                     "vat_category": rows[-1]["vat_category"]})
    if draw(st.booleans()):
        rows.append({"kind": "charge", "description": "Rush fee", "quantity": "1", "unit_price": "25",
                     "tax_rate": rows[0]["tax_rate"], "vat_category": rows[0]["vat_category"]})
    return rows


def groups(invoice_ids: list[int]) -> dict[tuple[str, Decimal], tuple[int, int]]:
    summed: dict[tuple[str, Decimal], list[int]] = defaultdict(lambda: [0, 0])
    for invoice_id in invoice_ids:
        for group in invoices.totals(invoices.get(invoice_id)).rates:
            summed[(group.category, group.rate)][0] += group.net
            summed[(group.category, group.rate)][1] += group.tax
    return {key: tuple(value) for key, value in summed.items() if value != [0, 0]}


def agreement_with_extras(quote, final) -> dict[tuple[str, Decimal], tuple[int, int]]:
    """The quote's lines plus the extras the final invoice added (rounds, hours): one document's figures."""
    quoted = line_rules.as_dicts(quotes.line_rows(quote.id))
    extras = [row for row, stored in zip(line_rules.as_dicts(invoices.line_rows(final.id)), invoices.line_rows(final.id))
              if stored.deposit_invoice_id is None][len(quoted):]
    figures = money.document_totals(line_rules.as_money_lines(quoted + extras), quote.currency,
                                    prices_include_tax=quote.prices_include_tax)
    return {(g.category, g.rate): (g.net, g.tax) for g in figures.rates if (g.net, g.tax) != (0, 0)}


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(rows=quote_rows(), inclusive=st.booleans(), percent=st.decimals("0", "100", places=2),
       order=st.sampled_from(("pay_first", "final_first", "pay_between")), extra_rounds=st.integers(0, 2),
       minutes=st.sampled_from((0, 45, 90)), credit=st.booleans())
def test_the_chain_bills_the_agreement_once_in_any_order(sqlite_db, today, rows, inclusive, percent, order,
                                                         extra_rounds, minutes, credit):
    client = clients.create(name="Property client", currency="EUR", language="en")
    project = projects.create(client.id, title="Chain", price="1000", tax_rate="20", deposit_percent=str(percent),
                              included_rounds=0, extra_round_fee="60", deadline="2027-01-15")
    try:
        quote = quotes.create_from_project(project.id, rows)
    except StudioError:  # the draw made a line the form refuses too
        assume(False)
    quote = quotes.update_draft(quote.id, prices_include_tax=inclusive)
    assume(quotes.totals(quote).gross > 0)
    quote = quotes.issue(quote.id)
    quote, _, deposit = acceptance.accept(quote.id)
    for n in range(extra_rounds):
        revisions.log_round(project.id, f"Round {n + 1}")
    if minutes:
        timelog.record(project.id, minutes, note="Extra")
    chain = []
    if deposit is not None:
        deposit = invoices.issue(deposit.id)
        chain.append(deposit.id)
        if order == "pay_first":
            payments.record(deposit.id, invoices.totals(deposit).due)
    final = billing.create_final(project.id)
    if deposit is not None and order == "pay_between":
        payments.record(deposit.id, invoices.totals(invoices.get(deposit.id)).due)
    final = invoices.issue(final.id)
    chain.append(final.id)
    if deposit is not None and order == "final_first":
        payments.record(deposit.id, invoices.totals(invoices.get(deposit.id)).due)

    # The VAT return: net and VAT per category and rate over the chain are the agreement's (plus extras).
    assert groups(chain) == agreement_with_extras(quote, final)
    # What the client owes: the agreement, once — never the deposit twice.
    billed = sum(invoices.totals(invoices.get(i)).gross for i in chain)
    expected_gross = sum(net + tax for net, tax in agreement_with_extras(quote, final).values())
    assert billed == expected_gross
    owed = sum(invoices.totals(invoices.get(i)).due for i in chain)
    paid = sum(invoices.get(i).paid for i in chain)
    assert owed + paid == billed and owed >= 0

    if credit:  # the final invoice paid, then credited in full: what was paid is owed back until refunded
        final_due = invoices.totals(invoices.get(final.id)).due
        if final_due > 0:
            payments.record(final.id, final_due)
        note = invoices.issue(invoices.create_credit_note(final.id, "Cancelled").id)
        assert invoices.totals(note).gross == -invoices.get(final.id).total_gross
        figures = invoices.totals(invoices.get(final.id))
        assert figures.refund_owed == invoices.get(final.id).paid
        if figures.refund_owed:
            assert any(r.invoice_id == final.id for r in today_money.refunds_owed())
            payments.record_refund(final.id, figures.refund_owed)
        assert invoices.totals(invoices.get(final.id)).due == 0
        assert not any(r.invoice_id == final.id for r in today_money.refunds_owed())
        for inv in Invoice.select().where(Invoice.status == "issued"):
            due = inv.total_gross - inv.deducted - inv.paid - inv.credited
            assert due >= 0 or inv.kind == "credit_note" or inv.credited > 0


def test_a_credit_note_beyond_what_is_unpaid_leaves_a_refund_owed(sqlite_db, today):
    client = clients.create(name="Refund client", currency="EUR")
    invoice = invoices.issue(invoices.create_draft(client.id, lines=[
        {"description": "Logo", "unit_price": "1000", "tax_rate": "20"}]).id)
    payments.record(invoice.id, "800")
    note = invoices.issue(invoices.create_credit_note(invoice.id, "Cancelled").id)
    figures = invoices.totals(invoices.get(invoice.id))
    assert (figures.due, figures.refund_owed) == (-80000, 80000)
    assert [(r.number, r.amount) for r in today_money.refunds_owed()] == [(invoice.number, 80000)]
    snapshot = json.loads(issuing.issued("invoice", note.id).snapshot)
    assert snapshot["refund"] == {"amount": 80000, "paid": 80000, "number": invoice.number}
    with pytest.raises(StudioError, match="more than the"):
        payments.record_refund(invoice.id, "800.01")
    with pytest.raises(StudioError, match="more than the"):
        payments.record(invoice.id, "1")  # nothing is due: the studio owes the client
    payments.record_refund(invoice.id, "800")
    assert invoices.totals(invoices.get(invoice.id)).due == 0 and today_money.refunds_owed() == ()


def test_delivering_from_the_form_dates_the_delivery(sqlite_db, today):
    client = clients.create(name="Delivered client")
    project = projects.create(client.id, title="Poster", price="500", deadline="2026-12-01", status="active")
    assert projects.update(project.id, status="delivered").delivered_on == today


@pytest.mark.parametrize("status", ["lost", "closed"])
def test_a_lost_or_closed_project_takes_no_new_quote_or_final_invoice(sqlite_db, today, status):
    client = clients.create(name="Ended client")
    project = projects.create(client.id, title="Poster", price="500", deadline="2026-12-01", status=status)
    with pytest.raises(StudioError, match=f"“Poster” is {status}: it takes no new quote"):
        quotes.create_from_project(project.id)
    with pytest.raises(StudioError, match="takes no new quote or final invoice"):
        billing.create_final(project.id)
    assert Invoice.select().count() == 0
    projects.update(project.id, status="active")
    assert quotes.create_from_project(project.id).status == "draft"
    assert billing.create_final(project.id).kind == "final"
