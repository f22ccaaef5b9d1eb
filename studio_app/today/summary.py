"""Everything the dashboard and the `today` command show, evaluated at once."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from studio_app.work import clock
from .deadlines import ProjectAtRisk, deadlines_at_risk
from .follow_ups import FollowUps, follow_ups
from .money import MoneySummary, money_summary
from .updates import UpdateDue, updates_due
from .waiting import WaitingClient, waiting_for_answer
from .workload import WeekLoad, workload


@dataclass(frozen=True)
class Summary:
    """Everything the dashboard and `today` show, evaluated once."""

    today: dt.date
    now: dt.datetime
    waiting: tuple[WaitingClient, ...]
    at_risk: tuple[ProjectAtRisk, ...]
    updates_due: tuple[UpdateDue, ...]
    money: MoneySummary
    follow_ups: FollowUps
    workload: tuple[WeekLoad, ...]

    @property
    def over_capacity(self) -> tuple[WeekLoad, ...]:
        return tuple(week for week in self.workload if week.over)


def summary(today: dt.date | None = None) -> Summary:
    """What the dashboard and `today` show. ``today`` other than the clock's day is evaluated at 09:00."""
    now = clock.now() if today is None or today == clock.today() else dt.datetime.combine(today, dt.time(9, 0))
    today = now.date()
    return Summary(today, now, waiting_for_answer(now), deadlines_at_risk(today), updates_due(today),
                   money_summary(today), follow_ups(today), workload(today))
