"""Schema version 16: the dashboard's money totals kept by the database as invoices and payments are written.

- ``open_total(currency, amount, invoices)``: what issued invoices still owe (status ``issued`` and
  ``total_gross - deducted - paid - credited > 0``, the dashboard's open invoices) per currency;
- ``open_due_total(currency, due_date, amount, invoices)``: the same per currency and due date, so what is not
  yet due (a short range of dates from today, and no due date) is read from its index and the rest is overdue;
- ``payment_month_total(currency, month, amount, payments)``: payments per currency and calendar month (its first
  day).

Open and overdue become a few rows per currency plus the few dozen dates still ahead, instead of 26,077 open
invoices on the large demo (the same at ten times the data); the revenue chart a few dozen rows instead of 80,000
payments. Summing all of ``open_due_total`` (4,666 keys on the large demo) cost 2.4 ms: hence the per-currency table.

The triggers append delta rows (+ the new row's share, − the old row's), with no unique key: two desks on
PostgreSQL never wait on one shared total row and cannot deadlock on two of them; reads sum the rows of a key
and :mod:`studio_app.store.totals` compacts them now and then. SQLite fires a trigger per row; PostgreSQL one per
statement over its transition tables, so a bulk insert appends one row per key rather than one per invoice.
Whoever sets the triggers aside (``store.bulk``) rebuilds the totals with :func:`fill`.
Frozen DDL: a later change is a new step.
"""

from __future__ import annotations

import peewee

VERSION = 16

DUE = '{t}."total_gross" - {t}."deducted" - {t}."paid" - {t}."credited"'
OPEN = '{t}."status" = \'issued\' AND ' + DUE + ' > 0'
INVOICE_COLUMNS = ("status", "currency", "due_date", "total_gross", "deducted", "paid", "credited")
PAYMENT_COLUMNS = ("currency", "date", "amount")
# per kept table: the table it sums, its key columns, its two sums
KEPT = {"open_total": ("invoice", ("currency",), ("amount", "invoices")),
        "open_due_total": ("invoice", ("currency", "due_date"), ("amount", "invoices")),
        "payment_month_total": ("payment", ("currency", "month"), ("amount", "payments"))}
TRIGGERS = tuple(f"{source}_kept_totals_{event}" for source in ("invoice", "payment")
                 for event in ("insert", "delete", "update"))


def _month(sqlite: bool, column: str) -> str:
    """The first day of the month of a date column (SQLite keeps dates as ISO text)."""
    return f"substr({column}, 1, 7) || '-01'" if sqlite else f"date_trunc('month', {column})::date"


def _share(table: str, row: str, sqlite: bool) -> tuple[list[str], str, str]:
    """What one row of the source table adds to ``table``: its key values, its amount, its condition."""
    if table == "payment_month_total":
        return [f'{row}."currency"', _month(sqlite, f'{row}."date"')], f'{row}."amount"', "TRUE"
    keys = [f'{row}."currency"'] + ([f'{row}."due_date"'] if table == "open_due_total" else [])
    return keys, f"({DUE.format(t=row)})", OPEN.format(t=row)


def _names(table: str) -> tuple[str, str]:
    _, keys, sums = KEPT[table]
    return ", ".join(f'"{c}"' for c in keys), ", ".join(f'"{c}"' for c in sums)


def tables(sqlite: bool) -> list[str]:
    big = "INTEGER" if sqlite else "BIGINT"
    types = {"currency": "VARCHAR(255) NOT NULL", "due_date": "DATE", "month": "DATE NOT NULL",
             "amount": f"{big} NOT NULL", "invoices": "INTEGER NOT NULL", "payments": "INTEGER NOT NULL"}
    statements = []
    for table, (_, keys, sums) in KEPT.items():
        columns = ", ".join(f'"{c}" {types[c]}' for c in (*keys, *sums))
        ordered = (*keys[::-1], *sums)  # by date first: the dashboard reads a range of dates
        statements.append(f'CREATE TABLE "{table}" ({columns})')
        statements.append(f'CREATE INDEX "{table}_{"_".join(ordered)}" ON "{table}" '
                          f'({", ".join(chr(34) + c + chr(34) for c in ordered)})')
    return statements


def source_rows(table: str, sqlite: bool) -> str:
    """SELECT of ``table``'s keys and sums made from the invoices or payments themselves."""
    keys, amount, condition = _share(table, "r", sqlite)
    groups = ", ".join(str(n + 1) for n in range(len(keys)))
    return (f'SELECT {", ".join(keys)}, SUM({amount}), COUNT(*) FROM "{KEPT[table][0]}" r WHERE {condition} '
            f'GROUP BY {groups}')


