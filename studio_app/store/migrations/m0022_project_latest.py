"""Schema version 22: what the Today view's work-in-hand panels need of each project, kept by triggers (issue 20:
the deadlines, updates and workload panels no longer seek into the time entries, interactions, milestones and
deliverables of every project in hand, tables that grow with the history).

``project_latest`` has one row per project. What it sums up of the project's rows:

- ``logged_minutes``: its time entries' minutes; ``open_deliverables``: its deliverables not done;
- ``next_due``: the earliest due date of its open milestones; ``last_update_at``: its latest "update"
  interaction, whatever its date;

and, made from those and the project's own columns, what the panels read from an index range:

- ``hand_deadline``: the deadline of a project in hand (quoted or active, not archived, not delivered): the late
  ones are the range before today;
- ``risk_due``: for a project in hand with deliverables open, the earlier of its deadline and next milestone:
  the deadlines at risk of a window are the range up to its end;
- ``update_day``: for an active project (not archived), the day of its last update, else of its start, else of
  when it was recorded: the updates due are the range up to the cutoff. An update dated after today is the one
  case the row cannot answer alone: the panel reads those few projects (``last_update_at`` from tomorrow on)
  from the interactions themselves;
- ``plan_first``, ``plan_last``, ``plan_hours``: for an active project (not archived) with a deadline and hours
  left (estimate − logged time > 0): its start and deadline as day numbers, and those hours: the workload sums
  them without reading the projects or their time;
- ``deposit_count``, ``deposit_due``, ``deposit_currency``, ``deposit_first`` (+ ``_id``), ``deposit_last``: for a
  project not yet delivered (lead, quoted, active), its open deposit invoices (issued, something still owed):
  how many, what they come to, their currency (none when they differ), the first by issue date and id, and the
  last issue date. The unpaid deposits of a day are these sums, but for the few projects with a deposit dated
  after that day or in two currencies, which the panel reads from the invoices themselves.

The triggers recompute a touched project's row from the rows (never add to it), so it is exact whatever the
order of the writes, and on PostgreSQL lock the touched rows in id order first, as migration 19's do. Whoever
sets the triggers aside (``store.bulk``) or empties the tables rebuilds the table with :func:`fill`.
Frozen DDL: a later change is a new step.
"""

from __future__ import annotations

import peewee

from . import m0019_client_latest as m0019

VERSION = 22

TABLE = "project_latest"
COLUMNS = ("project_id", "logged_minutes", "open_deliverables", "next_due", "last_update_at", "hand_deadline",
           "risk_due", "update_day", "plan_first", "plan_last", "plan_hours", "deposit_count", "deposit_due",
           "deposit_currency", "deposit_first", "deposit_first_id", "deposit_last")
# what each source table changes in the rows (an update of another column changes nothing)
WATCHED = {"time_entry": ("project_id", "minutes"),
           "deliverable": ("project_id", "done"),
           "milestone": ("project_id", "done_on", "due_date"),
           "interaction": ("project_id", "kind", "occurred_at"),
           "invoice": ("project_id", "kind", "status", "issue_date", "currency", "total_gross", "deducted", "paid",
                       "credited"),
           "project": ("status", "archived", "delivered_on", "deadline", "start_date", "created_at",
                       "estimated_hours")}
CHILDREN = ("time_entry", "deliverable", "milestone", "interaction", "invoice")
TRIGGERS = tuple(f"{TABLE}_{source}_{event}" for source in ("project", *CHILDREN)
                 for event in ("insert", "delete", "update"))

# a project's open deposit invoices, spelt as migration 2's partial indexes on open invoices so SQLite reads those
_DEPOSITS = ('FROM "invoice" i WHERE i."project_id" = p."id" AND i."kind" = \'deposit\' AND i."status" = \'issued\' '
             'AND i."total_gross" - i."deducted" - i."paid" - i."credited" > 0 AND i."issue_date" IS NOT NULL')
_DUE = 'i."total_gross" - i."deducted" - i."paid" - i."credited"'
_IN_HAND = 'f."status" IN (\'active\', \'quoted\') AND NOT f."archived" AND f."delivered_on" IS NULL'
_ACTIVE = 'f."status" = \'active\' AND NOT f."archived"'
_DEPOSIT_WAIT = 'f."status" IN (\'lead\', \'quoted\', \'active\') AND f.deposits > 0'


