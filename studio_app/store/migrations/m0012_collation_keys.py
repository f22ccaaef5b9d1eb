"""Schema version 12: collation keys, so lists sort names and titles as people read them (issue 19).

A client's name and company and a project's title get one key column per collation — root (English,
Malay), tr, el — holding :mod:`studio_app.text.collation` keys: bytes that SQLite's BLOB and PostgreSQL's bytea
both order byte by byte, so ``ORDER BY name_key_tr`` is the Turkish order on either engine. The rows already
there get their keys here (:func:`studio_app.store.sort_keys.refresh`); every later write keeps them in step.

Indexes where the lists sort: clients by name (all, and the active ones: the list's default) and by company,
projects by title; the invoice, quote and contract lists sort by client through the client's name key
index, as they did through ``client_name`` (migration 2). Frozen DDL, as in m0001.
"""

from __future__ import annotations

import peewee

from studio_app.store import sort_keys

VERSION = 12
COLLATIONS = ("root", "tr", "el")
COLUMNS = {"client": ("name", "company"), "project": ("title",)}


def _columns(sqlite: bool) -> list[str]:
    kind, empty = ("BLOB", "x''") if sqlite else ("BYTEA", "''::bytea")
    return [f'ALTER TABLE "{table}" ADD COLUMN "{source}_key_{c}" {kind} NOT NULL DEFAULT {empty}'
            for table, sources in COLUMNS.items() for source in sources for c in COLLATIONS]


INDEXES = [statement for c in COLLATIONS for statement in (
    f'CREATE INDEX "client_name_key_{c}" ON "client" ("name_key_{c}")',
    f'CREATE INDEX "client_archived_name_key_{c}" ON "client" ("archived", "name_key_{c}")',
    f'CREATE INDEX "client_archived_company_key_{c}" ON "client" ("archived", "company_key_{c}")',
    f'CREATE INDEX "project_title_key_{c}" ON "project" ("title_key_{c}")',
)]


def apply(db: peewee.Database, sqlite: bool) -> None:
    for statement in _columns(sqlite):
        db.execute_sql(statement)
    for table in COLUMNS:  # before the indexes: building them from filled rows is faster than keeping them in step
        sort_keys.refresh(table, database=db)
    for statement in INDEXES:
        db.execute_sql(statement)
    if sqlite and db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        for statement in INDEXES:  # statistics from an earlier ANALYZE: add the new indexes' own
            db.execute_sql(f'ANALYZE "{statement.split(chr(34))[1]}"')
