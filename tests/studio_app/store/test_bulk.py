"""Filling a new SQLite file in bulk: the journal is left only when no other connection has the file open."""

from __future__ import annotations

import sqlite3

import pytest

from studio_app.store import bulk, db
from studio_app.store.models import Client


def _mode(path) -> str:
    with sqlite3.connect(path) as other:
        return other.execute("PRAGMA journal_mode").fetchone()[0]


def test_a_new_file_is_filled_with_its_journal_in_memory_and_is_in_wal_again_after(sqlite_db):
    with bulk.filling_new_file(journal_in_memory=True):
        assert db.current().execute_sql("PRAGMA journal_mode").fetchone()[0] == "memory"
        with db.transaction():
            Client.create(name="Ada Kaya")
    assert _mode(sqlite_db) == "wal" and Client.select().count() == 1


def test_a_failed_fill_rolls_back_and_the_settings_come_back(sqlite_db):
    with pytest.raises(RuntimeError), bulk.filling_new_file(journal_in_memory=True), db.transaction():
        Client.create(name="Ada Kaya")
        raise RuntimeError("stopped halfway")
    assert Client.select().count() == 0 and _mode(sqlite_db) == "wal"
    pragmas = [db.current().execute_sql(f"PRAGMA {name}").fetchone()[0] for name in ("synchronous", "busy_timeout")]
    assert pragmas == [2, db.SQLITE_PRAGMAS["busy_timeout"]]  # FULL


def test_with_another_connection_open_the_fill_stays_in_wal_without_waiting(sqlite_db):
    other = sqlite3.connect(sqlite_db)
    other.execute("SELECT count(*) FROM client").fetchone()
    try:
        with bulk.filling_new_file(journal_in_memory=True), db.transaction():
            assert db.current().execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
            Client.create(name="Ada Kaya")
        assert other.execute("SELECT count(*) FROM client").fetchone()[0] == 1
    finally:
        other.close()


def test_indexes_made_again_keep_their_statistics_where_the_file_has_some(sqlite_db):
    for n in range(30):
        Client.create(name=f"Client {n}", email=f"c{n}@example.com")
    db.current().execute_sql("ANALYZE")
    analysed = lambda: {row[0] for row in db.current().execute_sql(  # noqa: E731
        "SELECT idx FROM sqlite_stat1 WHERE tbl = 'client' AND idx IS NOT NULL").fetchall()}
    before = analysed()
    assert before  # the client table has secondary indexes
    with db.transaction():
        set_aside = bulk.set_aside_indexes([Client])
        assert analysed() == set()  # DROP INDEX takes the statistics with it
        Client.create(name="Imported", email="i@example.com")
        bulk.restore_indexes(set_aside)
    assert analysed() == before


def test_a_file_never_analysed_stays_without_statistics(sqlite_db):
    Client.create(name="Ada Kaya")
    with db.transaction():
        bulk.restore_indexes(bulk.set_aside_indexes([Client]))
    assert not db.current().execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()
