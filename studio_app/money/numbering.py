"""Gapless, unique document numbers per series and year, assigned only when a document is issued."""

from __future__ import annotations

import datetime as dt
import re
import string
import unicodedata
from functools import lru_cache

from studio_app.store import compiled, db, locks, sealing
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
    studio = compiled.by_id(Studio, 1)
    if studio is None:
        raise Studio.DoesNotExist("The studio's settings row is missing.")
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


@lru_cache(maxsize=32)
def _shape(pattern: str) -> tuple[re.Pattern, bool] | None:
    """A regular expression for the numbers ``pattern`` gives (year and sequence captured), and whether it has
    a year."""
    parts, has_year = [], False
    try:
        for literal, name, _, _ in string.Formatter().parse(pattern):
            parts.append(re.escape(literal))
            if name in ("year", "yy"):
                group = name if not has_year else None
                parts.append(rf"(?P<{group}>\d+)" if group else r"\d+")
                has_year = True
            elif name == "seq":
                parts.append(r"(?P<seq>\d+)")
    except ValueError:
        return None
    return re.compile("".join(parts)), has_year


def sequence_of(number: str, pattern: str) -> tuple[int, int] | None:
    """(year, sequence) of a number written in ``pattern`` (year 0 when the pattern has none), or None."""
    shape = _shape(pattern)
    found = shape[0].fullmatch(number) if shape else None
    if not found or not found.groupdict().get("seq"):
        return None
    groups = found.groupdict()
    year = int(groups["year"]) if groups.get("year") else (2000 + int(groups["yy"]) if groups.get("yy") else 0)
    return year, int(groups["seq"])


def highest_numbers(model: type[BaseModel], pattern: str) -> dict[int, tuple[int, str]]:
    """year (0 when the format has none) -> (highest sequence, its number) among the numbers in the format."""
    highest: dict[int, tuple[int, str]] = {}
    for (number,) in model.select(model.number).where(model.number.is_null(False)).tuples().iterator():
        found = sequence_of(number, pattern)
        if found and found[1] > highest.get(found[0], (0, ""))[0]:
            highest[found[0]] = (found[1], number)
    return highest


def series_in_use(studio: Studio) -> list[str]:
    """The series that give out numbers with these settings (credit notes and deposits may share the invoices')."""
    return ["quote", "contract", "invoice"] + [series for series, own in (
        ("credit_note", studio.credit_notes_own_series), ("deposit", studio.deposits_own_series)) if own]


def continue_after(series: str, year: int, after: int) -> int:
    """Make ``series`` continue after number ``after`` in ``year`` (a studio arriving from another tool whose
    last invoice was INV-2026-0041 sets 41): the next number issued is ``after + 1``. Refused when a number of
    that series and year already issued or imported is above ``after`` (it would be given out again).
    Returns the year the counter is kept under (0 for a format without a year)."""
    if series not in SERIES_FORMAT:
        raise StudioError("There is no number series “{series}”; use one of: {allowed}.", field="series",
                          series=str(series)[:40], allowed=", ".join(SERIES_FORMAT))
    if not 1900 <= year <= 2200:
        raise StudioError("The year must be between 1900 and 2200, not {year}.", field="year", year=year)
    if not 0 <= after <= 10 ** 9:
        raise StudioError("The last number must be a whole number from 0, not {after}.", field="after", after=after)
    with db.transaction():
        studio = Studio.get_by_id(1)
        pattern = check_format(getattr(studio, SERIES_FORMAT[series]), field=SERIES_FORMAT[series])
        kept = year if restarts_yearly(pattern) else 0
        sealing.lock()  # the issuing path's lock order: the chain first, then the counter
        NumberCounter.insert(series=series, year=kept, last=0).on_conflict_ignore().execute()
        this_counter = (NumberCounter.series == series) & (NumberCounter.year == kept)
        locks.locked_first(NumberCounter.select().where(this_counter))
        seq, number = highest_numbers(numbered_model(series), pattern).get(kept, (0, ""))
        if seq > after:
            raise StudioError("{number} is already issued or imported, so the series “{series} {year}” cannot "
                              "continue after {after}; the lowest it can continue after is {seq}.", field="after",
                              number=number, series=series, year=kept or "-", after=after, seq=seq)
        NumberCounter.update(last=after).where(this_counter).execute()
    return kept


def reserve(series: str, numbers: list[str]) -> None:
    """Advance the counters of ``series`` past ``numbers`` (imported history written in its format), so the
    app continues after the highest of them and never gives one out again. Inside the importing transaction."""
    if db.current().transaction_depth() == 0:
        raise RuntimeError("reserve() must be called inside db.transaction()")
    pattern = getattr(Studio.get_by_id(1), SERIES_FORMAT[series])
    yearly = restarts_yearly(pattern)
    highest: dict[int, int] = {}
    for number in numbers:
        found = sequence_of(number, pattern)
        if found:
            year = found[0] if yearly else 0
            highest[year] = max(highest.get(year, 0), found[1])
    if highest:
        sealing.lock()
    for year, seq in highest.items():
        NumberCounter.insert(series=series, year=year, last=0).on_conflict_ignore().execute()
        counter = locks.locked_first(
            NumberCounter.select().where((NumberCounter.series == series) & (NumberCounter.year == year)))
        if counter.last < seq:
            NumberCounter.update(last=seq).where(
                (NumberCounter.series == series) & (NumberCounter.year == year)).execute()
