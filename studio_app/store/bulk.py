"""Filling a table with many rows at once (the demo's large database, a CSV import of 100,000 invoices): on SQLite
the secondary indexes and the search triggers are set aside while the rows go in and made again after, in the
same transaction."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Collection, Iterator

import peewee

from . import db, fragments, latest, totals


def set_aside_indexes(models) -> list[tuple[str, str, str]]:
    """Drop the secondary indexes and triggers of the tables about to be filled (SQLite); they are made again
    by :func:`restore_indexes` from their own SQL, in the same transaction.

    Building an index from 100,000 finished rows is several times faster than keeping twenty of them
    (and the trigram search tables, through their triggers) in step one insert at a time: the large
    demo's invoices took 26 s to insert with them and 3 s without.
    """
    tables = [model._meta.table_name for model in models]
    marks = ", ".join("?" for _ in tables)
    found = db.current().execute_sql(
        f"SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks}) ORDER BY type, name", tables).fetchall()
    for kind, name, _ in found:
        db.current().execute_sql(f'DROP {kind.upper()} "{name}"')
    return found


def restore_indexes(set_aside: list[tuple[str, str, str]], rebuilt: Collection[str] = (),
                    counted: dict[str, list] | None = None) -> None:
    """``rebuilt``: search tables already made again from their finished table (the demo's writer thread);
    ``counted``: fragment counts (migration 18) already made from the rows written, by table."""
    for _, _, sql in set_aside:
        db.current().execute_sql(sql)
    _restore_statistics(set_aside)
    if set_aside:  # the trigram search tables (migration 2) index the rows their triggers did not see
        for name in search_tables().values():
            if name not in rebuilt:
                db.current().execute_sql(rebuild_sql(name))
    _recount_fragments(set_aside, counted)
    totals.after_bulk(set_aside)  # the kept money totals (migration 16): rebuilt, or compacted on PostgreSQL
    latest.after_bulk(set_aside)  # each client's latest delivery and last contact (migration 19)


def _restore_statistics(set_aside: list[tuple[str, str, str]]) -> None:
    """DROP INDEX took the index's statistics with it. Where an earlier ANALYZE left some (the large demo, a file
    since analysed), each index made again gets its own back: beside the others' real figures SQLite would plan
    it with its defaults."""
    if set_aside and db.current().execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        for kind, name, _ in set_aside:
            if kind == "index":
                db.current().execute_sql(f'ANALYZE "{name}"')


def search_tables() -> dict[str, str]:
    """SQLite's trigram search tables (migration 2) by the table whose search keys they index."""
    found = db.current().execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                     "AND sql LIKE 'CREATE VIRTUAL TABLE%USING fts5%'").fetchall()
    return {re.search(r"content='([^']+)'", sql).group(1): name for name, sql in found}


def rebuild_sql(name: str) -> str:
    return f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')'


def _recount_fragments(set_aside: list[tuple[str, str, str]], counted: dict[str, list] | None = None) -> None:
    """The one- and two-letter fragment counts (migration 18) of the tables whose triggers were set aside."""
    names = {name for kind, name, _ in set_aside if kind == "trigger"}
    fragments.rebuild(db.current(), [table for table in fragments.m0018.TABLES if f"{table}_fragments_insert" in names],
                      counted)


@contextlib.contextmanager
def filling_new_file(journal_in_memory: bool = False) -> Iterator[None]:
    """A new SQLite file being filled by one big transaction (the demo): nothing to lose if the machine stops
    halfway, so no syncing and a large page cache for the indexes being built. With ``journal_in_memory`` the
    WAL is left for a rollback journal in memory, so the rows are written once into the file rather than into
    the WAL and again at the checkpoint (the large demo's 700 MB of snapshots); a rollback still works, only a
    crash halfway leaves a file to delete. That needs the only connection to the file: with another one open
    it stays in WAL. Nothing changes on PostgreSQL."""
    if not db.is_sqlite():
        yield
        return
    execute = db.current().execute_sql
    execute("PRAGMA synchronous = OFF")
    execute("PRAGMA cache_size = -256000")
    left_wal = journal_in_memory and _journal("MEMORY") == "memory"
    try:
        yield
    finally:
        if left_wal:
            _journal(db.SQLITE_PRAGMAS["journal_mode"])
        execute(f"PRAGMA synchronous = {db.SQLITE_PRAGMAS['synchronous']}")
        execute(f"PRAGMA cache_size = {db.SQLITE_PRAGMAS['cache_size']}")


def _journal(mode: str) -> str:
    """Switch the journal mode without waiting: another connection open on the file refuses it at once."""
    execute = db.current().execute_sql
    execute("PRAGMA busy_timeout = 0")
    try:
        return execute(f"PRAGMA journal_mode = {mode}").fetchone()[0]
    except peewee.OperationalError:  # "database is locked": another desk or thread has the file open
        return ""
    finally:
        execute(f"PRAGMA busy_timeout = {db.SQLITE_PRAGMAS['busy_timeout']}")
