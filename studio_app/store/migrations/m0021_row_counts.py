"""Schema version 21: PostgreSQL keeps how many quotes, contracts and invoices there are, by statement triggers.

The quotes', contracts' and invoices' lists show every row and say how many there are, exactly. SQLite counts a
table from its smallest index's pages (a millisecond for 100,000 invoices); PostgreSQL reads every entry of an
index and checks each one's visibility: 5–10 ms of the invoices' list opening (and of every scroll after it), ten
times that at 1,000,000 invoices. ``row_counts`` holds, per table, rows whose sum is the table's count: statement
triggers (transition tables) append one row per statement that inserts or deletes rows, never update one, so two
desks writing at once never wait on each other and cannot deadlock; reading folds them together now and then
(store.row_counts, as store.fragments does migration 18's counts). TRUNCATE (a restore) drops the table's rows.

SQLite gets nothing: its count stays the cheaper one. Frozen DDL: a later change is a new step.
"""

from __future__ import annotations

import peewee

VERSION = 21

TABLES = ("quote", "contract", "invoice")  # the lists that show every row when nothing is filtered
KEPT = "row_counts"


def postgres_ddl() -> list[str]:
    statements = [f'CREATE TABLE "{KEPT}" ("table" TEXT NOT NULL, "rows" BIGINT NOT NULL)',
                  f'CREATE INDEX "{KEPT}_table" ON "{KEPT}" ("table") INCLUDE ("rows")']
    for event, rows, sign in (("insert", "new_rows", ""), ("delete", "old_rows", "-")):
        statements.append(
            f'CREATE FUNCTION "{KEPT}_{event}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN '
            f'INSERT INTO "{KEPT}" ("table", "rows") SELECT TG_TABLE_NAME, {sign}count(*) FROM {rows} '
            f"HAVING count(*) > 0; RETURN NULL; END $$")
    statements.append(f'CREATE FUNCTION "{KEPT}_truncate"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN '
                      f'DELETE FROM "{KEPT}" WHERE "table" = TG_TABLE_NAME; RETURN NULL; END $$')
    for table in TABLES:
        statements += [
            f'CREATE TRIGGER "{table}_{KEPT}_insert" AFTER INSERT ON "{table}" REFERENCING NEW TABLE AS new_rows '
            f'FOR EACH STATEMENT EXECUTE FUNCTION "{KEPT}_insert"()',
            f'CREATE TRIGGER "{table}_{KEPT}_delete" AFTER DELETE ON "{table}" REFERENCING OLD TABLE AS old_rows '
            f'FOR EACH STATEMENT EXECUTE FUNCTION "{KEPT}_delete"()',
            f'CREATE TRIGGER "{table}_{KEPT}_truncate" AFTER TRUNCATE ON "{table}" FOR EACH STATEMENT '
            f'EXECUTE FUNCTION "{KEPT}_truncate"()',
        ]
    return statements


def fill(db: peewee.Database, table: str) -> None:
    """Count ``table``'s rows again: one row holding its count, replacing the kept ones."""
    db.execute_sql(f'DELETE FROM "{KEPT}" WHERE "table" = %s', [table])
    db.execute_sql(f'INSERT INTO "{KEPT}" ("table", "rows") SELECT %s, count(*) FROM "{table}"', [table])


def apply(db: peewee.Database, sqlite: bool) -> None:
    if sqlite:
        return
    for statement in postgres_ddl():
        db.execute_sql(statement)
    for table in TABLES:
        fill(db, table)
