"""The Today view's figures: cards, the first lines of each panel with their counts, always fresh."""

from studio_app.today import cockpit, deadlines, follow_ups, money, updates, waiting
from studio_app.work import interactions, payments
from tests.studio_app.today.helpers import T, client, delivered, invoice, project


def test_panels_hold_the_first_lines_in_the_lists_order_and_count_them_all(studio):
    who = client()
    for n in range(7):
        project(who.id, f"Late {n}", deadline=f"2026-11-{10 + n:02}", start_date="2026-09-01")
        interactions.log(client(f"Client {n}").id, "email", f"Question {n}", waiting_for_reply=True,
                         occurred_at=T(2026, 11, 10 + n, 9))
        invoice(who.id, f"2026-10-{1 + n:02}", f"2026-10-{20 - n:02}")
    for n in range(3):
        delivered(client(f"Past client {n}").id, f"Delivered {n}", T(2026, 6, 1 + n, 10))

    seen = cockpit.cockpit(rows=5)

    assert (seen.at_risk.count, seen.at_risk.rows) == (7, deadlines.deadlines_at_risk()[:5])
    assert (seen.waiting.count, seen.waiting.rows) == (7, waiting.waiting_for_answer()[:5])
    assert (seen.updates.count, seen.updates.rows) == (7, updates.updates_due()[:5])
    assert seen.updates.more == 2
    overdue = money.overdue_invoices()
    assert (seen.overdue.count, seen.overdue.rows, seen.overdue.totals) == (7, overdue.invoices[:5], overdue.totals)
    assert [r.invoice_id for r in seen.overdue.rows] == [o.invoice_id for o in overdue.invoices][:5]
    assert seen.outstanding.totals == money.outstanding() and seen.outstanding.count == 7
    proposed, count = follow_ups.proposed_follow_ups()
    assert seen.follow_ups.count == count == 3 and seen.follow_ups.rows == proposed
    assert cockpit.cockpit(rows=2).at_risk.rows == deadlines.deadlines_at_risk()[:2]


def test_cards_follow_every_write_at_once(studio):
    """No cache: a payment recorded (at this desk or another) is in the next figures."""
    who = client()
    late = invoice(who.id, "2026-10-01", "2026-10-15")
    before = cockpit.cockpit()
    assert before.overdue.totals == (money.CurrencyAmount("EUR", 60000, 1),) and before.received.count == 0
    payments.record(late.id, "100.00", date="2026-11-20")
    after = cockpit.cockpit()
    assert after.overdue.totals == (money.CurrencyAmount("EUR", 50000, 1),)
    assert after.outstanding.totals == (money.CurrencyAmount("EUR", 50000, 1),)
    assert after.received.totals == (money.CurrencyAmount("EUR", 10000, 1),) and after.received.count == 1
    assert cockpit.cockpit().deposits == cockpit.Panel((), 0)


def test_a_write_at_another_desk_shows_on_the_next_refresh(studio):
    """Figures are kept between refreshes only while nothing is written: another connection's commit (another
    desk) changes the database's version, and the next refresh reads it."""
    late = invoice(client().id, "2026-10-01", "2026-10-15")
    assert cockpit.cockpit().outstanding.totals == (money.CurrencyAmount("EUR", 60000, 1),)
    version = cockpit.data_version()
    assert cockpit.data_version() == version  # reading changes nothing
    _commit_at_another_desk(f'UPDATE "invoice" SET "paid" = "paid" + 10000 WHERE "id" = {late.id}')
    assert cockpit.data_version() != version
    assert cockpit.cockpit().outstanding.totals == (money.CurrencyAmount("EUR", 50000, 1),)


def _commit_at_another_desk(sql: str) -> None:
    """Run ``sql`` on a second connection to the same database, as another desk would, and commit."""
    from studio_app.store import db
    if db.is_sqlite():
        import sqlite3
        desk = sqlite3.connect(str(db.sqlite_path()))
        desk.execute(sql)
    else:
        import psycopg2
        desk = psycopg2.connect(dbname=db.current().database, **db.current().connect_params)
        desk.cursor().execute(sql)
    desk.commit()
    desk.close()
