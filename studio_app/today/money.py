"""What money is owed: outstanding and overdue invoices, unpaid deposits, refunds the studio owes, and the
payments received per month.

The figures use the invoices' current stored state (``paid``, ``credited``); ``today`` decides what is overdue
and which months the revenue chart shows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from studio_app.money.due import due_sql
from studio_app.store import day_counts, totals
from .sql import LIST_LIMIT, _date, _limit, _pg, _planned_rows, _rows, _today, add_months, setting

REVENUE_MONTHS = 12


@dataclass(frozen=True)
class CurrencyAmount:
    currency: str
    amount: int  # minor units
    count: int = 0  # invoices behind the amount, where that is meaningful


@dataclass(frozen=True)
class OverdueInvoice:
    invoice_id: int
    number: str
    client_id: int
    client_name: str
    project_id: int | None
    currency: str
    due: int  # minor units still owed
    due_date: dt.date
    days_overdue: int


@dataclass(frozen=True)
class Overdue:
    count: int
    totals: tuple[CurrencyAmount, ...]  # per currency, all overdue invoices
    invoices: tuple[OverdueInvoice, ...]  # the longest overdue first, at most the limit


@dataclass(frozen=True)
class UnpaidDeposit:
    """An issued deposit invoice not fully paid: work should not start (or go on) before it is."""

    invoice_id: int
    number: str
    client_id: int
    client_name: str
    project_id: int | None
    project_title: str
    project_status: str
    currency: str
    due: int
    issue_date: dt.date
    due_date: dt.date | None
    days_waiting: int  # since the deposit was issued


@dataclass(frozen=True)
class MonthRevenue:
    month: dt.date  # the first day of the month
    totals: tuple[CurrencyAmount, ...]  # one per currency seen in the period, zero included


@dataclass(frozen=True)
class MoneySummary:
    outstanding: tuple[CurrencyAmount, ...]  # everything still owed on issued invoices
    unpaid: tuple[CurrencyAmount, ...]  # issued invoices with no payment at all
    overdue: Overdue
    unpaid_deposits: tuple[UnpaidDeposit, ...]
    revenue: tuple[MonthRevenue, ...]  # oldest month first, the current month last
    refunds: tuple[RefundOwed, ...] = ()  # money the studio owes back after a credit note


@dataclass(frozen=True)
class RefundOwed:
    """A credit note took more off an invoice than was still unpaid: the studio owes the client the rest."""

    invoice_id: int
    number: str
    client_id: int
    client_name: str
    currency: str
    amount: int



_DUE = due_sql("i")
# Literal, not a parameter, so SQLite can prove the condition of a partial index on open invoices
# ``WHERE status = 'issued' AND total_gross - deducted - paid - credited > 0`` and use it.
_OPEN = f'i."status" = \'issued\' AND {_DUE} > 0'


def _indexed(index: str) -> str:
    """SQLite's hint to read the open invoices from one of their partial covering indexes: with thirty indexes
    on the table its planner at times walks every issued invoice in the full one, or every open invoice in
    currency order for the few not yet due (6.4 ms against 2.4 on the large demo). PostgreSQL takes no hints."""
    return "" if _pg() else f'INDEXED BY "{index}" '


def _by_currency() -> str:
    """Migration 2's open invoices in currency order."""
    return _indexed("invoice_open_status_currency")


def outstanding(today: dt.date | None = None) -> tuple[CurrencyAmount, ...]:
    """What clients still owe on issued invoices, per currency (credit notes reduce their invoice instead)."""
    return open_and_overdue(today)[0]


def unpaid_total(today: dt.date | None = None) -> tuple[CurrencyAmount, ...]:
    """Issued invoices with no payment at all yet, per currency (the part of :func:`outstanding` not begun)."""
    rows = _rows(f'SELECT i."currency", SUM({_DUE}), COUNT(*) FROM "invoice" i {_by_currency()}'
                 f'WHERE {_OPEN} AND i."paid" = 0 GROUP BY i."currency" ORDER BY i."currency"')
    return tuple(CurrencyAmount(currency, int(amount), int(count)) for currency, amount, count in rows)


def overdue_invoices(today: dt.date | None = None, limit: int = LIST_LIMIT) -> Overdue:
    """Issued invoices past their due date with money still owed: totals per currency, the oldest first."""
    today = _today(today)
    totals = open_and_overdue(today)[1]
    return Overdue(sum(total.count for total in totals), totals, overdue_rows(today, limit))


