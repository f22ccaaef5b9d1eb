"""Schema version 4: the EN 16931 money model and the accepted quote as the project's agreement.

- Quote and invoice rows get a kind (item, or a document-level allowance or charge), a VAT category and
  exemption reason, a discount amount besides the percentage, a price base quantity, and a unit price
  finer than the minor unit (the column becomes exact decimal text: 1500 stays 1500).
- An invoice row may deduct a deposit invoice with the VAT that invoice charged (``fixed_tax``), so a
  final invoice declares VAT once.
- A project points to its accepted quote.
- Amounts in currencies whose ISO 4217 minor units differ from what Babel gave before (HUF: 2 decimals,
  not 0) are rescaled, with the frozen snapshots, so every figure reads as before: 1 500 Ft stays 1 500 Ft.

Frozen DDL, as in m0001: never edit it; a later change is a new step.
"""

from __future__ import annotations

import json

import peewee

from babel.numbers import get_currency_precision

# ISO 4217 minor units where Babel's differ (a copy, frozen with this step; money.py has the live table).
ISO_MINOR_UNITS = {"AFN": 2, "ALL": 2, "COP": 2, "HUF": 2, "IDR": 2, "IQD": 3, "IRR": 2, "KPW": 2, "LAK": 2,
                   "LBP": 2, "MGA": 2, "MMK": 2, "MRU": 2, "SLL": 2, "SOS": 2, "STN": 2, "SYP": 2, "YER": 2}

LINE_COLUMNS = [
    ('"kind"', "VARCHAR(255) NOT NULL DEFAULT 'item'"),
    ('"base_quantity"', "TEXT NOT NULL DEFAULT '1'"),
    ('"vat_category"', "VARCHAR(255) NOT NULL DEFAULT ''"),
    ('"exemption_reason"', "VARCHAR(255) NOT NULL DEFAULT ''"),
    ('"discount_amount"', "{bigint} NOT NULL DEFAULT 0"),
    ('"fixed_tax"', "{bigint}"),
]


def apply(db: peewee.Database, sqlite: bool) -> None:
    bigint = "INTEGER" if sqlite else "BIGINT"
    rescale(db)
    for table in ("quote_line", "invoice_line"):
        for name, kind in LINE_COLUMNS:
            db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN {name} {kind.format(bigint=bigint)}')
        if sqlite:  # SQLite cannot change a column's type: a new column takes its place
            db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN "unit_price_text" TEXT NOT NULL DEFAULT \'0\'')
            db.execute_sql(f'UPDATE "{table}" SET "unit_price_text" = CAST("unit_price" AS TEXT)')
            db.execute_sql(f'ALTER TABLE "{table}" DROP COLUMN "unit_price"')
            db.execute_sql(f'ALTER TABLE "{table}" RENAME COLUMN "unit_price_text" TO "unit_price"')
        else:
            db.execute_sql(f'ALTER TABLE "{table}" ALTER COLUMN "unit_price" TYPE TEXT USING "unit_price"::text')
    db.execute_sql('ALTER TABLE "invoice_line" ADD COLUMN "deposit_invoice_id" INTEGER '
                   'REFERENCES "invoice" ("id") ON DELETE RESTRICT')
    db.execute_sql('CREATE INDEX "invoice_line_deposit_invoice_id" ON "invoice_line" ("deposit_invoice_id")')
    db.execute_sql('ALTER TABLE "project" ADD COLUMN "accepted_quote_id" INTEGER '
                   'REFERENCES "quote" ("id") ON DELETE SET NULL')
    db.execute_sql('CREATE INDEX "project_accepted_quote_id" ON "project" ("accepted_quote_id")')
    # Refunds owed (the dashboard) are among the few credited invoices: a small partial index finds them.
    db.execute_sql('CREATE INDEX "invoice_credited_issue_date_id" ON "invoice" ("issue_date", "id") '
                   'WHERE "credited" > 0')
    link_accepted_quotes(db)


