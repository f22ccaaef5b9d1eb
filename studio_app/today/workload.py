"""Whether the studio can take on more: planned hours per week against the weekly capacity."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from studio_app.store import day_counts
from .sql import _day_number, _days, _greatest, _hours, _number, _planned_rows, _today, setting

WORKLOAD_WEEKS = 8


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



def _week_share(week_start: int) -> str:
    """A planned project's hours in the week starting on day number ``week_start``: its remaining hours spread
    evenly over its days, times the days it has in that week (none: NULL, which SUM leaves out)."""
    week_end = week_start + 6
    overlap = (f'(CASE WHEN a.last_day < {week_end} THEN a.last_day ELSE {week_end} END - '
               f'CASE WHEN a.first_day > {week_start} THEN a.first_day ELSE {week_start} END + 1)')
    return (f'CASE WHEN a.first_day <= {week_end} AND a.last_day >= {week_start} '
            f'THEN a.remaining * {overlap} / (a.last_day - a.first_day + 1) END')


def _week_loads(today: dt.date, weeks: int, extra_project_id: int | None) -> tuple[WeekLoad, ...]:
    """Remaining hours of active projects (estimate − logged time, never below 0), spread evenly over the days
    from today (or the later start date) to the deadline, summed per ISO week. A late project's remaining hours
    all land on today. Projects without a deadline cannot be planned and are left out."""
    capacity = int(setting("weekly_capacity_hours"))
    monday = today - dt.timedelta(days=today.weekday())
    starts = [monday + dt.timedelta(weeks=n) for n in range(weeks)]
    today_n = _days(today)
    begin = _greatest("?", f'COALESCE({_day_number("p.start_date")}, ?)')
    remaining = _greatest(f'{_number("p.estimated_hours")} - COALESCE((SELECT SUM(t."minutes") FROM "time_entry" t '
                          'WHERE t."project_id" = p."id"), 0) / 60.0', "0")
    planned = (f'SELECT p."id", {begin} AS first_day, {_day_number("p.deadline")} AS deadline_n, '
               f'{remaining} AS remaining FROM "project" p WHERE p."archived" = ? AND p."deadline" IS NOT NULL AND ')
    # The active projects with a deadline and hours left, as migration 22 keeps them (start and deadline as day
    # numbers, the hours left): no project and no time entry. Those started by today spread their hours from
    # today to their deadline, so they come summed per deadline, as migration 23 keeps them: a few hundred days
    # however many projects. Those sums hold the projects starting later too: each of those (a range of the start
    # index) is taken out of its deadline's sum again, and counted on its own if it starts within the weeks shown.
    horizon = _days(starts[-1]) + 6
    if extra_project_id is None:
        projects_sql = (f'SELECT 0 AS "id", ? AS first_day, {_day_number("h.day")} AS deadline_n, '
                        f'h.amount / {day_counts.HOURS}.0 AS remaining FROM ({day_counts.hours_sql()}) h '
                        'UNION ALL SELECT 0, ?, k.plan_last, -k.plan_hours '
                        'FROM "project_latest" k WHERE k.plan_hours IS NOT NULL AND k.plan_first > ? UNION ALL '
                        'SELECT k."project_id", k.plan_first, k.plan_last, k.plan_hours FROM "project_latest" k '
                        'WHERE k.plan_hours IS NOT NULL AND k.plan_first > ? AND k.plan_first <= ?')
        params = [today_n, today_n, today_n, today_n, horizon]
    else:  # the project asked about, unless it is one of the active ones already; each project on its own
        first = _greatest("?", "COALESCE(k.plan_first, ?)")
        projects_sql = (f'SELECT k."project_id" AS "id", {first} AS first_day, k.plan_last AS deadline_n, '
                        f'k.plan_hours AS remaining FROM "project_latest" k WHERE k.plan_hours IS NOT NULL '
                        f'UNION ALL {planned} p."id" = ? AND p."status" <> ?')
        params = [today_n, today_n, today_n, today_n, False, extra_project_id, "active"]
    # One pass over the planned projects, a column per week (the day numbers are integers: literal, not
    # parameters): joining them with a table of weeks cost twice that, in the join and its GROUP BY.
    week_sums = [_week_share(_days(start)) for start in starts]
    own = [f'CASE WHEN a."id" = {int(extra_project_id or 0)} THEN {share} END' for share in week_sums]
    # b materialized too: flattened into a, its day numbers and logged time were worked out again for each use.
    rows = _planned_rows(
        f'WITH b AS MATERIALIZED ({projects_sql}), a AS MATERIALIZED (SELECT b."id", b.first_day, '
        f'{_greatest("b.deadline_n", "b.first_day")} AS last_day, b.remaining FROM b WHERE b.remaining <> 0) '
        f'SELECT {", ".join(f"SUM({share})" for share in week_sums + (own if extra_project_id else []))} FROM a',
        params)
    sums = [value or 0 for value in rows[0]]  # NULL: nothing planned that week
    result = []
    for n, start in enumerate(starts):
        total, own = sums[n], sums[weeks + n] if extra_project_id else 0
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
    from studio_app.work import projects  # (with clients and what they import: not with the Today view)
    projects.get(project_id)
    return tuple(week for week in _week_loads(_today(today), weeks, project_id)
                 if week.project_hours > 0 and week.over)
