"""The money totals the database keeps as invoices and payments are written (migration 16): what open invoices
owe per currency and due date, and the payments per currency and month, for the dashboard's cards and chart.

The triggers only ever append delta rows, so two desks never wait on one total; reading sums the rows of each
key, and :func:`compact` folds them into one row per key now and then: the dashboard's read asks for it when it
sees many more rows than keys, and a rebuild after a bulk fill leaves one row per key. Anything that writes
invoices or payments with the triggers set aside (``store.bulk``) calls :func:`rebuild`; ``check`` compares the
kept totals with the rows (:func:`problems`) and :func:`rebuild` repairs them.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from studio_app.text.errors import StudioError
from . import db
from .base import BaseModel
from .migrations import m0016_kept_totals as m0016

TABLES = ("open_due_total", "payment_month_total")
TRIGGERS = tuple(f"{table}_{event}" for table in TABLES for event in ("insert", "delete", "update"))
LOOSE_ROWS = 512  # rows beyond one per key before a read compacts (a few hundred writes' worth)
_LOCK = 160_016  # PostgreSQL advisory lock: one desk compacts at a time, another skips


class OpenDueTotal(BaseModel):
    """Delta rows: per currency and due date, what open issued invoices owe and how many they are."""

    currency = pw.CharField()
    due_date = pw.DateField(null=True)
    amount = pw.BigIntegerField()
    invoices = pw.IntegerField()

    class Meta:
        primary_key = False
        indexes = ((("currency", "due_date", "amount", "invoices"), False),)


class PaymentMonthTotal(BaseModel):
    """Delta rows: per currency and calendar month (its first day), the payments and how many they are."""

    currency = pw.CharField()
    month = pw.DateField()
    amount = pw.BigIntegerField()
    payments = pw.IntegerField()

    class Meta:
        primary_key = False
        indexes = ((("month", "currency", "amount", "payments"), False),)


MODELS = (OpenDueTotal, PaymentMonthTotal)


def _sql(statement: str) -> str:
    return statement if db.is_sqlite() else statement.replace("?", "%s")


def _rows(statement: str, params: list | tuple = ()) -> list[tuple]:
    return db.current().execute_sql(_sql(statement), tuple(params)).fetchall()


def _run(statement: str, params: list | tuple = ()) -> None:
    db.current().execute_sql(_sql(statement), tuple(params))


def open_and_overdue(today: dt.date) -> tuple[list[tuple[str, int, int, int, int]], int]:
    """Per currency with open invoices: (currency, open amount, open invoices, overdue amount, overdue
    invoices), and how many kept rows there were beyond one per key. No due date is never overdue."""
    rows = _rows('SELECT k."currency", SUM(k.s), SUM(k.n), SUM(CASE WHEN k."due_date" < ? THEN k.s ELSE 0 END), '
                 'SUM(CASE WHEN k."due_date" < ? THEN k.n ELSE 0 END), SUM(k.c) - COUNT(*) FROM (SELECT '
                 'o."currency", o."due_date", SUM(o."amount") AS s, SUM(o."invoices") AS n, COUNT(*) AS c '
                 'FROM "open_due_total" o GROUP BY o."currency", o."due_date") k GROUP BY k."currency" '
                 'ORDER BY k."currency"', [today, today])
    loose = sum(int(row[5]) for row in rows)
    return [(c, int(s), int(n), int(os_), int(on)) for c, s, n, os_, on, _ in rows if n], loose


def months(first: dt.date, before: dt.date) -> tuple[dict[tuple[dt.date, str], int], int]:
    """The payments per (month, currency) of the months from ``first`` up to ``before`` (excluded), and how
    many kept rows there were beyond one per key."""
    rows = _rows('SELECT t."month", t."currency", SUM(t."amount"), COUNT(*) - 1 FROM "payment_month_total" t '
                 'WHERE t."month" >= ? AND t."month" < ? GROUP BY t."month", t."currency"', [first, before])
    sums = {(_day(month), currency): int(amount) for month, currency, amount, _ in rows}
    return sums, sum(int(row[3]) for row in rows)


def _day(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def compact(table: str) -> bool:
    """Fold the delta rows of ``table`` into one row per key (zero sums dropped), in one transaction; False when
    another desk is writing (SQLite) or compacting (PostgreSQL), or the database is open read-only: it keeps
    being exact, only a little longer to read, and the next read tries again."""
    if table not in TABLES:
        raise ValueError(table)
    keys, sums = _columns(table)
    sqlite = db.is_sqlite()
    if sqlite:
        db.current().execute_sql("PRAGMA busy_timeout = 0")  # another desk writing: skip rather than wait
    try:
        with db.transaction():
            if sqlite:
                _compact_sqlite(table, keys, sums)
            elif _rows("SELECT pg_try_advisory_xact_lock(%d)" % _LOCK)[0][0]:
                _compact_pg(table, keys, sums)
            else:
                return False
    except (pw.OperationalError, pw.InternalError, StudioError):
        return False  # locked, or a read-only desk: nothing was changed
    finally:
        if sqlite:
            db.current().execute_sql(f"PRAGMA busy_timeout = {db.SQLITE_PRAGMAS['busy_timeout']}")
    return True


def _columns(table: str) -> tuple[str, str]:
    model = next(m for m in MODELS if m._meta.table_name == table)
    names = [f.column_name for f in model._meta.sorted_fields]
    return ", ".join(f'"{n}"' for n in names[:2]), ", ".join(f'"{n}"' for n in names[2:])


def _compact_sqlite(table: str, keys: str, sums: str) -> None:
    # BEGIN IMMEDIATE holds the only write lock: no trigger can append meanwhile
    last = _rows(f'SELECT MAX(rowid) FROM "{table}"')[0][0] or 0
    summed = ", ".join(f"SUM({c})" for c in sums.split(", "))
    nonzero = " OR ".join(f"SUM({c}) <> 0" for c in sums.split(", "))
    _run(f'INSERT INTO "{table}" ({keys}, {sums}) SELECT {keys}, {summed} FROM "{table}" WHERE rowid <= ? '
          f'GROUP BY {keys} HAVING {nonzero}', [last])
    _run(f'DELETE FROM "{table}" WHERE rowid <= ?', [last])


def _compact_pg(table: str, keys: str, sums: str) -> None:
    # The rows the DELETE's snapshot sees, summed back in: rows other desks append meanwhile are not among
    # them and stay as they are. Inserts never wait on the delete; only another compaction would (the lock).
    summed = ", ".join(f"SUM({c})" for c in sums.split(", "))
    nonzero = " OR ".join(f"SUM({c}) <> 0" for c in sums.split(", "))
    _run(f'WITH d AS (DELETE FROM "{table}" RETURNING {keys}, {sums}) INSERT INTO "{table}" ({keys}, {sums}) '
          f'SELECT {keys}, {summed} FROM d GROUP BY {keys} HAVING {nonzero}')


def compact_if_loose(table: str, loose: int) -> None:
    if loose > LOOSE_ROWS:
        compact(table)


def rebuild() -> None:
    """Make the kept totals again from the invoices and payments, one row per key (after the triggers were set
    aside, or to repair what ``check`` reported). PostgreSQL: the totals are locked first, so a desk writing
    meanwhile appends its delta after the rebuild, never both in it and beside it."""
    sqlite = db.is_sqlite()
    with db.transaction():
        if not sqlite:
            db.current().execute_sql(f'LOCK TABLE {", ".join(TABLES)} IN EXCLUSIVE MODE')
        for statement in m0016.fill(sqlite):
            db.current().execute_sql(statement)


def rebuild_if_set_aside(set_aside: list[tuple[str, str, str]]) -> None:
    """After ``store.bulk`` made its triggers again: the rows that went in meanwhile are in no total yet."""
    if any(name in TRIGGERS for _, name, _ in set_aside):
        rebuild()


def problems() -> list[str]:
    """Where the kept totals differ from the invoices and payments, in the words of the dashboard."""
    found = []
    sqlite = db.is_sqlite()
    fill = m0016.fill(sqlite)
    for table, select, what in ((TABLES[0], fill[1], "what clients owe"), (TABLES[1], fill[3], "payments received")):
        keys, sums = _columns(table)
        summed = ", ".join(f"SUM({c})" for c in sums.split(", "))
        kept = {tuple(row[:2]): tuple(row[2:]) for row in _rows(
            f'SELECT {keys}, {summed} FROM "{table}" GROUP BY {keys}') if any(row[2:])}
        actual = {tuple(row[:2]): tuple(row[2:]) for row in _rows(select.split(") ", 1)[1])}
        wrong = sorted({key for key in kept.keys() | actual.keys() if kept.get(key) != actual.get(key)},
                       key=lambda key: (str(key[0]), str(key[1])))
        if wrong:
            currency, day = wrong[0]
            found.append(f"the dashboard's kept totals of {what} differ from the invoices and payments in "
                         f"{len(wrong)} place(s), the first {currency} of {_day(day) if day else 'no due date'} "
                         f"(kept {_pair(kept.get(wrong[0]))}, the rows {_pair(actual.get(wrong[0]))}); "
                         f"the command “rebuild-totals” makes them again from the rows")
    return found


def _pair(value: tuple | None) -> str:
    amount, count = value or (0, 0)
    return f"{int(amount)} in {int(count)}"
