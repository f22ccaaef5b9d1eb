"""`check` on text: names and numbers with hidden characters, and numbers that read alike.

Older databases (and files written around the app) may hold direction controls or zero-width characters
that the forms now remove: a client list showing "Acme INV-2026-1000 Ltd" for a name stored as
"Acme ⟨U+202E⟩0001-6202-VNI Ltd", or two invoices that both read "INV-2026-0001". Each is reported with its
hidden characters written out (⟨U+200B⟩).
"""

from __future__ import annotations

from collections import defaultdict

from studio_app.files import import_rules
from studio_app.money import numbering
from studio_app.text import cleaning
from studio_app.text.errors import StudioError
from . import db
from .models import Client, Contract, DecimalText, Invoice, IssuedDocument, Project, Quote, Studio

_NAMES = ((Client, "client", ("name", "company")), (Project, "project", ("title",)),
          (Quote, "quote", ("number",)), (Contract, "contract", ("number",)), (Invoice, "invoice", ("number",)),
          (IssuedDocument, "issued document", ("number",)))


def run() -> list[str]:
    return _hidden_characters() + _number_formats() + _look_alike_numbers()


def unreadable_values() -> list[str]:
    """Exact decimals (quantities, rates, hours) that are not numbers within the forms' limits ("NaN",
    "Infinity", "1e308"), as a file written around the app may hold; nothing can be computed from them.
    Each column has few distinct values, so this reads little even on a large database."""
    problems = []
    rules = import_rules.rules()
    for model in import_rules.TABLES:
        table = model._meta.table_name
        for field in model._meta.sorted_fields:
            if not isinstance(field, DecimalText):
                continue
            cursor = db.current().execute_sql(f'SELECT DISTINCT "{field.column_name}" FROM "{table}"')
            for (value,) in cursor.fetchall():
                try:
                    rules[table][field.column_name](value if isinstance(value, str) or value is None else str(value))
                except StudioError as exc:
                    problems.append(f"{table}.{field.column_name} holds “{cleaning.reveal(str(value)[:40])}”, which "
                                    f"Studio Desk cannot compute with ({exc.message})")
    return problems


def _hidden_characters() -> list[str]:
    problems = []
    for model, kind, columns in _NAMES:
        for row_id, *values in model.select(model.id, *(getattr(model, c) for c in columns)).tuples().iterator():
            for column, value in zip(columns, values):
                if value and cleaning.hidden_character(value):
                    problems.append(f"{kind} #{row_id}: the {column} “{cleaning.reveal(value)}” contains invisible or "
                                    f"control characters (shown as ⟨U+…⟩)")
    return problems


def _number_formats() -> list[str]:
    studio = Studio.get_or_none(Studio.id == 1)
    problems = []
    for series, name in numbering.SERIES_FORMAT.items():
        pattern = getattr(studio, name, None) if studio else None
        if pattern is None:
            continue
        try:
            if numbering.check_format(pattern) == pattern:
                continue
        except StudioError:
            pass
        problems.append(f"the {series.replace('_', ' ')} number format “{cleaning.reveal(pattern)}” is not valid")
    return problems


def _look_alike_numbers() -> list[str]:
    """Numbers that are the same once invisible characters and compatibility forms are set aside."""
    problems = []
    groups = [(model, kind, None) for model, kind, _ in _NAMES[2:5]] + [(IssuedDocument, "issued", "kind")]
    for model, kind, scope in groups:
        seen: dict[tuple, list[str]] = defaultdict(list)
        columns = [model.number] + ([getattr(model, scope)] if scope else [])
        for number, *rest in model.select(*columns).where(model.number.is_null(False)).tuples().iterator():
            seen[(tuple(rest), cleaning.number_key(number))].append(number)
        for (rest, _), numbers in seen.items():
            if len(numbers) > 1:
                label = f"{rest[0]} documents" if rest else f"{kind}s"
                shown = " and ".join(f"“{cleaning.reveal(n)}”" for n in sorted(numbers))
                problems.append(f"{label} {shown} have the same number once invisible characters are set aside")
    return problems
