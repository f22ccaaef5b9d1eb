"""The money totals the database keeps as invoices and payments are written (migration 16): what open invoices
owe per currency and per currency and due date, and the payments per currency and month, for the dashboard's
cards and revenue chart.

The triggers only ever append delta rows, so two desks never wait on one total; reading sums the rows of each
key, and :func:`compact` folds them into one row per key now and then: the dashboard's read asks for it when it
finds many more rows than keys (skipped, not waited for, when another desk is writing). Anything that writes
invoices or payments with the triggers set aside (``store.bulk``) calls :func:`rebuild`, as does the JSON import;
``check`` compares the kept totals with the rows (:func:`problems`) and :func:`rebuild` repairs them.
"""

from __future__ import annotations

import datetime as dt

import peewee as pw

from studio_app.text.errors import StudioError
from . import combined, db, deltas
from .base import BaseModel
from .migrations import m0016_kept_totals as m0016

TABLES = tuple(m0016.KEPT)
TRIGGERS = m0016.TRIGGERS
OPEN = ("open_total", "open_due_total")  # appended to by the same writes: compacted together
PAYMENTS = ("payment_month_total",)
LOOSE_ROWS = 512  # rows beyond one per key before a read compacts (a few hundred writes' worth)
_LOCK = 160_016  # PostgreSQL advisory lock: one desk compacts at a time, another skips


class OpenTotal(BaseModel):
    """Delta rows: per currency, what open issued invoices owe and how many they are."""

    currency = pw.CharField()
    amount = pw.BigIntegerField()
    invoices = pw.IntegerField()

    class Meta:
        primary_key = False
        indexes = ((("currency", "amount", "invoices"), False),)


class OpenDueTotal(BaseModel):
    """Delta rows: per currency and due date, what open issued invoices owe and how many they are."""

    currency = pw.CharField()
    due_date = pw.DateField(null=True)
    amount = pw.BigIntegerField()
    invoices = pw.IntegerField()

    class Meta:
        primary_key = False
        indexes = ((("due_date", "currency", "amount", "invoices"), False),)


class PaymentMonthTotal(BaseModel):
    """Delta rows: per currency and calendar month (its first day), the payments and how many they are."""

    currency = pw.CharField()
    month = pw.DateField()
    amount = pw.BigIntegerField()
    payments = pw.IntegerField()

    class Meta:
        primary_key = False
        indexes = ((("month", "currency", "amount", "payments"), False),)


MODELS = (OpenTotal, OpenDueTotal, PaymentMonthTotal)


def _sql(statement: str) -> str:
    return statement if db.is_sqlite() else statement.replace("?", "%s")


def _rows(statement: str, params: list | tuple = ()) -> list[tuple]:
    if db.is_sqlite():
        return db.current().execute_sql(statement, tuple(params)).fetchall()
    return combined.rows(db.current(), _sql(statement), params)  # in the dashboard's one statement


def _run(statement: str, params: list | tuple = ()) -> None:
    db.current().execute_sql(_sql(statement), tuple(params))


def open_and_overdue(today: dt.date) -> tuple[list[tuple[str, int, int, int, int]], int]:
    """Per currency with open invoices: (currency, open amount, open invoices, overdue amount, overdue
    invoices), and how many kept rows there were beyond one per currency. Overdue is what is open less what is
    not yet due (due today or later: a short range of the due-date index) and what has no due date. One
    statement, so both come from the same moment on PostgreSQL too."""
    rows = _rows('SELECT 0, o."currency", SUM(o."amount"), SUM(o."invoices"), COUNT(*) - 1 FROM "open_total" o '
                 'GROUP BY o."currency" UNION ALL SELECT 1, d."currency", SUM(d."amount"), SUM(d."invoices"), 0 '
                 'FROM (SELECT l."currency", l."amount", l."invoices" FROM "open_due_total" l WHERE l."due_date" >= ? '
                 'UNION ALL SELECT l."currency", l."amount", l."invoices" FROM "open_due_total" l '
                 'WHERE l."due_date" IS NULL) d GROUP BY d."currency"', [today])
    later = {currency: (int(amount), int(count)) for part, currency, amount, count, _ in rows if part == 1}
    found = []
    for _, currency, amount, count, _ in sorted(row for row in rows if row[0] == 0):
        if int(count):
            not_due, not_due_count = later.get(currency, (0, 0))
            found.append((currency, int(amount), int(count), int(amount) - not_due, int(count) - not_due_count))
    return found, sum(int(row[4]) for row in rows)


def months(first: dt.date, before: dt.date) -> tuple[dict[tuple[dt.date, str], int], int]:
    """The payments per (month, currency) of the months from ``first`` up to ``before`` (excluded), and how
    many kept rows there were beyond one per key."""
    rows = _rows('SELECT t."month", t."currency", SUM(t."amount"), COUNT(*) - 1 FROM "payment_month_total" t '
                 'WHERE t."month" >= ? AND t."month" < ? GROUP BY t."month", t."currency"', [first, before])
    sums = {(_day(month), currency): int(amount) for month, currency, amount, _ in rows}
    return sums, sum(int(row[3]) for row in rows)


