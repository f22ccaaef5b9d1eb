"""A new SQLite database gets its whole schema from one frozen list of statements instead of the migrations.

Running the ~420 statements of migrations 1–N one after another on an empty file (tables built, altered and
rebuilt, then their triggers and indexes) costs 140–190 ms of CPU at a studio's first start; the schema they
leave behind is ~170 statements. :data:`studio_app.store.schema_frozen.STATEMENTS` holds those, read back from a
database the migrations made (``sqlite_master`` in creation order), and :func:`create` runs them, records the
versions they stand for, then runs the migrations after ``schema_frozen.VERSION`` as usual. So a migration added
later needs no new frozen list (``python tools/freeze_schema.py`` writes one); a test checks that a database made
this way and one made by the migrations alone are the same (``sqlite_master``, every table's rows).
Existing databases, and PostgreSQL, are brought up by the migrations.
"""

from __future__ import annotations

from collections.abc import Sequence

import peewee

from . import migrations, schema_frozen

# fts5 keeps each virtual table's index in tables of its own, made by its CREATE VIRTUAL TABLE
_SHADOW_SUFFIXES = ("_data", "_idx", "_content", "_docsize", "_config")


def create(database: peewee.SqliteDatabase, statements: Sequence[str] = schema_frozen.STATEMENTS,
           version: int = schema_frozen.VERSION) -> list[int]:
    """Give an empty SQLite database (inside the caller's transaction) the current schema: ``statements``, the
    schema of migrations 1..``version``, then the later migrations; the versions recorded."""
    for statement in statements:
        database.execute_sql(statement)
    versions = [number for number, _ in migrations.steps() if number <= version]
    rows = ", ".join(["(?, CURRENT_TIMESTAMP)"] * len(versions))
    database.execute_sql(f'INSERT INTO "schema_version" ("version", "applied_at") VALUES {rows}', versions)
    return versions + migrations.migrate(database)


def freeze(upto: int = migrations.LATEST) -> list[str]:
    """The statements that remake the schema of migrations 1..``upto``, read from a database they made in memory."""
    database = peewee.SqliteDatabase(":memory:")
    database.connect()
    try:
        for number, step in migrations.steps():
            if number <= upto:
                step(database, True)
        return schema_statements(database)
    finally:
        database.close()


def schema_statements(database: peewee.Database) -> list[str]:
    """Every object of ``sqlite_master`` in creation order, as its CREATE statement; SQLite's own objects and the
    tables fts5 makes for itself left out (they come back with their CREATE VIRTUAL TABLE)."""
    rows = database.execute_sql('SELECT "type", "name", "sql" FROM sqlite_master WHERE "sql" IS NOT NULL '
                                'AND "name" NOT LIKE \'sqlite\\_%\' ESCAPE \'\\\' ORDER BY rowid').fetchall()
    virtual = [name for kind, name, sql in rows if kind == "table" and sql.startswith("CREATE VIRTUAL TABLE")
               and "USING fts5" in sql]
    kept = []
    for kind, name, sql in rows:
        if not (kind == "table" and _shadow(name, virtual)):
            kept.append(sql)
        if name in virtual:  # as the migrations left it: an empty index rebuilt writes its (empty) averages record
            kept.append(f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')')
    _refuse_rows(database, [name for kind, name, _ in rows if kind == "table" and not _shadow(name, virtual)])
    return kept


def _shadow(name: str, virtual: list[str]) -> bool:
    return any(name == table + suffix for table in virtual for suffix in _SHADOW_SUFFIXES)


def _refuse_rows(database: peewee.Database, tables: list[str]) -> None:
    """A migration that writes rows into a new database (besides its version) would need them frozen too."""
    for table in tables:
        if table != "schema_version" and database.execute_sql(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone():
            raise RuntimeError(f"a new database's table {table} holds rows: freeze them with the schema")
