"""How many rows hold a one- or two-letter fragment, read from the counts migration 18's triggers keep.

The quotes', contracts' and invoices' lists show how many rows a search matches, exactly. For a word of three
letters or more the trigram index counts them (store.search); for one or two letters there is no trigram, and
this count replaces a scan of every search key (the invoices' first keystroke “k”: 46,270 of 100,000 keys).
"""

from __future__ import annotations

import peewee

from .migrations import m0018_search_fragments as m0018

WIDTH = 2  # fragments of one and two characters are counted
FOLD_AFTER = 32  # PostgreSQL: a fragment's change rows folded into one when a read finds more than this


def counted(model) -> bool:
    """Whether ``model``'s table has kept fragment counts (quotes, contracts, invoices)."""
    return model._meta.table_name in m0018.TABLES


def count(model, word: str) -> int:
    """How many of ``model``'s rows contain ``word`` (folded, one or two characters, no space) in their key."""
    database = model._meta.database
    database = getattr(database, "obj", database)
    kept = m0018.table_of(model._meta.table_name)
    if isinstance(database, peewee.SqliteDatabase):
        row = database.execute_sql(f'SELECT "rows" FROM "{kept}" WHERE "fragment" = ?', [word]).fetchone()
        return int(row[0]) if row else 0
    total, parts = database.execute_sql(f'SELECT COALESCE(SUM("rows"), 0), COUNT(*) FROM "{kept}" '
                                        'WHERE "fragment" = %s', [word]).fetchone()
    if parts > FOLD_AFTER and not database.in_transaction():
        fold(database, kept, word)
    return int(total)


def fold(database: peewee.Database, kept: str, fragment: str) -> None:
    """PostgreSQL: replace a fragment's change rows by their sum. One folder at a time per fragment (an advisory
    lock; its DELETE then sees what an earlier folder committed); rows that desks add meanwhile are not yet
    visible to it, so they stay and are summed with the rest."""
    with database.atomic():
        database.execute_sql("SELECT pg_advisory_xact_lock(hashtext(%s))", [f"{kept}:{fragment}"])
        database.execute_sql(f'WITH gone AS (DELETE FROM "{kept}" WHERE "fragment" = %s RETURNING "rows") '
                             f'INSERT INTO "{kept}" ("fragment", "rows") SELECT %s, SUM("rows") FROM gone '
                             'HAVING COUNT(*) > 0', [fragment, fragment])


def rebuild(database: peewee.Database, tables: list[str]) -> None:
    """Count the fragments of ``tables`` again (those of them with kept counts): after a bulk fill that set
    their triggers aside (store.bulk)."""
    for table in tables:
        if table in m0018.TABLES:
            m0018.fill(database, table)
