"""Money owed: outstanding, unpaid and overdue invoices, unpaid deposits, revenue per month."""

from studio_app.store.models import Invoice
from studio_app.today import money
from studio_app.work import invoices, payments, projects
from tests import factories
from tests.studio_app.today.helpers import D, client, invoice


def test_outstanding_overdue_and_unpaid(studio):
    eur = client("Euro client")
    gbp = client("Pound client", currency="GBP")
    late = invoice(eur.id, "2026-10-27", "2026-11-10")
    partly = invoice(eur.id, "2026-11-20", "2026-12-07")
    payments.record(partly.id, "100.00", date="2026-11-21")
    due_today = invoice(gbp.id, "2026-11-09", "2026-11-23", price="100")
    yesterday = invoice(gbp.id, "2026-11-08", "2026-11-22", price="50", quantity="1")
    paid = invoice(eur.id, "2026-10-01", "2026-10-15")
    payments.record(paid.id, "600.00", date="2026-10-10")
    credited = invoice(eur.id, "2026-09-01", "2026-09-15")
    invoices.issue(invoices.create_credit_note(credited.id, "Cancelled").id)
    invoices.create_draft(eur.id, lines=[{"description": "Draft", "quantity": "1", "unit_price": "999",
                                          "tax_rate": "20"}], due_date="2026-11-01")

    assert money.outstanding() == (money.CurrencyAmount("EUR", 60000 + 50000, 2),
                                       money.CurrencyAmount("GBP", 24000 + 6000, 2))
    assert money.unpaid_total() == (money.CurrencyAmount("EUR", 60000, 1),
                                        money.CurrencyAmount("GBP", 30000, 2))
    overdue = money.overdue_invoices()
    assert overdue.count == 2
    assert overdue.totals == (money.CurrencyAmount("EUR", 60000, 1), money.CurrencyAmount("GBP", 6000, 1))
    assert [(o.invoice_id, o.days_overdue, o.due, o.currency) for o in overdue.invoices] == [
        (late.id, 13, 60000, "EUR"), (yesterday.id, 1, 6000, "GBP")]
    assert overdue.invoices[0].number == late.number and overdue.invoices[0].client_id == eur.id
    assert due_today.id not in {o.invoice_id for o in overdue.invoices}
    assert money.overdue_invoices(limit=1).invoices[0].invoice_id == late.id
    assert money.overdue_invoices(limit=1).count == 2


def test_unpaid_deposit_until_fully_paid(studio):
    who = client()
    work = factories.project(who.id, price="1000", deposit_percent="30")
    _, _, deposit = factories.accepted_quote(work.id)
    assert money.unpaid_deposits() == ()  # a draft deposit is not requested yet
    deposit = invoices.issue(deposit.id)
    payments.record(deposit.id, "100.00")

    (waiting,) = money.unpaid_deposits()

    assert (waiting.invoice_id, waiting.project_id, waiting.client_id, waiting.project_status) == (
        deposit.id, work.id, who.id, "active")
    assert (waiting.due, waiting.currency, waiting.days_waiting) == (36000 - 10000, "EUR", 0)
    projects.set_status(work.id, "delivered")
    assert money.unpaid_deposits() == ()  # now simply owed: the overdue list takes it from its due date
    projects.set_status(work.id, "active")
    payments.record(deposit.id, "260.00")
    assert money.unpaid_deposits() == ()


def test_revenue_by_month_has_every_month_and_currency(studio):
    eur = client("Euro client")
    gbp = client("Pound client", currency="GBP")
    a = invoice(eur.id, "2025-11-01", "2025-11-15", quantity="10")
    b = invoice(gbp.id, "2026-06-01", "2026-06-15")
    payments.record(a.id, "100.00", date="2025-11-30")  # the month before the twelve
    payments.record(a.id, "200.00", date="2025-12-01")  # the first of the twelve
    payments.record(a.id, "50.00", date="2026-11-23")  # today
    payments.record(a.id, "25.00", date="2026-11-02")
    payments.record(b.id, "70.00", date="2026-06-30")

    months = money.revenue_by_month()

    assert [m.month for m in months] == [D(2025, 12, 1)] + [D(2026, n, 1) for n in range(1, 12)]
    figures = {(m.month.isoformat()[:7], t.currency): t.amount for m in months for t in m.totals}
    assert len(figures) == 24 and all(len(m.totals) == 2 for m in months)
    assert figures[("2025-12", "EUR")] == 20000 and figures[("2025-12", "GBP")] == 0
    assert figures[("2026-11", "EUR")] == 7500 and figures[("2026-06", "GBP")] == 7000
    assert sum(figures.values()) == 20000 + 7500 + 7000
    before = money.revenue_by_month(D(2025, 12, 31), months=2)
    assert [(m.month, m.totals) for m in before] == [
        (D(2025, 11, 1), (money.CurrencyAmount("EUR", 10000),)),
        (D(2025, 12, 1), (money.CurrencyAmount("EUR", 20000),))]


def test_revenue_with_no_payments_is_twelve_zero_months_in_the_studio_currency(studio_sqlite):
    months = money.revenue_by_month()
    assert len(months) == 12 and {m.totals for m in months} == {(money.CurrencyAmount("EUR", 0),)}


def test_the_overdue_card_is_what_is_open_less_what_is_not_yet_due(studio):
    """Overdue = outstanding − not yet due (migration 14's short range); no due date is never overdue."""
    eur = client("Euro client")
    gbp = client("Pound client", currency="GBP")
    undated = invoice(eur.id, "2026-10-01", "2026-10-15")
    Invoice.update(due_date=None).where(Invoice.id == undated.id).execute()  # as old imported rows may be
    invoice(eur.id, "2026-10-01", "2026-10-15")
    invoice(eur.id, "2026-11-20", "2026-11-23")  # due today: not overdue yet
    invoice(gbp.id, "2026-11-20", "2026-12-20")  # nothing of it overdue: no overdue line for the pound

    open_totals, overdue = money.open_and_overdue()

    assert open_totals == (money.CurrencyAmount("EUR", 180000, 3), money.CurrencyAmount("GBP", 60000, 1))
    assert overdue == (money.CurrencyAmount("EUR", 60000, 1),)
    assert money.overdue_invoices().totals == overdue and money.overdue_invoices().count == 1