def overdue_rows(today: dt.date, limit: int) -> tuple[OverdueInvoice, ...]:
    """The ``limit`` longest overdue invoices (the partial index on open invoices, in due-date order)."""
    rows = _planned_rows(f'SELECT i."id", i."number", i."client_id", c."name", i."project_id", i."currency", {_DUE}, '
                 f'i."due_date" FROM "invoice" i JOIN "client" c ON c."id" = i."client_id" '
                 f'WHERE {_OPEN} AND i."due_date" < ? ORDER BY i."due_date", i."id" LIMIT ?', [today, int(limit)])
    items = []
    for invoice_id, number, client_id, name, project_id, currency, due, due_date in rows:
        due_date = _date(due_date)
        items.append(OverdueInvoice(invoice_id, number, client_id, name, project_id, currency, int(due), due_date,
                                    (today - due_date).days))
    return tuple(items)


def open_and_overdue(today: dt.date | None = None) -> tuple[tuple[CurrencyAmount, ...], tuple[CurrencyAmount, ...]]:
    """:func:`outstanding` and the overdue totals of :func:`overdue_invoices`, from the totals the database keeps
    (migration 16): per currency, less what is not yet due (a few dozen due dates from today on) and what has no
    due date, instead of the 26,077 open invoices of the large demo. Compacts them when it finds many loose rows."""
    today = _today(today)
    rows, loose = totals.open_and_overdue(today)
    totals.compact_if_loose(totals.OPEN, loose)
    return (tuple(CurrencyAmount(currency, amount, count) for currency, amount, count, _, _ in rows),
            tuple(CurrencyAmount(currency, amount, count) for currency, _, _, amount, count in rows if count))


def unpaid_deposits(today: dt.date | None = None) -> tuple[UnpaidDeposit, ...]:
    """Issued deposit invoices not fully paid on projects not yet delivered, oldest first: the work should wait
    for them. (Once the project is delivered, an unpaid deposit is simply owed, and listed as overdue.)"""
    return deposits_page(today)[0]


# Migration 22's kept deposits of each project not yet delivered: those of a single currency and none dated
# after the day (regular), and the few others, whose invoices are read.
_REGULAR = 'k."deposit_count" > 0 AND k."deposit_currency" IS NOT NULL AND k."deposit_last" <= ?'
_OTHERS = ('SELECT k."project_id" FROM "project_latest" k WHERE k."deposit_count" > 0 AND k."deposit_currency" IS NULL '
           'UNION SELECT k."project_id" FROM "project_latest" k WHERE k."deposit_count" > 0 AND k."deposit_last" > ?')


def deposits_page(today: dt.date | None = None, limit: int | None = None) -> tuple[tuple[UnpaidDeposit, ...],
                                                                                   tuple[CurrencyAmount, ...]]:
    """The first ``limit`` of :func:`unpaid_deposits` (all when None), and what they all come to per currency
    (with how many invoices)."""
    today = _today(today)
    # The totals: the regular projects' sums per currency kept per day (migration 23), plus the others' invoices.
    # The rows: the invoices of the first regular projects by their first deposit (the first deposits of all are
    # among theirs) and of the others. One statement, the rows shown (tagged 1, first: PostgreSQL takes the
    # NULLs' types from them) and the totals (tagged 0): on PostgreSQL each is a round trip.
    found = _planned_rows(
        f'WITH x AS MATERIALIZED ({_OTHERS}), r AS MATERIALIZED (SELECT k."project_id" FROM "project_latest" k '
        f'{_indexed("project_latest_deposit_first")}WHERE {_REGULAR} '
        f'ORDER BY k."deposit_first", k."deposit_first_id"{_limit(limit)}), '
        f'd AS MATERIALIZED (SELECT i."id", i."project_id", i."currency", {_DUE} AS due, i."issue_date" FROM '
        f'(SELECT x."project_id" FROM x UNION SELECT r."project_id" FROM r) c CROSS JOIN "invoice" i '
        f'WHERE i."project_id" = c."project_id" AND i."kind" = ? AND {_OPEN} AND i."issue_date" <= ?), '
        f'f AS MATERIALIZED (SELECT d."id" FROM d ORDER BY d."issue_date", d."id"{_limit(limit)}) '
        f'SELECT 1, i."currency", {_DUE}, NULL, i."id", i."number", i."client_id", c."name", i."project_id", '
        'p."title", p."status", i."issue_date", i."due_date" FROM f JOIN "invoice" i ON i."id" = f."id" '
        'JOIN "project" p ON p."id" = i."project_id" JOIN "client" c ON c."id" = i."client_id" UNION ALL '
        'SELECT 0, s."currency", s.amount, s.deposits, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL '
        f'FROM ({day_counts.deposits_sql()}) s UNION ALL '
        'SELECT 0, d."currency", SUM(d.due), COUNT(*), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM d '
        'WHERE d."project_id" IN (SELECT x."project_id" FROM x) GROUP BY d."currency"',
        [today, today, "deposit", today, today])
    sums: dict[str, tuple[int, int]] = {}
    for tag, currency, amount, count, *_ in found:  # the regular projects' sums, then the others'
        if tag == 0:
            before = sums.get(currency, (0, 0))
            sums[currency] = (before[0] + int(amount), before[1] + int(count))
    totals = sorted((currency, amount, count) for currency, (amount, count) in sums.items())
    shown = sorted(((_date(row[11]), row[4]), row) for row in found if row[0] == 1)
    deposits = []
    for _, (_, currency, due, _, invoice_id, number, client_id, name, project_id, title, status, issued,
            due_date) in shown:
        issued = _date(issued)
        deposits.append(UnpaidDeposit(invoice_id, number, client_id, name, project_id, title or "", status or "",
                                      currency, int(due), issued, _date(due_date), (today - issued).days))
    return tuple(deposits), tuple(CurrencyAmount(currency, int(amount), int(count))
                                  for currency, amount, count in totals)


