"""Schema version 14: indexes for the Today view (issue 20: the whole dashboard right after a write ≤ 20 ms).

Measured on the large demo database (100,000 invoices, 26,000 of them open), see ``benchmarks/``:

- open invoices by status, due date and currency, carrying the amounts (partial, like migration 2's): what is
  not yet due is a short range at the end, so overdue = outstanding − not yet due, without a CASE per open
  invoice; and by kind and project (partial too), so the unpaid deposits of the projects in hand are found
  and summed in the index;
- payments by currency and date carrying the amount: a month's takings per currency are one range sum each,
  not a GROUP BY over the year's payments;
- the projects in hand (active, quoted) carrying their dates, client and estimate (partial); the delivered
  projects by client and delivery date (partial: each client's latest delivery); a project's open
  milestones by due date, its deliverables by done, its time entries' minutes; the interactions waiting for
  a reply by when (carrying the client); the clients' birthdays and anniversaries (carrying the name):
  each panel reads index entries only, and the rows it shows.

Frozen DDL, as in m0001: never edit it; a later change is a new step.
"""

from __future__ import annotations

import peewee

VERSION = 14

# Literal, so that SQLite can prove a query's condition implies the partial index's (studio_app.today.money._OPEN).
_OPEN = '"status" = \'issued\' AND "total_gross" - "deducted" - "paid" - "credited" > 0'

INDEXES = [
    f'CREATE INDEX "invoice_open_status_due_date_currency" ON "invoice" ("status", "due_date", "currency", '
    f'"total_gross", "deducted", "paid", "credited") WHERE {_OPEN}',
    # kind first: SQLite seeks each project's deposits, PostgreSQL reads the open deposits' range and hashes
    f'CREATE INDEX "invoice_open_kind_project_id" ON "invoice" ("kind", "project_id", "status", "issue_date", '
    f'"currency", "total_gross", "deducted", "paid", "credited") WHERE {_OPEN}',
    'CREATE INDEX "payment_currency_date_amount" ON "payment" ("currency", "date", "amount")',
    # status and archived carried too: SQLite 3.40 reads a partial index alone only when it holds every column
    # the query names, its own condition's included
    'CREATE INDEX "project_delivered_client_id_delivered_on" ON "project" ("client_id", "delivered_on", "status", '
    '"archived") WHERE "status" IN (\'delivered\', \'closed\') AND "archived" = false',
    # The projects in hand (partial: a few hundred of the ten thousand), carrying what the deadline, update and
    # workload panels read, so none of them reads a project's row (its goals, keys) until it is shown.
    'CREATE INDEX "project_in_hand" ON "project" ("status", "archived", "delivered_on", "deadline", "start_date", '
    '"created_at", "client_id", "estimated_hours") WHERE "status" IN (\'active\', \'quoted\')',
    'CREATE INDEX "milestone_project_id_done_on_due_date" ON "milestone" ("project_id", "done_on", "due_date")',
    'CREATE INDEX "deliverable_project_id_done" ON "deliverable" ("project_id", "done")',
    'CREATE INDEX "time_entry_project_id_minutes" ON "time_entry" ("project_id", "minutes")',
    'CREATE INDEX "client_archived_birthday_anniversary_name" ON "client" ("archived", "birthday", "anniversary", '
    '"name")',
    'CREATE INDEX "interaction_waiting_for_reply_occurred_at_client_id" ON "interaction" '
    '("waiting_for_reply", "occurred_at", "client_id")',
]


def apply(db: peewee.Database, sqlite: bool) -> None:
    for statement in INDEXES:
        db.execute_sql(statement)
    if sqlite and db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        for statement in INDEXES:  # statistics from an earlier ANALYZE: add the new indexes' own
            db.execute_sql(f'ANALYZE "{statement.split(chr(34))[1]}"')
