"""Schema version 5: issued documents are chained and sealed (``studio_app.store.sealing``).

Adds the link, whether the link covers the PDF's hash, and the seal to ``issued_document``; adds
``database_identity``, the id that names this database's seal key on each desk; then chains and
seals every document already issued, in id order per kind, with a key made on the desk that
migrates (the other desks of a shared PostgreSQL database get it with ``seal-key add``).

It reads and writes only ``issued_document`` and its own table, so it does not depend on what
the steps before it changed elsewhere (number 4 is the money model's). Frozen DDL, as in m0001.
"""

from __future__ import annotations

import peewee

from studio_app.store import sealing

VERSION = 5

SQLITE = [
    'ALTER TABLE "issued_document" ADD COLUMN "link" VARCHAR(255)',
    'ALTER TABLE "issued_document" ADD COLUMN "link_has_pdf" INTEGER NOT NULL DEFAULT 0',
    'ALTER TABLE "issued_document" ADD COLUMN "seal" VARCHAR(255)',
    'CREATE TABLE "database_identity" ("uid" VARCHAR(255) NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL)',
]
POSTGRES = [
    'ALTER TABLE "issued_document" ADD COLUMN "link" VARCHAR(255)',
    'ALTER TABLE "issued_document" ADD COLUMN "link_has_pdf" BOOLEAN NOT NULL DEFAULT false',
    'ALTER TABLE "issued_document" ADD COLUMN "seal" VARCHAR(255)',
    'CREATE TABLE "database_identity" ("uid" VARCHAR(255) NOT NULL PRIMARY KEY, "created_at" TIMESTAMP NOT NULL)',
]


def apply(db: peewee.Database, sqlite: bool) -> None:
    for statement in SQLITE if sqlite else POSTGRES:
        db.execute_sql(statement)
    sealing.chain_unchained(db)
