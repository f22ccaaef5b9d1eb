"""PostgreSQL: a refresh after a write sends the figures' statements as one (store.combined), the change counter
and the waiting clients as another, and what comes back is what each statement alone gives, value for value and
type for type; nothing read outlives the refresh."""

import datetime as dt
from decimal import Decimal

import pytest

from benchmarks.core import counted
from studio_app.store import combined, db
from studio_app.today import cockpit
from studio_app.work import interactions, payments
from tests.studio_app.today.helpers import T, client, delivered, invoice, project
from tests.studio_app.today.test_cockpit import _commit_at_another_desk

pytestmark = pytest.mark.postgres


def _studio_with_every_panel():
    who = client()
    for n in range(3):
        project(who.id, f"Late {n}", deadline=f"2026-11-{10 + n:02}", start_date="2026-09-01",
                estimated_hours="40")
        interactions.log(client(f"Client {n}").id, "email", f"Question {n} 100% sure?", waiting_for_reply=True,
                         occurred_at=T(2026, 11, 10 + n, 9))
        invoice(who.id, f"2026-10-{1 + n:02}", f"2026-10-{20 - n:02}", price="250.35")
    delivered(client("Past client").id, "Delivered", T(2026, 6, 1, 10))
    return who


def _alone() -> cockpit.Cockpit:
    """The figures with every statement sent on its own, as before store.combined."""
    cockpit.forget()
    combined.forget()
    return cockpit.cockpit()


def test_the_refresh_after_a_write_is_two_statements_with_the_same_figures(pg_db, today):
    from tests import factories
    factories.studio()
    _studio_with_every_panel()
    alone = _alone()
    with counted() as first:
        assert _alone() == alone
    cockpit.forget()  # as after a write: the figures dropped, the texts of the last refresh kept
    with counted() as sent:
        again = cockpit.cockpit()
    assert again == alone
    assert len(first) >= 12 and len(sent) == 2  # the change counter with the waiting clients; the figures
    with counted() as sent:
        assert cockpit.cockpit() == alone
    assert len(sent) == 1  # nothing written: the change counter with the waiting clients alone


def test_another_desks_payment_is_in_the_next_refresh(pg_db, today):
    from tests import factories
    factories.studio()
    who = _studio_with_every_panel()
    late = invoice(who.id, "2026-09-01", "2026-09-15")
    cockpit.cockpit(), cockpit.forget()
    before = cockpit.cockpit()
    _commit_at_another_desk(f'UPDATE "invoice" SET "paid" = "paid" + 10000 WHERE "id" = {late.id}')
    with counted() as sent:
        after = cockpit.cockpit()
    assert len(sent) == 2
    owed = {t.currency: t.amount for t in before.outstanding.totals}
    assert {t.currency: t.amount for t in after.outstanding.totals} == {"EUR": owed["EUR"] - 10000}
    assert after == _alone()
    payments.record(late.id, "1.00", date="2026-11-20")
    assert cockpit.cockpit() == _alone()  # this desk's write too


# Every type the panels read, with the awkward values: scale kept, NULLs, quotes, %, non-Latin text.
_TYPES = ("SELECT 1::int, 2::bigint, %s::numeric(12, 2), SUM(x)::numeric, %s::date, %s::timestamp, true, false, "
          "%s::text, NULL::text, NULL::date, 0.1::float8, 'a''b %%'::varchar FROM (VALUES (1::bigint), (2)) v(x) "
          "UNION ALL SELECT 3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'İş Ελλάδα \"x\"', 't', NULL, NULL, '' "
          "ORDER BY 1 DESC")
_PARAMS = [Decimal("12.50"), dt.date(2026, 2, 28), dt.datetime(2026, 11, 23, 9, 5, 1, 250), "100% ok"]


def _typed(rows):
    return [[(type(value), repr(value)) for value in row] for row in rows]


def test_values_come_back_as_the_statement_alone_gives_them(pg_db):
    database = db.current()
    alone = database.execute_sql(_TYPES, _PARAMS).fetchall()
    empty = 'SELECT "id" FROM "invoice" WHERE "id" < %s'
    for _ in range(2):  # recorded, then answered from the one statement
        with counted() as sent, combined.refresh(database, "key"):
            assert _typed(combined.rows(database, _TYPES, _PARAMS)) == _typed(alone)
            assert combined.rows(database, empty, [0], planned=True) == []
            assert combined.rows(database, _TYPES, _PARAMS) == alone  # asked twice, answered twice
    assert len(sent) == 1
    with counted() as sent, combined.refresh(database, "another key"):  # another day: each on its own again
        assert _typed(combined.rows(database, _TYPES, _PARAMS)) == _typed(alone)
    assert len(sent) == 1


def test_statements_sent_together_once_their_types_are_known(pg_db):
    database = db.current()
    statements = [(_TYPES, _PARAMS), ('SELECT "id" FROM "invoice" WHERE "id" < %s', [0]), ("SELECT %s::text", ["x"])]
    alone = [database.execute_sql(sql, params).fetchall() for sql, params in statements]
    combined._types.clear()
    with counted() as first:
        assert combined.together(database, statements) == alone
    with counted() as sent:
        found = combined.together(database, statements)
    assert [_typed(rows) for rows in found] == [_typed(rows) for rows in alone]
    assert len(first) == 3 and len(sent) == 1


def test_inside_a_transaction_each_statement_runs_on_its_own(pg_db):
    database, text = db.current(), "SELECT %s::int + 1"
    for _ in range(2):
        with combined.refresh(database, "key"):
            assert combined.rows(database, text, [1]) == [(2,)]
    with combined.refresh(database, "key"), db.transaction(), counted() as sent:
        assert combined.rows(database, text, [1]) == [(2,)]
    assert sent == [text]
