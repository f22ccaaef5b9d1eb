"""The whole dataset as one JSON file, and back.

Format (``studio-desk-export``): ``{"format", "schema_version", "tables": {table: [row, ...]}}``,
one object per row keyed by column name, rows in primary-key order. Dates and times are ISO
8601 text, exact decimals are text ("19.5"), money is integer minor units, binary data (logo,
PDFs) is base64 text. Exporting, importing into an empty database and exporting again gives
a byte-identical file.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
from decimal import Decimal
from pathlib import Path

import peewee as pw

from . import db, migrations
from .errors import StudioError
from .models import ALL_MODELS, BaseModel, Client, DecimalText, Invoice, Project, SchemaVersion, Studio

FORMAT = "studio-desk-export"
TABLES: tuple[type[BaseModel], ...] = tuple(m for m in ALL_MODELS if m is not SchemaVersion)
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


def _from_json(field: pw.Field, value: object) -> object:
    if value is None:
        return None
    if isinstance(field, pw.BlobField):
        return base64.b64decode(str(value))
    if isinstance(field, DecimalText):
        return Decimal(str(value))
    if isinstance(field, pw.DateTimeField):
        return dt.datetime.fromisoformat(str(value))
    if isinstance(field, pw.DateField):
        return dt.date.fromisoformat(str(value))
    if isinstance(field, pw.BooleanField):
        return bool(value)
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
    """Write to a temporary file and rename, so a failed export never leaves half a file."""
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8") as out:
        out.write('{"format":"%s","schema_version":%d,"tables":{' % (FORMAT, migrations.LATEST))
        for index, model in enumerate(TABLES):
            out.write(("," if index else "") + json.dumps(model._meta.table_name) + ":[")
            for n, row in enumerate(table_rows(model)):
                out.write(("," if n else "") + "\n" + json.dumps(row, ensure_ascii=False, sort_keys=True,
                                                                  separators=(",", ":")))
            out.write("]")
        out.write("}}\n")
    if os.name == "posix":
        tmp.chmod(0o600)
    tmp.replace(path)


def read_export(path: Path) -> dict:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise StudioError("There is no file {path}.", path=str(path)) from None
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise StudioError("{path} is not a Studio Desk export (it is not JSON).", path=str(path)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("tables"), dict):
        raise StudioError("{path} is not a Studio Desk export.", path=str(path))
    if int(data.get("schema_version", 0)) > migrations.LATEST:
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
                          names=", ".join(sorted(unknown)))
    with db.transaction():
        for model in TABLES:
            rows = data["tables"].get(model._meta.table_name, [])
            fields = {f.column_name: f for f in _columns(model)}
            converted = []
            for row in rows:
                if not isinstance(row, dict) or set(row) - set(fields):
                    raise StudioError("{path} has a malformed row in {table}.", path=str(path),
                                      table=model._meta.table_name)
                converted.append({fields[k]: _from_json(fields[k], v) for k, v in row.items()})
            if model is Studio:
                Studio.delete().execute()
            for start in range(0, len(converted), BATCH):
                model.insert_many(converted[start:start + BATCH]).execute()
            counts[model._meta.table_name] = len(converted)
        if not db.is_sqlite():
            _reset_sequences()
    return counts


def _reset_sequences() -> None:
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


def export_csv(table: str, path: Path) -> int:
    """What an accountant opens in a spreadsheet: UTF-8 with BOM, one row per record, amounts in major units."""
    import csv

    from . import lists, money
    if table not in CSV_TABLES:
        raise StudioError("CSV export covers {tables}, not “{table}”.", tables=", ".join(CSV_TABLES), table=table)
    from .models import Payment
    path = Path(path)
    tmp = path.with_name(path.name + ".part")
    count = 0
    with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        if table == "payments":
            out.writerow(["invoice", "date", "amount", "currency", "method", "reference"])
            query = (Payment.select(Invoice.number, Payment.date, Payment.amount, Invoice.currency, Payment.method,
                                    Payment.reference).join(Invoice).order_by(Payment.date, Payment.id).tuples())
            for number, day, amount, currency, method, reference in query.iterator():
                out.writerow([_cell(v) for v in (number, day.isoformat(), money.to_major(amount, currency), currency,
                                                 method, reference)])
                count += 1
        else:
            spec = lists.spec(table)
            all_ids = list(lists.ids(table, lists.Filter(include_archived=True)))
            out.writerow([c.key for c in spec.columns] + ["currency"])
            for start in range(0, len(all_ids), 500):
                page = all_ids[start:start + 500]
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
                    count += 1
    if os.name == "posix":
        tmp.chmod(0o600)
    tmp.replace(path)
    return count
