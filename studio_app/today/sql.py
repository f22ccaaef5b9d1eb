"""What the client-care queries share: SQL helpers (the few places SQLite and PostgreSQL spell differently),
calendar arithmetic, and how long a backlog list may be."""

from __future__ import annotations

import calendar
import contextlib
import contextvars
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from studio_app.work import clock, settings
from studio_app.store import combined, db

# Lists of things to act on are complete (they are as long as the work in hand); the two that can hold a
# whole backlog — overdue invoices and proposed follow-ups — stop at this many and carry the total count.
LIST_LIMIT = 50

_EPOCH = dt.date(1970, 1, 1)
_HOUR = Decimal("0.1")


def _pg() -> bool:
    return not db.is_sqlite()


def _rows(sql: str, params: list | tuple = ()) -> list[tuple]:
    """Run SQL written with ``?`` placeholders on either engine."""
    if _pg():
        return combined.rows(db.current(), sql.replace("?", "%s"), params)
    return db.current().execute_sql(sql, tuple(params)).fetchall()


def _planned_rows(sql: str, params: list | tuple = ()) -> list[tuple]:
    """:func:`_rows` for a panel's query, planned once per PostgreSQL connection for the same text and values
    (store.prepared); inside a dashboard refresh, answered from its one statement when that holds it
    (store.combined), as :func:`_rows` is."""
    if not _pg():
        return _rows(sql, params)
    return combined.rows(db.current(), sql.replace("?", "%s"), params, planned=True)


def _paged(rows: list[tuple]) -> tuple[list[tuple], int]:
    """Rows whose last column is ``COUNT(*) OVER ()`` (how many matched before the LIMIT): the rows without
    it, and that count: a panel's first lines and its total from one query."""
    return [row[:-1] for row in rows], int(rows[0][-1]) if rows else 0


def _limit(limit: int | None) -> str:
    return "" if limit is None else f" LIMIT {int(limit)}"


def _as_date(expr: str) -> str:
    """A date or timestamp expression as a date, so mixed ones compare by day."""
    return f"CAST({expr} AS DATE)" if _pg() else f"date({expr})"


# Settings read together for one refresh of the Today view (`settings_read`), so each panel does not read its own.
_read: contextvars.ContextVar[dict[str, object] | None] = contextvars.ContextVar("today_settings", default=None)


def setting(name: str) -> object:
    """One studio setting the figures depend on, read straight from the studio row: building peewee's query
    for the whole Studio model (seventy columns) cost more than several of the dashboard's queries."""
    read = _read.get()
    if read is not None and name in read:
        return read[name]
    return studio_columns([name], [])[0]


def studio_columns(names: list[str], extra: list[str]) -> list[object]:
    """``extra`` SQL expressions, then the settings ``names``, from the studio row in one statement."""
    return studio_values(names, extra, _rows(studio_sql(names, extra)))


def studio_sql(names: list[str], extra: list[str]) -> str:
    """:func:`studio_columns`' statement; :func:`studio_values` makes its rows the values."""
    from studio_app.store.models import Studio
    if any(name not in Studio._meta.fields for name in names):
        raise KeyError(*(name for name in names if name not in Studio._meta.fields))
    if not names:
        return f"SELECT {', '.join(extra)}"
    columns = ", ".join([*extra, *(f'"{Studio._meta.fields[name].column_name}"' for name in names)])
    return f'SELECT {columns} FROM "{Studio._meta.table_name}" WHERE "id" = 1'


def studio_values(names: list[str], extra: list[str], rows: list[tuple]) -> list[object]:
    if not rows:  # no studio yet: settings.get() raises the usual error
        studio = settings.get()
        return [*(None for _ in extra), *(getattr(studio, name) for name in names)]
    return list(rows[0])


def _rows_together(statements: list[tuple[str, list]]) -> list[list[tuple]]:
    """:func:`_rows` of each statement; on PostgreSQL sent as one statement once each has run before
    (store.combined.together)."""
    if not _pg():
        return [_rows(sql, params) for sql, params in statements]
    return combined.together(db.current(), [(sql.replace("?", "%s"), params) for sql, params in statements])


@contextlib.contextmanager
def settings_read(values: dict[str, object]) -> Iterator[None]:
    """While inside, :func:`setting` answers from ``values`` (read with the figures, in the same refresh)."""
    token = _read.set(values)
    try:
        yield
    finally:
        _read.reset(token)


def _greatest(*args: str) -> str:
    return f"{'GREATEST' if _pg() else 'MAX'}({', '.join(args)})"


def _least(*args: str) -> str:
    return f"{'LEAST' if _pg() else 'MIN'}({', '.join(args)})"


def _day_number(column: str) -> str:
    """Days since 1970-01-01 as an integer, so date spans are plain subtraction."""
    if _pg():
        return f"({column} - DATE '1970-01-01')"
    return f"CAST(julianday({column}) - 2440587.5 AS INTEGER)"


def _number(column: str) -> str:
    """A DecimalText column as a number (hours, not money: a float is fine on SQLite)."""
    return f"CAST({column} AS {'NUMERIC' if _pg() else 'REAL'})"


def _month_day(column: str) -> str:
    """A date's month and day, spelt as migration 17's expression indexes are, so each engine reads them: the
    text "MM-DD" on SQLite, month × 100 + day on PostgreSQL (``to_char`` is not IMMUTABLE, so not indexable)."""
    if _pg():
        return f"(EXTRACT(MONTH FROM {column}) * 100 + EXTRACT(DAY FROM {column}))"
    return f"substr({column}, 6, 5)"


def month_day_key(day: dt.date) -> str | int:
    """What :func:`_month_day` gives for ``day`` on the open database's engine."""
    return day.month * 100 + day.day if _pg() else day.strftime("%m-%d")


def _plus_months(column: str, months: int) -> str:
    """``column`` + ``months`` calendar months, clamped to the month's end (30 Nov + 3 months = 28 Feb)."""
    months = int(months)
    if _pg():
        return f"CAST({column} + make_interval(months => {months}) AS DATE)"
    # Up to the 28th no month is too short: SQLite's own '+N months' keeps the day (a quarter of what the
    # year and month shifted as numbers through printf cost); past it, that day may run over into the next
    # month, so the month's end is the earlier of the two.
    plain = f"date({column}, '{months:+d} months')"
    month_end = f"date({column}, 'start of month', '{months + 1:+d} months', '-1 day')"
    return f"CASE WHEN substr({column}, 9) <= '28' THEN {plain} ELSE MIN({plain}, {month_end}) END"


def _date(value: object) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


def _datetime(value: object) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return dt.datetime.fromisoformat(str(value))


def _days(day: dt.date) -> int:
    return (day - _EPOCH).days


def _start_of_day(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time())


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def months_back_cutoff(today: dt.date, months: int) -> dt.date:
    """The latest day ``d`` with ``add_months(d, months) <= today``.

    Not simply ``add_months(today, -months)``: on 28 Feb, 30 Nov + 3 months is 28 Feb too.
    """
    back = add_months(today, -months)
    if today.day == calendar.monthrange(today.year, today.month)[1]:
        return back.replace(day=calendar.monthrange(back.year, back.month)[1])
    return back


def _today(today: dt.date | None) -> dt.date:
    return today if today is not None else clock.today()


def _hours(value: object) -> Decimal:
    number = Decimal(str(value or 0)) if not isinstance(value, Decimal) else value
    return number.quantize(_HOUR)
