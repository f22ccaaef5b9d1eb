"""The dry run and the import: what each row of a file becomes, then all of it written in one transaction.

:func:`preview` reads the file and checks every row against the database without writing (the window's
preview and ``--dry-run``). :func:`import_csv` does the same inside the write transaction, under a lock on the
tables it checked (PostgreSQL: ``LOCK TABLE … SHARE ROW EXCLUSIVE``; SQLite's write transaction holds the
database), and writes only if no row is refused, or if refused rows are to be skipped (``skip_bad``):
all or nothing. Rows go in by batches (``insert_many``), never one query per row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import peewee as pw

from studio_app.files import export
from studio_app.money import numbering
from studio_app.store import bulk, db, sealing, search, sort_keys
from studio_app.store.models import BaseModel, Client, Invoice, InvoiceLine, NumberCounter, Payment, Project
from studio_app.text.i18n import document_texts
from studio_app.work import clock, settings

from . import detect, headers, history, rows
from .rows import CREATE, DUPLICATE, REFUSED, Outcome

BATCH = 500
BULK = 2_000  # more invoices than this: SQLite's indexes are made again after the rows, not kept in step
PLANNERS = {"clients": rows.plan_clients, "projects": rows.plan_projects, "invoices": history.plan_invoices}
LOCKED = {"clients": (Client,), "projects": (Client, Project), "invoices": (Client, Invoice, NumberCounter)}


@dataclass
class Plan:
    """A file read and checked: how it was read, which column feeds which field, and each row's outcome."""

    kind: str
    table: detect.Table
    mapping: dict[str, int]
    outcomes: list[Outcome] = field(default_factory=list)
    imported: bool = False

    def of(self, action: str) -> list[Outcome]:
        return [o for o in self.outcomes if o.action == action]

    @property
    def created(self) -> list[Outcome]:
        return self.of(CREATE)

    @property
    def duplicates(self) -> list[Outcome]:
        return self.of(DUPLICATE)

    @property
    def refused(self) -> list[Outcome]:
        return self.of(REFUSED)


def read(kind: str, path: Path, overrides: Mapping[str, str] | None = None,
         table: detect.Table | None = None) -> tuple[detect.Table, dict[str, int]]:
    """The file read (or ``table``, read before) and its columns mapped (refused when a required field has no
    column)."""
    headers.fields(kind)
    table = table if table is not None else detect.read_table(Path(path))
    return table, headers.resolve(kind, table.headers, overrides)


def preview(kind: str, path: Path, overrides: Mapping[str, str] | None = None, *,
            table: detect.Table | None = None) -> Plan:
    """What importing ``path`` would do, without writing anything (the window passes the ``table`` it read)."""
    table, mapping = read(kind, path, overrides, table)
    with db.snapshot():
        return _plan(kind, table, mapping)


def _plan(kind: str, table: detect.Table, mapping: dict[str, int]) -> Plan:
    studio = settings.get()
    defaults = {"language": studio.language, "currency": studio.currency}
    return Plan(kind, table, mapping, PLANNERS[kind](table, mapping, defaults))


def import_csv(kind: str, path: Path, overrides: Mapping[str, str] | None = None, *, dry_run: bool = False,
               skip_bad: bool = False) -> Plan:
    """Import the file's rows of ``kind``; the plan says what was (or, for a dry run or a file with refused
    rows not skipped, would have been) created, skipped as duplicate and refused."""
    if dry_run:
        return preview(kind, path, overrides)
    table, mapping = read(kind, path, overrides)
    with db.transaction():
        _lock(LOCKED[kind])
        plan = _plan(kind, table, mapping)
        if plan.refused and not skip_bad:
            return plan
        WRITERS[kind](plan.created, table.path.name)
        plan.imported = True
    return plan


def _lock(models: tuple[type[BaseModel], ...]) -> None:
    """Hold what the rows were checked against until the import commits (another desk adding a client with
    the same e-mail, or issuing the same number, waits)."""
    if db.is_sqlite():
        return  # the write transaction (BEGIN IMMEDIATE) already holds the database
    if NumberCounter in models:
        sealing.lock()  # the issuing path's order: the chain's lock, then the counters (never the other way)
    names = ", ".join(f'"{model._meta.table_name}"' for model in models)
    db.current().execute_sql(f"LOCK TABLE {names} IN SHARE ROW EXCLUSIVE MODE")


