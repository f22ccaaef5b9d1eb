"""Schema version 23: how many projects, clients and dates each Today panel counts, and what the unpaid deposits
come to, kept per day by triggers (issue 20: at ten times the data the panels' exact counts, read entry by entry
from migration 19's and 22's indexes, were most of their cost: 0.44 of the deadlines panel's 0.54 ms).

``day_counts`` holds, per measure, currency (``''`` but for money) and day, how many rows of ``client_latest``,
``project_latest``, ``client`` or ``interaction`` have that day (``n``) and what they come to (``amount``); a
panel's count is the sum over a range of days (a few hundred rows however many projects):

- ``late``: projects in hand by their deadline (``hand_deadline``); ``late_risk``: the same, for those whose
  ``risk_due`` is set too, so the deadlines panel's "close, not late" is ``risk`` up to the window's end less
  ``late_risk`` before today (a late project's soonest date is before its deadline, so within the window);
- ``risk``: projects with open work by their soonest date (``risk_due``); ``update``: active projects by the day
  of their last update (``update_day``); ``follow_up``: clients by the day a check-in falls due; ``waiting``:
  clients by the day their last message began to wait for our reply;
- ``plan``: the active projects the workload plans, by deadline (``plan_last``), with their hours left (``amount``,
  in 1/6000 hours: whole for the estimates of two decimals the forms allow);
- ``deposit``: projects waiting on deposits in one currency by their last deposit's date: the deposits (``n``)
  and what is still owed on them (``amount``, minor units);
- ``planned``: the follow-ups planned on interactions and not done, of clients not archived, by their date;
- ``birthday``, ``anniversary``: clients not archived by the month and day of the date (a day of the year 2000,
  a leap year, so 29 February has its own).

SQLite (one writer at a time) keeps one row per key, its triggers adding to it in place. On PostgreSQL two desks
adding to one row would wait on each other and could deadlock, so there a statement trigger appends one row per
key a statement changed (``loose``), as migration 16's do, and a read folds them when it finds many
(store.day_counts). Whoever sets the triggers aside or empties the tables makes the counts again with :func:`fill`.
Frozen DDL: a later change is a new step.
"""

from __future__ import annotations

from typing import NamedTuple

import peewee

from . import m0017_panel_indexes as m0017
from . import m0019_client_latest as m0019

VERSION = 23

TABLE = "day_counts"
KEY = ("measure", "currency", "day")
SUMS = ("n", "amount")


class Measure(NamedTuple):
    """What a measure counts: rows of ``table`` where ``counts`` holds, filed under their ``day``; each adds ``n``
    (and ``amount``) to its day's, per ``currency`` when it has one. SQL on a row named {r}."""

    table: str
    day: str | dict[bool, str] | None  # None: the month and day of the column named as the measure, in 2000
    counts: str
    n: str = "1"
    amount: str | dict[bool, str] = "0"  # a dict: its SQL on SQLite (True) and on PostgreSQL (False)
    currency: str = "''"


HOURS = 6000  # the planned hours kept as whole hundredths of a minute: exact for estimates of two decimals


_MONTH_DAY = {True: "'2000-' || substr({r}.\"{c}\", 6, 5)",
              False: 'make_date(2000, CAST(EXTRACT(MONTH FROM {r}."{c}") AS INTEGER), '
                     'CAST(EXTRACT(DAY FROM {r}."{c}") AS INTEGER))'}
