"""The demo's bulk build: on SQLite a writer thread inserts the rows while the next are generated; the demo it
writes passes every check on both engines, and what fails in the writer is raised where the fill runs, which then
leaves nothing written."""

from __future__ import annotations

import sqlite3

import pytest

from studio_app import demo
from studio_app.demo.batch import Writer
from studio_app.store import check, db
from studio_app.store.models import Client, Invoice, IssuedDocument, NumberCounter


def test_the_small_demo_passes_every_check_on_both_engines(any_db, today):
    counts = demo.fill("small", seed=4)
    assert check.run() == [] and check.notes() == []
    assert (counts["clients"], counts["invoices"]) == (Client.select().count(), Invoice.select().count()) == (24, 220)
    assert IssuedDocument.select().where(IssuedDocument.seal.is_null()).count() == 0


def test_the_writer_puts_many_rows_in_a_statement_and_stores_utf8_given_as_bytes_as_text(sqlite_db):
    rows = [("quote", year, year - 1990) for year in range(1991, 1991 + 2500)]  # more than one statement holds
    rows[0] = ("sözleşme".encode("utf-8"), 1990, 7)
    with db.transaction(), Writer({}, {"number_counter": ("series",)}) as writer:
        writer.insert("number_counter", ("series", "year", "last"), rows)
    assert NumberCounter.select().count() == 2500
    stored = db.current().execute_sql("SELECT series, typeof(series) FROM number_counter WHERE year = 1990")
    assert stored.fetchall() == [("sözleşme", "text")]


def test_what_fails_in_the_writer_is_raised_and_the_fill_writes_nothing(sqlite_db):
    with pytest.raises(sqlite3.IntegrityError), db.transaction(), Writer({}, {}) as writer:
        writer.insert("number_counter", ("series", "year", "last"), [("invoice", 2026, 1), ("invoice", 2026, 2)])
    assert NumberCounter.select().count() == 0


def test_a_failure_while_generating_stops_the_writer_and_nothing_is_written(sqlite_db):
    rows = [("quote", year, 1) for year in range(1000, 9000)]
    with pytest.raises(RuntimeError, match="halfway"), db.transaction(), Writer({}, {}) as writer:
        writer.insert("number_counter", ("series", "year", "last"), rows)
        raise RuntimeError("stopped halfway")
    assert NumberCounter.select().count() == 0