def revenue_by_month(today: dt.date | None = None, months: int = REVENUE_MONTHS, *,
                     received: tuple[CurrencyAmount, ...] | None = None) -> tuple[MonthRevenue, ...]:
    """Payments received per calendar month and currency, the last ``months`` months up to today.

    Every month is present; every currency seen in the period appears in every month, with 0 where nothing came in.
    The months before this one come from the totals the database keeps per currency and month (migration 16);
    this month is summed from its payments up to today, so a payment dated later is not counted yet.
    ``received``: :func:`received_this_month`, when the caller has just read it.
    """
    today = _today(today)
    first = add_months(today.replace(day=1), -(months - 1))
    this_month = today.replace(day=1)
    sums, loose = totals.months(first, this_month)
    totals.compact_if_loose(totals.PAYMENTS, loose)
    sums.update({(this_month, total.currency): total.amount
                 for total in (received if received is not None else received_this_month(today))})
    sums = {key: amount for key, amount in sums.items() if amount}
    seen = sorted({currency for _, currency in sums}) or [str(setting("currency"))]
    result = []
    for index in range(months):
        month = add_months(first, index)
        result.append(MonthRevenue(month, tuple(CurrencyAmount(c, sums.get((month, c), 0)) for c in seen)))
    return tuple(result)


def received_this_month(today: dt.date | None = None) -> tuple[CurrencyAmount, ...]:
    """Payments received from the first of this month to today, per currency, with how many payments: the
    month's kept total (migration 16) unless a payment is dated after today, then the payments themselves."""
    today = _today(today)
    kept = totals.this_month(today)
    rows = kept if kept is not None else _rows(
        'SELECT "currency", SUM("amount"), COUNT(*) FROM "payment" WHERE "date" >= ? AND "date" <= ? '
        'GROUP BY "currency" ORDER BY "currency"', [today.replace(day=1), today])
    return tuple(CurrencyAmount(currency, int(amount), int(count)) for currency, amount, count in rows if amount)


def refunds_owed() -> tuple[RefundOwed, ...]:
    """Issued invoices where paid + credited exceed what was billed, until the refund is recorded, oldest first."""
    # Among the few credited invoices (migration 4's partial index); SQLite would rather walk every issued one.
    hint = "" if _pg() else 'INDEXED BY "invoice_credited_issue_date_id" '
    rows = _rows(f'SELECT i."id", i."number", i."client_id", c."name", i."currency", -{_DUE} FROM "invoice" i '
                 f'{hint}JOIN "client" c ON c."id" = i."client_id" WHERE i."credited" > 0 AND '
                 f'i."status" = \'issued\' AND i."kind" <> ? AND {_DUE} < 0 ORDER BY i."issue_date", i."id"',
                 ["credit_note"])
    return tuple(RefundOwed(invoice_id, number, client_id, name, currency, int(amount))
                 for invoice_id, number, client_id, name, currency, amount in rows)


def money_summary(today: dt.date | None = None) -> MoneySummary:
    today = _today(today)
    return MoneySummary(outstanding(today), unpaid_total(today), overdue_invoices(today), unpaid_deposits(today),
                        revenue_by_month(today), refunds_owed())