def _day_number(sqlite: bool, column: str) -> str:
    """As ``today.sql._day_number``: days since 1970-01-01."""
    return f"({column} - DATE '1970-01-01')" if not sqlite else f"CAST(julianday({column}) - 2440587.5 AS INTEGER)"


def source(sqlite: bool, where: str | None = None) -> str:
    """SELECT of ``project_latest``'s columns made from the projects and their rows, for the projects ``where``
    (a condition on ``p``, the project) names, or for every project.

    Every project at once on SQLite (a fill, a rebuild, ``check``): the first deposit's ``ORDER BY`` gets a unary
    ``+``. Without statistics for the invoices' indexes (a new file, or a bulk fill's indexes just made again)
    SQLite would read it from ``invoice_status_issue_date_id``, in order, for every project: a scan of the
    issued invoices each time (9 s for the large demo's 10,000 projects, and growing with the square of the
    data). With the ``+`` it sorts the project's own few deposits, found in ``invoice_open_kind_project_id``.
    A trigger's one or two projects are planned well either way, and keep the text they were created with."""
    first = '+i."issue_date", +i."id"' if sqlite and where is None else 'i."issue_date", i."id"'
    where = where or "TRUE"
    facts = ('SELECT p."id" AS project_id, COALESCE((SELECT SUM(t."minutes") FROM "time_entry" t '
             'WHERE t."project_id" = p."id"), 0) AS logged_minutes, (SELECT COUNT(*) FROM "deliverable" d '
             'WHERE d."project_id" = p."id" AND d."done" = false) AS open_deliverables, (SELECT MIN(m."due_date") '
             'FROM "milestone" m WHERE m."project_id" = p."id" AND m."done_on" IS NULL) AS next_due, '
             '(SELECT MAX(i."occurred_at") FROM "interaction" i WHERE i."project_id" = p."id" AND i."kind" = '
             f'\'update\') AS last_update_at, (SELECT COUNT(*) {_DEPOSITS}) AS deposits, (SELECT SUM({_DUE}) '
             f'{_DEPOSITS}) AS deposit_due, (SELECT CASE WHEN MIN(i."currency") = MAX(i."currency") THEN '
             f'MIN(i."currency") END {_DEPOSITS}) AS deposit_currency, (SELECT i."issue_date" {_DEPOSITS} '
             f'ORDER BY {first} LIMIT 1) AS deposit_first, (SELECT i."id" {_DEPOSITS} '
             f'ORDER BY {first} LIMIT 1) AS deposit_first_id, (SELECT MAX(i."issue_date") '
             f'{_DEPOSITS}) AS deposit_last, p."status", p."archived", p."delivered_on", p."deadline", '
             f'p."start_date", p."created_at", p."estimated_hours" FROM "project" p WHERE {where}')
    least, greatest, number = ("MIN", "MAX", "REAL") if sqlite else ("LEAST", "GREATEST", "NUMERIC")
    soonest = f'{least}(COALESCE(f."deadline", f.next_due), COALESCE(f.next_due, f."deadline"))'
    since = 'COALESCE(f.last_update_at, f."start_date", f."created_at")'
    day = f"substr({since}, 1, 10)" if sqlite else f"CAST({since} AS DATE)"
    left = f'{greatest}(CAST(f."estimated_hours" AS {number}) - f.logged_minutes / 60.0, 0)'
    planned = f'{_ACTIVE} AND f."deadline" IS NOT NULL AND {left} > 0'
    return (f'SELECT f.project_id, f.logged_minutes, f.open_deliverables, f.next_due, f.last_update_at, '
            f'CASE WHEN {_IN_HAND} THEN f."deadline" END AS hand_deadline, '
            f'CASE WHEN {_IN_HAND} AND f.open_deliverables > 0 THEN {soonest} END AS risk_due, '
            f'CASE WHEN {_ACTIVE} THEN {day} END AS update_day, '
            f'CASE WHEN {planned} THEN {_day_number(sqlite, "f.start_date")} END AS plan_first, '
            f'CASE WHEN {planned} THEN {_day_number(sqlite, "f.deadline")} END AS plan_last, '
            f'CASE WHEN {planned} THEN {left} END AS plan_hours, '
            f'CASE WHEN {_DEPOSIT_WAIT} THEN f.deposits ELSE 0 END AS deposit_count, '
            + ", ".join(f'CASE WHEN {_DEPOSIT_WAIT} THEN f.{c} END AS {c}' for c in COLUMNS[-5:])
            + f' FROM ({facts}) f')


