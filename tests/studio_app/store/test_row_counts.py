"""Migration 21's kept row counts (PostgreSQL) equal count(*) after every write path, with two desks writing at
once, after a restore; check reports a wrong one and rebuild-totals repairs it. SQLite keeps none."""

from __future__ import annotations

import threading

import pytest

from studio_app import demo
from studio_app.store import check, db, lists, row_counts
from studio_app.store.migrations import m0021_row_counts as m0021
from studio_app.store.models import Contract, Invoice, Quote
from studio_app.work import clients, invoices

MODELS = (Quote, Contract, Invoice)


def wrong_counts() -> list[tuple[str, int, int]]:
    wrong = []
    for model in MODELS:
        kept, actual = row_counts.count(model), model.select().count()
        if kept != actual:
            wrong.append((model._meta.table_name, kept, actual))
    return wrong


def kept_rows(table: str) -> int:
    return db.current().execute_sql(f'SELECT count(*) FROM "{m0021.KEPT}" WHERE "table" = %s', [table]).fetchone()[0]


def test_sqlite_keeps_no_counts_and_counts_its_tables(sqlite_db, today):
    demo.fill("small", seed=3)
    assert row_counts.count(Invoice) is None and row_counts.problems() == []
    assert lists.count("invoices") == Invoice.select().count() > 0


@pytest.mark.postgres
def test_every_write_path_keeps_the_counts_exact(pg_db, today):
    demo.fill("small", seed=3)  # many rows a statement (execute_values pages)
    assert wrong_counts() == [] and lists.count("invoices") == Invoice.select().count()
    client = clients.create(name="Ayşe Kaya", email="ayse@example.com")
    drafts = [invoices.create_draft(client.id) for _ in range(3)]
    invoices.delete_draft(drafts[0].id)
    invoices.issue(invoices.update_draft(drafts[1].id, lines=[{"description": "Logo", "quantity": "1",
                                                                 "unit_price": "100"}]).id)
    with db.transaction():  # several rows in one statement, and one that inserts none
        db.current().execute_sql('DELETE FROM "invoice" WHERE "id" IN (SELECT "id" FROM "invoice" WHERE "status" = '
                                 "'draft' AND \"id\" NOT IN (SELECT \"invoice_id\" FROM \"invoice_line\") "
                                 'AND "id" NOT IN (SELECT "corrects_id" FROM "invoice" WHERE "corrects_id" IS NOT NULL))')
        db.current().execute_sql('INSERT INTO "quote" SELECT * FROM "quote" WHERE false')
    assert wrong_counts() == []
    head, total = lists.first("invoices", limit=5)
    assert total == Invoice.select().count() and len(head) == 5


@pytest.mark.postgres
def test_two_desks_writing_at_once_never_wait_on_the_counts_and_a_fold_keeps_them(pg_db, today, monkeypatch):
    import psycopg2
    client_id = clients.create(name="Ayşe Kaya", email="ayse@example.com").id
    invoices.create_draft(client_id)
    invoices.create_draft(client_id)
    first = psycopg2.connect(pg_db)
    try:  # one desk holds an uncommitted delete; the other deletes another invoice and must not wait for it
        cursor = first.cursor()
        cursor.execute('DELETE FROM "invoice" WHERE "id" = (SELECT max("id") FROM "invoice")')
        done = []

        def other_desk() -> None:
            second = psycopg2.connect(pg_db)
            with second.cursor() as other:
                other.execute("SET lock_timeout = '2s'")
                other.execute('DELETE FROM "invoice" WHERE "id" = (SELECT min("id") FROM "invoice")')
            second.rollback()
            second.close()
            done.append(True)

        thread = threading.Thread(target=other_desk)
        thread.start()
        thread.join(10)
        assert done == [True]
        assert row_counts.count(Invoice) == 2  # the first desk's delete is not committed: not counted yet
        first.commit()
    finally:
        first.close()
    assert wrong_counts() == [] and row_counts.count(Invoice) == 1
    for _ in range(3):
        invoices.create_draft(client_id)
    assert kept_rows("invoice") > 1
    monkeypatch.setattr(row_counts, "FOLD_AFTER", 0)
    assert row_counts.count(Invoice) == 4  # read, then folded
    assert kept_rows("invoice") == 1 and row_counts.count(Invoice) == 4
    assert wrong_counts() == []


@pytest.mark.postgres
def test_check_reports_a_wrong_count_and_rebuild_totals_repairs_it(pg_db, today):
    from studio_app.cli import data
    demo.fill("small", seed=3)
    assert row_counts.problems() == []
    db.current().execute_sql(f'INSERT INTO "{m0021.KEPT}" ("table", "rows") VALUES (\'contract\', 2)')
    found = [problem for problem in check.run() if "kept count" in problem]
    actual = Contract.select().count()
    assert found == [f"the kept count of contracts is {actual + 2}, but there are {actual} (the list would show a "
                     f"wrong number); the command “rebuild-totals” counts them again"]
    assert data.run_rebuild_totals(None) == 0
    assert check.run() == [] and kept_rows("contract") == 1 and wrong_counts() == []
