"""Migration 18's kept counts of one- and two-letter fragments equal a scan of every search key, after every write
path, on both engines; and a list's count of a one-letter search is read from them."""

from __future__ import annotations

import shutil
from collections import Counter
import threading
from pathlib import Path

import pytest

from studio_app import demo
from studio_app.store import bulk, db, fragments, lists, row_counts, startup
from studio_app.store.migrations import m0018_search_fragments as m0018
from studio_app.store.models import Contract, Invoice, Quote
from studio_app.work import clients, invoices

MODELS = {"quote": Quote, "contract": Contract, "invoice": Invoice}
ABSENT = ["zq", "ω", "ς", "%", "_", "'"]


def wrong_counts() -> list[tuple[str, str, int, int]]:
    """(table, fragment, rows holding it, kept count) for every fragment whose kept count is not the scan's."""
    wrong = []
    for table, model in MODELS.items():
        keys = [key for (key,) in db.current().execute_sql(f'SELECT "search_key" FROM "{table}"')]
        seen = set().union(*(m0018.fragments(key) for key in keys))
        for fragment in sorted(seen) + ABSENT:
            scanned = sum(fragment in key for key in keys)
            kept = fragments.count(model, fragment)
            if kept != scanned:
                wrong.append((table, fragment, scanned, kept))
    return wrong


@pytest.fixture
def filled(any_db, today):
    demo.fill("small", seed=3)  # SQLite: the triggers set aside and the counts made again; PostgreSQL: triggers
    return any_db


def test_the_kept_counts_are_a_scan_of_every_key_and_a_one_letter_search_counts_from_them(filled):
    assert wrong_counts() == []
    flt = lists.Filter(text="A")
    everything = lists.ids("invoices", flt)
    head, total = lists.first("invoices", flt, limit=5)
    assert len(everything) > 5 and total == len(everything) == fragments.count(Invoice, "a")
    assert list(head) == list(everything[:5])


def test_every_write_path_keeps_the_counts_exact(filled):
    client = Invoice.select().order_by(Invoice.id).first().client
    clients.update(client.id, name="Ωmega Çağrı Zq")  # renamed: every document's key written again
    draft = invoices.create_draft(client.id)
    doomed = invoices.create_draft(client.id)
    invoices.delete_draft(doomed.id)
    invoices.issue(invoices.update_draft(draft.id, lines=[{"description": "Logo", "quantity": "1",
                                                            "unit_price": "100"}]).id)  # numbered: a new key
    with db.transaction():  # many rows in one statement, and an update that leaves the key alone
        db.current().execute_sql("UPDATE \"invoice\" SET \"search_key\" = \"search_key\" || ' zq' "
                                 "WHERE \"id\" IN (SELECT \"id\" FROM \"invoice\" ORDER BY \"id\" LIMIT 7)")
        db.current().execute_sql('UPDATE "invoice" SET "notes" = "notes"')
    assert fragments.count(Invoice, "zq") >= 8
    assert wrong_counts() == []


def test_a_bulk_fill_counts_the_rows_its_triggers_missed(sqlite_db, today):
    demo.fill("small", seed=4)
    with db.transaction():
        set_aside = bulk.set_aside_indexes([Invoice])
        assert any(name == "invoice_fragments_insert" for _, name, _ in set_aside)
        db.current().execute_sql("INSERT INTO \"invoice\" SELECT \"id\" + 100000, \"client_id\", \"project_id\", "
                                 "\"kind\", NULL, 'draft', " + ", ".join(_rest()) + " FROM \"invoice\"")
        bulk.restore_indexes(set_aside)
    assert Invoice.select().count() > 300
    assert wrong_counts() == []


def _rest() -> list[str]:
    """The invoice columns after status, copied (search keys with ' bulk' appended)."""
    columns = [column.name for column in db.current().get_columns("invoice")]
    after = columns[columns.index("status") + 1:]
    return ['"search_key" || \' bulk\'' if c == "search_key" else f'"{c}"' for c in after]


def test_a_version_15_database_gets_its_counts_when_it_migrates(tmp_path):
    path = tmp_path / "v15.sqlite3"
    shutil.copy(Path(__file__).resolve().parents[2] / "fixtures" / "schemas" / "v15.sqlite3", path)
    startup.open_database(path)
    assert wrong_counts() == []


