"""Schema version 2: indexes for the lists and the dashboard, and a trigram index for search.

Measured on the large demo database (100,000 invoices), see ``benchmarks/``:

- every sortable invoice column gets an index ending in ``id``, so a list sorted by it is
  read in order from a covering index instead of sorting 100,000 rows (45–75 ms → ~20 ms);
  client names and project titles get one too, so "sort by client" walks clients in name
  order and each client's invoices through ``invoice_client_id`` (no sort either);
- open invoices (issued, money still due) get partial indexes, so outstanding, unpaid and
  overdue figures, and the Open and Overdue invoice lists, read the quarter of invoices that
  are open, not all of them; the other status filters get an index in list order;
- payments by date carry invoice and amount, and invoices by id carry their currency, so
  revenue per month never touches the two tables' rows;
- a contract row holds its clauses (4 KB), so the contract list reads ids (and folded search
  keys, for one- and two-letter searches) from an index rather than the table; the invoice
  list's default order carries the search key too;
- search: an FTS5 trigram index over each searchable table's folded ``search_key``
  (SQLite), kept in step by triggers; a ``pg_trgm`` GIN index on PostgreSQL. A substring
  search for a word of three letters or more then reads the index instead of every row.
  Both are optional: without FTS5 (or without the pg_trgm extension, which needs the
  right to create it) the step still succeeds and search scans the column as before.

Frozen DDL, as in m0001: never edit it; a later change is a new step.
"""

from __future__ import annotations

import peewee

# Literal, so that SQLite can prove a query's condition implies the partial index's (studio_app.today.money._OPEN).
_OPEN = '"status" = \'issued\' AND "total_gross" - "deducted" - "paid" - "credited" > 0'

INDEXES = [
    f'CREATE INDEX "invoice_open_status_currency" ON "invoice" ("status", "currency", "total_gross", "deducted", '
    f'"paid", "credited", "due_date") WHERE {_OPEN}',
    f'CREATE INDEX "invoice_open_due_date_id" ON "invoice" ("due_date", "id") WHERE {_OPEN}',
    f'CREATE INDEX "invoice_open_issue_date_id" ON "invoice" ("issue_date", "id", "status", "kind", "due_date", '
    f'"total_gross", "deducted", "paid", "credited") WHERE {_OPEN}',
    'CREATE INDEX "invoice_status_issue_date_id" ON "invoice" ("status", "issue_date", "id")',
    'CREATE INDEX "invoice_kind_issue_date_id" ON "invoice" ("kind", "issue_date", "id")',
    'CREATE INDEX "invoice_due_date_id" ON "invoice" ("due_date", "id")',
    'CREATE INDEX "invoice_total_gross_id" ON "invoice" ("total_gross", "id")',
    'CREATE INDEX "invoice_amount_due_id" ON "invoice" (("total_gross" - "deducted" - "paid" - "credited"), "id")',
    'CREATE INDEX "invoice_status_id" ON "invoice" ("status", "id")',
    'CREATE INDEX "invoice_id_currency" ON "invoice" ("id", "currency")',
    'CREATE INDEX "payment_date_invoice_id_amount" ON "payment" ("date", "invoice_id", "amount")',
    'CREATE INDEX "client_name" ON "client" ("name")',
    'CREATE INDEX "project_title" ON "project" ("title")',
    'CREATE INDEX "contract_issue_date_id" ON "contract" ("issue_date", "id")',
    'CREATE INDEX "contract_signed_on_id" ON "contract" ("signed_on", "id")',
    'CREATE INDEX "contract_status_id" ON "contract" ("status", "id")',
    'CREATE INDEX "contract_id_search_key" ON "contract" ("id", "search_key")',
    'CREATE INDEX "invoice_issue_date_id_search_key" ON "invoice" ("issue_date", "id", "search_key")',
]

SEARCHABLE = ("client", "project", "quote", "contract", "invoice")


def fts_table(table: str) -> str:
    return f"{table}_search"


def sqlite_search_ddl(table: str) -> list[str]:
    """The trigram table over ``table.search_key`` (external content: the text is stored once) and its triggers."""
    fts = fts_table(table)
    add = f'INSERT INTO "{fts}"(rowid, "search_key") VALUES (new."id", new."search_key");'
    remove = f'INSERT INTO "{fts}"("{fts}", rowid, "search_key") VALUES (\'delete\', old."id", old."search_key");'
    return [
        f'CREATE VIRTUAL TABLE "{fts}" USING fts5("search_key", content=\'{table}\', content_rowid=\'id\', '
        "tokenize='trigram')",
        f'CREATE TRIGGER "{fts}_insert" AFTER INSERT ON "{table}" BEGIN {add} END',
        f'CREATE TRIGGER "{fts}_delete" AFTER DELETE ON "{table}" BEGIN {remove} END',
        f'CREATE TRIGGER "{fts}_update" AFTER UPDATE OF "search_key" ON "{table}" BEGIN {remove} {add} END',
        f'INSERT INTO "{fts}"("{fts}") VALUES (\'rebuild\')',
    ]


def postgres_search_ddl(table: str) -> list[str]:
    return [f'CREATE INDEX "{table}_search_key_trgm" ON "{table}" USING gin ("search_key" gin_trgm_ops)']


def _optional(db: peewee.Database, statements: list[str]) -> bool:
    """Run ``statements`` in a savepoint; if the engine lacks the feature, undo them and carry on."""
    try:
        with db.atomic():
            for statement in statements:
                db.execute_sql(statement)
        return True
    except peewee.DatabaseError:
        return False


def apply(db: peewee.Database, sqlite: bool) -> None:
    for statement in INDEXES:
        db.execute_sql(statement)
    if sqlite:
        _optional(db, [s for table in SEARCHABLE for s in sqlite_search_ddl(table)])
        if db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone():  # statistics from an earlier ANALYZE: add the new indexes' own
            for statement in INDEXES:
                db.execute_sql(f'ANALYZE {statement.split(" ON ")[0].split()[-1]}')
    elif _optional(db, ["CREATE EXTENSION IF NOT EXISTS pg_trgm"]):
        _optional(db, [s for table in SEARCHABLE for s in postgres_search_ddl(table)])