MEASURES = {
    "late": Measure("project_latest", '{r}."hand_deadline"', '{r}."hand_deadline" IS NOT NULL'),
    "late_risk": Measure("project_latest", '{r}."hand_deadline"',
                         '{r}."hand_deadline" IS NOT NULL AND {r}."risk_due" IS NOT NULL'),
    "risk": Measure("project_latest", '{r}."risk_due"', '{r}."risk_due" IS NOT NULL'),
    "update": Measure("project_latest", '{r}."update_day"', '{r}."update_day" IS NOT NULL'),
    "deposit": Measure("project_latest", '{r}."deposit_last"',
                       '{r}."deposit_count" > 0 AND {r}."deposit_currency" IS NOT NULL', '{r}."deposit_count"',
                       '{r}."deposit_due"', '{r}."deposit_currency"'),
    "plan": Measure("project_latest", {True: "date({r}.\"plan_last\" * 86400, 'unixepoch')",
                                       False: 'DATE \'1970-01-01\' + {r}."plan_last"'},
                    '{r}."plan_hours" IS NOT NULL', amount={
                        True: f'CAST(round({{r}}."plan_hours" * {HOURS}) AS INTEGER)',
                        False: f'CAST(round({{r}}."plan_hours" * {HOURS}) AS BIGINT)'}),
    "follow_up": Measure("client_latest", '{r}."follow_up_due"', '{r}."follow_up_due" IS NOT NULL'),
    "waiting": Measure("client_latest", {True: 'substr({r}."waiting_since", 1, 10)',
                                         False: 'CAST({r}."waiting_since" AS DATE)'},
                       '{r}."waiting_since" IS NOT NULL'),
    "planned": Measure("interaction", '{r}."follow_up_on"',
                       '{r}."follow_up_done" = false AND {r}."follow_up_on" IS NOT NULL AND NOT '
                       '(SELECT c."archived" FROM "client" c WHERE c."id" = {r}."client_id")'),
    "birthday": Measure("client", None, 'NOT {r}."archived" AND {r}."birthday" IS NOT NULL'),
    "anniversary": Measure("client", None, 'NOT {r}."archived" AND {r}."anniversary" IS NOT NULL'),
}
SOURCES = ("project_latest", "client_latest", "client", "interaction")
WATCHED = {"project_latest": ("hand_deadline", "risk_due", "update_day", "plan_last", "plan_hours", "deposit_count",
                              "deposit_due", "deposit_currency", "deposit_last"),
           "client_latest": ("follow_up_due", "waiting_since"), "client": ("archived", "birthday", "anniversary"),
           "interaction": ("client_id", "follow_up_done", "follow_up_on")}
# a client's planned follow-ups are counted while it is not archived: added or taken out when that changes, and
# taken out before the client is deleted (its interactions go with it, when the client is no longer there to ask)
TRIGGERS = tuple(f"{TABLE}_{source}_{event}" for source in SOURCES
                 for event in ("insert", "delete", "update")) + (f"{TABLE}_client_before_delete",)
_CLIENTS_PLANNED = ('SELECT \'planned\' AS measure, \'\' AS currency, i."follow_up_on" AS day, {sign}COUNT(*) AS n, '
                    '0 AS amount FROM "interaction" i WHERE i."client_id" = {client} AND i."follow_up_done" = false '
                    'AND i."follow_up_on" IS NOT NULL AND {when} GROUP BY i."follow_up_on"')


def _columns(sqlite: bool, name: str, row: str, sign: str = "") -> str:
    """``measure``'s key and sums for the row ``row`` (an alias, ``NEW``, ``OLD``), as a SELECT list."""
    measure = MEASURES[name]
    spelt = lambda sql: (sql[sqlite] if isinstance(sql, dict) else sql).format(r=row, c=name)
    day = spelt(_MONTH_DAY if measure.day is None else measure.day)
    return (f"'{name}' AS measure, {spelt(measure.currency)} AS currency, {day} AS day, "
            f"{sign}{spelt(measure.n)} AS n, {sign}{spelt(measure.amount)} AS amount")


def _counts(name: str, row: str) -> str:
    return MEASURES[name].counts.format(r=row)


def _of(source: str) -> list[str]:
    return [name for name, measure in MEASURES.items() if measure.table == source]


def quoted(names: tuple[str, ...]) -> str:
    return ", ".join(f'"{c}"' for c in names)