def fill(sqlite: bool) -> list[str]:
    """The kept totals made again from the invoices and payments (the migration, a rebuild after a set-aside)."""
    statements = []
    for table in KEPT:
        keys, sums = _names(table)
        statements += [f'DELETE FROM "{table}"',
                       f'INSERT INTO "{table}" ({keys}, {sums}) {source_rows(table, sqlite)}']
    return statements


def _changed(columns: tuple[str, ...]) -> str:
    return " OR ".join(f'OLD."{c}" IS NOT NEW."{c}"' for c in columns)


def _sqlite_insert(table: str, row: str, sign: str) -> str:
    keys, sums = _names(table)
    values, amount, condition = _share(table, row, True)
    return (f'INSERT INTO "{table}" ({keys}, {sums}) SELECT {", ".join(values)}, {sign}{amount}, {sign}1 '
            f'WHERE {condition};')


def sqlite_triggers() -> list[str]:
    """One trigger per source table and event; an update appends the old row's share taken away and the new
    row's, and only when a column the totals read has changed."""
    statements = []
    for source, columns in (("invoice", INVOICE_COLUMNS), ("payment", PAYMENT_COLUMNS)):
        kept = [t for t, (s, _, _) in KEPT.items() if s == source]
        new = " ".join(_sqlite_insert(t, "NEW", "") for t in kept)
        old = " ".join(_sqlite_insert(t, "OLD", "-") for t in kept)
        name = f"{source}_kept_totals"
        of = ", ".join(f'"{c}"' for c in columns)
        statements += [f'CREATE TRIGGER "{name}_insert" AFTER INSERT ON "{source}" BEGIN {new} END',
                       f'CREATE TRIGGER "{name}_delete" AFTER DELETE ON "{source}" BEGIN {old} END',
                       (f'CREATE TRIGGER "{name}_update" AFTER UPDATE OF {of} ON "{source}" WHEN {_changed(columns)} '
                        f'BEGIN {old} {new} END')]
    return statements


def _pg_insert(table: str, sources: list[str]) -> str:
    """The statement's rows summed per key of ``table`` and appended once (nothing when they cancel)."""
    keys, sums = _names(table)
    parts = []
    for rows in sources:
        sign = "-" if rows == "old_rows" else ""
        values, amount, condition = _share(table, "r", False)
        aliased = ", ".join(f'{value} AS "k{n}"' for n, value in enumerate(values))
        parts.append(f'SELECT {aliased}, {sign}{amount} AS "amount", {sign}1 AS "n" FROM {rows} r WHERE {condition}')
    grouped = ", ".join(f'k."k{n}"' for n in range(len(KEPT[table][1])))
    return (f'INSERT INTO "{table}" ({keys}, {sums}) SELECT {grouped}, SUM(k."amount"), SUM(k."n") '
            f'FROM ({" UNION ALL ".join(parts)}) k GROUP BY {grouped} HAVING SUM(k."amount") <> 0 OR SUM(k."n") <> 0;')


def pg_triggers() -> list[str]:
    """Per source table, one function each for insert, delete and update on the transition tables
    ``new_rows`` and ``old_rows``, each appending to every kept table of that source."""
    events = {"insert": (["new_rows"], "NEW TABLE AS new_rows"),
              "delete": (["old_rows"], "OLD TABLE AS old_rows"),
              "update": (["old_rows", "new_rows"], "OLD TABLE AS old_rows NEW TABLE AS new_rows")}
    statements = []
    for source in ("invoice", "payment"):
        kept = [t for t, (s, _, _) in KEPT.items() if s == source]
        for event, (sources, referencing) in events.items():
            name = f"{source}_kept_totals_{event}"
            body = " ".join(_pg_insert(t, sources) for t in kept)
            statements += [(f'CREATE FUNCTION "{name}"() RETURNS trigger LANGUAGE plpgsql AS $body$ BEGIN {body} '
                            'RETURN NULL; END $body$'),
                           (f'CREATE TRIGGER "{name}" AFTER {event.upper()} ON "{source}" REFERENCING {referencing} '
                            f'FOR EACH STATEMENT EXECUTE FUNCTION "{name}"()')]
    return statements


def apply(db: peewee.Database, sqlite: bool) -> None:
    for statement in tables(sqlite) + (sqlite_triggers() if sqlite else pg_triggers()) + fill(sqlite):
        db.execute_sql(statement)
