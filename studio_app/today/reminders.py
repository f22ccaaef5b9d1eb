"""Client care: what needs doing today, for the dashboard and the `today` command.

Who waits for an answer, which deadlines are at risk, which clients are due a progress
update, what money is outstanding or overdue, which deposits are unpaid, which
follow-ups and important dates come up, and which weeks are over capacity.

Every figure is one SQL query (aggregates, GROUP BY, correlated MAX/MIN/COUNT
subqueries); Python only shapes the few rows that are shown. Each function takes
``today`` (default :func:`clock.today`) so the dashboard can be evaluated as of any day,
and returns small frozen dataclasses carrying the ids needed to open the record.

Money figures use the invoices' current stored state (``paid``, ``credited``); ``today``
decides what is overdue and which months the revenue chart shows.
"""

from __future__ import annotations

import calendar
import datetime as dt

from studio_app.work import clock, interactions, projects, settings
from studio_app.store import db
from studio_app.money.due import due_sql
from studio_app.text import i18n, cleaning
from studio_app.text.errors import StudioError
from studio_app.store.models import Interaction, Project
from .results import (
    WaitingClient, ProjectAtRisk, UpdateDue, CurrencyAmount, OverdueInvoice, Overdue, UnpaidDeposit,
    MonthRevenue, MoneySummary, RefundOwed, FollowUpDue, ProposedFollowUp, ImportantDate, FollowUps,
    WeekLoad, Summary,
)
from .sql import (
    _pg, _rows, _greatest, _least, _day_number, _number, _month_key, _month_day, _plus_months, _date,
    _datetime, _days, _start_of_day, add_months, months_back_cutoff, _today, _hours,
)

# Lists of things to act on are complete (they are as long as the work in hand); the two that can hold a
# whole backlog — overdue invoices and proposed follow-ups — stop at this many and carry the total count.
LIST_LIMIT = 50
IMPORTANT_DATE_DAYS = 14
REVENUE_MONTHS = 12
WORKLOAD_WEEKS = 8


# -- waiting for an answer --------------------------------------------------------------------------------------

