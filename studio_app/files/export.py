"""The whole dataset as one JSON file, and back.

Format (``studio-desk-export``): ``{"format", "schema_version", "tables": {table: [row, ...]}}``,
one object per row keyed by column name, rows in primary-key order. Dates and times are ISO
8601 text, exact decimals are text ("19.5"), money is integer minor units, binary data (logo,
PDFs and e-invoice XML, the stored images that issued documents name by their SHA-256) is base64 text. Exporting,
importing into an empty database and exporting again gives a byte-identical file.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import json
from array import array
from decimal import Decimal
from pathlib import Path

import peewee as pw

from studio_app import money
from studio_app.store import check_text, db, latest, lists, migrations, sealing, totals
from . import cell_rules, import_rules, safe_write
from .import_rules import MAX_FILE_BYTES, TABLES
from studio_app.text import cleaning
from studio_app.store.migrations import (m0003_payment_currency, m0004_money_model, m0005_document_chain,
                                         m0024_accepted_prices)
from studio_app.text.errors import StudioError
from studio_app.store.models import (
    BaseModel, Client, Contract, Invoice, InvoiceLine, IssuedDocument, Payment, Project, Quote, StoredImage, Studio,
)
from studio_app.work import clock, frozen_logo

FORMAT = "studio-desk-export"
BATCH = 400


def _to_json(field: pw.Field, value: object) -> object:
    if value is None:
        return None
    if isinstance(field, pw.BlobField):
        return base64.b64encode(bytes(value)).decode("ascii")
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _columns(model: type[BaseModel]) -> list[pw.Field]:
    return list(model._meta.sorted_fields)


def table_rows(model: type[BaseModel]):
    fields = _columns(model)
    order = [f for f in (model._meta.primary_key.field_names if isinstance(model._meta.primary_key, pw.CompositeKey)
                         else [model._meta.primary_key.name])]
    query = model.select(*fields).order_by(*[getattr(model, name) for name in order]).tuples()
    for row in query.iterator():
        yield {f.column_name: _to_json(f, v) for f, v in zip(fields, row)}


def export_json(path: Path) -> None:
    """Everything as of one moment (one read transaction, while other desks go on writing), written
    privately and atomically (:func:`safe_write.private_file`): a failed export leaves no half file."""
    with db.snapshot(), safe_write.private_file(path, encoding="utf-8") as out:
        out.write('{"format":"%s","schema_version":%d,"tables":{' % (FORMAT, migrations.LATEST))
        for index, model in enumerate(TABLES):
            out.write(("," if index else "") + json.dumps(model._meta.table_name) + ":[")
            for n, row in enumerate(table_rows(model)):
                out.write(("," if n else "") + "\n" + json.dumps(row, ensure_ascii=False, sort_keys=True,
                                                                  separators=(",", ":")))
            out.write("]")
        out.write("}}\n")


def read_export(path: Path) -> dict:
    """The export's JSON, refused without reading when larger than any export (import_rules.MAX_FILE_BYTES);
    NaN, Infinity and fractions are read as Decimal so the column rules refuse them by name."""
    try:
        if Path(path).stat().st_size > MAX_FILE_BYTES:
            raise StudioError("{path} is larger than any Studio Desk export ({size} bytes; at most {max}).",
                              path=str(path), size=Path(path).stat().st_size, max=MAX_FILE_BYTES)
        data = json.loads(Path(path).read_text(encoding="utf-8"), parse_float=Decimal, parse_constant=Decimal)
    except FileNotFoundError:
        raise StudioError("There is no file {path}.", path=str(path)) from None
    except RecursionError:
        raise StudioError("{path} is nested deeper than a Studio Desk export can be.", path=str(path)) from None
    except (UnicodeDecodeError, ValueError):  # json.JSONDecodeError, and integers of more than 4300 digits
        raise StudioError("{path} is not a Studio Desk export (it is not JSON).", path=str(path)) from None
    except MemoryError:
        raise StudioError("{path} is too large to import on this computer.", path=str(path)) from None
    except OSError as exc:
        raise StudioError("Could not read {path}: {reason}", path=str(path), reason=exc.strerror or str(exc)) \
            from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("tables"), dict):
        raise StudioError("{path} is not a Studio Desk export.", path=str(path))
    version = data.get("schema_version", 0)
    if not isinstance(version, int) or isinstance(version, bool):
        raise StudioError("{path} is not a Studio Desk export.", path=str(path))
    if version > migrations.LATEST:
        raise StudioError("{path} comes from a newer Studio Desk; please update before importing it.", path=str(path))
    return data


def import_json(path: Path) -> dict[str, int]:
    """Load an export into an empty database (ids kept, so every reference stays right)."""
    data = read_export(path)
    if Client.select().exists() or Invoice.select().exists() or Project.select().exists():
        raise StudioError("Import needs an empty database; this one already has clients or invoices. "
                          "Use --db with a new file.")
    counts: dict[str, int] = {}
    by_name = {m._meta.table_name: m for m in TABLES}
    unknown = set(data["tables"]) - set(by_name)
    if unknown:
        raise StudioError("{path} has tables this Studio Desk does not know: {names}.", path=str(path),
                          names=", ".join(sorted(cleaning.strip_hidden(str(name))[:40] for name in unknown)))
    converted = {model: _checked_rows(path, model, data["tables"].get(model._meta.table_name, []))
                 for model in TABLES}  # every row of every table, before anything is written
    _check_numbers(path, converted)
    _check_logos(path, converted)
    # a project points to its accepted quote, which is imported after it: linked once both are in
    agreements = [(row.pop(Project.accepted_quote), row[Project.id]) for row in converted[Project]
                  if row.get(Project.accepted_quote) is not None]
    with db.transaction():
        for model in TABLES:
            rows = converted[model]
            if model is Studio and rows:
                Studio.delete().execute()
            try:
                for start in range(0, len(rows), BATCH):
                    model.insert_many(rows[start:start + BATCH]).execute()
            except (pw.IntegrityError, pw.DataError, pw.ProgrammingError, pw.InterfaceError) as exc:
                raise StudioError("{path} cannot be imported: its {table} rows are inconsistent ({reason}).",
                                  path=str(path), table=model._meta.table_name,
                                  reason=str(exc).splitlines()[0][:120]) from None
            counts[model._meta.table_name] = len(rows)
        for quote_id, project_id in agreements:
            Project.update(accepted_quote=quote_id).where(Project.id == project_id).execute()
        db.current().execute_sql(m0003_payment_currency.FILL)  # exports before schema 3 have none; never trust one
        if data.get("schema_version", 0) < 4:  # amounts in the minor units and links of before
            m0004_money_model.rescale(db.current(), price_is_text=True)
            m0004_money_model.link_accepted_quotes(db.current())
        if data.get("schema_version", 0) < m0024_accepted_prices.VERSION:  # agreements linked without their price
            db.current().execute_sql(m0004_money_model.ACCEPTED_PRICE)
        if data.get("schema_version", 0) < m0005_document_chain.VERSION:  # made before chains: they start here
            sealing.chain_unchained()
        if not db.is_sqlite():
            reset_sequences()
        totals.rebuild()  # derived, never exported: made from the rows (a restore on PostgreSQL truncated them)
        latest.rebuild()
    return counts


def _checked_rows(path: Path, model: type[BaseModel], rows: object) -> list[dict]:
    """The rows of one table converted for the database; the first value that breaks its column's rule
    (import_rules) refuses the file, naming table, row, id and column."""
    table = model._meta.table_name
    if not isinstance(rows, list):
        raise StudioError("{path} has a malformed row in {table}.", path=str(path), table=table)
    fields = {f.column_name: f for f in _columns(model)}
    rules = import_rules.rules()[table]
    row_rule = import_rules.ROW_RULES.get(table)
    primary = model._meta.primary_key
    key = "id" if isinstance(primary, pw.CompositeKey) else primary.column_name  # what names a row
    converted = []
    for index, row in enumerate(rows):
        if not isinstance(row, dict):
            raise StudioError("{path} has a malformed row in {table}.", path=str(path), table=table)
        row_id = row.get(key, "-") if type(row.get(key, "-")) in (int, str) else "-"
        where = {"path": str(path), "table": table, "row": index + 1, "id": cell_rules.shown(row_id)}
        unknown = set(row) - set(fields)
        if unknown:
            raise StudioError("{path} cannot be imported: row {row} of the {table} table (id {id}) has columns "
                              "this Studio Desk does not know: {names}.", **where,
                              names=", ".join(sorted(cell_rules.shown(name) for name in unknown)))
        values = {}
        for column, value in row.items():
            try:
                if isinstance(value, (dict, list)):
                    raise StudioError("{label} is nested deeper than a Studio Desk export allows.", label=column)
                values[fields[column]] = rules[column](value)
            except StudioError as reason:
                raise _refused(where, column, reason) from None
        broken = row_rule({f.column_name: v for f, v in values.items()}) if row_rule else None
        if broken:
            raise _refused(where, *broken)
        converted.append(values)
    return converted


def _refused(where: dict[str, object], column: str, reason: StudioError) -> StudioError:
    return StudioError("{path} cannot be imported: row {row} of the {table} table (id {id}), {column}: {reason}",
                       **where, column=column, reason=reason)


def _check_logos(path: Path, converted: dict[type[BaseModel], list[dict]]) -> None:
    """Every logo an issued document names is among the file's stored images (an export holds them all)."""
    stored = {row.get(StoredImage.sha256) for row in converted[StoredImage]}
    for index, row in enumerate(converted[IssuedDocument]):
        snapshot = json.loads(row.get(IssuedDocument.snapshot) or "{}")
        name = frozen_logo.frozen(snapshot)[1] if isinstance(snapshot, dict) else None
        if name and (not isinstance(name, str) or name not in stored):
            raise StudioError("{path} cannot be imported: row {row} of the issued_document table ({number}) names a "
                              "logo that is not in the file's stored_image table.", path=str(path), row=index + 1,
                              number=str(row.get(IssuedDocument.number, "-")))


