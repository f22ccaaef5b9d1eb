"""A new SQLite database made from the frozen schema (studio_app.store.schema_script) is the one the migrations make."""

from __future__ import annotations

import peewee
import pytest

from studio_app.store import check, db, migrations, schema_frozen, schema_script, search, startup
from tests import factories


def _migrated(path) -> peewee.SqliteDatabase:
    database = peewee.SqliteDatabase(str(path))
    database.connect()
    with database.atomic():
        migrations.migrate(database)
    return database


def _frozen(path, statements, version) -> peewee.SqliteDatabase:
    database = peewee.SqliteDatabase(str(path))
    database.connect()
    with database.atomic():
        assert schema_script.create(database, statements, version) == [n for n, _ in migrations.steps()]
    return database


def _schema(database: peewee.Database) -> list[tuple]:
    return sorted(database.execute_sql('SELECT "type", "name", "tbl_name", "sql" FROM sqlite_master').fetchall(),
                  key=repr)


def _rows(database: peewee.Database) -> dict[str, list[tuple]]:
    """Every table's rows (fts5's own tables included), the versions without the time they were applied."""
    tables = [name for (name,) in database.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'")]
    rows = {table: sorted(database.execute_sql(f'SELECT * FROM "{table}"').fetchall(), key=repr) for table in tables}
    rows["schema_version"] = [version for version, _ in rows["schema_version"]]
    return rows


def _same(made: peewee.Database, migrated: peewee.Database) -> None:
    assert _schema(made) == _schema(migrated)
    assert _rows(made) == _rows(migrated)
    assert made.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_new_database_is_made_from_the_frozen_schema_and_equals_a_migrated_one(tmp_path):
    startup.open_database(tmp_path / "new.sqlite3")
    made = db.current()
    assert migrations.current_version(made) == migrations.LATEST
    migrated = _migrated(tmp_path / "migrated.sqlite3")
    assert _schema(made) == _schema(migrated)
    rows, expected = _rows(made), _rows(migrated)
    assert len(rows.pop("studio")) == 1 and expected.pop("studio") == []  # the settings row opening adds
    assert rows == expected


def test_the_frozen_statements_are_those_of_their_version():
    """``tools/freeze_schema.py --check``: the frozen list was written from migrations 1..VERSION as they are."""
    assert schema_frozen.VERSION <= migrations.LATEST
    assert list(schema_frozen.STATEMENTS) == schema_script.freeze(schema_frozen.VERSION)


@pytest.mark.parametrize("version", [migrations.LATEST - 2, 1])
def test_migrations_after_the_frozen_version_run_after_it(tmp_path, version):
    """A migration added after the freeze still reaches new databases (and a frozen list of any version is exact)."""
    made = _frozen(tmp_path / "made.sqlite3", schema_script.freeze(version), version)
    _same(made, _migrated(tmp_path / "migrated.sqlite3"))


def test_the_frozen_schema_keeps_the_search_and_the_kept_totals_working(tmp_path):
    """Its triggers and fts5 tables came back whole: records written are found and counted, and ``check`` agrees."""
    startup.open_database(tmp_path / "new.sqlite3")
    factories.studio()
    client = factories.client(name="Zeynep Kaya")
    factories.issued_invoice(client.id)
    assert [hit.title for hit in search.find("kaya") if hit.kind == "client"] == ["Zeynep Kaya"]
    assert [hit.kind for hit in search.find("k")].count("invoice") == 1
    assert check.run() == []
    for table in ("client", "project", "quote", "contract", "invoice"):
        db.current().execute_sql(f"INSERT INTO {table}_search({table}_search) VALUES ('integrity-check')")