@pytest.mark.postgres
def test_two_desks_writing_at_once_never_wait_on_the_counts_and_stay_exact(pg_db, today, monkeypatch):
    """PostgreSQL: each desk's statements append their own count rows, so a desk holding an uncommitted invoice
    does not make the other wait (lock_timeout would fail it); folded rows sum to the same count."""
    import psycopg2
    client_id = clients.create(name="Ayşe Kaya", email="ayse@example.com").id
    for _ in range(3):
        invoices.create_draft(client_id)
    first = psycopg2.connect(pg_db)
    try:
        cursor = first.cursor()
        cursor.execute('UPDATE "invoice" SET "search_key" = \'kaya abc\' '
                       'WHERE "id" = (SELECT max("id") FROM "invoice")')
        done = []

        def other_desk() -> None:
            second = psycopg2.connect(pg_db)
            with second, second.cursor() as other:
                other.execute("SET lock_timeout = '2s'")
                other.execute('UPDATE "invoice" SET "search_key" = \'kaya abd\' '
                              'WHERE "id" = (SELECT min("id") FROM "invoice")')
            second.close()
            done.append(True)

        thread = threading.Thread(target=other_desk)
        thread.start()
        thread.join(10)
        assert done == [True]
        first.commit()
    finally:
        first.close()
    invoices.create_draft(client_id)
    kept = m0018.table_of("invoice")
    assert db.current().execute_sql(f'SELECT count(*) FROM "{kept}" WHERE "fragment" = %s', ["a"]).fetchone()[0] > 1
    before = fragments.count(Invoice, "a")
    monkeypatch.setattr(fragments, "FOLD_AFTER", 0)
    assert fragments.count(Invoice, "a") == before  # read, then folded
    assert db.current().execute_sql(f'SELECT count(*) FROM "{kept}" WHERE "fragment" = %s', ["a"]).fetchone()[0] == 1
    assert db.current().execute_sql(f'SELECT count(*) = count(DISTINCT "fragment") FROM "{kept}"').fetchone()[0]
    assert fragments.count(Invoice, "a") == before
    assert wrong_counts() == []


@pytest.mark.postgres
def test_a_restore_on_postgresql_empties_the_counts_with_the_tables(pg_db, today, tmp_path):
    """files.restore empties every table with TRUNCATE (no row trigger fires) and loads the export again: the
    fragment counts and migration 21's row counts are emptied with them and counted again."""
    from studio_app.files import export
    demo.fill("small", seed=6)
    saved = tmp_path / "export.json"
    export.export_json(saved)
    tables = ", ".join(f'"{model._meta.table_name}"' for model in export.TABLES)
    with db.current().atomic():
        db.current().execute_sql(f"TRUNCATE {tables} RESTART IDENTITY")
        assert row_counts.count(Invoice) == 0
        export.import_json(saved)
    assert fragments.count(Invoice, "a") > 0 and row_counts.count(Invoice) > 0
    assert wrong_counts() == [] and row_counts.problems() == []


def test_check_reports_a_tampered_count_and_rebuild_totals_repairs_it(filled, capsys):
    from studio_app.cli import data
    from studio_app.store import check
    assert fragments.problems() == []
    kept = m0018.table_of("invoice")
    before = fragments.count(Invoice, "k")
    if db.is_sqlite():
        db.current().execute_sql(f'UPDATE "{kept}" SET "rows" = "rows" + 3 WHERE "fragment" = \'k\'')
    else:  # a stray change row, as a trigger set aside would leave
        db.current().execute_sql(f'INSERT INTO "{kept}" ("fragment", "rows") VALUES (\'k\', 3)')
    found = [problem for problem in check.run() if "search's kept counts" in problem]
    assert len(found) == 1 and "of invoices" in found[0] and "1 fragment(s), the first “k”" in found[0]
    assert f"(kept {before + 3}, the rows {before})" in found[0] and "rebuild-totals" in found[0]
    assert data.run_rebuild_totals(None) == 0
    assert fragments.problems() == [] and fragments.count(Invoice, "k") == before
    assert wrong_counts() == []


def test_the_counts_of_many_keys_are_each_keys_own_fragments_counted():
    """``counts`` drops the fragments with a space once, at the end: the same as leaving them out key by key."""
    keys = ["kaya", "a  b", " ab ", "", None, "ş ş", "aa aa", "inv-2026-0001 ayşe kaya", "  ", "x"]
    expected = Counter()
    for key in keys:
        expected.update(m0018.fragments(key or ""))
    assert m0018.counts(keys) == sorted(expected.items())
