"""Schema version 11: the studio's own wording on its documents (``studio_text``).

One row per language and text key (a contract clause, a quote or invoice note, the payment wording) that the
studio changed in Settings → Documents; a key without a row reads the shipped text from
``resources/texts/<lang>.json``. Kept in the database so every desk of a shared PostgreSQL studio prints the
same words. Frozen DDL, as in m0001.
"""

from __future__ import annotations

import peewee

VERSION = 11

_TABLE = ('CREATE TABLE "studio_text" ("language" VARCHAR(255) NOT NULL, "key" VARCHAR(255) NOT NULL, '
          '"text" TEXT NOT NULL, PRIMARY KEY ("language", "key"))')
SQLITE = [_TABLE]
POSTGRES = [_TABLE]


def apply(db: peewee.Database, sqlite: bool) -> None:
    for statement in SQLITE if sqlite else POSTGRES:
        db.execute_sql(statement)
