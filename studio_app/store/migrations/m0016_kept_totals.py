"""Schema version 16: the dashboard's money totals kept by the database as rows are written.

``open_due_total(currency, due_date, amount, invoices)``: what issued invoices still owe (status ``issued`` and
``total_gross - deducted - paid - credited > 0``, the dashboard's open invoices) per currency and due date.
``payment_month_total(currency, month, amount, payments)``: the payments per currency and calendar month (the
first day of it). Open and overdue become a sum over a few thousand rows instead of 26,077 open invoices (flat at
ten times the data: the copies share dates), the revenue chart a sum over a few hundred instead of 80,000 payments.

Triggers append delta rows (+ the new row's share, − the old row's), with no unique key: two desks on PostgreSQL
never wait on one shared total row and cannot deadlock on two of them; reads sum the rows of a key and
:mod:`studio_app.store.totals` compacts them now and then. SQLite fires a trigger per row; PostgreSQL a trigger
per statement over its transition tables, so a bulk insert appends one row per key, not one per invoice.

Set-aside triggers (``store.bulk``) skip rows: whoever sets them aside rebuilds the totals with :data:`FILL`.
Frozen DDL: a later change is a new step.
"""

from __future__ import annotations

import peewee

VERSION = 16

DUE = '{t}."total_gross" - {t}."deducted" - {t}."paid" - {t}."credited"'
OPEN = '{t}."status" = \'issued\' AND ' + DUE + ' > 0'
INVOICE_COLUMNS = ("status", "currency", "due_date", "total_gross", "deducted", "paid", "credited")
PAYMENT_COLUMNS = ("currency", "date", "amount")
DATE, PDATE, RDATE = '."date"', 'p."date"', 'r."date"'


def _month(sqlite: bool, column: str) -> str:
    """The first day of the month of a date column (SQLite keeps dates as ISO text)."""
    return f"substr({column}, 1, 7) || '-01'" if sqlite else f"date_trunc('month', {column})::date"


def tables(sqlite: bool) -> list[str]:
    big = "INTEGER" if sqlite else "BIGINT"
    return [
        f'CREATE TABLE "open_due_total" ("currency" VARCHAR(255) NOT NULL, "due_date" DATE, '
        f'"amount" {big} NOT NULL, "invoices" INTEGER NOT NULL)',
        'CREATE INDEX "open_due_total_currency_due_date" ON "open_due_total" '
        '("currency", "due_date", "amount", "invoices")',
        f'CREATE TABLE "payment_month_total" ("currency" VARCHAR(255) NOT NULL, "month" DATE NOT NULL, '
        f'"amount" {big} NOT NULL, "payments" INTEGER NOT NULL)',
        'CREATE INDEX "payment_month_total_month_currency" ON "payment_month_total" '
        '("month", "currency", "amount", "payments")',
    ]


def fill(sqlite: bool) -> list[str]:
    """The kept totals made again from the invoices and payments (the migration, a rebuild after a set-aside)."""
    return [
        'DELETE FROM "open_due_total"',
        f'INSERT INTO "open_due_total" ("currency", "due_date", "amount", "invoices") SELECT i."currency", '
        f'i."due_date", SUM({DUE.format(t="i")}), COUNT(*) FROM "invoice" i WHERE {OPEN.format(t="i")} '
        'GROUP BY i."currency", i."due_date"',
        'DELETE FROM "payment_month_total"',
        f'INSERT INTO "payment_month_total" ("currency", "month", "amount", "payments") SELECT m."currency", '
        f'm."month", SUM(m."amount"), COUNT(*) FROM (SELECT p."currency", {_month(sqlite, PDATE)} AS "month", '
        'p."amount" FROM "payment" p) m GROUP BY m."currency", m."month"',
    ]



def _changed(columns: tuple[str, ...]) -> str:
    return " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in columns)