def _check_numbers(path: Path, converted: dict[type[BaseModel], list[dict]]) -> None:
    """Document numbers are unique once invisible characters and compatibility forms are set aside."""
    for model, scope in ((Quote, None), (Contract, None), (Invoice, None), (IssuedDocument, IssuedDocument.kind)):
        seen: dict[tuple, int] = {}
        for index, row in enumerate(converted[model]):
            number = row.get(model.number)
            if number is None:
                continue
            found = (row.get(scope) if scope is not None else None, cleaning.number_key(number))
            if found in seen:
                raise StudioError("{path} cannot be imported: rows {first} and {row} of the {table} table have the "
                                  "same number {number}.", path=str(path), table=model._meta.table_name,
                                  first=seen[found] + 1, row=index + 1, number=number)
            seen[found] = index


def reset_sequences() -> None:
    database = db.current()
    for model in TABLES:
        pk = model._meta.primary_key
        if isinstance(pk, pw.AutoField):
            table = model._meta.table_name
            database.execute_sql(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{pk.column_name}'), "
                f"COALESCE((SELECT MAX(\"{pk.column_name}\") FROM \"{table}\"), 0) + 1, false)")


CSV_TABLES = ("clients", "projects", "invoices", "payments")
_RISKY = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    """Neutralise text a spreadsheet would run as a formula (CSV injection)."""
    if isinstance(value, str) and value.startswith(_RISKY):
        return "'" + value
    return value


