"""Who waits for an answer: clients whose last message to the studio is unanswered."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from studio_app.work import clock
from studio_app.store.day_counts import count_sql
from .sql import _datetime, _limit, _paged, _rows


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



def waiting_for_answer(now: dt.datetime | dt.date | None = None) -> tuple[WaitingClient, ...]:
    """Clients whose last interaction (as of ``now``) is marked as waiting for our reply, oldest first."""
    return waiting_page(now)[0]


def waiting_page(now: dt.datetime | dt.date | None = None,
                 limit: int | None = None) -> tuple[tuple[WaitingClient, ...], int]:
    """The first ``limit`` of :func:`waiting_for_answer` (all when None) and how many there are in all."""
    if now is None:
        now = clock.now()
    elif not isinstance(now, dt.datetime):
        now = dt.datetime.combine(now, clock.now().time()) if now == clock.today() else \
            dt.datetime.combine(now, dt.time(9, 0))
    return page(_rows(*statement(now, limit)), now)


def statement(now: dt.datetime, limit: int | None) -> tuple[str, list]:
    """:func:`waiting_page`'s statement (``?`` placeholders) and its values; :func:`page` makes its rows the page
    (the Today view sends it with the change counter's, store.combined)."""
    # Migration 19 keeps each client's last interaction and whether it waits for our reply: the clients waiting
    # are a range of that index up to now, counted per day by migration 23 but for today's. A client whose last
    # interaction is dated after now (planned) is the one case it cannot settle: for those few, the last one up to
    # now is looked up as before. The message itself and the client's name are read for the rows shown only.
    return (
        'WITH a AS MATERIALIZED (SELECT j."id", j."client_id", j."occurred_at" FROM "client_latest" f '
        'JOIN "interaction" j ON j."id" = (SELECT k."id" FROM "interaction" k WHERE k."client_id" = f."client_id" '
        'AND k."occurred_at" <= ? ORDER BY k."occurred_at" DESC, k."id" DESC LIMIT 1) '
        'WHERE f."contact_at" > ? AND NOT f."archived" AND j."waiting_for_reply" = ?), '
        'w AS MATERIALIZED (SELECT y."id", y."client_id", y."occurred_at" FROM (SELECT l."contact_id" AS "id", '
        'l."client_id", l."waiting_since" AS "occurred_at" FROM "client_latest" l WHERE l."waiting_since" <= ? '
        f'ORDER BY l."waiting_since", l."contact_id"{_limit(limit)}) y UNION ALL SELECT a."id", a."client_id", '
        f'a."occurred_at" FROM a ORDER BY 3, 1{_limit(limit)}) '
        'SELECT w."id", w."client_id", c."name", i."project_id", i."kind", i."summary", w."occurred_at", '
        f'{count_sql("waiting", "< ?")} + (SELECT COUNT(*) FROM "client_latest" l WHERE l."waiting_since" >= ? '
        'AND l."waiting_since" <= ?) + (SELECT COUNT(*) FROM a) FROM w JOIN "interaction" i ON i."id" = w."id" '
        'JOIN "client" c ON c."id" = w."client_id" ORDER BY w."occurred_at", w."id"',
        [now, now, True, now, now.date(), dt.datetime.combine(now.date(), dt.time()), now])


def page(found_rows: list[tuple], now: dt.datetime) -> tuple[tuple[WaitingClient, ...], int]:
    """The rows of :func:`statement` as the waiting clients and how many there are in all."""
    rows, count = _paged(found_rows)
    found = []
    for interaction_id, client_id, name, project_id, kind, summary, occurred in rows:
        since = _datetime(occurred)
        waited = now - since
        found.append(WaitingClient(client_id, name, interaction_id, project_id, kind, summary, since,
                                   int(waited.total_seconds() // 3600), waited.days,
                                   waited >= dt.timedelta(hours=24)))
    return tuple(found), count
