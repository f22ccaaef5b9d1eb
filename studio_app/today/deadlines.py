"""Which deadlines are at risk: late projects, and deadlines or milestones close with work still open."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from studio_app.work import settings
from .sql import _date, _rows, _today


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