def _insert(model: type[BaseModel], values: list[dict]) -> None:
    """The rows in batches through the driver (``executemany`` / ``execute_values``): peewee building the SQL of
    100,000 rows takes longer than checking them."""
    if not values:
        return
    values = [sort_keys.with_keys(model._meta.table_name, row) for row in values]  # around peewee: keys added here
    given = set(values[0])
    defaults = {f.name: (f.default() if callable(f.default) else f.default) for f in model._meta.sorted_fields
                if f.name not in given and f.default is not None}  # peewee's defaults live in Python, not the DDL
    values = [{**defaults, **row} for row in values] if defaults else values
    names = [*given, *defaults]
    fields = [model._meta.fields[name] for name in names]
    columns = ", ".join(f'"{f.column_name}"' for f in fields)
    table = model._meta.table_name
    sqlite = db.is_sqlite()
    converters = [(name, _converter(f, sqlite)) for f, name in zip(fields, names)]
    rows = [tuple([convert(row.get(name)) for name, convert in converters]) for row in values]
    connection = db.current().connection()
    if sqlite:
        marks = ", ".join("?" for _ in fields)
        for start in range(0, len(rows), BATCH):
            connection.executemany(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', rows[start:start + BATCH])
        return
    from psycopg2.extras import execute_values  # psycopg2 is optional: imported for PostgreSQL only
    with connection.cursor() as cursor:
        execute_values(cursor, f'INSERT INTO "{table}" ({columns}) VALUES %s', rows, page_size=BATCH)


#: the adapt of peewee's text and integer fields, which returns a value of this exact type as it is
_AS_IS = ((pw.TextField.adapt, str), (pw.IntegerField.adapt, int))


def _converter(field, sqlite: bool):
    """``field``'s conversion for the driver: a value already of the type the field stores (most cells: text)
    passes straight through, the others go through peewee's ``db_value`` (a third of the import's writing was
    calling it on strings); only date fields need more on SQLite. A field class with its own db_value or adapt
    (decimals, FixedCharField) always goes through it."""
    own = type(field)
    kind = next((kind for adapt, kind in _AS_IS if own.adapt is adapt and own.db_value is pw.Field.db_value), None)
    if kind is not None:
        db_value = field.db_value
        return lambda value: value if value is None or type(value) is kind else db_value(value)
    if sqlite and isinstance(field, (pw.DateField, pw.DateTimeField, pw.TimeField)):
        return lambda value: _db_value(field, value, sqlite)
    return field.db_value


def _db_value(field, value: object, sqlite: bool) -> object:
    value = field.db_value(value)
    if sqlite and isinstance(value, (dt.date, dt.datetime)):
        return str(value) if isinstance(value, dt.datetime) else value.isoformat()  # as peewee stores them
    return value


def _bulk(models: tuple[type[BaseModel], ...], count: int) -> list:
    """SQLite's indexes and search triggers of ``models`` set aside while many rows go in (store.bulk)."""
    return bulk.set_aside_indexes(models) if db.is_sqlite() and count > BULK else []


def _write_clients(created: list[Outcome], source: str) -> None:
    now = clock.now()
    set_aside = _bulk((Client,), len(created))
    _insert(Client, [{**o.values, "created_at": now} for o in created])
    bulk.restore_indexes(set_aside)


def _write_projects(created: list[Outcome], source: str) -> None:
    now = clock.now()
    values = []
    for o in created:
        row = {k: v for k, v in o.values.items() if k not in ("client_id", "client_name")}
        values.append({**row, "client": o.values["client_id"], "created_at": now,
                       "search_key": search.project_key(row["title"], o.values["client_name"])})
    set_aside = _bulk((Project,), len(values))
    _insert(Project, values)
    bulk.restore_indexes(set_aside)


def _next_id(model: type[BaseModel]) -> int:
    return (model.select(model.id).order_by(model.id.desc()).scalar() or 0) + 1


def _write_invoices(created: list[Outcome], source: str) -> None:
    now = clock.now()
    invoice_id, invoices, lines, payments = _next_id(Invoice), [], [], []
    for o in created:
        v = o.values
        texts = document_texts(v["language"])["labels"]
        settled = v["paid"] >= v["total_gross"]
        invoices.append({
            "id": invoice_id, "client": v["client_id"], "kind": "standard", "number": v["number"], "status": "issued",
            "issue_date": v["issue_date"], "due_date": v["due_date"], "currency": v["currency"],
            "language": v["language"], "total_net": v["total_net"], "total_gross": v["total_gross"],
            "paid": v["paid"], "paid_on": v["paid_on"] if settled else None, "created_at": now,
            "search_key": search.document_key(v["number"], v["client_name"], None), "imported_from": source})
        for line in v["lines"] or [_summary_line(v, texts["imported_total"])]:
            lines.append({**line, "invoice": invoice_id})
        if v["paid"]:
            payments.append({"invoice": invoice_id, "date": v["paid_on"], "amount": v["paid"],
                             "currency": v["currency"], "method": texts["imported_payment"][:60],
                             "reference": source[:120], "created_at": now})
        invoice_id += 1
    set_aside = _bulk((Invoice, InvoiceLine, Payment), len(invoices))
    _insert(Invoice, invoices)
    _insert(InvoiceLine, lines)
    _insert(Payment, payments)
    bulk.restore_indexes(set_aside)
    if not db.is_sqlite():  # the ids were given: PostgreSQL's sequences continue after them
        export.reset_sequences()
    numbers = [v.values["number"] for v in created]
    for series in numbering.series_in_use(settings.get()):
        if numbering.numbered_model(series) is Invoice:
            numbering.reserve(series, numbers)


def _summary_line(values: Mapping[str, object], description: str) -> dict:
    """One line that carries the invoice's totals exactly: its net, and its VAT as the file states it."""
    return {"position": 0, "kind": "item", "description": description, "quantity": 1, "unit": "",
            "unit_price": values["total_net"], "base_quantity": 1,
            "tax_rate": history.rate_of(values["total_net"], values["total_tax"]), "vat_category": "",
            "exemption_reason": "", "discount_percent": 0, "discount_amount": 0, "fixed_tax": values["total_tax"],
            "deposit_invoice": None}


WRITERS = {"clients": _write_clients, "projects": _write_projects, "invoices": _write_invoices}
