"""Schema version 25: the projects list sorted by deadline or by price walks an index in that order.

The list hides archived projects and reads its first thousand ids in the order asked for. By deadline or by price
no index held that order, so at 100,000 projects every row was read (the table is wide: goals, search key) and
sorted: 150–190 ms, against 1 ms by title or client. These two hold it: the deadline, and the agreed price as the
list shows it (``lists._sort_expression``: an hourly project's estimate at its rate until a quote is accepted; the
expression must stay written the same for an index on it to be used). The few archived projects are skipped on the
way, as the title's index walk skips them. Neither begins with ``archived``: the list's own order (newest first)
walks the table's ids, and an index led by ``archived`` made SQLite read every project not archived that way and
sort them by id instead (10×: 4 → 17 ms to open the list). Frozen DDL, as in m0001: a later change is a new step.
"""

from __future__ import annotations

import peewee

VERSION = 25

AGREED_PRICE = ('CASE WHEN "accepted_quote_id" IS NULL AND "pricing" = \'hourly\' '
                'THEN CAST("estimated_hours" AS NUMERIC) * "hourly_rate" ELSE "price" END')


def apply(db: peewee.Database, sqlite: bool) -> None:
    db.execute_sql('CREATE INDEX "project_deadline" ON "project" ("deadline")')
    db.execute_sql(f'CREATE INDEX "project_agreed_price" ON "project" (({AGREED_PRICE}))')
