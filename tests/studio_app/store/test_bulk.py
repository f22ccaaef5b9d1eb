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