def waiting_for_answer(now: dt.datetime | dt.date | None = None) -> tuple[WaitingClient, ...]:
    """Clients whose last interaction (as of ``now``) is marked as waiting for our reply, oldest first."""
    if now is None:
        now = clock.now()
    elif not isinstance(now, dt.datetime):
        now = dt.datetime.combine(now, clock.now().time()) if now == clock.today() else \
            dt.datetime.combine(now, dt.time(9, 0))
    rows = _rows(
        'SELECT i."id", i."client_id", c."name", i."project_id", i."kind", i."summary", i."occurred_at" '
        'FROM "interaction" i JOIN "client" c ON c."id" = i."client_id" '
        'WHERE i."waiting_for_reply" = ? AND c."archived" = ? AND i."occurred_at" <= ? '
        'AND NOT EXISTS (SELECT 1 FROM "interaction" j WHERE j."client_id" = i."client_id" AND j."occurred_at" <= ? '
        'AND (j."occurred_at" > i."occurred_at" OR (j."occurred_at" = i."occurred_at" AND j."id" > i."id"))) '
        'ORDER BY i."occurred_at", i."id"', [True, False, now, now])
    found = []
    for interaction_id, client_id, name, project_id, kind, summary, occurred in rows:
        since = _datetime(occurred)
        waited = now - since
        found.append(WaitingClient(client_id, name, interaction_id, project_id, kind, summary, since,
                                   int(waited.total_seconds() // 3600), waited.days,
                                   waited >= dt.timedelta(hours=24)))
    return tuple(found)


# -- deadlines -------------------------------------------------------------------------------------------------

def deadlines_at_risk(today: dt.date | None = None) -> tuple[ProjectAtRisk, ...]:
    """Quoted and active projects that are late, or whose deadline or next open milestone falls within the
    warning window (today … today + ``warning_window_days``, both ends included) with deliverables still open.

    A next milestone already past its date counts as at risk too. Late projects come first (the latest
    first), then the soonest.
    """
    today = _today(today)
    window_end = today + dt.timedelta(days=settings.get().warning_window_days)
    # Candidates first (deadline or next open milestone up to the window's end, which takes in the late ones),
    # then deliverables are counted and the milestone's title looked up for those few only.
    rows = _rows(
        'WITH t AS MATERIALIZED (SELECT p."id", p."client_id", p."title", p."status", p."deadline", '
        '(SELECT MIN(m."due_date") FROM "milestone" m WHERE m."project_id" = p."id" AND m."done_on" IS NULL) '
        'AS next_due FROM "project" p WHERE p."status" IN (?, ?) AND p."archived" = ? AND p."delivered_on" IS NULL), '
        'u AS MATERIALIZED (SELECT t.*, (SELECT COUNT(*) FROM "deliverable" d WHERE d."project_id" = t."id" '
        'AND d."done" = ?) AS open_count FROM t WHERE t."deadline" <= ? OR t.next_due <= ?) '
        'SELECT u."id", u."client_id", u."title", c."name", u."status", u."deadline", u.next_due, u.open_count, '
        '(SELECT m."title" FROM "milestone" m WHERE m."project_id" = u."id" AND m."done_on" IS NULL '
        'AND m."due_date" = u.next_due ORDER BY m."position", m."id" LIMIT 1) '
        'FROM u JOIN "client" c ON c."id" = u."client_id" '
        'WHERE u."deadline" < ? OR (u.open_count > 0 AND (u."deadline" <= ? OR u.next_due <= ?))',
        ["active", "quoted", False, False, window_end, window_end, today, window_end, window_end])
    found = []
    for project_id, client_id, title, name, status, deadline, next_due, open_count, milestone in rows:
        deadline, next_due = _date(deadline), _date(next_due)
        late = deadline is not None and deadline < today
        found.append(ProjectAtRisk(project_id, client_id, title, name, status, deadline,
                                   (deadline - today).days if deadline else None, late, milestone or "", next_due,
                                   int(open_count)))

    def order(item: ProjectAtRisk) -> tuple:
        dates = [d for d in (item.deadline, item.next_milestone_due) if d is not None]
        return (not item.late, item.deadline if item.late else min(dates), item.project_id)

    return tuple(sorted(found, key=order))


def log_delay_notice(project_id: int, new_date: object, summary: str) -> Interaction:
    """Tell the client early: log a "delay" interaction and move the project's deadline, in one transaction.

    The new deadline must be later than the current one (a delay moves it forward), not in the past, and
    not before the project's start date; delivered, closed and lost projects have no deadline to move.
    """
    project = projects.get(project_id)
    if project.status not in ("lead", "quoted", "active"):
        raise StudioError("“{title}” is {status}; there is no deadline left to move.", title=project.title,
                          status=project.status)
    day = cleaning.date(new_date, "New deadline", required=True, field="deadline")
    today = clock.today()
    if day < today:
        raise StudioError("The new deadline {date} is already in the past.", field="deadline", date=day.isoformat())
    if project.deadline is not None and day <= project.deadline:
        raise StudioError("A delay moves the deadline later: {date} is not after the current deadline {current}.",
                          field="deadline", date=day.isoformat(), current=project.deadline.isoformat())
    if project.start_date is not None and day < project.start_date:
        raise StudioError("The new deadline cannot be before the start date {start}.", field="deadline",
                          start=project.start_date.isoformat())
    summary = cleaning.clean(summary, "What to tell the client", required=True, multiline=True, max_len=9_000,
                         field="summary")
    language = project.client.language  # the client reads it: their language, their dates
    new = i18n.format_date(day, language, "long")
    moved = (i18n.label(language, "delay_moved", old=i18n.format_date(project.deadline, language, "long"), new=new)
             if project.deadline else i18n.label(language, "delay_set", new=new))
    with db.transaction():
        entry = interactions.log(project.client_id, "delay", f"{summary}\n\n{moved}", project_id=project.id)
        Project.update(deadline=day).where(Project.id == project.id).execute()
    return entry


# -- progress updates -------------------------------------------------------------------------------------------

def updates_due(today: dt.date | None = None) -> tuple[UpdateDue, ...]:
    """Active projects with no "update" interaction in the last ``update_interval_days`` days.

    The first update is due that many days after work started (start date, else the day the project was
    recorded), so a project begun yesterday is not nagged about. Longest without an update first.
    """
    today = _today(today)
    cutoff = today - dt.timedelta(days=settings.get().update_interval_days)
    since_expr = 'COALESCE(t.last_update, t."start_date", t."created_at")'
    rows = _rows(
        f'SELECT t."id", t."client_id", t."title", t."name", t.last_update, {since_expr} FROM ('
        'SELECT p."id", p."client_id", p."title", c."name", p."start_date", p."created_at", '
        '(SELECT MAX(i."occurred_at") FROM "interaction" i WHERE i."project_id" = p."id" AND i."kind" = ? '
        'AND i."occurred_at" < ?) AS last_update '
        'FROM "project" p JOIN "client" c ON c."id" = p."client_id" '
        'WHERE p."status" = ? AND p."archived" = ?) t '
        f'WHERE {since_expr} < ?',
        ["update", _start_of_day(today + dt.timedelta(days=1)), "active", False,
         cutoff + dt.timedelta(days=1)])  # a date: on SQLite "2026-11-17" < "2026-11-17 00:00:00"
    found = [UpdateDue(project_id, client_id, title, name, _date(last), (today - _date(since)).days)
             for project_id, client_id, title, name, last, since in rows]
    return tuple(sorted(found, key=lambda u: (-u.days_since, u.project_id)))


# -- money ------------------------------------------------------------------------------------------------------

_DUE = due_sql("i")
# Literal, not a parameter, so SQLite can prove the condition of a partial index on open invoices
# ``WHERE status = 'issued' AND total_gross - deducted - paid - credited > 0`` and use it.
_OPEN = f'i."status" = \'issued\' AND {_DUE} > 0'


def outstanding(today: dt.date | None = None) -> tuple[CurrencyAmount, ...]:
    """What clients still owe on issued invoices, per currency (credit notes reduce their invoice instead)."""
    # A credit note's own due is negative, so "due > 0" leaves them out and the covering
    # index (status, currency, total_gross, deducted, paid, credited) answers alone.
    rows = _rows(f'SELECT i."currency", SUM({_DUE}), COUNT(*) FROM "invoice" i '
                 f'WHERE {_OPEN} GROUP BY i."currency" ORDER BY i."currency"')
    return tuple(CurrencyAmount(currency, int(amount), int(count)) for currency, amount, count in rows)


def unpaid_total(today: dt.date | None = None) -> tuple[CurrencyAmount, ...]:
    """Issued invoices with no payment at all yet, per currency (the part of :func:`outstanding` not begun)."""
    rows = _rows(f'SELECT i."currency", SUM({_DUE}), COUNT(*) FROM "invoice" i '
                 f'WHERE {_OPEN} AND i."paid" = 0 GROUP BY i."currency" ORDER BY i."currency"')
    return tuple(CurrencyAmount(currency, int(amount), int(count)) for currency, amount, count in rows)


def overdue_invoices(today: dt.date | None = None, limit: int = LIST_LIMIT) -> Overdue:
    """Issued invoices past their due date with money still owed: totals per currency, the oldest first."""
    today = _today(today)
    where = f'{_OPEN} AND i."due_date" < ?'
    totals = _rows(f'SELECT i."currency", SUM({_DUE}), COUNT(*) FROM "invoice" i WHERE {where} '
                   'GROUP BY i."currency" ORDER BY i."currency"', [today])
    rows = _rows(f'SELECT i."id", i."number", i."client_id", c."name", i."project_id", i."currency", {_DUE}, '
                 f'i."due_date" FROM "invoice" i JOIN "client" c ON c."id" = i."client_id" WHERE {where} '
                 'ORDER BY i."due_date", i."id" LIMIT ?', [today, int(limit)])
    items = []
    for invoice_id, number, client_id, name, project_id, currency, due, due_date in rows:
        due_date = _date(due_date)
        items.append(OverdueInvoice(invoice_id, number, client_id, name, project_id, currency, int(due), due_date,
                                    (today - due_date).days))
    return Overdue(sum(int(row[2]) for row in totals),
                   tuple(CurrencyAmount(currency, int(amount), int(count)) for currency, amount, count in totals),
                   tuple(items))


def unpaid_deposits(today: dt.date | None = None) -> tuple[UnpaidDeposit, ...]:
    """Issued deposit invoices not fully paid on projects not yet delivered, oldest first: the work should wait
    for them. (Once the project is delivered, an unpaid deposit is simply owed, and listed as overdue.)"""
    today = _today(today)
    rows = _rows(f'SELECT i."id", i."number", i."client_id", c."name", i."project_id", p."title", p."status", '
                 f'i."currency", {_DUE}, i."issue_date", i."due_date" '
                 # from the few projects in hand to their deposits (CROSS JOIN keeps SQLite to that order)
                 'FROM "project" p CROSS JOIN "invoice" i JOIN "client" c ON c."id" = i."client_id" '
                 f'WHERE p."status" IN (?, ?, ?) AND i."project_id" = p."id" AND i."kind" = ? AND {_OPEN} '
                 'AND i."issue_date" <= ? ORDER BY i."issue_date", i."id"', ["lead", "quoted", "active", "deposit", today])
    found = []
    for invoice_id, number, client_id, name, project_id, title, status, currency, due, issued, due_date in rows:
        issued = _date(issued)
        found.append(UnpaidDeposit(invoice_id, number, client_id, name, project_id, title or "", status or "",
                                   currency, int(due), issued, _date(due_date), (today - issued).days))
    return tuple(found)


def revenue_by_month(today: dt.date | None = None, months: int = REVENUE_MONTHS) -> tuple[MonthRevenue, ...]:
    """Payments received per calendar month and currency, the last ``months`` months up to today.

    Every month is present; every currency seen in the period appears in every month, with 0 where nothing came in.
    """
    today = _today(today)
    first = add_months(today.replace(day=1), -(months - 1))
    # Grouped by day and currency in the order of the (date, currency, amount) index, so no sort of the
    # year's payments, then rolled up to months: about twice as fast as GROUP BY month, currency.
    rows = _rows(f'SELECT {_month_key("d.day")}, d.currency, SUM(d.amount) FROM (SELECT "date" AS day, '
                 '"currency" AS currency, SUM("amount") AS amount FROM "payment" WHERE "date" >= ? AND "date" <= ? '
                 'GROUP BY "date", "currency") d GROUP BY 1, 2', [first, today])
    sums = {(month, currency): int(amount) for month, currency, amount in rows}
    seen = sorted({currency for (_, currency), amount in sums.items() if amount}) or [settings.get().currency]
    result = []
    for index in range(months):
        month = add_months(first, index)
        key = month.strftime("%Y-%m")
        result.append(MonthRevenue(month, tuple(CurrencyAmount(c, sums.get((key, c), 0)) for c in seen)))
    return tuple(result)


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


# -- follow-ups and important dates -----------------------------------------------------------------------------

def follow_ups_due(today: dt.date | None = None) -> tuple[FollowUpDue, ...]:
    """Follow-ups planned on interactions for today or earlier and not marked done, the oldest first."""
    today = _today(today)
    rows = _rows('SELECT i."id", i."client_id", c."name", i."project_id", i."summary", i."follow_up_on" '
                 'FROM "interaction" i JOIN "client" c ON c."id" = i."client_id" '
                 'WHERE i."follow_up_done" = ? AND i."follow_up_on" <= ? AND c."archived" = ? '
                 'ORDER BY i."follow_up_on", i."id"', [False, today, False])
    return tuple(FollowUpDue(interaction_id, client_id, name, project_id, summary, _date(on),
                             (today - _date(on)).days)
                 for interaction_id, client_id, name, project_id, summary, on in rows)


def proposed_follow_ups(today: dt.date | None = None, limit: int = LIST_LIMIT) -> tuple[tuple[ProposedFollowUp, ...],
                                                                                        int]:
    """Clients whose latest delivered project was delivered ``follow_up_months`` months ago or more (reaching the
    date exactly counts) and with whom there has been no interaction since that follow-up date: one proposal per
    client, the most recently due first. Returns the proposals shown and how many there are in all."""
    today = _today(today)
    months = settings.get().follow_up_months
    # Per client (2,000 in the large demo): one seek for the latest delivery, then one for any contact since
    # the follow-up date; the project behind a proposal is looked up for the few shown.
    rows = _rows(
        'WITH latest AS MATERIALIZED (SELECT c."id" AS client_id, c."name", (SELECT MAX(p."delivered_on") '
        'FROM "project" p WHERE p."client_id" = c."id" AND p."status" IN (?, ?) AND p."archived" = ?) AS delivered '
        'FROM "client" c WHERE c."archived" = ?), '
        f'due AS MATERIALIZED (SELECT l.*, {_plus_months("l.delivered", months)} AS follow_up FROM latest l '
        'WHERE l.delivered <= ?) '
        'SELECT x.*, (SELECT MIN(p."id") FROM "project" p WHERE p."client_id" = x.client_id '
        'AND p."delivered_on" = x.delivered AND p."status" IN (?, ?) AND p."archived" = ?) FROM ('
        'SELECT d.client_id, d."name", d.delivered, d.follow_up, COUNT(*) OVER () AS total FROM due d '
        'WHERE NOT EXISTS (SELECT 1 FROM "interaction" i WHERE i."client_id" = d.client_id '
        'AND i."occurred_at" >= d.follow_up AND i."occurred_at" < ?) '
        'ORDER BY d.delivered DESC, d.client_id LIMIT ?) x ORDER BY x.delivered DESC, x.client_id',
        ["delivered", "closed", False, False, months_back_cutoff(today, months), "delivered", "closed", False,
         _start_of_day(today + dt.timedelta(days=1)), int(limit)])
    titles = dict(_rows('SELECT "id", "title" FROM "project" WHERE "id" IN ({})'.format(
        ", ".join("?" for _ in rows)), [row[5] for row in rows])) if rows else {}
    found = tuple(ProposedFollowUp(project_id, client_id, name, titles.get(project_id, ""), _date(delivered),
                                   _date(follow_up))
                  for client_id, name, delivered, follow_up, _, project_id in rows)
    return found, int(rows[0][4]) if rows else 0


def _occurrence(born: dt.date, year: int) -> dt.date:
    """The date's anniversary in ``year``; 29 February is kept on 28 February in other years."""
    if born.month == 2 and born.day == 29 and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return born.replace(year=year)


def important_dates(today: dt.date | None = None, days: int = IMPORTANT_DATE_DAYS) -> tuple[ImportantDate, ...]:
    """Client birthdays and company anniversaries from today to ``days`` days ahead (both included), soonest
    first. Month and day are matched in SQL, across the new year; 29 February falls on 28 February in other years."""
    today = _today(today)
    window = [today + dt.timedelta(days=n) for n in range(days + 1)]
    keys = {day.strftime("%m-%d") for day in window}
    if any(day.month == 2 and day.day == 28 and not calendar.isleap(day.year) for day in window):
        keys.add("02-29")
    keys = sorted(keys)
    marks = ", ".join("?" for _ in keys)
    rows = _rows(f'SELECT c."id", c."name", c."birthday", c."anniversary" FROM "client" c WHERE c."archived" = ? '
                 f'AND ({_month_day("c.birthday")} IN ({marks}) OR {_month_day("c.anniversary")} IN ({marks}))',
                 [False, *keys, *keys])
    found = []
    last = window[-1]
    for client_id, name, birthday, anniversary in rows:
        for kind, value in (("birthday", birthday), ("anniversary", anniversary)):
            value = _date(value)
            if value is None:
                continue
            for year in (today.year, today.year + 1):
                when = _occurrence(value, year)
                if today <= when <= last and when > value:
                    found.append(ImportantDate(client_id, name, kind, when, (when - today).days, year - value.year))
                    break
    return tuple(sorted(found, key=lambda d: (d.date, d.client_name, d.kind)))


def follow_ups(today: dt.date | None = None) -> FollowUps:
    today = _today(today)
    proposed, count = proposed_follow_ups(today)
    return FollowUps(follow_ups_due(today), proposed, count, important_dates(today))


# -- workload ---------------------------------------------------------------------------------------------------

def _week_loads(today: dt.date, weeks: int, extra_project_id: int | None) -> tuple[WeekLoad, ...]:
    """Remaining hours of active projects (estimate − logged time, never below 0), spread evenly over the days
    from today (or the later start date) to the deadline, summed per ISO week. A late project's remaining hours
    all land on today. Projects without a deadline cannot be planned and are left out."""
    capacity = settings.get().weekly_capacity_hours
    monday = today - dt.timedelta(days=today.weekday())
    starts = [monday + dt.timedelta(weeks=n) for n in range(weeks)]
    today_n = _days(today)
    values = ", ".join("(?, ?)" for _ in starts)
    week_params = [value for n, start in enumerate(starts) for value in (n, _days(start))]
    begin = _greatest("?", f'COALESCE({_day_number("p.start_date")}, ?)')
    remaining = _greatest(f'{_number("p.estimated_hours")} - COALESCE((SELECT SUM(t."minutes") FROM "time_entry" t '
                          'WHERE t."project_id" = p."id"), 0) / 60.0', "0")
    overlap = _greatest("0", f'{_least("a.last_day", "w.ws + 6")} - {_greatest("a.first_day", "w.ws")} + 1')
    share = f'a.remaining * {overlap} / (a.last_day - a.first_day + 1)'
    planned = (f'SELECT p."id", {begin} AS first_day, {_day_number("p.deadline")} AS deadline_n, '
               f'{remaining} AS remaining FROM "project" p WHERE p."archived" = ? AND p."deadline" IS NOT NULL AND ')
    own = extra_project_id or 0
    rows = _rows(
        f'WITH weeks(n, ws) AS (VALUES {values}), '
        f'a AS MATERIALIZED (SELECT b."id", b.first_day, '
        f'{_greatest("b.deadline_n", "b.first_day")} AS last_day, b.remaining FROM '
        f'({planned} p."status" = ? UNION {planned} p."id" = ?) b WHERE b.remaining > 0) '
        f'SELECT w.n, SUM({share}), SUM(CASE WHEN a."id" = ? THEN {share} ELSE 0 END) '
        'FROM weeks w JOIN a ON a.first_day <= w.ws + 6 AND a.last_day >= w.ws GROUP BY w.n',
        [*week_params, today_n, today_n, False, "active", today_n, today_n, False, own, own])
    found = {n: (total, own) for n, total, own in rows}
    result = []
    for n, start in enumerate(starts):
        total, own = found.get(n, (0, 0))
        year, week, _ = start.isocalendar()
        result.append(WeekLoad(start, f"{year}-W{week:02}", _hours(total), capacity, _hours(own)))
    return tuple(result)


def workload(today: dt.date | None = None, weeks: int = WORKLOAD_WEEKS) -> tuple[WeekLoad, ...]:
    """Planned hours per ISO week for the next ``weeks`` weeks (this week first) against the weekly capacity."""
    return _week_loads(_today(today), weeks, None)


def would_overload(project_id: int, today: dt.date | None = None,
                   weeks: int = WORKLOAD_WEEKS) -> tuple[WeekLoad, ...]:
    """The weeks that would go over capacity if this project became active (asked before accepting a quote):
    weeks where the project adds hours and the total with it is above the weekly capacity."""
    projects.get(project_id)
    return tuple(week for week in _week_loads(_today(today), weeks, project_id)
                 if week.project_hours > 0 and week.over)


# -- everything at once -----------------------------------------------------------------------------------------

def summary(today: dt.date | None = None) -> Summary:
    """What the dashboard and `today` show. ``today`` other than the clock's day is evaluated at 09:00."""
    now = clock.now() if today is None or today == clock.today() else dt.datetime.combine(today, dt.time(9, 0))
    today = now.date()
    return Summary(today, now, waiting_for_answer(now), deadlines_at_risk(today), updates_due(today),
                   money_summary(today), follow_ups(today), workload(today))
