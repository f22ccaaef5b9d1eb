"""Who waits for an answer: clients whose last message to the studio is unanswered."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from studio_app.work import clock
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
    # The waiting messages found and counted in migration 14's index of them (which carries the client), the
    # message itself and the client's name read for the rows shown only.
    rows, count = _paged(_rows(
        'WITH w AS MATERIALIZED (SELECT i."id", i."client_id", i."occurred_at", COUNT(*) OVER () AS total '
        'FROM "interaction" i JOIN "client" c ON c."id" = i."client_id" '
        'WHERE i."waiting_for_reply" = ? AND c."archived" = ? AND i."occurred_at" <= ? '
        'AND NOT EXISTS (SELECT 1 FROM "interaction" j WHERE j."client_id" = i."client_id" AND j."occurred_at" <= ? '
        'AND (j."occurred_at" > i."occurred_at" OR (j."occurred_at" = i."occurred_at" AND j."id" > i."id"))) '
        f'ORDER BY i."occurred_at", i."id"{_limit(limit)}) '
        'SELECT w."id", w."client_id", c."name", i."project_id", i."kind", i."summary", w."occurred_at", w.total '
        'FROM w JOIN "interaction" i ON i."id" = w."id" JOIN "client" c ON c."id" = w."client_id" '
        'ORDER BY w."occurred_at", w."id"', [True, False, now, now]))
    found = []
    for interaction_id, client_id, name, project_id, kind, summary, occurred in rows:
        since = _datetime(occurred)
        waited = now - since
        found.append(WaitingClient(client_id, name, interaction_id, project_id, kind, summary, since,
                                   int(waited.total_seconds() // 3600), waited.days,
                                   waited >= dt.timedelta(hours=24)))
    return tuple(found), count