def this_month(today: dt.date) -> list[tuple[str, int, int]] | None:
    """The payments of today's month per currency (currency, amount, how many), or None when some payment is
    dated after today (a desk whose clock is ahead, an import): then the month's total is not yet what came in.
    The latest payment date and the month's totals in one statement: the same moment on PostgreSQL too."""
    rows = _rows('SELECT NULL, NULL, NULL, MAX(p."date") FROM "payment" p UNION ALL SELECT t."currency", '
                 'SUM(t."amount"), SUM(t."payments"), NULL FROM "payment_month_total" t WHERE t."month" = ? '
                 'GROUP BY t."currency"', [today.replace(day=1)])
    latest = next((value for currency, _, _, value in rows if currency is None), None)
    if latest is not None and _day(latest) > today:
        return None
    return sorted((currency, int(amount), int(count)) for currency, amount, count, _ in rows if currency is not None)


def _day(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def compact(tables: tuple[str, ...]) -> bool:
    """Fold the delta rows of ``tables`` into one row per key (zero sums dropped), in one transaction; False when
    another desk is writing (SQLite) or compacting (PostgreSQL), or the database is open read-only: the totals
    stay exact, only a little longer to read, and the next read tries again."""
    if not set(tables) <= set(TABLES):
        raise ValueError(tables)
    if getattr(db.current(), "studio_read_only", False):
        return False  # a reading command never takes the write lock
    sqlite = db.is_sqlite()
    if sqlite:
        db.current().execute_sql("PRAGMA busy_timeout = 0")  # another desk writing: skip rather than wait
    try:
        with db.transaction():
            if not sqlite and not _rows(f"SELECT pg_try_advisory_xact_lock({_LOCK})")[0][0]:
                return False
            for table in tables:
                if sqlite:
                    _compact_sqlite(table, *m0016._names(table))
                else:
                    deltas.fold_postgres(db.current(), table, *m0016._names(table))
    except (pw.OperationalError, pw.InternalError, StudioError):
        return False  # locked, or a read-only desk: nothing was changed
    finally:
        if sqlite:
            db.current().execute_sql(f"PRAGMA busy_timeout = {db.SQLITE_PRAGMAS['busy_timeout']}")
    return True


def _compact_sqlite(table: str, keys: str, sums: str) -> None:
    # BEGIN IMMEDIATE holds the only write lock: no trigger can append meanwhile
    last = _rows(f'SELECT MAX(rowid) FROM "{table}"')[0][0] or 0
    summed, nonzero = deltas.sums(sums)
    _run(f'INSERT INTO "{table}" ({keys}, {sums}) SELECT {keys}, {summed} FROM "{table}" WHERE rowid <= ? '
         f'GROUP BY {keys} HAVING {nonzero}', [last])
    _run(f'DELETE FROM "{table}" WHERE rowid <= ?', [last])


def compact_if_loose(tables: tuple[str, ...], loose: int) -> None:
    if loose > LOOSE_ROWS:
        compact(tables)


def rebuild() -> None:
    """Make the kept totals again from the invoices and payments, one row per key (after the triggers were set
    aside, or to repair what ``check`` reported)."""
    with deltas.rebuilding(TABLES) as database:
        for statement in m0016.fill(db.is_sqlite()):
            database.execute_sql(statement)


def after_bulk(set_aside: list[tuple[str, str, str]]) -> None:
    """After a bulk fill (``store.bulk.restore_indexes``). SQLite: the triggers were set aside, so the rows that
    went in meanwhile are in no total yet: rebuild. PostgreSQL kept its triggers, which appended a row per key
    and statement (one per page of 2,000 rows): fold them now rather than at the next dashboard read."""
    if db.is_sqlite():
        if any(name in TRIGGERS for _, name, _ in set_aside):
            rebuild()
    else:
        compact(TABLES)


_WHAT = {"open_total": "what clients owe", "open_due_total": "what clients owe by due date",
         "payment_month_total": "payments received per month"}


def problems() -> list[str]:
    """Where the kept totals differ from the invoices and payments, in the words of the dashboard."""
    found = []
    sqlite = db.is_sqlite()
    for table in TABLES:
        keys, sums = m0016._names(table)
        width = len(keys.split(", "))
        kept = {tuple(row[:width]): tuple(int(v) for v in row[width:]) for row in _rows(
            f'SELECT {keys}, {deltas.sums(sums)[0]} FROM "{table}" GROUP BY {keys}') if any(row[width:])}
        actual = {tuple(row[:width]): tuple(int(v) for v in row[width:])
                  for row in _rows(m0016.source_rows(table, sqlite))}
        wrong = sorted((key for key in kept.keys() | actual.keys() if kept.get(key) != actual.get(key)),
                       key=lambda key: tuple(str(part) for part in key))
        if wrong:
            where = " of ".join(_said(part) for part in wrong[0])
            found.append(f"the dashboard's kept totals of {_WHAT[table]} differ from the invoices and payments in "
                         f"{len(wrong)} place(s), the first {where} (kept {_pair(kept.get(wrong[0]))}, the rows "
                         f"{_pair(actual.get(wrong[0]))}); the command “rebuild-totals” makes them again from the rows")
    return found


def _said(part: object) -> str:
    if part is None:
        return "no due date"
    return part if isinstance(part, str) and not part[:1].isdigit() else _day(part).isoformat()


def _pair(value: tuple | None) -> str:
    amount, count = value or (0, 0)
    return f"{amount} in {count}"
