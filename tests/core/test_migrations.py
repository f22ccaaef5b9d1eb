import hashlib
import shutil
import sqlite3
from pathlib import Path

import peewee
import pytest

from studio_app import backup, check, db, migrations, startup
from studio_app.errors import DatabaseVersionError
from studio_app.models import ALL_MODELS, Client, Invoice

FIXTURES = sorted((Path(__file__).resolve().parent.parent / "fixtures" / "schemas").glob("v*.sqlite3"))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_database_is_built_by_running_every_migration(tmp_path):
    startup.open_database(tmp_path / "new.sqlite3")
    assert migrations.current_version(db.current()) == migrations.LATEST
    assert check.run() == []


def test_the_migrated_schema_matches_the_models(any_db):
    """A migration that forgets a column or an index shows up here, on both engines."""
    database = db.current()
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {c.name for c in database.get_columns(table)}
        assert columns == {f.column_name for f in model._meta.sorted_fields}, table
        indexes = {i.name for i in database.get_indexes(table)}
        for index in model._meta.fields_to_index():
            assert index._name in indexes, (table, index._name)


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_each_earlier_version_opens_migrates_and_keeps_its_data(fixture, tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(fixture, path)
    with sqlite3.connect(path) as conn:
        clients_before = conn.execute("SELECT COUNT(*) FROM client").fetchone()[0]
        invoices_before = conn.execute("SELECT id, number, total_gross FROM invoice ORDER BY id").fetchall()
        version_before = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
    conn.close()
    startup.open_database(path)
    assert migrations.current_version(db.current()) == migrations.LATEST
    assert Client.select().count() == clients_before > 0
    assert list(Invoice.select(Invoice.id, Invoice.number, Invoice.total_gross).order_by(Invoice.id).tuples()) \
        == invoices_before
    assert check.run() == []
    if version_before < migrations.LATEST:
        kept = backup.list_backups(path, backup.MIGRATION)
        assert kept and sqlite3.connect(kept[0]).execute("SELECT MAX(version) FROM schema_version").fetchone()[0] \
            == version_before


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "future.sqlite3"
    startup.open_database(path)
    db.current().execute_sql('INSERT INTO "schema_version" ("version", "applied_at") VALUES (999, CURRENT_TIMESTAMP)')
    db.current().execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = sha(path)
    with pytest.raises(DatabaseVersionError, match="newer Studio Desk"):
        startup.open_database(path)
    db.close()
    assert sha(path) == before
    assert not (tmp_path / "backups").exists() or not backup.list_backups(path, backup.MIGRATION)


def test_a_file_that_is_not_a_database_is_refused_and_kept(tmp_path):
    from studio_app.errors import StudioError
    path = tmp_path / "notes.sqlite3"
    path.write_text("my notes, not a database")
    with pytest.raises(StudioError, match="not a Studio Desk database"):
        startup.open_database(path)
    assert path.read_text() == "my notes, not a database"


def test_migration_steps_are_each_atomic(tmp_path, monkeypatch):
    """A step that fails half-way leaves the database at the previous version, not in between."""
    path = tmp_path / "half.sqlite3"
    startup.open_database(path)
    db.close()

    def broken(database, sqlite):
        database.execute_sql('CREATE TABLE "half_done" ("id" INTEGER)')
        raise peewee.OperationalError("disk on fire")

    monkeypatch.setattr(migrations, "STEPS", migrations.STEPS + [(migrations.LATEST + 1, broken)])
    with pytest.raises(peewee.OperationalError):
        startup.open_database(path)
    assert not db.current().table_exists("half_done")
    assert migrations.current_version(db.current()) == migrations.LATEST


V1 = Path(__file__).resolve().parent.parent / "fixtures" / "schemas" / "v1.sqlite3"


def test_version_1_reaches_the_latest_version_with_its_search_index_and_passes_check(tmp_path):
    """Migration 2 (list and dashboard indexes, trigram search) on a database of the first release."""
    from studio_app import lists
    from studio_app.migrations import m0002_list_and_dashboard_indexes as m0002

    path = tmp_path / "v1.sqlite3"
    shutil.copy(V1, path)
    words = ["kaya", "yilmaz", "ayse", "inv", "an", "αθηνα", "brand identity", "2026"]
    tables = {"clients": "client", "projects": "project", "quotes": "quote", "contracts": "contract",
              "invoices": "invoice"}
    with sqlite3.connect(path) as conn:  # what a plain scan of the folded keys finds, before migrating
        expected = {(kind, word): {row[0] for row in conn.execute(
            f"SELECT id FROM {table} WHERE " + " AND ".join("search_key LIKE ?" for _ in word.split()),
            [f"%{w}%" for w in word.split()])} for kind, table in tables.items() for word in words}
    conn.close()
    startup.open_database(path)
    database = db.current()
    assert migrations.current_version(database) == migrations.LATEST >= 2
    assert check.run() == []
    names = {row[0] for row in database.execute_sql("SELECT name FROM sqlite_master").fetchall()}
    for statement in m0002.INDEXES:
        assert statement.split('"')[1] in names
    for table in m0002.SEARCHABLE:
        assert f"{table}_search" in names
        database.execute_sql(f"INSERT INTO \"{table}_search\"(\"{table}_search\") VALUES ('integrity-check')")
    for kind in tables:
        for word in words:
            found = lists.ids(kind, lists.Filter(text=word, include_archived=True))
            assert set(found) == expected[(kind, word)], (kind, word)


def test_the_search_index_follows_inserts_updates_and_deletes(sqlite_db):
    from studio_app import clients, lists, search

    client = clients.create(name="Şule Öztürk", company="Kahve Evi")
    assert lists.ids("clients", lists.Filter(text="ÖZTÜRK")).tolist() == [client.id]
    clients.update(client.id, name="Şule Kılıç", company="Kahve Evi")
    assert lists.ids("clients", lists.Filter(text="ozturk")).tolist() == []
    assert lists.ids("clients", lists.Filter(text="kilic kahve")).tolist() == [client.id]
    assert [h.id for h in search.find("KILIÇ")] == [client.id]
    clients.delete(client.id)
    assert lists.ids("clients", lists.Filter(text="kilic")).tolist() == []
    db.current().execute_sql("INSERT INTO \"client_search\"(\"client_search\") VALUES ('integrity-check')")