def sqlite_triggers() -> list[str]:
    """One trigger per table and event; an update appends the old row's share taken away and the new one's."""
    due = {"OLD": DUE.format(t="OLD"), "NEW": DUE.format(t="NEW")}
    open_ = {"OLD": OPEN.format(t="OLD"), "NEW": OPEN.format(t="NEW")}

    def invoice_row(row: str, sign: str) -> str:
        return (f'INSERT INTO "open_due_total" ("currency", "due_date", "amount", "invoices") SELECT {row}."currency", '
                f'{row}."due_date", {sign}({due[row]}), {sign}1 WHERE {open_[row]};')

    def payment_row(row: str, sign: str) -> str:
        return (f'INSERT INTO "payment_month_total" ("currency", "month", "amount", "payments") VALUES '
                f'({row}."currency", {_month(True, row + DATE)}, {sign}{row}."amount", {sign}1);')

    invoice_of = ", ".join(f'"{c}"' for c in INVOICE_COLUMNS)
    payment_of = ", ".join(f'"{c}"' for c in PAYMENT_COLUMNS)
    return [
        f'CREATE TRIGGER "open_due_total_insert" AFTER INSERT ON "invoice" BEGIN {invoice_row("NEW", "")} END',
        f'CREATE TRIGGER "open_due_total_delete" AFTER DELETE ON "invoice" BEGIN {invoice_row("OLD", "-")} END',
        f'CREATE TRIGGER "open_due_total_update" AFTER UPDATE OF {invoice_of} ON "invoice" '
        f'WHEN {_changed(INVOICE_COLUMNS)} BEGIN {invoice_row("OLD", "-")} {invoice_row("NEW", "")} END',
        f'CREATE TRIGGER "payment_month_total_insert" AFTER INSERT ON "payment" BEGIN {payment_row("NEW", "")} END',
        f'CREATE TRIGGER "payment_month_total_delete" AFTER DELETE ON "payment" BEGIN {payment_row("OLD", "-")} END',
        f'CREATE TRIGGER "payment_month_total_update" AFTER UPDATE OF {payment_of} ON "payment" '
        f'WHEN {_changed(PAYMENT_COLUMNS)} BEGIN {payment_row("OLD", "-")} {payment_row("NEW", "")} END',
    ]


def _pg_function(name: str, insert: str, parts: list[str], keys: str) -> str:
    """A statement-level trigger function: the statement's rows, summed per key, appended once."""
    return (f'CREATE FUNCTION "{name}"() RETURNS trigger LANGUAGE plpgsql AS $body$ BEGIN {insert} '
            f'SELECT {keys}, SUM(d."amount"), SUM(d."n") FROM ({" UNION ALL ".join(parts)}) d GROUP BY {keys} '
            'HAVING SUM(d."amount") <> 0 OR SUM(d."n") <> 0; RETURN NULL; END $body$')


def pg_triggers() -> list[str]:
    """Per table, one function each for insert, delete and update, on the transition tables ``new_rows`` and
    ``old_rows`` (an update of nothing they sum appends nothing: its two shares cancel)."""
    invoice_insert = 'INSERT INTO "open_due_total" ("currency", "due_date", "amount", "invoices")'
    payment_insert = 'INSERT INTO "payment_month_total" ("currency", "month", "amount", "payments")'

    def invoice_part(rows: str, sign: str) -> str:
        return (f'SELECT r."currency", r."due_date", {sign}({DUE.format(t="r")}) AS "amount", {sign}1 AS "n" '
                f'FROM {rows} r WHERE {OPEN.format(t="r")}')

    def payment_part(rows: str, sign: str) -> str:
        return (f'SELECT r."currency", {_month(False, RDATE)} AS "month", {sign}r."amount" AS "amount", '
                f'{sign}1 AS "n" FROM {rows} r')

    statements = []
    for table, insert, part, keys, name in (
            ("invoice", invoice_insert, invoice_part, 'd."currency", d."due_date"', "open_due_total"),
            ("payment", payment_insert, payment_part, 'd."currency", d."month"', "payment_month_total")):
        events = {"insert": (["new_rows"], "NEW TABLE AS new_rows"),
                  "delete": (["old_rows"], "OLD TABLE AS old_rows"),
                  "update": (["old_rows", "new_rows"], "OLD TABLE AS old_rows NEW TABLE AS new_rows")}
        for event, (sources, referencing) in events.items():
            parts = [part(rows, "-" if rows == "old_rows" else "") for rows in sources]
            statements.append(_pg_function(f"{name}_{event}", insert, parts, keys))
            statements.append(f'CREATE TRIGGER "{name}_{event}" AFTER {event.upper()} ON "{table}" '
                              f'REFERENCING {referencing} FOR EACH STATEMENT EXECUTE FUNCTION "{name}_{event}"()')
    return statements


def apply(db: peewee.Database, sqlite: bool) -> None:
    for statement in tables(sqlite) + (sqlite_triggers() if sqlite else pg_triggers()):
        db.execute_sql(statement)
    for statement in fill(sqlite):
        db.execute_sql(statement)