def _quoted(columns=COLUMNS) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def tables(sqlite: bool) -> list[str]:
    stamp, number = ("DATETIME", "REAL") if sqlite else ("TIMESTAMP", "NUMERIC")
    return [
        f'CREATE TABLE "{TABLE}" ("project_id" INTEGER NOT NULL PRIMARY KEY, "logged_minutes" BIGINT NOT NULL, '
        f'"open_deliverables" INTEGER NOT NULL, "next_due" DATE, "last_update_at" {stamp}, "hand_deadline" DATE, '
        f'"risk_due" DATE, "update_day" DATE, "plan_first" INTEGER, "plan_last" INTEGER, "plan_hours" {number}, '
        f'"deposit_count" INTEGER NOT NULL, "deposit_due" BIGINT, "deposit_currency" VARCHAR(255), '
        f'"deposit_first" DATE, "deposit_first_id" INTEGER, "deposit_last" DATE)',
        # the late projects in hand, in the panel's order
        f'CREATE INDEX "{TABLE}_hand_deadline" ON "{TABLE}" ("hand_deadline", "project_id") '
        f'WHERE "hand_deadline" IS NOT NULL',
        # those with open work close to a date, in the panel's order; the deadline tells the late ones apart
        f'CREATE INDEX "{TABLE}_risk_due" ON "{TABLE}" ("risk_due", "project_id", "hand_deadline") '
        f'WHERE "risk_due" IS NOT NULL',
        f'CREATE INDEX "{TABLE}_update_day" ON "{TABLE}" ("update_day", "project_id") WHERE "update_day" IS NOT NULL',
        # the few active projects with an update dated ahead
        f'CREATE INDEX "{TABLE}_last_update_at" ON "{TABLE}" ("last_update_at") WHERE "update_day" IS NOT NULL',
        # the workload's input from the indexes alone: the projects started, summed per deadline in this order;
        # those starting within the weeks shown, a range of their start
        f'CREATE INDEX "{TABLE}_plan_last" ON "{TABLE}" ("plan_last", "plan_first", "plan_hours") '
        f'WHERE "plan_hours" IS NOT NULL',
        f'CREATE INDEX "{TABLE}_plan_first" ON "{TABLE}" ("plan_first", "plan_last", "plan_hours", "project_id") '
        f'WHERE "plan_hours" IS NOT NULL',
        # the unpaid deposits: their sums per currency (and the few with a deposit dated ahead or in two
        # currencies), and the first projects by their first deposit
        f'CREATE INDEX "{TABLE}_deposits" ON "{TABLE}" ("deposit_currency", "deposit_last", "deposit_due", '
        f'"deposit_count", "project_id") WHERE "deposit_count" > 0',
        f'CREATE INDEX "{TABLE}_deposit_first" ON "{TABLE}" ("deposit_first", "deposit_first_id", '
        f'"deposit_currency", "deposit_last", "project_id") WHERE "deposit_count" > 0',
    ]


def fill(sqlite: bool) -> list[str]:
    """The table made again from the rows (the migration, a rebuild after a set-aside or a restore)."""
    return [f'DELETE FROM "{TABLE}"', f'INSERT INTO "{TABLE}" ({_quoted()}) {source(sqlite)}']


def _update(sqlite: bool, where: str) -> str:
    """Recompute the rows of the projects ``where`` names (an UPDATE: a deleted project gets no row back)."""
    target = f'"{TABLE}"' if sqlite else f'"{TABLE}" k'  # SQLite: no alias on a trigger's UPDATE
    key = f'"{TABLE}"."project_id"' if sqlite else 'k."project_id"'
    sets = ", ".join(f'"{c}" = s.{c}' for c in COLUMNS[1:])
    return f'UPDATE {target} SET {sets} FROM ({source(sqlite, where)}) s WHERE {key} = s.project_id'


