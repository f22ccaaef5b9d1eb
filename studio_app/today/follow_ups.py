"""Which follow-ups come up: the ones planned on interactions, the check-ins due months after a delivery, and
the clients' birthdays and company anniversaries of the next two weeks."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from studio_app.store.day_counts import count_sql
from .sql import (LIST_LIMIT, _date, _limit, _month_day, _paged, _pg, _plus_months, _rows, _start_of_day, _today,
                  add_months, month_day_key, months_back_cutoff, setting)

IMPORTANT_DATE_DAYS = 14


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



def follow_ups_due(today: dt.date | None = None) -> tuple[FollowUpDue, ...]:
    """Follow-ups planned on interactions for today or earlier and not marked done, the oldest first."""
    return follow_ups_due_page(today)[0]


def follow_ups_due_page(today: dt.date | None = None,
                        limit: int | None = None) -> tuple[tuple[FollowUpDue, ...], int]:
    """The first ``limit`` of :func:`follow_ups_due` (all when None) and how many there are in all."""
    today = _today(today)
    # Counted per day by migration 23. The first ones found in the planned follow-ups' first index, in the panel's
    # order (date, then id: the entries of one day in migration 19's are in the order of their clients, so SQLite
    # sorted every follow-up of the first days to pick five), the client's flag read in migration 19's narrow
    # table for each until five are found; the message and the name read for those shown.
    hint = "" if _pg() else ' INDEXED BY "interaction_follow_up_done_follow_up_on"'
    first = (f'FROM "interaction" i{hint} JOIN "client_latest" l ON l."client_id" = i."client_id" '
             'WHERE i."follow_up_done" = ? AND i."follow_up_on" <= ? AND NOT l."archived"')
    rows, count = _paged(_rows(
        f'WITH d AS MATERIALIZED (SELECT i."id", i."client_id", i."follow_up_on" {first} '
        f'ORDER BY i."follow_up_on", i."id"{_limit(limit)}) '
        'SELECT d."id", d."client_id", c."name", i."project_id", i."summary", d."follow_up_on", '
        f'{count_sql("planned", "<= ?")} FROM d JOIN "interaction" i ON i."id" = d."id" '
        'JOIN "client" c ON c."id" = d."client_id" ORDER BY d."follow_up_on", d."id"', [False, today, today]))
    return tuple(FollowUpDue(interaction_id, client_id, name, project_id, summary, _date(on),
                             (today - _date(on)).days)
                 for interaction_id, client_id, name, project_id, summary, on in rows), count


def proposed_follow_ups(today: dt.date | None = None, limit: int = LIST_LIMIT) -> tuple[tuple[ProposedFollowUp, ...],
                                                                                        int]:
    """Clients whose latest delivered project was delivered ``follow_up_months`` months ago or more (reaching the
    date exactly counts) and with whom there has been no interaction since that follow-up date: one proposal per
    client, the most recently due first. Returns the proposals shown and how many there are in all."""
    today = _today(today)
    months = int(setting("follow_up_months"))
    tomorrow = _start_of_day(today + dt.timedelta(days=1))
    # Migration 19 keeps each client's latest delivery and last contact, and the day a check-in falls due while
    # nobody has talked to the client since: the proposals are a range of that index, read from its end in the
    # panel's order (due dates go up with the delivery dates), and counted in migration 23's per-day counts. The
    # only clients it cannot settle alone have an interaction dated after today (planned): for those few, whether
    # any contact came between the due day and today is looked up as before. Names and the project behind a
    # proposal are read for the few shown.
    delivered = 'p."status" IN (\'delivered\', \'closed\') AND p."archived" = false'
    due_on = _plus_months('f."delivered_on"', months)
    ahead = ('SELECT f."client_id", f."delivered_on" FROM "client_latest" f WHERE f."contact_at" >= ? '
             'AND NOT f."archived" AND f."delivered_on" <= ? AND NOT EXISTS (SELECT 1 FROM "interaction" i '
             f'WHERE i."client_id" = f."client_id" AND i."occurred_at" >= {due_on} '
             'AND i."occurred_at" < ?)')
    rows = _rows(
        f'WITH a AS MATERIALIZED ({ahead}), '
        'x AS MATERIALIZED (SELECT y."client_id", y."delivered_on" FROM (SELECT d."client_id", d."delivered_on" '
        'FROM "client_latest" d WHERE d."follow_up_due" <= ? '
        'ORDER BY d."follow_up_due" DESC, d."delivered_on" DESC, d."client_id" LIMIT ?) y '
        'UNION ALL SELECT a."client_id", a."delivered_on" FROM a ORDER BY 2 DESC, 1 LIMIT ?) '
        f'SELECT x."client_id", c."name", x."delivered_on", {count_sql("follow_up", "<= ?")} + '
        '(SELECT COUNT(*) FROM a), (SELECT MIN(p."id") FROM "project" p '
        f'WHERE p."client_id" = x."client_id" AND p."delivered_on" = x."delivered_on" AND {delivered}) '
        'FROM x JOIN "client" c ON c."id" = x."client_id" ORDER BY x."delivered_on" DESC, x."client_id"',
        [tomorrow, months_back_cutoff(today, months), tomorrow, today, int(limit), int(limit), today])
    titles = dict(_rows('SELECT "id", "title" FROM "project" WHERE "id" IN ({})'.format(
        ", ".join("?" for _ in rows)), [row[4] for row in rows])) if rows else {}
    # the follow-up date of the rows shown, as the SQL reckoned it (same day, clamped to the month's end)
    found = tuple(ProposedFollowUp(project_id, client_id, name, titles.get(project_id, ""), _date(delivered),
                                   add_months(_date(delivered), months))
                  for client_id, name, delivered, _, project_id in rows)
    return found, int(rows[0][3]) if rows else 0


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
    keys = {month_day_key(day) for day in window}
    if any(day.month == 2 and day.day == 28 and not calendar.isleap(day.year) for day in window):
        keys.add(month_day_key(dt.date(2000, 2, 29)))
    keys = sorted(keys)
    marks = ", ".join("?" for _ in keys)
    # Each date is a lookup of the window's days in migration 17's month-day indexes (SQLite reads both for the
    # OR), not a pass over every client's two dates.
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
    return tuple(sorted(found, key=lambda d: (d.date, d.client_name, d.kind, d.client_id)))  # ids: same names


def important_dates_page(today: dt.date | None = None, limit: int = LIST_LIMIT,
                         days: int = IMPORTANT_DATE_DAYS) -> tuple[tuple[ImportantDate, ...], int]:
    """The first ``limit`` of :func:`important_dates` and how many there are in all, without reading the rest:
    the Today view shows five lines and a count, and at ten times the clients the full list is ten times longer."""
    today = _today(today)
    positions = {}  # each month-day key of the window and its day's place in it (29 Feb on a plain 28 Feb's)
    kept_days = []  # the same days as migration 23 counts them: days of the year 2000
    for n in range(days + 1):
        day = today + dt.timedelta(days=n)
        positions[month_day_key(day)] = n
        kept_days.append(dt.date(2000, day.month, day.day))
        if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
            positions[month_day_key(dt.date(2000, 2, 29))] = n
            kept_days.append(dt.date(2000, 2, 29))
    # A date in the window is an occurrence unless it is that date itself or a later one (a company founded
    # today, a date typed ahead): the value must be before today. Sorted as important_dates sorts, by code point.
    # How many: the kept counts of the window's days, less the clients whose date is today or later (a seek per
    # day in the month-day index of migration 19).
    parts, params, counted, counted_params = [], [], [], []
    by_code_point = ' COLLATE "C"' if _pg() else ""
    marks = ", ".join("?" for _ in positions)
    for kind in ("anniversary", "birthday"):
        key = _month_day(f'c."{kind}"')
        counted.append(f'{count_sql(kind, "IN (" + ", ".join("?" for _ in kept_days) + ")")} - (SELECT COUNT(*) '
                       f'FROM "client" c WHERE c."archived" = ? AND {key} IN ({marks}) AND c."{kind}" >= ?)')
        counted_params += [*kept_days, False, *positions, today]
        if _pg():  # one statement planned at each refresh: thirty parts cost it 17 ms of planning
            parts.append(f'SELECT c."id", c."name", \'{kind}\' AS kind, c."{kind}" AS value, CASE {key} '
                         + " ".join("WHEN ? THEN ?" for _ in positions) + ' END AS place FROM "client" c '
                         f'WHERE c."archived" = ? AND {key} IN ({marks}) AND c."{kind}" < ?')
            params += [*(v for pair in positions.items() for v in pair), False, *positions, today]
            continue
        for month_day, place in positions.items():  # the first of each day by name, from migration 23's index
            parts.append(f'SELECT * FROM (SELECT c."id", c."name", \'{kind}\' AS kind, c."{kind}" AS value, '
                         f'{int(place)} AS place FROM "client" c WHERE {key} = ? AND c."archived" = ? '
                         f'AND c."{kind}" < ? ORDER BY c."name", c."id" LIMIT {int(limit)}) f')
            params += [month_day, False, today]
    rows, count = _paged(_rows(
        f'SELECT d."id", d."name", d.kind, d.value, {" + ".join(counted)} FROM ({" UNION ALL ".join(parts)}) d '
        f'ORDER BY d.place, d."name"{by_code_point}, d.kind, d."id" LIMIT {int(limit)}', counted_params + params))
    found = []
    for client_id, name, kind, value in rows:
        value = _date(value)
        when = next(_occurrence(value, year) for year in (today.year, today.year + 1)
                    if today <= _occurrence(value, year))
        found.append(ImportantDate(client_id, name, kind, when, (when - today).days, when.year - value.year))
    return tuple(found), count


def follow_ups(today: dt.date | None = None) -> FollowUps:
    today = _today(today)
    proposed, count = proposed_follow_ups(today)
    return FollowUps(follow_ups_due(today), proposed, count, important_dates(today))
