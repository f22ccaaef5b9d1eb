"""Schema version 19: each client's latest delivery and last interaction, kept by triggers (issue 20: the Today
view's proposed follow-ups and waiting panels flat as the history grows).

``client_latest`` has one row per client:

- ``archived``: the client's own flag, so the panels never read the client row to leave archived ones out;
- ``delivered_on``: the latest delivery (a project delivered or closed, not archived, with a delivery date);
- ``contact_at``, ``contact_id``, ``contact_waiting``: the client's last interaction (latest ``occurred_at``,
  then highest id: the waiting panel's order), whatever its date, and its ``waiting_for_reply``;
- ``follow_up_due``: when a check-in is due (``delivered_on`` + the studio's ``follow_up_months``, clamped to the
  month's end as ``today.sql.add_months``), set only while nobody has talked to the client on or after that day
  and the client is not archived: the proposed follow-ups of a day are a range of its index;
- ``waiting_since``: ``contact_at`` when that last interaction waits for our reply (client not archived).

Interactions dated after the moment the panels look at (a meeting planned for next week) are the one case the
row cannot answer alone: the panels read those few clients (``contact_at`` later than now) from the
interactions themselves.

The triggers recompute a touched client's row from the rows (never add to it), so the row is exact whatever
the order of the writes. SQLite runs one writer at a time. PostgreSQL (READ COMMITTED) fires one trigger per
statement: it first locks the touched clients' rows in id order, then recomputes them in a statement of its
own, whose snapshot sees every write committed before the lock was granted: a second desk writing the same
client waits for the first one's commit (only then: other clients' rows are not touched) and then counts it.
Whoever sets the triggers aside (``store.bulk``) or empties the tables rebuilds the table with :func:`fill`.
Frozen DDL: a later change is a new step.
"""

from __future__ import annotations

import peewee

from . import m0017_panel_indexes as m0017

VERSION = 19

TABLE = "client_latest"
COLUMNS = ("client_id", "archived", "delivered_on", "contact_at", "contact_id", "contact_waiting", "follow_up_due",
           "waiting_since")
# what each trigger's source table changes in the rows (an update of another column changes nothing)
WATCHED = {"interaction": ("client_id", "occurred_at", "waiting_for_reply"),
           "project": ("client_id", "status", "archived", "delivered_on"),
           "client": ("archived",)}
TRIGGERS = tuple(f"{TABLE}_{source}_{event}" for source in ("client", "interaction", "project")
                 for event in ("insert", "delete", "update")) + (f"{TABLE}_studio_insert", f"{TABLE}_studio_update")
DEFAULT_MONTHS = 3  # Studio.follow_up_months' default, before a studio row exists

# literal, as migration 14's partial index of the delivered projects states it, so SQLite reads that index
_DELIVERED = 'p."status" IN (\'delivered\', \'closed\') AND p."archived" = false'


def _plus_months(sqlite: bool, column: str, months: str) -> str:
    """``column`` + ``months`` (an SQL expression) calendar months, clamped to the month's end: the same as
    ``today.sql._plus_months`` with a number."""
    if not sqlite:
        return f"CAST({column} + make_interval(months => {months}) AS DATE)"
    plain = f"date({column}, printf('%+d months', {months}))"
    month_end = f"date({column}, 'start of month', printf('%+d months', {months} + 1), '-1 day')"
    return f"CASE WHEN substr({column}, 9) <= '28' THEN {plain} ELSE MIN({plain}, {month_end}) END"


def source(sqlite: bool, where: str = "TRUE") -> str:
    """SELECT of ``client_latest``'s columns made from the clients, projects, interactions and the studio's
    setting, for the clients ``where`` (a condition on ``c``, the client) names."""
    months = f'COALESCE((SELECT s."follow_up_months" FROM "studio" s WHERE s."id" = 1), {DEFAULT_MONTHS})'
    facts = (f'SELECT c."id" AS client_id, c."archived" AS archived, (SELECT p."delivered_on" FROM "project" p '
             f'WHERE p."client_id" = c."id" AND {_DELIVERED} AND p."delivered_on" IS NOT NULL '
             f'ORDER BY p."delivered_on" DESC LIMIT 1) AS delivered_on, (SELECT j."id" FROM "interaction" j '
             f'WHERE j."client_id" = c."id" ORDER BY j."occurred_at" DESC, j."id" DESC LIMIT 1) AS contact_id, '
             f'{months} AS months FROM "client" c WHERE {where}')
    joined = (f'SELECT f.client_id, f.archived, f.delivered_on, i."occurred_at" AS contact_at, f.contact_id, '
              f'COALESCE(i."waiting_for_reply", false) AS contact_waiting, '
              f'{_plus_months(sqlite, "f.delivered_on", "f.months")} AS due '
              f'FROM ({facts}) f LEFT JOIN "interaction" i ON i."id" = f.contact_id')
    return (f'SELECT t.client_id, t.archived, t.delivered_on, t.contact_at, t.contact_id, t.contact_waiting, '
            f'CASE WHEN NOT t.archived AND t.due IS NOT NULL AND (t.contact_at IS NULL OR t.contact_at < t.due) '
            f'THEN t.due END AS follow_up_due, '
            f'CASE WHEN NOT t.archived AND t.contact_waiting THEN t.contact_at END AS waiting_since '
            f'FROM ({joined}) t')


