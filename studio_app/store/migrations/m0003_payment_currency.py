"""Schema version 3: a payment carries its invoice's currency.

Revenue per month sums payments per currency. Through a join it looked up the invoice of each of
the year's 33,000 payments (25–47 ms on the large demo database, against a budget of 20 ms); with
the currency on the payment and an index on (date, currency, amount) it reads one index range, in
the order it groups by. A payment's currency cannot drift from its invoice's: payments are recorded
only on issued invoices, whose currency never changes, and ``check`` compares the two.

The two indexes migration 2 added for that join are dropped: nothing else reads them.

Frozen DDL, as in m0001: never edit it; a later change is a new step.
"""

from __future__ import annotations

import peewee

DROPPED = ("payment_date_invoice_id_amount", "invoice_id_currency")
INDEX = "payment_date_currency_amount"
FILL = 'UPDATE "payment" SET "currency" = (SELECT i."currency" FROM "invoice" i WHERE i."id" = "payment"."invoice_id")'


def apply(db: peewee.Database, sqlite: bool) -> None:
    db.execute_sql('ALTER TABLE "payment" ADD COLUMN "currency" VARCHAR(3) NOT NULL DEFAULT \'\'')
    db.execute_sql(FILL)
    for name in DROPPED:
        db.execute_sql(f'DROP INDEX "{name}"')
    db.execute_sql(f'CREATE INDEX "{INDEX}" ON "payment" ("date", "currency", "amount")')
    if sqlite and db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():
        db.execute_sql(f'ANALYZE "{INDEX}"')