PAGE = 1000


def export_csv(table: str, path: Path) -> int:
    """What an accountant opens in a spreadsheet: UTF-8 with BOM, one row per record, amounts in major units.

    Written a page of records at a time (never the whole table in memory), all from one read
    transaction (one moment of the database), to a private temporary file that is renamed into place
    when complete (:func:`safe_write.private_file`). Returns the number of records.
    """
    if table not in CSV_TABLES:
        raise StudioError("CSV export covers {tables}, not “{table}”.", tables=", ".join(CSV_TABLES), table=table)
    unreadable = check_text.unreadable_values()
    if unreadable:
        raise StudioError("The database holds values that are not numbers, so no CSV was written; `check` lists "
                          "them (the first: {problem}).", problem=unreadable[0])
    writer = {"invoices": _invoices_csv, "payments": _payments_csv}.get(table, _list_csv)
    with db.snapshot(), safe_write.private_file(path, encoding="utf-8-sig", newline="") as handle:
        return writer(csv.writer(handle), table)


def _payments_csv(out, table: str) -> int:
    out.writerow(["invoice", "date", "amount", "currency", "method", "reference"])
    query = (Payment.select(Invoice.number, Payment.date, Payment.amount, Invoice.currency, Payment.method,
                            Payment.reference).join(Invoice).order_by(Payment.date, Payment.id).tuples())
    count = 0
    for number, day, amount, currency, method, reference in query.iterator():
        out.writerow([_cell(v) for v in (number, day.isoformat(), money.to_major(amount, currency), currency,
                                         method, reference)])
        count += 1
    return count


