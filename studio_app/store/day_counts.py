"""How many projects, clients and dates the Today panels count, read from the per-day counts migration 23's
triggers keep: a count is the sum over a range of days, not a pass over every project concerned.

On PostgreSQL the triggers append loose rows; the dashboard's refresh folds them into one row per key when it
finds many (:func:`fold_if_loose`). Anything that sets the triggers aside or empties their tables makes the counts
again (:func:`rebuild`, which store.latest's rebuild runs); ``check`` compares them with the rows (:func:`problems`).
"""

from __future__ import annotations

import peewee

from . import combined, db, deltas
from .migrations import m0023_day_counts as m0023

TABLE = m0023.TABLE
TRIGGERS = m0023.TRIGGERS
HOURS = m0023.HOURS  # the planned hours' unit in the kept sums
LOOSE_ROWS = 256  # loose rows (PostgreSQL) before a refresh folds them: a few hundred writes' worth


def count_sql(measure: str, days: str) -> str:
    """A subquery: how many ``measure`` counts on the days ``days`` names (``"< ?"``, ``"IN (?, ?)"``)."""
    if measure not in m0023.MEASURES:
        raise ValueError(measure)
    return (f'(SELECT COALESCE(SUM(kept."n"), 0) FROM "{TABLE}" kept WHERE kept."measure" = \'{measure}\' '
            f'AND kept."currency" = \'\' AND kept."day" {days})')


def deposits_sql() -> str:
    """A SELECT of (currency, amount, deposits) of the projects waiting on deposits in one currency whose last
    deposit is dated on or before the day ``?`` stands for: what their unpaid deposits come to, per currency."""
    return (f'SELECT kept."currency" AS currency, SUM(kept."amount") AS amount, SUM(kept."n") AS deposits '
            f'FROM "{TABLE}" kept WHERE kept."measure" = \'deposit\' AND kept."day" <= ? GROUP BY kept."currency" '
            f'HAVING SUM(kept."n") <> 0')


def hours_sql() -> str:
    """A SELECT of (day, amount) per deadline of the active projects the workload plans: their hours left, in
    1/:data:`HOURS` hours."""
    return (f'SELECT kept."day" AS day, SUM(kept."amount") AS amount FROM "{TABLE}" kept '
            f'WHERE kept."measure" = \'plan\' AND kept."currency" = \'\' GROUP BY kept."day" HAVING SUM(kept."n") <> 0')


def fold_if_loose() -> None:
    """PostgreSQL: fold the loose rows when there are many; skipped inside a transaction, on a read-only desk and
    while another desk folds. SQLite keeps no loose rows."""
    database = db.current()
    if db.is_sqlite() or database.in_transaction() or getattr(database, "studio_read_only", False):
        return
    if combined.rows(database, f'SELECT COUNT(*) FROM "{TABLE}" WHERE "loose" > 0')[0][0] > LOOSE_ROWS:
        fold(database)


def fold(database: peewee.Database) -> None:
    """PostgreSQL: the loose rows replaced by one row per key; skipped when another desk is folding them."""
    with database.atomic():
        if database.execute_sql("SELECT pg_try_advisory_xact_lock(hashtext(%s))", [TABLE]).fetchone()[0]:
            deltas.fold_postgres(database, TABLE, m0023.quoted(m0023.KEY), m0023.quoted(m0023.SUMS))


def drop_triggers(database: peewee.Database) -> None:
    """SQLite: the triggers set aside while their tables are made again (one row at a time each would add to a
    count), inside the rebuild's transaction; :func:`restore_triggers` brings them back."""
    for name in TRIGGERS:
        database.execute_sql(f'DROP TRIGGER IF EXISTS "{name}"')


def restore_triggers(database: peewee.Database) -> None:
    for statement in m0023.sqlite_triggers():
        database.execute_sql(statement)


def fill(database: peewee.Database) -> None:
    for statement in m0023.fill(db.is_sqlite()):
        database.execute_sql(statement)


def rebuild() -> None:
    """Make the counts again from the rows (what ``check`` reported, a set-aside of the clients' triggers)."""
    with deltas.rebuilding([TABLE]) as database:
        fill(database)


def _normal(rows) -> dict[tuple[str, str, str], tuple[int, int]]:
    return {(measure, currency, str(day)): (int(n), int(amount)) for measure, currency, day, n, amount in rows
            if int(n) or int(amount)}


def problems() -> list[str]:
    """Where a kept count differs from the rows, in the words of the Today view."""
    database = db.current()
    key = m0023.quoted(m0023.KEY)
    kept = _normal(database.execute_sql(f'SELECT {key}, SUM("n"), SUM("amount") FROM "{TABLE}" GROUP BY {key}'))
    actual = _normal(database.execute_sql(m0023.source(db.is_sqlite())))
    wrong = sorted(k for k in kept.keys() | actual.keys() if kept.get(k) != actual.get(k))
    if not wrong:
        return []
    measure, currency, day = wrong[0]
    said = lambda pair: "nothing" if pair is None else f"{pair[0]}" + (f" owing {pair[1]}" if pair[1] else "")
    return [f"the Today view's kept counts differ from the projects and clients on {len(wrong)} day(s), the first "
            f"“{measure}”{' in ' + currency if currency else ''} on {day} (kept {said(kept.get(wrong[0]))}, the "
            f"rows {said(actual.get(wrong[0]))}); the command “rebuild-totals” makes them again from the rows"]
