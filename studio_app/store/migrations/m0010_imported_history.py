"""Schema version 10: invoices brought in from another tool's CSV are marked as imported history.

``invoice.imported_from`` holds the name of the file an invoice came from (empty for every invoice made
here). Such an invoice keeps its own number, dates, totals and paid status; it was never issued by this
desk, so it has no issued copy and no PDF of ours (:mod:`studio_app.importing.history`). Frozen DDL, as in m0001.
"""

from __future__ import annotations

import peewee

VERSION = 10

STATEMENTS = [
    'ALTER TABLE "invoice" ADD COLUMN "imported_from" VARCHAR(255) NOT NULL DEFAULT \'\'',
]


def apply(db: peewee.Database, sqlite: bool) -> None:
    for statement in STATEMENTS:
        db.execute_sql(statement)
