"""PostgreSQL: how many quotes, contracts or invoices there are, read from the counts migration 21's triggers keep.

A list that shows every row says how many there are; on PostgreSQL counting 100,000 invoices read every entry of an
index (5–10 ms of opening the list). The kept count is the sum of the table's rows in ``row_counts``, one appended per
statement that inserted or deleted rows; a read folds them together when it finds many (store.deltas), as
store.fragments does. SQLite has no kept counts: it counts a table from its pages.
"""

from __future__ import annotations

import peewee

from . import db, deltas
from .migrations import m0021_row_counts as m0021

FOLD_AFTER = 32  # the table folded when a read finds more rows than this for one counted table


def count(model) -> int | None:
    """How many rows ``model``'s table has, from the kept counts; None where there are none (SQLite, other tables)."""
    database = model._meta.database
    database = getattr(database, "obj", database)
    table = model._meta.table_name
    if isinstance(database, peewee.SqliteDatabase) or table not in m0021.TABLES:
        return None
    total, parts = database.execute_sql(f'SELECT COALESCE(SUM("rows"), 0), COUNT(*) FROM "{m0021.KEPT}" '
                                        'WHERE "table" = %s', [table]).fetchone()
    if parts > FOLD_AFTER and not database.in_transaction() and not getattr(database, "studio_read_only", False):
        fold(database)
    return int(total)


def fold(database: peewee.Database) -> None:
    """Every table's rows replaced by their sum; skipped when another desk is folding them."""
    with database.atomic():
        if database.execute_sql("SELECT pg_try_advisory_xact_lock(hashtext(%s))", [m0021.KEPT]).fetchone()[0]:
            deltas.fold_postgres(database, m0021.KEPT, '"table"', '"rows"')


_WHAT = {"quote": "quotes", "contract": "contracts", "invoice": "invoices"}


def problems() -> list[str]:
    """Where a kept count differs from the table's rows (what ``check`` reports): the list would say a wrong number."""
    database = db.current()
    if isinstance(database, peewee.SqliteDatabase):
        return []
    kept = {table: int(rows) for table, rows in database.execute_sql(
        f'SELECT "table", SUM("rows") FROM "{m0021.KEPT}" GROUP BY "table"')}
    found = []
    for table in m0021.TABLES:
        actual = database.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        if kept.get(table, 0) != actual:
            found.append(f"the kept count of {_WHAT[table]} is {kept.get(table, 0)}, but there are {actual} (the "
                         f"list would show a wrong number); the command “rebuild-totals” counts them again")
    return found


def rebuild() -> None:
    """Count the tables again (to repair what ``check`` reported); SQLite keeps no counts."""
    if db.is_sqlite():
        return
    with deltas.rebuilding([m0021.KEPT]) as database:
        for table in m0021.TABLES:
            m0021.fill(database, table)
