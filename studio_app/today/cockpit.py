"""What the Today view shows: four figure cards and the first few lines of each "needs attention" panel with
how many there are in all, plus the two charts.

Each panel is one query that returns its first ``rows`` lines and its count (``COUNT(*) OVER ()`` before
the LIMIT), so the cost does not grow with the backlog shown; the cards are aggregates. Nothing is cached:
another desk's payment shows on the next refresh.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from studio_app.work import clock
from . import deadlines, follow_ups, money, updates, waiting, workload as load
from .money import CurrencyAmount, MonthRevenue, RefundOwed
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


def _card(totals: tuple[CurrencyAmount, ...], rows: tuple = ()) -> Panel:
    return Panel(rows, sum(t.count for t in totals), totals)


def _follow_ups(today: dt.date, rows: int) -> Panel:
    due, due_count = follow_ups.follow_ups_due_page(today, rows)
    proposed, proposed_count = follow_ups.proposed_follow_ups(today, rows)
    dates = follow_ups.important_dates(today)
    return Panel((*due, *proposed, *dates)[:rows], due_count + proposed_count + len(dates))


def cockpit(today: dt.date | None = None, rows: int = ROWS) -> Cockpit:
    """The Today view's figures. ``today`` other than the clock's day is evaluated at 09:00 (as `summary`)."""
    now = clock.now() if today is None or today == clock.today() else dt.datetime.combine(today, dt.time(9, 0))
    today = now.date()
    open_totals, overdue_totals = money.open_and_overdue(today)
    deposit_rows, deposit_totals = money.deposits_page(today, rows)
    return Cockpit(
        today, now,
        outstanding=_card(open_totals),
        overdue=_card(overdue_totals, money.overdue_rows(today, rows) if overdue_totals else ()),
        deposits=_card(deposit_totals, deposit_rows),
        received=_card(money.received_this_month(today)),
        waiting=Panel(*waiting.waiting_page(now, rows)),
        at_risk=Panel(*deadlines.deadlines_page(today, rows)),
        updates=Panel(*updates.updates_page(today, rows)),
        follow_ups=_follow_ups(today, rows),
        refunds=money.refunds_owed(),
        revenue=money.revenue_by_month(today),
        workload=load.workload(today))
