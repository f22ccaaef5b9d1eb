"""The demo into PostgreSQL: its rows go in by COPY with the tables' secondary indexes, foreign keys and triggers
set aside (store.bulk_postgres), from a writer thread and, for the large size, the second process. The schema
is whole again afterwards, what the triggers keep is what they would have kept, and both ways make one database."""

from __future__ import annotations

import pytest

from studio_app import demo
from studio_app.store import bulk_postgres, check, db, startup
from studio_app.store.models import Client, Invoice, NumberCounter

pytestmark = pytest.mark.postgres

_SCHEMA = {  # the catalog a fill must leave as it found it
    "indexes": "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1, 2",
    "constraints": "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid), convalidated "
                   "FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2",
    "triggers": "SELECT tgrelid::regclass::text, tgname, tgenabled FROM pg_trigger WHERE NOT tgisinternal "
                "ORDER BY 1, 2",
}
# what triggers append to, a row per statement: the same when the sums per key are
_DELTAS = {"row_counts": ('"table"', '"rows"'), "quote_fragments": ("fragment", "rows"),
           "contract_fragments": ("fragment", "rows"), "invoice_fragments": ("fragment", "rows"),
           "open_total": ("currency", "amount, invoices"), "open_due_total": ("currency, due_date", "amount, invoices"),
           "payment_month_total": ("currency, month", "amount, payments")}


def _schema() -> dict[str, list]:
    return {name: db.current().execute_sql(sql).fetchall() for name, sql in _SCHEMA.items()}


def _tables() -> dict[str, list]:
    """Every table's rows, ordered (the migrations' dates left out), the delta tables as their sums per key."""
    names = [name for (name,) in db.current().execute_sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_version' ORDER BY 1")]
    found = {}
    for name in names:
        if name in _DELTAS:
            keys, values = _DELTAS[name]
            sums = ", ".join(f"SUM({v})" for v in values.split(", "))
            sql = f'SELECT {keys}, {sums} FROM "{name}" GROUP BY {keys} ORDER BY {keys}'
        else:
            sql = f'SELECT * FROM "{name}" t ORDER BY t::text'
        found[name] = db.current().execute_sql(sql).fetchall()
    return found


def _kept_by_triggers() -> dict[str, list]:
    """What the triggers keep, made again from the rows by the repairs ``rebuild-totals`` runs."""
    from studio_app.store import fragments, latest, row_counts, totals
    totals.rebuild()
    latest.rebuild()
    row_counts.rebuild()
    fragments.rebuild_all()
    return _tables()


def test_the_fill_leaves_the_schema_whole_and_keeps_what_the_triggers_keep(pg_db, today):
    before = _schema()
    demo.fill("small", seed=3)
    assert _schema() == before
    assert check.run() == [] and check.notes() == []
    filled = _tables()
    assert filled == _kept_by_triggers()
    assert len(filled["issued_document"]) > 300 and len(filled["invoice_fragments"]) > 100


def test_two_processes_make_the_same_database_as_one(pg, today):
    """The large demo's way (the issued documents made in a second process, sent as COPY's text), at the small
    size. One test: the seal key is this test's (a per-test data folder)."""
    filled = []
    for processes in (1, 2):
        startup.open_database(pg.create_database(f"demo_processes_{processes}"))
        try:
            demo.fill("small", seed=5, processes=processes)
            filled.append(_tables())
        finally:
            db.close()
    one, two = filled
    assert len(two["issued_document"]) > 300 and two.keys() == one.keys()
    assert [name for name in two if two[name] != one[name]] == []


def test_a_trigger_the_fill_cannot_make_again_is_refused_before_any_row(pg_db, today):
    db.current().execute_sql("CREATE FUNCTION mine() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$")
    db.current().execute_sql('CREATE TRIGGER "my_own_count" AFTER INSERT ON "client" FOR EACH STATEMENT '
                             "EXECUTE FUNCTION mine()")
    with pytest.raises(RuntimeError, match="my_own_count"):
        demo.fill("small")
    assert Client.select().count() == Invoice.select().count() == 0
    assert _schema()["triggers"].count(("client", "my_own_count", "O")) == 1


def test_copy_stores_what_an_insert_stores(pg_db):
    """Text with the characters COPY escapes, NULL beside empty text, bytes, numbers, flags, days and times."""
    import datetime as dt
    from decimal import Decimal
    execute = db.current().execute_sql
    for name in ("by_insert", "by_copy"):
        execute(f'CREATE TABLE "{name}" (t TEXT, e TEXT, b BYTEA, n NUMERIC, i BIGINT, f BOOLEAN, d DATE, '
                f'ts TIMESTAMP, u TEXT)')
    columns = ("t", "e", "b", "n", "i", "f", "d", "ts", "u")
    rows = [("a\\b\tc\nd\re \\N", "", b"\x00\x01\\\xff", Decimal("12.50"), 7, True, dt.date(2026, 2, 28),
             dt.datetime(2026, 2, 28, 17, 5, 9, 120), "İstanbul ıŞğ Αθήνα"),
            (None, None, None, None, None, None, None, None, "\\"),
            ("None", "\\x41", b"", Decimal("-0.001"), -(2 ** 40), False, dt.date(1999, 1, 1),
             dt.datetime(1999, 12, 31, 23, 59), "")] * 1500  # more than one page
    from psycopg2.extras import execute_values
    with db.current().connection().cursor() as cursor:
        execute_values(cursor, f'INSERT INTO "by_insert" ({", ".join(columns)}) VALUES %s', rows)
    bulk_postgres.copy("by_copy", columns, rows)
    read = lambda name: execute(f'SELECT * FROM "{name}" ORDER BY ctid').fetchall()  # noqa: E731
    assert read("by_copy") == read("by_insert")
    assert [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row) for row in read("by_copy")[:3]] == rows[:3]


def test_a_value_holding_a_separator_is_refused_and_nothing_is_written(pg_db):
    with pytest.raises(ValueError, match="control character"), db.transaction():
        bulk_postgres.copy("number_counter", ("series", "year", "last"), [("in\x1evoice", 2026, 1)])
    assert NumberCounter.select().count() == 0


def test_what_fails_in_the_copier_is_raised_and_nothing_is_written(pg_db):
    from psycopg2.errors import UniqueViolation
    from studio_app.demo.copying import Copier
    with pytest.raises(UniqueViolation), db.transaction(), Copier(bulk_postgres.SetAside()) as writer:
        writer.insert("number_counter", ("series", "year", "last"), [("invoice", 2026, 1), ("invoice", 2026, 2)])
    assert NumberCounter.select().count() == 0


def test_a_desk_reading_the_new_database_makes_the_fill_fail_rather_than_wait(pg_db, monkeypatch):
    import psycopg2
    from studio_app.text.errors import StudioError
    monkeypatch.setattr(bulk_postgres, "LOCK_WAIT", "200ms")
    other = psycopg2.connect(pg_db)
    try:
        other.cursor().execute('SELECT count(*) FROM "invoice"')  # its transaction stays open: the table is locked
        with pytest.raises(StudioError, match="Another desk"):  # db.BUSY, what a lock not granted in time says
            demo.fill("small")
    finally:
        other.close()
    assert Client.select().count() == Invoice.select().count() == 0
    demo.fill("small")
    assert check.run() == []
