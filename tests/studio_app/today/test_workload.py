"""Workload: remaining hours spread over the weeks, and the weeks a quote would push over."""

from decimal import Decimal

import pytest

from studio_app.today import workload
from studio_app.text.errors import StudioError
from studio_app.work import projects, settings, timelog
from tests.studio_app.today.helpers import D, TODAY, client, project


def test_workload_spreads_remaining_hours_over_the_weeks(studio):
    who = client()
    settings.update({"weekly_capacity_hours": 35})
    two_weeks = project(who.id, "Two weeks", deadline="2026-12-06", estimated_hours="70")  # 14 days from today
    timelog.record(two_weeks.id, 14 * 60 // 2, day="2026-11-20")
    timelog.record(two_weeks.id, 14 * 60 // 2, day="2026-11-21")  # 14 h logged: 56 h left, 4 h a day
    project(who.id, "Late", deadline="2026-11-20", estimated_hours="10")  # all left lands this week
    over_logged = project(who.id, "Over the estimate", deadline="2026-12-06", estimated_hours="1")
    timelog.record(over_logged.id, 120)
    project(who.id, "Starts in two weeks", deadline="2026-12-13", start_date="2026-12-07", estimated_hours="7")
    project(who.id, "Quoted", status="quoted", deadline="2026-12-06", estimated_hours="100")
    project(who.id, "No deadline", deadline=None, estimated_hours="100")
    archived = project(who.id, "Archived", deadline="2026-12-06", estimated_hours="100")
    projects.set_archived(archived.id)

    weeks = workload.workload()

    assert [w.week for w in weeks] == [f"2026-W{n}" for n in range(48, 53)] + ["2026-W53", "2027-W01", "2027-W02"]
    assert weeks[0].week_start == TODAY and weeks[1].week_start == D(2026, 11, 30)
    assert [w.hours for w in weeks] == [Decimal("38.0"), Decimal("28.0"), Decimal("7.0")] + [Decimal("0.0")] * 5
    assert [w.over for w in weeks] == [True] + [False] * 7 and weeks[0].capacity == 35


def test_would_overload_names_the_weeks_the_project_pushes_over(studio):
    who = client()
    settings.update({"weekly_capacity_hours": 35})
    project(who.id, "Busy", deadline="2026-12-06", estimated_hours="56")  # 28 h in each of two weeks
    candidate = project(who.id, "New quote", status="quoted", start_date="2026-11-30", deadline="2026-12-06",
                        estimated_hours="21")  # 3 h a day next week
    small = project(who.id, "Small", status="quoted", deadline="2026-12-20", estimated_hours="2")

    (week,) = workload.would_overload(candidate.id)

    assert (week.week, week.hours, week.project_hours, week.over) == ("2026-W49", Decimal("49.0"), Decimal("21.0"),
                                                                      True)
    assert workload.would_overload(small.id) == ()
    assert all(w.project_hours == 0 for w in workload.workload())
    with pytest.raises(StudioError, match="no project"):
        workload.would_overload(9999)
