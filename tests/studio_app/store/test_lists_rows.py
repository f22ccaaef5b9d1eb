"""A page's rows read as each engine reads them (PostgreSQL: a statement prepared once per connection, the client's
name and the project's title as subqueries) equal peewee's own join, and survive what drops prepared statements."""

from __future__ import annotations

import pytest

from studio_app import demo
from studio_app.store import db, lists, prepared
from studio_app.store.models import Project
from studio_app.work import projects


def expected_rows(kind: str, ids: list[int]) -> dict[int, dict]:
    model = lists.spec(kind).model
    query = lists._base(kind, lists._row_columns(kind)).where(model.id.in_(ids))
    found = {row["id"]: {k: v for k, v in row.items() if k != "status" or kind != "invoices"} for row in query.dicts()}
    if kind == "projects":  # the list shows the agreed price (test_an_hourly_projects_price_...)
        for row in found.values():
            row["price"] = projects.price_net(Project.get_by_id(row["id"]))
    return found


def shown(kind: str, ids: list[int]) -> dict[int, dict]:
    return {row_id: {k: v for k, v in row.items() if k != "status" or kind != "invoices"}
            for row_id, row in lists.rows(kind, ids).items()}


def test_a_pages_rows_are_peewees_join_on_both_engines(any_db, today):
    demo.fill("small", seed=5)
    from studio_app.store.models import Client
    from studio_app.work import invoices
    invoices.create_draft(Client.select().first().id)  # no project: the title is None, the row still shown
    for kind in lists.SPECS:
        ids = lists.ids(kind, lists.Filter(include_archived=True)).tolist()
        for page in (ids[:7], ids[-7:], ids[3:50]):
            assert shown(kind, page) == expected_rows(kind, page), kind
    assert lists.rows("invoices", []) == {}


@pytest.mark.postgres
def test_prepared_statements_dropped_behind_the_app_are_prepared_again(pg_db, today):
    demo.fill("small", seed=5)
    database = db.current()
    page = lists.ids("invoices")[:20].tolist()
    first = shown("invoices", page)
    names = [name for (name,) in database.execute_sql("SELECT name FROM pg_prepared_statements")]
    assert names == ["studio_rows_invoices"]
    database.execute_sql("DEALLOCATE ALL")  # what DISCARD ALL or a pooler's other server connection leaves
    assert shown("invoices", page) == first
    with db.transaction():  # inside a transaction: plain SQL, nothing that could abort it
        assert shown("quotes", lists.ids("quotes")[:5].tolist()) == expected_rows("quotes", lists.ids("quotes")[:5].tolist())
    assert not getattr(database, "studio_unprepared", False)
    db.close()  # a new connection has none of them
    database.connect()
    assert shown("invoices", page) == first


@pytest.mark.postgres
def test_a_connection_that_keeps_losing_them_reads_without(pg_db, today, monkeypatch):
    demo.fill("small", seed=5)
    database = db.current()
    page = lists.ids("invoices")[:20].tolist()
    original = database.execute_sql

    def forgetful(sql, params=None, *args, **kwargs):  # a pooler in transaction mode: every statement elsewhere
        if sql.startswith("EXECUTE "):
            original("DEALLOCATE ALL")
        return original(sql, params, *args, **kwargs)

    monkeypatch.setattr(database, "execute_sql", forgetful)
    assert shown("invoices", page) == expected_rows("invoices", page)
    assert database.studio_unprepared
    monkeypatch.delattr(database, "studio_unprepared")
    prepared._prepared.clear()


def test_an_hourly_projects_price_is_its_estimate_at_its_rate_in_the_list_and_its_sort(sqlite_db, today):
    """An hourly project keeps 0 in its fixed-price field: the list showed “€0.00”. It shows what was agreed: the
    estimated hours at the rate (exact, half-up), or the accepted quote's price once the client said yes."""
    from tests import factories
    client = factories.client().id
    fixed = factories.project(client, title="Fixed", price="4000").id
    hourly = factories.project(client, title="Hourly", pricing="hourly", price="0", hourly_rate="60.25",
                               estimated_hours="12.5").id  # 753.125 → 753.13
    small = factories.project(client, title="Small", pricing="hourly", price="0", hourly_rate="60",
                              estimated_hours="2").id
    prices = {row_id: row["price"] for row_id, row in lists.rows("projects", [fixed, hourly, small]).items()}
    assert prices == {fixed: 400000, hourly: 75313, small: 12000}
    assert lists.ids("projects", sort="price", descending=False).tolist() == [small, hourly, fixed]
    total, shown_rows = lists.page("projects", sort="price", descending=True)  # what `list projects` prints
    assert [row["price"] for row in shown_rows] == [400000, 75313, 12000]