ACCEPTED_NET = '(SELECT q."total_net" FROM "quote" q WHERE q."id" = "project"."accepted_quote_id")'
# The price of a project with an accepted quote is that quote's net total, as accepting one sets it (m0024).
ACCEPTED_PRICE = (f'UPDATE "project" SET "price" = {ACCEPTED_NET} WHERE "accepted_quote_id" IS NOT NULL '
                  f'AND "price" <> {ACCEPTED_NET}')


def link_accepted_quotes(db: peewee.Database) -> None:
    """The agreement of projects accepted before this step (or in an older export): their latest accepted quote,
    whose net total is then the project's price."""
    db.execute_sql('UPDATE "project" SET "accepted_quote_id" = (SELECT MAX(q."id") FROM "quote" q '
                   'WHERE q."project_id" = "project"."id" AND q."status" = \'accepted\')')
    db.execute_sql(ACCEPTED_PRICE)


def rescale(db: peewee.Database, *, price_is_text: bool = False) -> None:
    """Minor units × 10^n for each currency whose decimals grew. The unit price is a number before this step
    and exact text after it (an import of an older export into a current database rescales then)."""
    price = ('"unit_price" = CAST(CAST("unit_price" AS NUMERIC) * {f} AS TEXT)' if price_is_text
             else '"unit_price" = "unit_price" * {f}')
    for currency, digits in ISO_MINOR_UNITS.items():
        grow = digits - get_currency_precision(currency)
        if grow <= 0:
            continue
        factor = 10 ** grow
        p = db.param
        updates = [
            ('"project"', '"price" = "price" * {f}, "hourly_rate" = "hourly_rate" * {f}, '
                          '"extra_round_fee" = "extra_round_fee" * {f}', f'"currency" = {p}'),
            ('"quote"', '"total_net" = "total_net" * {f}, "total_gross" = "total_gross" * {f}', f'"currency" = {p}'),
            ('"invoice"', '"total_net" = "total_net" * {f}, "total_gross" = "total_gross" * {f}, '
                          '"deducted" = "deducted" * {f}, "paid" = "paid" * {f}, "credited" = "credited" * {f}',
             f'"currency" = {p}'),
            ('"payment"', '"amount" = "amount" * {f}', f'"currency" = {p}'),
            ('"studio"', '"hourly_rate" = "hourly_rate" * {f}, "extra_round_fee" = "extra_round_fee" * {f}',
             f'"currency" = {p}'),
            ('"quote_line"', price,
             f'"quote_id" IN (SELECT "id" FROM "quote" WHERE "currency" = {p})'),
            ('"invoice_line"', price,
             f'"invoice_id" IN (SELECT "id" FROM "invoice" WHERE "currency" = {p})'),
        ]
        for table, assignments, where in updates:
            db.execute_sql(f'UPDATE {table} SET {assignments.format(f=factor)} WHERE {where}', (currency,))
        _rescale_snapshots(db, currency, factor)


def _rescale_snapshots(db: peewee.Database, currency: str, factor: int) -> None:
    p = db.param
    rows = db.execute_sql('SELECT "id", "snapshot" FROM "issued_document"').fetchall()
    for row_id, text in rows:
        data = json.loads(text)
        document = data.get("document") or {}
        if document.get("currency") != currency:
            continue
        for line in document.get("lines") or []:
            line["unit_price"] = int(line.get("unit_price") or 0) * factor
        if "deducted" in document:
            document["deducted"] = int(document["deducted"] or 0) * factor
        project = data.get("project") or {}
        if "deposit_net" in project:
            project["deposit_net"] = int(project["deposit_net"] or 0) * factor
        policy = project.get("revision_policy") or {}
        for key in ("fee", "hourly_rate"):
            if key in policy:
                policy[key] = int(policy[key] or 0) * factor
        canonical = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
        db.execute_sql(f'UPDATE "issued_document" SET "snapshot" = {p} WHERE "id" = {p}', (canonical, row_id))
