"""Who is due a progress update: active projects whose client has not heard from the studio for a while."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from studio_app.store.day_counts import count_sql
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
    tomorrow = _start_of_day(today + dt.timedelta(days=1))
    # From the rows migration 22 keeps per project: the active projects are a range of their kept day (of the
    # last update, else of the start or of when the project was recorded), the due ones those up to the cutoff,
    # first ones from its index, how many from migration 23's per-day counts. An update dated after today is not
    # seen yet: those few projects (their kept update from tomorrow on) are worked out from their interactions
    # before tomorrow.
    since = 'COALESCE(a.last_update, p."start_date", p."created_at")'
    day = f"substr({since}, 1, 10)" if not _pg() else _as_date(since)
    ahead = ('a AS MATERIALIZED (SELECT k."project_id", (SELECT MAX(i."occurred_at") FROM "interaction" i '
             'WHERE i."project_id" = k."project_id" AND i."kind" = ? AND i."occurred_at" < ?) AS last_update '
             'FROM "project_latest" k WHERE k."last_update_at" >= ? AND k."update_day" IS NOT NULL), '
             f'b AS MATERIALIZED (SELECT a."project_id", a.last_update, {day} AS day FROM a '
             f'JOIN "project" p ON p."id" = a."project_id" WHERE {since} < ?)')
    rows, count = _paged(_planned_rows(
        f'WITH {ahead}, v AS MATERIALIZED (SELECT k."project_id", k."last_update_at" AS last_update, '
        f'k."update_day" AS day FROM "project_latest" k WHERE k."update_day" < ? UNION ALL SELECT b."project_id", '
        f'b.last_update, b.day FROM b ORDER BY 3, 1{_limit(limit)}) '
        'SELECT v."project_id", p."client_id", p."title", c."name", v.last_update, v.day, '
        f'{count_sql("update", "< ?")} + (SELECT COUNT(*) FROM b) FROM v '
        'JOIN "project" p ON p."id" = v."project_id" JOIN "client" c ON c."id" = p."client_id"',
        ["update", tomorrow, tomorrow, cutoff + dt.timedelta(days=1), cutoff + dt.timedelta(days=1),
         cutoff + dt.timedelta(days=1)]))  # a date: on SQLite "2026-11-17" < "2026-11-17 00:00:00"
    found = [UpdateDue(project_id, client_id, title, name, _date(last), (today - _date(since)).days)
             for project_id, client_id, title, name, last, since in rows]
    return tuple(sorted(found, key=lambda u: (-u.days_since, u.project_id))), count
