"""Gapless, unique document numbers per series and year, assigned only when a document is issued."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from studio_app.store import db, locks, sealing
from studio_app.text import cleaning
from studio_app.text.errors import StudioError
from studio_app.text.messages import field_label
from studio_app.store.models import BaseModel, Contract, Invoice, NumberCounter, Quote, Studio

SERIES_FORMAT = {
    "quote": "quote_number_format",
    "contract": "contract_number_format",
    "invoice": "invoice_number_format",
    "credit_note": "credit_note_number_format",
    "deposit": "deposit_number_format",
}


def series_for_invoice(kind: str, studio: Studio) -> str:
    """Credit notes and deposit invoices use the invoice series unless the settings give them their own."""
    if kind == "credit_note" and studio.credit_notes_own_series:
        return "credit_note"
    if kind == "deposit" and studio.deposits_own_series:
        return "deposit"
    return "invoice"


_FIELD = re.compile(r"\{(?:(year|yy)|seq(?::0(1[0-2]|[1-9]))?)\}")
MAX_NUMBER = 40


def check_format(pattern: str, *, field: str | None = None) -> str:
    """A number format is literal text with the fields {year}, {yy} and {seq} (or {seq:0N}, N from 1 to 12,
    for a sequence padded with zeros); it must contain {seq}. Anything else (other fields, attribute look-ups
    such as {seq.__class__}, widths that would fill the memory, invisible characters) is refused."""
    pattern = cleaning.clean(pattern, field_label("Number format"), field=field)
    literal = _FIELD.sub("", pattern)
    hidden = cleaning.hidden_character(pattern) or next((f"U+{ord(c):04X}" for c in literal if not _printable(c)), None)
    if "{" in literal or "}" in literal or hidden:
        raise StudioError("The number format “{pattern}” is not valid; use text with {{year}}, {{yy}} and "
                          "{{seq}} or {{seq:04}}, e.g. INV-{{year}}-{{seq:04}}.", field=field, pattern=pattern)
    if not any(found.group().startswith("{seq") for found in _FIELD.finditer(pattern)):
        raise StudioError("The number format “{pattern}” must contain {{seq}} and may contain {{year}}.",
                          field=field, pattern=pattern)
    if len(render(pattern, 2026, 7)) > MAX_NUMBER:
        raise StudioError("The number format “{pattern}” gives numbers that are too long.", field=field,
                          pattern=pattern)
    return pattern


def _printable(char: str) -> bool:
    return char == " " or unicodedata.category(char)[0] in "LMNPS"


def render(pattern: str, year: int, seq: int) -> str:
    """The number ``pattern`` (checked by :func:`check_format`) gives for ``seq`` in ``year``."""
    def field(found: re.Match) -> str:
        if found.group(1) == "year":
            return f"{year:04d}"
        if found.group(1) == "yy":
            return f"{year % 100:02d}"
        return str(seq).zfill(int(found.group(2) or 0))
    return _FIELD.sub(field, pattern)


def restarts_yearly(pattern: str) -> bool:
    return any(found.group(1) for found in _FIELD.finditer(pattern))


def next_number(series: str, issue_date: dt.date) -> str:
    """Take the next number of the series for the issue year. Must run inside the issuing transaction:
    the counter row is locked (FOR UPDATE on PostgreSQL; SQLite's transaction already holds the write lock),
    so a number is used exactly when the document is stored, and a rollback gives it back."""
    database = db.current()
    if database.transaction_depth() == 0:
        raise RuntimeError("next_number() must be called inside db.transaction()")
    studio = Studio.get_by_id(1)
    pattern = check_format(getattr(studio, SERIES_FORMAT[series]), field=SERIES_FORMAT[series])
    year = issue_date.year if restarts_yearly(pattern) else 0  # without a year in it, the series never restarts
    sealing.lock()  # first, before any counter: the issuing that follows appends to a chain (one lock order)

    def locked_counter() -> NumberCounter | None:
        return locks.locked_first(
            NumberCounter.select().where((NumberCounter.series == series) & (NumberCounter.year == year)))

    counter = locked_counter()
    if counter is None:
        NumberCounter.insert(series=series, year=year, last=0).on_conflict_ignore().execute()
        counter = locked_counter()
    seq = counter.last + 1
    number = render(pattern, issue_date.year, seq)
    _refuse_taken(series, year, counter.last, number)
    NumberCounter.update(last=seq).where((NumberCounter.series == series) & (NumberCounter.year == year)).execute()
    return number


def numbered_model(series: str) -> type[BaseModel]:
    """The table whose numbers a series gives out (the invoice series share one unique column)."""
    return {"quote": Quote, "contract": Contract}.get(series, Invoice)


def _refuse_taken(series: str, year: int, last: int, number: str) -> None:
    """A counter set back below the numbers it gave out would repeat one. Refused, not skipped: skipping
    leaves a gap in a series that must be gapless, and a counter that went back means someone changed the
    data, which a person should look at (`check` names every such counter)."""
    model = numbered_model(series)
    if model.select().where(model.number == number).exists():
        raise StudioError("The number counter “{series} {year}” is at {last}, but the next number, {number}, "
                          "is already used: the counter was set back. Nothing was issued; run check.",
                          series=series, year=year or "-", last=last, number=number)