def _by_name() -> list[str]:
    """SQLite: the clients of one month and day in the order of their names, so the important dates panel reads
    its first few of each day of the fortnight, not every client born in it. (PostgreSQL plans the thirty parts
    of that statement at every refresh, 17 ms: there the panel reads the fortnight in one part, as before.)"""
    return [f'CREATE INDEX "client_{column}_month_day_by_name" ON "client" '
            f'({m0017.MONTH_DAY["sqlite"].format(column=column)}, "archived", "name", "id", "{column}")'
            for column in ("birthday", "anniversary")]


def tables(sqlite: bool) -> list[str]:
    columns = ('"measure" VARCHAR(16) NOT NULL, "currency" VARCHAR(255) NOT NULL, "day" DATE NOT NULL, '
               '"n" BIGINT NOT NULL, "amount" BIGINT NOT NULL, "loose" INTEGER NOT NULL DEFAULT 0')
    if sqlite:  # the key is the table: a count is a range of it
        return [f'CREATE TABLE "{TABLE}" ({columns}, PRIMARY KEY ({quoted(KEY)})) WITHOUT ROWID', *_by_name()]
    return [f'CREATE TABLE "{TABLE}" ({columns})',
            f'CREATE INDEX "{TABLE}_key" ON "{TABLE}" ({quoted(KEY)}) INCLUDE ({quoted(SUMS)})',
            f'CREATE INDEX "{TABLE}_loose" ON "{TABLE}" ("loose") WHERE "loose" > 0']


def source(sqlite: bool) -> str:
    """Every count made from the rows: (measure, currency, day, n, amount) for each key with rows."""
    parts = []
    for name, measure in MEASURES.items():
        parts.append(f'SELECT k.measure, k.currency, k.day, SUM(k.n), SUM(k.amount) FROM (SELECT '
                     f'{_columns(sqlite, name, "r")} FROM "{measure.table}" r WHERE {_counts(name, "r")}) '
                     f'k GROUP BY k.measure, k.currency, k.day')
    return " UNION ALL ".join(parts)


def fill(sqlite: bool) -> list[str]:
    """The counts made again from the rows (the migration, a rebuild after a set-aside or a restore)."""
    return [f'DELETE FROM "{TABLE}"', f'INSERT INTO "{TABLE}" ({quoted(KEY + SUMS)}) {source(sqlite)}']


_SQLITE_UPSERT = (f'ON CONFLICT ({quoted(KEY)}) DO UPDATE SET "n" = "n" + excluded."n", '
                  f'"amount" = "amount" + excluded."amount";')


def _sqlite_add(source: str, row: str, sign: str) -> str:
    return " ".join(f'INSERT INTO "{TABLE}" ({quoted(KEY + SUMS)}) SELECT {_columns(True, name, row, sign)} '
                    f'WHERE {_counts(name, row)} {_SQLITE_UPSERT}' for name in _of(source))


def _sqlite_clients_planned(sign: str, when: str) -> str:
    return (f'INSERT INTO "{TABLE}" ({quoted(KEY + SUMS)}) '
            f'{_CLIENTS_PLANNED.format(sign=sign, client="OLD.id", when=when)} {_SQLITE_UPSERT}')


def sqlite_triggers() -> list[str]:
    statements = []
    for source in SOURCES:
        name = f"{TABLE}_{source}"
        watched = WATCHED[source]
        statements += [
            f'CREATE TRIGGER "{name}_insert" AFTER INSERT ON "{source}" BEGIN {_sqlite_add(source, "NEW", "")} END',
            f'CREATE TRIGGER "{name}_delete" AFTER DELETE ON "{source}" BEGIN {_sqlite_add(source, "OLD", "-")} END',
            f'CREATE TRIGGER "{name}_update" AFTER UPDATE OF {quoted(watched)} ON "{source}" '
            f'WHEN {m0019._changed("OLD", "NEW", watched)} BEGIN {_sqlite_add(source, "OLD", "-")} '
            f'{_sqlite_add(source, "NEW", "")}'
            + (_sqlite_clients_planned('CASE WHEN NEW."archived" THEN -1 ELSE 1 END * ',
                                       'OLD."archived" IS NOT NEW."archived"') if source == "client" else "")
            + ' END',
        ]
    statements.append(f'CREATE TRIGGER "{TABLE}_client_before_delete" BEFORE DELETE ON "client" BEGIN '
                      f'{_sqlite_clients_planned("-", "NOT OLD.archived")} END')
    return statements