def _list_csv(out, table: str) -> int:
    """Clients and projects: the columns of their list, a page at a time."""
    spec = lists.spec(table)
    all_ids = lists.ids(table, lists.Filter(include_archived=True))
    out.writerow([c.key for c in spec.columns] + ["currency"])
    for start in range(0, len(all_ids), PAGE):
        page = list(all_ids[start:start + PAGE])
        found = lists.rows(table, page)
        for row_id in page:
            row = found[row_id]
            currency = row.get("currency") or ""
            cells = []
            for c in spec.columns:
                value = row.get(c.key)
                if c.kind == "money" and value is not None:
                    value = money.to_major(value, currency)
                elif hasattr(value, "isoformat"):
                    value = value.isoformat()
                cells.append(_cell("" if value is None else value))
            out.writerow(cells + [currency])
    return len(all_ids)


def _group_key(rate: Decimal, category: str) -> str:
    """``20`` for VAT charged (and zero-rated 0 %), ``AE_0`` for a category with its own column."""
    rate_text = format(rate.normalize(), "f")
    return rate_text if category == money.implied_category(rate) else f"{category}_{rate_text}"


def _invoices_csv(out, table: str) -> int:
    """One row per invoice (a wide table, so a column sums to a figure of the VAT return): who and when,
    then net and VAT for every rate that occurs (``net_20``, ``vat_20``, ...), the totals, and what is
    paid and due. Amounts come from :func:`money.document_totals`, like the PDF and the screen; client
    name and VAT id are the ones printed on the issued invoice."""
    groups = sorted({(money.canonical(Decimal(r)), c or money.implied_category(Decimal(r))) for r, c in
                     InvoiceLine.select(InvoiceLine.tax_rate, InvoiceLine.vat_category).distinct().tuples()},
                    key=lambda g: (g[0], money.CATEGORIES.index(g[1])))
    rate_columns = [f"{part}_{_group_key(*group)}" for group in groups for part in ("net", "vat")]
    out.writerow(["number", "client", "client_vat_id", "kind", "corrects", "issue_date", "supply_date", "due_date",
                  "currency", *rate_columns, "net", "vat", "gross", "deposit_deducted", "credited", "paid", "due",
                  "status"])
    order = (Invoice.issue_date.asc(nulls="LAST"), Invoice.number.asc(nulls="LAST"), Invoice.id)
    ids = array("q", (i for (i,) in Invoice.select(Invoice.id).order_by(*order).tuples().iterator()))
    numbers: dict[int, str] = {}
    today = clock.today()
    columns = (Invoice.id, Invoice.number, Invoice.kind, Invoice.status, Invoice.corrects, Invoice.issue_date,
               Invoice.supply_date, Invoice.due_date, Invoice.currency, Invoice.prices_include_tax, Invoice.deducted,
               Invoice.paid, Invoice.credited, Client.name, Client.company, Client.tax_id)
    for start in range(0, len(ids), PAGE):
        page = list(ids[start:start + PAGE])
        invoices = {row[0]: row for row in Invoice.select(*columns).join(Client).where(Invoice.id.in_(page))
                    .tuples().iterator()}
        lines: dict[int, list] = {i: [] for i in page}
        cursor = db.current().execute(  # raw rows: half a million lines are too many for per-row model conversion
            InvoiceLine.select(InvoiceLine.invoice, InvoiceLine.quantity, InvoiceLine.unit_price,
                               InvoiceLine.tax_rate, InvoiceLine.discount_percent, InvoiceLine.vat_category,
                               InvoiceLine.discount_amount, InvoiceLine.base_quantity, InvoiceLine.kind,
                               InvoiceLine.fixed_tax)
            .where(InvoiceLine.invoice.in_(page)).order_by(InvoiceLine.invoice, InvoiceLine.position))
        for invoice_id, quantity, unit_price, rate, discount, *extra in cursor.fetchall():
            category, discount_amount, base, kind, fixed_tax = extra
            lines[invoice_id].append(money.Line(Decimal(quantity), Decimal(unit_price), Decimal(rate),
                                                Decimal(discount or 0), category or "", int(discount_amount or 0),
                                                Decimal(base or 1), kind or money.ITEM, fixed_tax))
        buyers = {}
        for document_id, snapshot in (IssuedDocument.select(IssuedDocument.document_id, IssuedDocument.snapshot)
                                      .where((IssuedDocument.kind == "invoice")
                                             & IssuedDocument.document_id.in_(page)).tuples().iterator()):
            buyers[document_id] = json.loads(snapshot).get("parties", {}).get("buyer", {})
        corrected = [row[4] for row in invoices.values() if row[4] and row[4] not in numbers]
        if corrected:
            numbers.update(Invoice.select(Invoice.id, Invoice.number).where(Invoice.id.in_(corrected)).tuples())
        for invoice_id in page:
            (_, number, kind, state, corrects, issued_on, supplied_on, due_on, currency, inclusive, deducted, paid,
             credited, client_name, client_company, client_tax_id) = invoices[invoice_id]
            figures = money.document_totals(lines[invoice_id], currency, prices_include_tax=bool(inclusive),
                                            deducted=deducted, paid=paid, credited=credited)
            buyer = buyers.get(invoice_id) or {"name": client_name, "company": client_company,
                                               "tax_id": client_tax_id}
            digits = money.minor_digits(currency)

            def major(minor: int) -> Decimal:
                return Decimal(minor).scaleb(-digits)

            by_group = {(r.rate, r.category): r for r in figures.rates}
            per_rate: list[object] = []
            for group in groups:
                found = by_group.get(group)
                per_rate += [major(found.net), major(found.tax)] if found else ["", ""]
            due = 0 if kind == "credit_note" else figures.due  # negative: a refund the studio owes
            out.writerow([_cell(v) for v in (
                number or "", buyer.get("company") or buyer.get("name") or "", buyer.get("tax_id") or "",
                kind, numbers.get(corrects, "") if corrects else "",
                *(d.isoformat() if d else "" for d in (issued_on, supplied_on, due_on)),
                currency, *per_rate, major(figures.net), major(figures.tax), major(figures.gross),
                major(deducted), major(credited), major(paid), major(due),
                lists.invoice_status(state, kind, due, paid, due_on, today))])
    return len(ids)
