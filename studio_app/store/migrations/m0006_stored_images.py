"""Schema version 6: images kept once, by the SHA-256 of their bytes (``stored_image``).

An issued document's snapshot names the studio's logo it was issued with by that hash
(:mod:`studio_app.work.frozen_logo`) instead of carrying its own copy of the bytes; the bytes are here, once
per distinct logo. Documents issued before this step have no logo in their snapshot and are drawn with
today's, as before, so nothing else changes. Frozen DDL, as in m0001.
"""

from __future__ import annotations

import peewee

VERSION = 6

SQLITE = [
    'CREATE TABLE "stored_image" ("sha256" VARCHAR(64) NOT NULL PRIMARY KEY, "media_type" VARCHAR(255) NOT NULL, "data" BLOB NOT NULL, "size" INTEGER NOT NULL)',
]
POSTGRES = [
    'CREATE TABLE "stored_image" ("sha256" VARCHAR(64) NOT NULL PRIMARY KEY, "media_type" VARCHAR(255) NOT NULL, "data" BYTEA NOT NULL, "size" INTEGER NOT NULL)',
]


def apply(db: peewee.Database, sqlite: bool) -> None:
    for statement in SQLITE if sqlite else POSTGRES:
        db.execute_sql(statement)