def _quoted(columns=COLUMNS) -> str:
    return ", ".join(f'"{c}"' for c in columns)


def tables(sqlite: bool) -> list[str]:
    boolean, stamp = ("INTEGER", "DATETIME") if sqlite else ("BOOLEAN", "TIMESTAMP")
    return [
        f'CREATE TABLE "{TABLE}" ("client_id" INTEGER NOT NULL PRIMARY KEY, "archived" {boolean} NOT NULL, '
        f'"delivered_on" DATE, "contact_at" {stamp}, "contact_id" INTEGER, "contact_waiting" {boolean} NOT NULL, '
        f'"follow_up_due" DATE, "waiting_since" {stamp})',
        # the proposals of a day: a range read from its end, already in the panel's order (latest delivery first:
        # the due date never goes down as the delivery date goes up)
        f'CREATE INDEX "{TABLE}_follow_up_due" ON "{TABLE}" ("follow_up_due" DESC, "delivered_on" DESC, '
        f'"client_id") WHERE "follow_up_due" IS NOT NULL',
        f'CREATE INDEX "{TABLE}_waiting_since" ON "{TABLE}" ("waiting_since", "contact_id") '
        f'WHERE "waiting_since" IS NOT NULL',
        f'CREATE INDEX "{TABLE}_contact_at" ON "{TABLE}" ("contact_at")',  # the few with a dated-ahead interaction
        # the planned follow-ups not done, carrying their client: the due ones found and counted in the index
        'CREATE INDEX "interaction_follow_up_due" ON "interaction" ("follow_up_done", "follow_up_on", "client_id")',
        # the birthdays and anniversaries of a fortnight found, counted and sorted in the index alone (migration
        # 17's month-day, spelt the same, then what the panel filters and sorts on)
        *(f'CREATE INDEX "client_{column}_month_day_name" ON "client" '
          f'({m0017.MONTH_DAY["sqlite" if sqlite else "postgresql"].format(column=column)}, "archived", "{column}", '
          f'"name")' for column in ("birthday", "anniversary")),
    ]


def fill(sqlite: bool) -> list[str]:
    """The table made again from the rows (the migration, a rebuild after a set-aside or a restore)."""
    return [f'DELETE FROM "{TABLE}"', f'INSERT INTO "{TABLE}" ({_quoted()}) {source(sqlite)}']


def _update(sqlite: bool, where: str) -> str:
    """Recompute the rows of the clients ``where`` names (an UPDATE: a deleted client gets no row back)."""
    target = f'"{TABLE}"' if sqlite else f'"{TABLE}" k'  # SQLite: no alias on a trigger's UPDATE
    key = f'"{TABLE}"."client_id"' if sqlite else 'k."client_id"'
    sets = ", ".join(f'"{c}" = s.{c}' for c in COLUMNS[1:])
    return f'UPDATE {target} SET {sets} FROM ({source(sqlite, where)}) s WHERE {key} = s.client_id'


def _changed(row_a: str, row_b: str, columns: tuple[str, ...]) -> str:
    return " OR ".join(f'{row_a}."{c}" IS DISTINCT FROM {row_b}."{c}"' for c in columns)


def sqlite_triggers() -> list[str]:
    one = lambda row: _update(True, f'c."id" = {row}."client_id"')
    this_id = 'c."id" = NEW."id"'
    this_client = _update(True, this_id)
    both = _update(True, 'c."id" IN (OLD."client_id", NEW."client_id")')
    statements = [
        f'CREATE TRIGGER "{TABLE}_client_insert" AFTER INSERT ON "client" BEGIN INSERT OR REPLACE INTO "{TABLE}" '
        f'({_quoted()}) {source(True, this_id)}; END',
        f'CREATE TRIGGER "{TABLE}_client_delete" AFTER DELETE ON "client" BEGIN '
        f'DELETE FROM "{TABLE}" WHERE "client_id" = OLD."id"; END',
        f'CREATE TRIGGER "{TABLE}_client_update" AFTER UPDATE OF "archived" ON "client" '
        f'WHEN OLD."archived" IS NOT NEW."archived" BEGIN {this_client}; END',
    ]
    for source_table in ("interaction", "project"):
        columns = WATCHED[source_table]
        name = f"{TABLE}_{source_table}"
        statements += [
            f'CREATE TRIGGER "{name}_insert" AFTER INSERT ON "{source_table}" BEGIN {one("NEW")}; END',
            f'CREATE TRIGGER "{name}_delete" AFTER DELETE ON "{source_table}" BEGIN {one("OLD")}; END',
            f'CREATE TRIGGER "{name}_update" AFTER UPDATE OF {_quoted(columns)} ON "{source_table}" '
            f'WHEN {_changed("OLD", "NEW", columns)} BEGIN {both}; END',
        ]
    everyone = _update(True, "TRUE")
    statements += [
        f'CREATE TRIGGER "{TABLE}_studio_insert" AFTER INSERT ON "studio" BEGIN {everyone}; END',
        f'CREATE TRIGGER "{TABLE}_studio_update" AFTER UPDATE OF "follow_up_months" ON "studio" '
        f'WHEN OLD."follow_up_months" IS NOT NEW."follow_up_months" BEGIN {everyone}; END',
    ]
    return statements


