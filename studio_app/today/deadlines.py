"""Which deadlines are at risk: late projects, and deadlines or milestones close with work still open."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from studio_app.store.day_counts import count_sql
from .sql import _date, _limit, _paged, _planned_rows, _today, setting


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



def deadlines_at_risk(today: dt.date | None = None) -> tuple[ProjectAtRisk, ...]:
    """Quoted and active projects that are late, or whose deadline or next open milestone falls within the
    warning window (today … today + ``warning_window_days``, both ends included) with deliverables still open.

    A next milestone already past its date counts as at risk too. Late projects come first (the latest
    first), then the soonest.
    """
    return deadlines_page(today)[0]


def deadlines_page(today: dt.date | None = None,
                   limit: int | None = None) -> tuple[tuple[ProjectAtRisk, ...], int]:
    """The first ``limit`` of :func:`deadlines_at_risk` (all when None), ordered in SQL, and how many in all."""
    today = _today(today)
    window_end = today + dt.timedelta(days=int(setting("warning_window_days")))
    # From the rows migration 22 keeps per project: the late projects in hand are a range of their kept deadline,
    # those with open deliverables and a deadline or open milestone before the window's end (and not late) a
    # range of their kept soonest date. The first of each, in the panel's order, then the first of both; the
    # titles, the client's name and the milestone's title read for the rows shown only.
    late = 'k."hand_deadline" < ?'
    close = 'k."risk_due" <= ? AND (k."hand_deadline" IS NULL OR k."hand_deadline" >= ?)'
    # Counted from migration 23's per-day counts: the late ones by deadline, and the close ones as those with
    # open work due by the window's end less the late among them (a late project's soonest date is before its
    # deadline, so before today: within any window that ends today or later).
    counted = f'{count_sql("late", "< ?")} + {count_sql("risk", "<= ?")} - {count_sql("late_risk", "< ?")}'
    if window_end < today:  # a window set to end before today (no form allows it): counted one project at a time
        counted = (f'(SELECT COUNT(*) FROM "project_latest" k WHERE {late}) + '
                   f'(SELECT COUNT(*) FROM "project_latest" k WHERE {close})')
    rows, count = _paged(_planned_rows(
        f'WITH l AS MATERIALIZED (SELECT k."project_id", 0 AS late, k."hand_deadline" AS day FROM "project_latest" k '
        f'WHERE {late} ORDER BY k."hand_deadline", k."project_id"{_limit(limit)}), '
        f'r AS MATERIALIZED (SELECT k."project_id", 1 AS late, k."risk_due" AS day FROM "project_latest" k '
        f'WHERE {close} ORDER BY k."risk_due", k."project_id"{_limit(limit)}), '
        f'v AS MATERIALIZED (SELECT l."project_id", l.late, l.day FROM l UNION ALL SELECT r."project_id", r.late, '
        f'r.day FROM r ORDER BY 2, 3, 1{_limit(limit)}) '
        'SELECT v."project_id", p."client_id", p."title", c."name", p."status", p."deadline", k."next_due", '
        'k."open_deliverables", (SELECT m."title" FROM "milestone" m WHERE m."project_id" = v."project_id" '
        'AND m."done_on" IS NULL AND m."due_date" = k."next_due" ORDER BY m."position", m."id" LIMIT 1), '
        f'{counted} FROM v JOIN "project_latest" k ON k."project_id" = v."project_id" '
        'JOIN "project" p ON p."id" = v."project_id" JOIN "client" c ON c."id" = p."client_id"',
        [today, window_end, today, today, window_end, today]))
    found = []
    for project_id, client_id, title, name, status, deadline, next_due, open_count, milestone in rows:
        deadline, next_due = _date(deadline), _date(next_due)
        late = deadline is not None and deadline < today
        found.append(ProjectAtRisk(project_id, client_id, title, name, status, deadline,
                                   (deadline - today).days if deadline else None, late, milestone or "", next_due,
                                   int(open_count)))

    def order(item: ProjectAtRisk) -> tuple:  # the SQL's order, kept after the join
        dates = [d for d in (item.deadline, item.next_milestone_due) if d is not None]
        return (not item.late, item.deadline if item.late else min(dates), item.project_id)

    return tuple(sorted(found, key=order)), count
