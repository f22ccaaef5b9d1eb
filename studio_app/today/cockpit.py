"""What the Today view shows: four figure cards and the first few lines of each "needs attention" panel with
how many there are in all, plus the two charts.

Each panel is one query that returns its first ``rows`` lines and its count (``COUNT(*) OVER ()`` before
the LIMIT), so the cost does not grow with the backlog shown; the cards are aggregates.

A refresh with nothing written since the last one (going back to the Today view) reuses the last figures: the
key is the day and the database's own change counter — SQLite's ``PRAGMA data_version`` (moves when another
connection, another desk, commits) with this connection's ``total_changes``, PostgreSQL's WAL insert position
(moves with every write to the server). Any write, here or at another desk, so recomputes everything; who waits
for an answer (counted in hours from now) is always read fresh, on PostgreSQL in the change counter's statement.
On PostgreSQL the figures after a write are one statement too (store.combined).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from studio_app.store import combined, day_counts, db
from studio_app.work import clock
from . import deadlines, follow_ups, money, updates, waiting, workload as load
from .money import CurrencyAmount, MonthRevenue, RefundOwed
from .sql import _rows_together, setting, settings_read, studio_sql, studio_values
from .workload import WeekLoad

ROWS = 5  # lines per panel: what needs doing today, not a report


@dataclass(frozen=True)
class Panel:
    """The first lines of a list, how many there are in all and, for money, what they come to per currency."""

    rows: tuple
    count: int
    totals: tuple[CurrencyAmount, ...] = ()

    @property
    def more(self) -> int:
        return self.count - len(self.rows)


@dataclass(frozen=True)
class Cockpit:
    today: dt.date
    now: dt.datetime
    outstanding: Panel  # card: what clients owe on issued invoices (no rows)
    overdue: Panel  # card and panel: overdue invoices, the longest overdue first
    deposits: Panel  # card and panel: deposits asked for and not paid, work not delivered
    received: Panel  # card: payments received this month (no rows)
    waiting: Panel
    at_risk: Panel
    updates: Panel
    follow_ups: Panel  # planned follow-ups due, then check-ins to propose, then birthdays and anniversaries
    refunds: tuple[RefundOwed, ...]  # rare and owed by the studio: all of them, shown above the overdue ones
    revenue: tuple[MonthRevenue, ...]
    workload: tuple[WeekLoad, ...]
    currency: str = ""  # the studio's own, which the cards show first (read with the figures, not the Studio row)


def _card(totals: tuple[CurrencyAmount, ...], rows: tuple = ()) -> Panel:
    return Panel(rows, sum(t.count for t in totals), totals)


def _follow_ups(today: dt.date, rows: int) -> Panel:
    due, due_count = follow_ups.follow_ups_due_page(today, rows)
    proposed, proposed_count = follow_ups.proposed_follow_ups(today, rows)
    dates, dates_count = follow_ups.important_dates_page(today, rows)
    return Panel((*due, *proposed, *dates)[:rows], due_count + proposed_count + dates_count)


_last: list = []  # [key, the figures that depend on the day and the data only]

# The settings the figures read, read once per refresh in the statement that reads the change counter: on
# PostgreSQL every statement is a round trip, and each panel reading its own cost five of them.
SETTINGS = ["warning_window_days", "update_interval_days", "follow_up_months", "weekly_capacity_hours", "currency"]


def data_version() -> tuple:
    """A value that changes whenever anything is committed to the database, by this desk or another."""
    return _version_and_settings([])[0]


def _version_and_settings(names: list[str], now: dt.datetime | None = None,
                          rows: int = ROWS) -> tuple[tuple, dict[str, object], tuple | None]:
    """:func:`data_version` and the studio settings ``names``, from one statement; given ``now``, also the
    waiting clients' panel, sent with it on PostgreSQL (the Today view's every refresh: one round trip)."""
    connection = db.current().connection()
    counter = "(SELECT data_version FROM pragma_data_version)" if db.is_sqlite() else \
        "pg_current_wal_insert_lsn()::text"
    statements = [(studio_sql(names, [counter]), [])]
    if now is not None:
        statements.append(waiting.statement(now, rows))
    found = _rows_together(statements)
    version, *values = studio_values(names, [counter], found[0])
    if db.is_sqlite():
        key: tuple = ("sqlite", id(connection), version, connection.total_changes)
    else:
        key = ("postgresql", id(connection), version)
    return key, dict(zip(names, values)), waiting.page(found[1], now) if now is not None else None


def forget() -> None:
    """Drop the figures kept from the last refresh (the benchmark's cold runs)."""
    _last.clear()


def _figures(today: dt.date, rows: int) -> dict[str, object]:
    day_counts.fold_if_loose()  # PostgreSQL's loose per-day counts, when many writes have added some
    open_totals, overdue_totals = money.open_and_overdue(today)
    deposit_rows, deposit_totals = money.deposits_page(today, rows)
    received = money.received_this_month(today)
    return dict(
        outstanding=_card(open_totals),
        overdue=_card(overdue_totals, money.overdue_rows(today, rows) if overdue_totals else ()),
        deposits=_card(deposit_totals, deposit_rows),
        received=_card(received),
        at_risk=Panel(*deadlines.deadlines_page(today, rows)),
        updates=Panel(*updates.updates_page(today, rows)),
        follow_ups=_follow_ups(today, rows),
        refunds=money.refunds_owed(),
        revenue=money.revenue_by_month(today, received=received),
        workload=load.workload(today),
        currency=str(setting("currency")))


def cockpit(today: dt.date | None = None, rows: int = ROWS) -> Cockpit:
    """The Today view's figures. ``today`` other than the clock's day is evaluated at 09:00 (as `summary`)."""
    now = clock.now() if today is None or today == clock.today() else dt.datetime.combine(today, dt.time(9, 0))
    today = now.date()
    # read before the figures (a write meanwhile is seen next time), and who waits for an answer, always afresh
    version, values, waiting_panel = _version_and_settings(SETTINGS, now, rows)
    key = (today, rows, version)
    if not _last or _last[0] != key:
        # On PostgreSQL the figures' statements go to the server as one (store.combined): the texts depend on the
        # day, the settings and the database only, so the last refresh's are sent first, all together.
        database = db.current()
        texts_key = (today, rows, id(database), tuple(sorted(values.items())))
        with settings_read(values), combined.refresh(database, texts_key):
            _last[:] = [key, _figures(today, rows)]
    return Cockpit(today, now, waiting=Panel(*waiting_panel), **_last[1])
