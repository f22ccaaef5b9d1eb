"""Which deadlines are at risk: late projects, and deadlines or milestones close with work still open."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .sql import _date, _limit, _paged, _pg, _planned_rows, _today, setting


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
    # Candidates first: the projects in hand whose deadline or an open milestone falls before the window's end
    # (which takes in the late ones): the milestones from migration 17's open milestones by due date, so only
    # the candidates' next milestone is looked up (a seek for every project in hand cost twice as much). Then
    # whether deliverables are open; they are counted, and the milestone's title, the project's title and the
    # client's name read, for the rows shown only.
    # The earlier of two dates either of which may be missing: MIN(COALESCE(a, b), COALESCE(b, a)).
    soonest = 'MIN(COALESCE(u."deadline", u.next_due), COALESCE(u.next_due, u."deadline"))'
    if _pg():
        soonest = soonest.replace("MIN(", "LEAST(", 1)
    # Literal statuses: SQLite can then read migration 14's partial index of the projects in hand alone.
    rows, count = _paged(_planned_rows(
        'WITH u AS MATERIALIZED (SELECT p."id", p."client_id", p."status", p."deadline", '
        '(SELECT MIN(m."due_date") FROM "milestone" m WHERE m."project_id" = p."id" AND m."done_on" IS NULL) '
        'AS next_due FROM "project" p WHERE p."status" IN (\'active\', \'quoted\') AND p."archived" = ? '
        'AND p."delivered_on" IS NULL AND (p."deadline" <= ? OR p."id" IN (SELECT m."project_id" '
        'FROM "milestone" m WHERE m."done_on" IS NULL AND m."due_date" <= ?))), '
        'v AS MATERIALIZED (SELECT u.*, COUNT(*) OVER () AS total FROM u WHERE u."deadline" < ? OR '
        '(SELECT 1 FROM "deliverable" d WHERE d."project_id" = u."id" AND d."done" = ? LIMIT 1) IS NOT NULL '
        f'ORDER BY CASE WHEN u."deadline" < ? THEN 0 ELSE 1 END, '
        f'CASE WHEN u."deadline" < ? THEN u."deadline" ELSE {soonest} END, u."id"{_limit(limit)}) '
        'SELECT v."id", v."client_id", p."title", c."name", v."status", v."deadline", v.next_due, '
        '(SELECT COUNT(*) FROM "deliverable" d WHERE d."project_id" = v."id" AND d."done" = ?), '
        '(SELECT m."title" FROM "milestone" m WHERE m."project_id" = v."id" AND m."done_on" IS NULL '
        'AND m."due_date" = v.next_due ORDER BY m."position", m."id" LIMIT 1), v.total '
        'FROM v JOIN "project" p ON p."id" = v."id" JOIN "client" c ON c."id" = v."client_id"',
        [False, window_end, window_end, today, False, today, today, False]))
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
