"""What the Today view's refresh saves in round trips and plans changes no figure: the deposits read in one
statement, the settings read with the change counter, the panels' plans kept per connection (PostgreSQL)."""

import datetime as dt

import pytest

from studio_app.store import db
from studio_app.store import prepared
from studio_app.today import cockpit, deadlines, money, updates, workload
from studio_app.store.migrations import m0020_panel_covering_indexes as m0020
from studio_app.work import clock, invoices, projects, settings
from tests import factories
from tests.studio_app.today.helpers import D, T, client, project


def _deposit(client_id: int, title: str, issued_on: dt.date, price: str = "1000"):
    work = factories.project(client_id, title=title, price=price, deposit_percent="30")
    with clock.frozen(dt.datetime.combine(issued_on, dt.time(9))):
        _, _, deposit = factories.accepted_quote(work.id)
        return work, invoices.issue(deposit.id)


def test_deposits_in_issue_order_with_their_totals_on_projects_not_delivered(studio):
    eur, gbp = client("Euro client"), client("Pound client", currency="GBP")
    first = _deposit(eur.id, "First", D(2026, 11, 2))
    same_day = _deposit(gbp.id, "Same day", D(2026, 11, 2), price="500")
    later = _deposit(eur.id, "Later", D(2026, 11, 20), price="2000")
    done = _deposit(eur.id, "Delivered", D(2026, 11, 21))
    projects.set_status(done[0].id, "delivered")

    rows, totals = money.deposits_page(limit=2)
    every, _ = money.deposits_page()

    assert [d.invoice_id for d in every] == [first[1].id, same_day[1].id, later[1].id]  # same day: by id
    assert rows == every[:2]
    assert [(d.project_title, d.project_status, d.client_id, d.days_waiting) for d in every] == [
        ("First", "active", eur.id, 21), ("Same day", "active", gbp.id, 21), ("Later", "active", eur.id, 3)]
    assert totals == (money.CurrencyAmount("EUR", 36000 + 72000, 2), money.CurrencyAmount("GBP", 18000, 1))
    before_later, before_totals = money.deposits_page(D(2026, 11, 19))
    assert [d.invoice_id for d in before_later] == [first[1].id, same_day[1].id]  # not issued yet that day
    assert before_totals == (money.CurrencyAmount("EUR", 36000, 1), money.CurrencyAmount("GBP", 18000, 1))
    assert money.deposits_page(limit=0) == ((), totals)


def test_a_changed_setting_shows_on_the_next_refresh(studio):
    """The settings are read once per refresh, with the change counter: a change is in the next figures."""
    project(client().id, "Soon", deadline="2026-12-03")  # ten days from today, its deliverable open
    seen = cockpit.cockpit()
    assert seen.at_risk.count == 0 and seen.workload[0].capacity == settings.get().weekly_capacity_hours
    settings.update({"warning_window_days": 14, "weekly_capacity_hours": 12})
    seen = cockpit.cockpit()
    assert seen.at_risk.count == 1 and seen.at_risk.rows == deadlines.deadlines_at_risk()
    assert {week.capacity for week in seen.workload} == {12} and seen.workload == workload.workload()


def _prepared() -> set[str]:
    return {name for (name,) in db.current().execute_sql("SELECT name FROM pg_prepared_statements").fetchall()}


@pytest.mark.postgres
def test_a_panel_is_planned_once_and_reads_its_rows_afresh(pg_db, today):
    factories.studio()
    who = client()
    project(who.id, "Late one", deadline="2026-11-10")
    assert deadlines.deadlines_page(today, 5)[1] == 1
    names = _prepared()
    assert len(names) == 1
    assert deadlines.deadlines_page(today, 5)[1] == 1 and _prepared() == names  # the same plan, run again
    project(who.id, "Late two", deadline="2026-11-11")
    rows, count = deadlines.deadlines_page(today, 5)
    assert count == 2 and [r.title for r in rows] == ["Late one", "Late two"] and _prepared() == names
    with db.transaction():  # inside a transaction the query runs as it is (a missing plan would abort it)
        assert deadlines.deadlines_page(D(2026, 11, 1), 5) == ((), 0) and _prepared() == names
    assert deadlines.deadlines_page(D(2026, 11, 1), 5) == ((), 0) and len(_prepared()) == 2


@pytest.mark.postgres
def test_plans_beyond_the_limit_are_let_go(pg_db, today, monkeypatch):
    factories.studio()
    project(client().id, "Started long ago", start_date="2026-01-05")
    monkeypatch.setattr(prepared, "PER_CONNECTION", 2)
    pages = [updates.updates_page(D(2026, 11, day), 5) for day in range(1, 5)]
    assert len(_prepared()) == 2
    assert [updates.updates_page(D(2026, 11, day), 5) for day in range(1, 5)] == pages
    assert pages[0][1] == 1 and len(_prepared()) == 2


def test_migration_20_covering_indexes_on_postgresql_only(any_db):
    names = [statement.split('"')[1] for statement in m0020.POSTGRESQL_INDEXES]
    if db.is_sqlite():  # SQLite's indexes carry the rowid already
        found = db.current().execute_sql('SELECT name FROM sqlite_master WHERE type = \'index\'').fetchall()
        assert not set(names) & {name for (name,) in found}
    else:
        found = db.current().execute_sql("SELECT indexname FROM pg_indexes WHERE tablename IN ('project', "
                                         "'invoice')").fetchall()
        assert set(names) <= {name for (name,) in found}