_TOUCHED = 'c."id" = ANY(touched)'


def _pg_refresh(ids: str) -> str:
    """plpgsql: the clients ``ids`` (a query of client ids) locked in id order, then recomputed by a statement
    of its own (a new snapshot: what a desk committed while this one waited for the lock is seen)."""
    return (f'SELECT array_agg(DISTINCT x.id ORDER BY x.id) INTO touched FROM ({ids}) x(id) WHERE x.id IS NOT NULL; '
            f'IF touched IS NULL THEN RETURN NULL; END IF; '
            f'PERFORM 1 FROM "{TABLE}" l WHERE l."client_id" = ANY(touched) ORDER BY l."client_id" FOR UPDATE; '
            f'{_update(False, _TOUCHED)}; ')


def _pg_function(name: str, body: str, event: str, table: str, referencing: str) -> list[str]:
    return [f'CREATE FUNCTION "{name}"() RETURNS trigger LANGUAGE plpgsql SET jit = off AS $body$ '
            f'DECLARE touched integer[]; BEGIN {body}RETURN NULL; END $body$',
            f'CREATE TRIGGER "{name}" AFTER {event} ON "{table}" {referencing} FOR EACH STATEMENT '
            f'EXECUTE FUNCTION "{name}"()']


def pg_triggers() -> list[str]:
    new, old, both = ("REFERENCING NEW TABLE AS new_rows", "REFERENCING OLD TABLE AS old_rows",
                      "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows")
    statements = []
    statements += _pg_function(f"{TABLE}_client_insert",
                               f'INSERT INTO "{TABLE}" ({_quoted()}) {source(False, "c.id IN (SELECT id FROM new_rows)")} '
                               f'ON CONFLICT ("client_id") DO UPDATE SET '
                               + ", ".join(f'"{c}" = EXCLUDED."{c}"' for c in COLUMNS[1:]) + "; ",
                               "INSERT", "client", new)
    statements += _pg_function(f"{TABLE}_client_delete",
                               f'DELETE FROM "{TABLE}" WHERE "client_id" IN (SELECT id FROM old_rows); ',
                               "DELETE", "client", old)
    statements += _pg_function(f"{TABLE}_client_update", _pg_refresh(
        'SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE o.archived IS DISTINCT FROM n.archived'),
        "UPDATE", "client", both)
    statements += _pg_function(f"{TABLE}_client_truncate", f'DELETE FROM "{TABLE}"; ', "TRUNCATE", "client", "")
    for table in ("interaction", "project"):
        changed = _changed("o", "n", WATCHED[table])
        statements += _pg_function(f"{TABLE}_{table}_insert", _pg_refresh("SELECT client_id FROM new_rows"),
                                   "INSERT", table, new)
        statements += _pg_function(f"{TABLE}_{table}_delete", _pg_refresh("SELECT client_id FROM old_rows"),
                                   "DELETE", table, old)
        statements += _pg_function(f"{TABLE}_{table}_update", _pg_refresh(
            f"SELECT o.client_id FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE {changed} UNION ALL "
            f"SELECT n.client_id FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE {changed}"),
            "UPDATE", table, both)
    everyone = _pg_refresh(f'SELECT "client_id" FROM "{TABLE}"')
    statements += _pg_function(f"{TABLE}_studio_insert", everyone, "INSERT", "studio", new)
    statements += _pg_function(f"{TABLE}_studio_update",
                               "IF NOT EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE "
                               "o.follow_up_months IS DISTINCT FROM n.follow_up_months) THEN RETURN NULL; END IF; "
                               + everyone, "UPDATE", "studio", both)
    return statements


def apply(db: peewee.Database, sqlite: bool) -> None:
    for statement in tables(sqlite) + (sqlite_triggers() if sqlite else pg_triggers()) + fill(sqlite):
        db.execute_sql(statement)
    if sqlite and db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        for statement in tables(sqlite):  # statistics from an earlier ANALYZE: add the new table's and indexes'
            db.execute_sql(f'ANALYZE "{statement.split(chr(34))[1]}"')
