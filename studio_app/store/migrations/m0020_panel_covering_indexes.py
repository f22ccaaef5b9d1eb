"""Schema version 20: PostgreSQL indexes that let the Today view's work-in-hand panels read index entries only
(issue 20: the whole dashboard ≤ 20 ms on PostgreSQL too).

SQLite's indexes carry each row's id (its rowid), so migration 14's partial indexes of the projects in hand and
of the open deposit invoices already answer the deadlines, workload, updates and deposits panels alone. A
PostgreSQL index carries no id unless told to, so there every one of those rows was fetched from the table (400
to 1,000 table pages per panel on the large demo, most of each panel's time). These two carry the id too
(``INCLUDE``), so PostgreSQL reads them alone (an index-only scan); SQLite gets nothing new.

- the projects not yet delivered that a panel lists (leads, quotes, active projects), with the dates, client and
  estimate the panels read;
- the open deposit invoices by project, with what the deposits panel sums and sorts by.

Frozen DDL, as in m0001: never edit it; a later change is a new step.
"""

from __future__ import annotations

import peewee

VERSION = 20

_OPEN = '"status" = \'issued\' AND "total_gross" - "deducted" - "paid" - "credited" > 0'

POSTGRESQL_INDEXES = [
    'CREATE INDEX "project_in_hand_covering" ON "project" ("status", "archived", "delivered_on", "deadline") '
    'INCLUDE ("id", "client_id", "start_date", "created_at", "estimated_hours") '
    'WHERE "status" IN (\'lead\', \'quoted\', \'active\')',
    'CREATE INDEX "invoice_open_deposit_project_id" ON "invoice" ("project_id") '
    'INCLUDE ("id", "issue_date", "currency", "total_gross", "deducted", "paid", "credited") '
    f'WHERE "kind" = \'deposit\' AND {_OPEN}',
]


def apply(db: peewee.Database, sqlite: bool) -> None:
    if sqlite:
        return
    for statement in POSTGRESQL_INDEXES:
        db.execute_sql(statement)
    for table in ("project", "invoice"):  # statistics for the new indexes' predicates
        db.execute_sql(f'ANALYZE "{table}"')
