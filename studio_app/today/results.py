"""What the client-care queries (:mod:`studio_app.today.reminders`) return: small frozen records carrying the ids
needed to open what they refer to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class WaitingClient:
    """A client whose last message to us is unanswered."""

    client_id: int
    client_name: str
    interaction_id: int
    project_id: int | None
    kind: str
    summary: str
    since: dt.datetime
    waited_hours: int  # whole hours
    waited_days: int  # whole days
    urgent: bool  # waited 24 hours or more


@dataclass(frozen=True)
class ProjectAtRisk:
    project_id: int
    client_id: int
    title: str
    client_name: str
    status: str
    deadline: dt.date | None
    days_left: int | None  # deadline − today; negative when late
    late: bool  # the deadline has passed and the project is not delivered
    next_milestone: str  # the next open milestone's title, "" when none
    next_milestone_due: dt.date | None
    open_deliverables: int


@dataclass(frozen=True)
class UpdateDue:
    """An active project whose client has not had a progress update for the studio's interval."""

    project_id: int
    client_id: int
    title: str
    client_name: str
    last_update: dt.date | None  # None: no update sent yet
    days_since: int  # since the last update, or since work started when none was sent


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


@dataclass(frozen=True)
class FollowUpDue:
    """A follow-up the designer planned on an interaction, now due."""

    interaction_id: int
    client_id: int
    client_name: str
    project_id: int | None
    summary: str
    follow_up_on: dt.date
    days_late: int


@dataclass(frozen=True)
class ProposedFollowUp:
    """A client's latest delivery is ``follow_up_months`` old and nobody has talked to them since then."""

    project_id: int
    client_id: int
    client_name: str
    title: str
    delivered_on: dt.date
    follow_up_on: dt.date


@dataclass(frozen=True)
class ImportantDate:
    client_id: int
    client_name: str
    kind: str  # birthday or anniversary
    date: dt.date  # the coming occurrence
    in_days: int
    years: int  # age or years since the company was founded


@dataclass(frozen=True)
class FollowUps:
    due: tuple[FollowUpDue, ...]
    proposed: tuple[ProposedFollowUp, ...]
    proposed_count: int
    dates: tuple[ImportantDate, ...]


@dataclass(frozen=True)
class WeekLoad:
    week_start: dt.date  # Monday
    week: str  # ISO week, "2026-W48"
    hours: Decimal  # planned hours of active projects that week (one decimal)
    capacity: int
    project_hours: Decimal = Decimal(0)  # the share of the project asked about (would_overload)

    @property
    def over(self) -> bool:
        return self.hours > self.capacity


@dataclass(frozen=True)
class Summary:
    """Everything the dashboard and `today` show, evaluated once."""

    today: dt.date
    now: dt.datetime
    waiting: tuple[WaitingClient, ...]
    at_risk: tuple[ProjectAtRisk, ...]
    updates_due: tuple[UpdateDue, ...]
    money: MoneySummary
    follow_ups: FollowUps
    workload: tuple[WeekLoad, ...]

    @property
    def over_capacity(self) -> tuple[WeekLoad, ...]:
        return tuple(week for week in self.workload if week.over)