def sqlite_triggers() -> list[str]:
    this_id = 'p."id" = NEW."id"'
    project = WATCHED["project"]
    statements = [
        f'CREATE TRIGGER "{TABLE}_project_insert" AFTER INSERT ON "project" BEGIN INSERT OR REPLACE INTO "{TABLE}" '
        f'({_quoted()}) {source(True, this_id)}; END',
        f'CREATE TRIGGER "{TABLE}_project_delete" AFTER DELETE ON "project" BEGIN '
        f'DELETE FROM "{TABLE}" WHERE "project_id" = OLD."id"; END',
        f'CREATE TRIGGER "{TABLE}_project_update" AFTER UPDATE OF {_quoted(project)} ON "project" '
        f'WHEN {m0019._changed("OLD", "NEW", project)} BEGIN {_update(True, this_id)}; END',
    ]
    for child in CHILDREN:
        columns = WATCHED[child]
        name = f"{TABLE}_{child}"
        statements += [
            f'CREATE TRIGGER "{name}_insert" AFTER INSERT ON "{child}" BEGIN '
            f'{_update(True, "p.id = NEW.project_id")}; END',
            f'CREATE TRIGGER "{name}_delete" AFTER DELETE ON "{child}" BEGIN '
            f'{_update(True, "p.id = OLD.project_id")}; END',
            f'CREATE TRIGGER "{name}_update" AFTER UPDATE OF {_quoted(columns)} ON "{child}" '
            f'WHEN {m0019._changed("OLD", "NEW", columns)} BEGIN '
            f'{_update(True, "p.id IN (OLD.project_id, NEW.project_id)")}; END',
        ]
    return statements


def _pg_refresh(ids: str) -> str:
    """plpgsql: the projects ``ids`` (a query of project ids) locked in id order, then recomputed by a statement
    of its own (a new snapshot: what a desk committed while this one waited for the lock is seen)."""
    return (f'SELECT array_agg(DISTINCT x.id ORDER BY x.id) INTO touched FROM ({ids}) x(id) WHERE x.id IS NOT NULL; '
            f'IF touched IS NULL THEN RETURN NULL; END IF; '
            f'PERFORM 1 FROM "{TABLE}" l WHERE l."project_id" = ANY(touched) ORDER BY l."project_id" FOR UPDATE; '
            f'{_update(False, "p.id = ANY(touched)")}; ')


def pg_triggers() -> list[str]:
    new, old, both = ("REFERENCING NEW TABLE AS new_rows", "REFERENCING OLD TABLE AS old_rows",
                      "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows")
    function = m0019._pg_function
    statements = []
    statements += function(f"{TABLE}_project_insert",
                           f'INSERT INTO "{TABLE}" ({_quoted()}) {source(False, "p.id IN (SELECT id FROM new_rows)")} '
                           f'ON CONFLICT ("project_id") DO UPDATE SET '
                           + ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in COLUMNS[1:]) + "; ",
                           "INSERT", "project", new)
    statements += function(f"{TABLE}_project_delete",
                           f'DELETE FROM "{TABLE}" WHERE "project_id" IN (SELECT id FROM old_rows); ',
                           "DELETE", "project", old)
    changed = m0019._changed("o", "n", WATCHED["project"])
    statements += function(f"{TABLE}_project_update", _pg_refresh(
        f'SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE {changed}'), "UPDATE", "project", both)
    statements += function(f"{TABLE}_project_truncate", f'DELETE FROM "{TABLE}"; ', "TRUNCATE", "project", "")
    for child in CHILDREN:
        changed = m0019._changed("o", "n", WATCHED[child])
        statements += function(f"{TABLE}_{child}_insert", _pg_refresh("SELECT project_id FROM new_rows"),
                               "INSERT", child, new)
        statements += function(f"{TABLE}_{child}_delete", _pg_refresh("SELECT project_id FROM old_rows"),
                               "DELETE", child, old)
        statements += function(f"{TABLE}_{child}_update", _pg_refresh(
            f"SELECT o.project_id FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE {changed} UNION ALL "
            f"SELECT n.project_id FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE {changed}"),
            "UPDATE", child, both)
    return statements


def apply(db: peewee.Database, sqlite: bool) -> None:
    for statement in tables(sqlite) + (sqlite_triggers() if sqlite else pg_triggers()) + fill(sqlite):
        db.execute_sql(statement)
    if sqlite and db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        db.execute_sql(f'ANALYZE "{TABLE}"')  # statistics from an earlier ANALYZE: add the new table's
