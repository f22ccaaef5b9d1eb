"""The demo's bulk build: on SQLite a writer thread inserts the rows while the next are generated; the demo it
writes passes every check on both engines, and what fails in the writer is raised where the fill runs, which then
leaves nothing written."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from studio_app import demo
from studio_app.demo import parallel
from studio_app.demo.batch import Writer
from studio_app.store import check, db, startup
from studio_app.work import clock
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


def _tables(path) -> dict[str, list]:
    """Every table's rows in id order (the migrations' own dates left out)."""
    connection = sqlite3.connect(path)
    names = [name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'schema_version' ORDER BY name")]
    rows = {}
    for name in names:
        try:
            rows[name] = connection.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
        except sqlite3.OperationalError:  # WITHOUT ROWID: ordered by its key
            rows[name] = connection.execute(f'SELECT * FROM "{name}" ORDER BY 1').fetchall()
    connection.close()
    return rows


def _filled(path, **options) -> dict[str, list]:
    startup.open_database(path)
    try:
        demo.fill("small", seed=5, **options)
    finally:
        db.close()
    return _tables(path)


def test_two_processes_make_the_same_database_as_one(tmp_path, today, monkeypatch):
    """The large demo's way (the issued documents made in a second process from the same seed), at the small size;
    then through what the bundle runs (sys.executable is StudioDesk there): main.py's demo-part, in no --help.
    One test: the seal key is this test's (a per-test data folder)."""
    one = _filled(tmp_path / "one.sqlite3", processes=1)
    two = _filled(tmp_path / "two.sqlite3", processes=2)
    assert len(two["issued_document"]) > 300 and two["invoice_fragments"]
    assert two.keys() == one.keys()
    assert [name for name in two if two[name] != one[name]] == []
    main_py = Path(__file__).parents[3] / "main.py"
    monkeypatch.setattr(parallel, "command", lambda: [sys.executable, str(main_py), parallel.COMMAND])
    assert _filled(tmp_path / "hidden.sqlite3", processes=2) == one
    shown = subprocess.run([sys.executable, str(main_py), "--help"], capture_output=True, text=True, check=True)
    assert "demo-part" not in shown.stdout and "demo" in shown.stdout


def test_a_failure_in_the_second_process_is_raised_and_nothing_is_written(tmp_path, today, monkeypatch):
    monkeypatch.setattr(parallel, "command", lambda: [sys.executable, "-c", "import sys; print('gave up'); sys.exit(3)"])
    path = tmp_path / "studio.sqlite3"
    startup.open_database(path)
    try:
        with pytest.raises(RuntimeError, match="exit code 3"):
            demo.fill("small", processes=2)
        assert Client.select().count() == Invoice.select().count() == 0
    finally:
        db.close()