def _pg_rows(source: str, rows: str, sign: str) -> list[str]:
    return [f"SELECT {_columns(False, name, 'r', sign)} FROM {rows} r WHERE {_counts(name, 'r')}"
            for name in _of(source)]


def _pg_append(parts: list[str]) -> str:
    """plpgsql: the statement's changes appended as one loose row per key (keys whose changes cancel out: none)."""
    return (f'INSERT INTO "{TABLE}" ({quoted(KEY + SUMS)}, "loose") SELECT x.measure, x.currency, x.day, SUM(x.n), '
            f'SUM(x.amount), 1 FROM ({" UNION ALL ".join(parts)}) x '
            f'GROUP BY x.measure, x.currency, x.day HAVING SUM(x.n) <> 0 OR SUM(x.amount) <> 0; ')


def pg_triggers() -> list[str]:
    referencing = {"INSERT": "REFERENCING NEW TABLE AS new_rows", "DELETE": "REFERENCING OLD TABLE AS old_rows",
                   "UPDATE": "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows"}
    statements = []
    for source in SOURCES:
        parts = {"INSERT": _pg_rows(source, "new_rows", ""), "DELETE": _pg_rows(source, "old_rows", "-")}
        parts["UPDATE"] = parts["DELETE"] + parts["INSERT"]
        if source == "client":
            parts["UPDATE"].append(
                'SELECT \'planned\', \'\', i."follow_up_on", CASE WHEN n."archived" THEN -1 ELSE 1 END, 0 '
                'FROM old_rows o JOIN new_rows n ON n."id" = o."id" JOIN "interaction" i ON i."client_id" = n."id" '
                'WHERE o."archived" IS DISTINCT FROM n."archived" AND i."follow_up_done" = false '
                'AND i."follow_up_on" IS NOT NULL')
        for event in ("INSERT", "DELETE", "UPDATE"):
            statements += m0019._pg_function(f"{TABLE}_{source}_{event.lower()}", _pg_append(parts[event]), event,
                                             source, referencing[event])
    # a restore empties the clients and interactions with TRUNCATE (migration 19 turns the clients' into a DELETE
    # of its rows, whose triggers take those out)
    for source, measures in (("client", "'birthday', 'anniversary', 'planned'"), ("interaction", "'planned'")):
        statements += m0019._pg_function(f"{TABLE}_{source}_truncate",
                                         f'DELETE FROM "{TABLE}" WHERE "measure" IN ({measures}); ',
                                         "TRUNCATE", source, "")
    statements += [
        f'CREATE FUNCTION "{TABLE}_client_before_delete"() RETURNS trigger LANGUAGE plpgsql AS $body$ BEGIN '
        f'INSERT INTO "{TABLE}" ({quoted(KEY + SUMS)}, "loose") SELECT x.*, 1 FROM '
        f'({_CLIENTS_PLANNED.format(sign="-", client="OLD.id", when="NOT OLD.archived")}) x; RETURN OLD; END $body$',
        f'CREATE TRIGGER "{TABLE}_client_before_delete" BEFORE DELETE ON "client" FOR EACH ROW '
        f'EXECUTE FUNCTION "{TABLE}_client_before_delete"()']
    return statements


def apply(db: peewee.Database, sqlite: bool) -> None:
    for statement in tables(sqlite) + (sqlite_triggers() if sqlite else pg_triggers()) + fill(sqlite):
        db.execute_sql(statement)
    if sqlite and db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        for name in (TABLE, "client_birthday_month_day_by_name", "client_anniversary_month_day_by_name"):
            db.execute_sql(f'ANALYZE "{name}"')
