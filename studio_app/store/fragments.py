"""How many rows hold a one- or two-letter fragment, read from the counts migration 18's triggers keep.

The quotes', contracts' and invoices' lists show how many rows a search matches, exactly. For a word of three
letters or more the trigram index counts them (store.search); for one or two letters there is no trigram, and
this count replaces a scan of every search key (the invoices' first keystroke “k”: 46,270 of 100,000 keys).
"""

from __future__ import annotations

import peewee

from . import db, deltas
from .migrations import m0018_search_fragments as m0018

WIDTH = 2  # fragments of one and two characters are counted
FOLD_AFTER = 32  # PostgreSQL: the table folded when a read finds more change rows than this for its fragment


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
    if parts > FOLD_AFTER and not database.in_transaction() and not getattr(database, "studio_read_only", False):
        fold(database, kept)
    return int(total)


def fold(database: peewee.Database, kept: str) -> None:
    """PostgreSQL: every fragment's change rows replaced by their sum (all of them, so fragments nobody searches
    for do not pile up). Skipped when another desk is folding the same table."""
    with database.atomic():
        if database.execute_sql("SELECT pg_try_advisory_xact_lock(hashtext(%s))", [kept]).fetchone()[0]:
            deltas.fold_postgres(database, kept, '"fragment"', '"rows"')


_WHAT = {"quote": "quotes", "contract": "contracts", "invoice": "invoices"}


def problems() -> list[str]:
    """Where the kept fragment counts differ from the rows' search keys (what ``check`` reports): a list would show
    a wrong number of rows found for a one- or two-letter search."""
    database = db.current()
    found = []
    for table in m0018.TABLES:
        kept = {fragment: int(rows) for fragment, rows in database.execute_sql(
            f'SELECT "fragment", SUM("rows") FROM "{m0018.table_of(table)}" GROUP BY "fragment"') if rows}
        actual = dict(m0018.counts(key for (key,) in database.execute_sql(f'SELECT "search_key" FROM "{table}"')))
        wrong = sorted(fragment for fragment in kept.keys() | actual.keys() if kept.get(fragment) != actual.get(fragment))
        if wrong:
            first = wrong[0]
            found.append(f"the search's kept counts of {_WHAT[table]} differ from their search keys for {len(wrong)} "
                         f"fragment(s), the first “{first}” (kept {kept.get(first, 0)}, the rows {actual.get(first, 0)}); "
                         f"the command “rebuild-totals” counts them again")
    return found


def rebuild_all() -> None:
    """Count every fragment again from the rows (to repair what ``check`` reported)."""
    with deltas.rebuilding(m0018.table_of(table) for table in m0018.TABLES) as database:
        for table in m0018.TABLES:
            m0018.fill(database, table)


def rebuild(database: peewee.Database, tables: list[str], counted: dict[str, list] | None = None) -> None:
    """Count the fragments of ``tables`` again (those of them with kept counts): after a bulk fill that set
    their triggers aside (store.bulk); ``counted``: tables whose counts were made from the rows as written."""
    for table in tables:
        if table in m0018.TABLES:
            m0018.fill(database, table, (counted or {}).get(table))
