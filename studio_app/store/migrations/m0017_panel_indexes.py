"""Schema version 17: indexes for the Today view's panels (issue 20: the whole dashboard ≤ 20 ms).

- the open milestones by due date carrying their project: which projects in hand have a milestone before the
  warning window's end is a short range read in the index alone, so the deadlines panel looks up the next
  milestone for those candidates only, not for every project in hand;
- the clients' birthdays and company anniversaries by month and day (expression indexes): the important
  dates of the next two weeks are a lookup of those fifteen days, not a pass over every client. PostgreSQL
  indexes only IMMUTABLE expressions, so there the month-day is a number, month × 100 + day, from EXTRACT
  (``to_char`` depends on the session's settings); SQLite's is the text ``MM-DD`` of the ISO date.
  ``studio_app.today.sql._month_day`` spells the same expressions, which is what lets each engine use them.

Frozen DDL, as in m0001: never edit it; a later change is a new step.
"""

from __future__ import annotations

import peewee

VERSION = 17

MONTH_DAY = {"sqlite": 'substr("{column}", 6, 5)',
             "postgresql": '(EXTRACT(MONTH FROM "{column}") * 100 + EXTRACT(DAY FROM "{column}"))'}


def statements(sqlite: bool) -> list[str]:
    month_day = MONTH_DAY["sqlite" if sqlite else "postgresql"]
    return [
        'CREATE INDEX "milestone_done_on_due_date_project_id" ON "milestone" ("done_on", "due_date", "project_id")',
        *(f'CREATE INDEX "client_{column}_month_day" ON "client" ({month_day.format(column=column)})'
          for column in ("birthday", "anniversary")),
    ]


def apply(db: peewee.Database, sqlite: bool) -> None:
    for statement in statements(sqlite):
        db.execute_sql(statement)
    if sqlite and db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        for statement in statements(sqlite):  # statistics from an earlier ANALYZE: add the new indexes' own
            db.execute_sql(f'ANALYZE "{statement.split(chr(34))[1]}"')
