"""Tables that triggers only ever append delta rows to (the kept money totals, the search fragment counts):
a value is the sum of its key's rows, and folding replaces the rows by one per key.

On PostgreSQL the fold deletes the rows its snapshot sees and inserts their sums in one statement: rows other
desks append meanwhile are not among them and stay as they are, so nobody waits on the fold and no value is
counted twice or lost. Two folds of one table at once are kept apart by the caller's advisory lock.

Every kept table (these, and the rows updated in place of store.latest) is made again from the rows in
:func:`rebuilding`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import peewee

from . import db


@contextmanager
def rebuilding(tables: Iterable[str]) -> Iterator[peewee.Database]:
    """The transaction in which the kept ``tables`` are made again from the rows (after a bulk fill that set their
    triggers aside, or to repair what ``check`` reported). PostgreSQL: they are locked first, so a desk writing
    meanwhile changes them after the rebuild (its trigger waits), never both in it and beside it. Its statements
    read whole tables once: PostgreSQL's JIT compiling them costs more than it saves (seconds on the large demo)."""
    database = db.current()
    with db.transaction():
        if not db.is_sqlite():
            names = ", ".join(f'"{table}"' for table in tables)
            database.execute_sql(f"LOCK TABLE {names} IN EXCLUSIVE MODE")
            database.execute_sql("SET LOCAL jit = off")
        yield database


def sums(columns: str) -> tuple[str, str]:
    """For ``'"a", "b"'``: the SQL summing each column, and the condition that some sum is not zero."""
    names = columns.split(", ")
    return ", ".join(f"SUM({c})" for c in names), " OR ".join(f"SUM({c}) <> 0" for c in names)


def fold_postgres(database: peewee.Database, table: str, keys: str, values: str) -> None:
    """One row per key of ``table`` from its delta rows, keys whose sums are all zero dropped (PostgreSQL)."""
    summed, nonzero = sums(values)
    database.execute_sql(f'WITH d AS (DELETE FROM "{table}" RETURNING {keys}, {values}) '
                         f'INSERT INTO "{table}" ({keys}, {values}) SELECT {keys}, {summed} FROM d '
                         f'GROUP BY {keys} HAVING {nonzero}')
