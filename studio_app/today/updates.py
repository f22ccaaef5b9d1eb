"""Who is due a progress update: active projects whose client has not heard from the studio for a while."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .sql import _as_date, _date, _limit, _paged, _pg, _planned_rows, _start_of_day, _today, setting


@dataclass(frozen=True)
class UpdateDue:
    """An active project whose client has not had a progress update for the studio's interval."""

    project_id: int
    client_id: int
    title: str
    client_name: str
    last_update: dt.date | None  # None: no update sent yet
    days_since: int  # since the last update, or since work started when none was sent



def updates_due(today: dt.date | None = None) -> tuple[UpdateDue, ...]:
    """Active projects with no "update" interaction in the last ``update_interval_days`` days.

    The first update is due that many days after work started (start date, else the day the project was
    recorded), so a project begun yesterday is not nagged about. Longest without an update first.
    """
    return updates_page(today)[0]


def updates_page(today: dt.date | None = None, limit: int | None = None) -> tuple[tuple[UpdateDue, ...], int]:
    """The first ``limit`` of :func:`updates_due` (all when None), ordered in SQL, and how many in all."""
    today = _today(today)
    cutoff = today - dt.timedelta(days=int(setting("update_interval_days")))
    since_expr = 'COALESCE(t.last_update, t."start_date", t."created_at")'
    # Materialized, so each project's last update is looked up once (a flattened subquery ran it twice);
    # migration 14's index of the projects in hand holds the rest; title and name are read for the rows shown.
    # The count is a second pass over the materialized rows, so the first few are sorted out of all of them
    # (top-N) instead of every row being kept for COUNT(*) OVER (); the day of a date or timestamp is its first
    # ten characters on SQLite (date() parsed each one).
    day = f"substr({since_expr}, 1, 10)" if not _pg() else _as_date(since_expr)
    rows, count = _paged(_planned_rows(
        'WITH t AS MATERIALIZED (SELECT p."id", p."client_id", p."start_date", p."created_at", '
        '(SELECT MAX(i."occurred_at") FROM "interaction" i WHERE i."project_id" = p."id" AND i."kind" = ? '
        'AND i."occurred_at" < ?) AS last_update FROM "project" p WHERE p."status" = \'active\' AND p."archived" = ? '
        'AND p."status" IN (\'active\', \'quoted\')), '  # the partial index's own condition, so SQLite uses it
        f'v AS MATERIALIZED (SELECT t."id", t."client_id", t.last_update, {since_expr} AS since, '
        f'(SELECT COUNT(*) FROM t WHERE {since_expr} < ?) AS total FROM t WHERE {since_expr} < ? '
        f'ORDER BY {day}, t."id"{_limit(limit)}) '
        'SELECT v."id", v."client_id", p."title", c."name", v.last_update, v.since, v.total FROM v '
        'JOIN "project" p ON p."id" = v."id" JOIN "client" c ON c."id" = v."client_id"',
        ["update", _start_of_day(today + dt.timedelta(days=1)), False, cutoff + dt.timedelta(days=1),
         cutoff + dt.timedelta(days=1)]))  # a date: on SQLite "2026-11-17" < "2026-11-17 00:00:00"
    found = [UpdateDue(project_id, client_id, title, name, _date(last), (today - _date(since)).days)
             for project_id, client_id, title, name, last, since in rows]
    return tuple(sorted(found, key=lambda u: (-u.days_since, u.project_id))), count
