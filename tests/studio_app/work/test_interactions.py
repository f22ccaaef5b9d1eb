"""Interactions that change a project: the delay notice moves the deadline and tells the client, in one step."""

import pytest

from studio_app.store.models import Interaction
from studio_app.text.errors import StudioError
from studio_app.today import deadlines
from studio_app.work import interactions, projects
from tests.studio_app.today.helpers import D, client, project, studio, studio_sqlite  # noqa: F401


def test_delay_notice_logs_and_moves_the_deadline(studio):
    who = client()
    soon = project(who.id, "Packaging", deadline="2026-11-26")
    assert [r.project_id for r in deadlines.deadlines_at_risk()] == [soon.id]

    entry = interactions.log_delay_notice(soon.id, "2026-12-18", "The printer needs two more weeks for samples.")

    assert projects.get(soon.id).deadline == D(2026, 12, 18)
    stored = Interaction.get_by_id(entry.id)
    assert (stored.kind, stored.project_id, stored.client_id) == ("delay", soon.id, who.id)
    assert stored.summary.startswith("The printer needs two more weeks")
    assert "Teslim tarihi 26 Kasım 2026 tarihinden 18 Aralık 2026 tarihine alındı." in stored.summary  # Turkish client
    assert deadlines.deadlines_at_risk() == ()


@pytest.mark.parametrize("new_date, summary, message", [
    ("2026-11-22", "Sorry", "already in the past"),
    ("2026-11-26", "Sorry", "not after the current deadline 2026-11-26"),
    ("2026-11-25", "Sorry", "not after the current deadline"),
    ("26/12/2026", "Sorry", "must be a date like"),
    ("", "Sorry", "New deadline is required"),
    ("2026-12-20", "   ", "What to tell the client is required"),
])
def test_delay_notice_refusals(studio_sqlite, new_date, summary, message):
    who = client()
    soon = project(who.id, "Packaging", deadline="2026-11-26")
    with pytest.raises(StudioError, match=message):
        interactions.log_delay_notice(soon.id, new_date, summary)
    assert projects.get(soon.id).deadline == D(2026, 11, 26)
    assert Interaction.select().count() == 0


def test_delay_notice_refuses_delivered_projects_and_dates_before_the_start(studio_sqlite):
    who = client()
    done = project(who.id, "Delivered", status="delivered", deadline="2026-11-20")
    with pytest.raises(StudioError, match="is delivered"):
        interactions.log_delay_notice(done.id, "2026-12-20", "Late")
    later = project(who.id, "Starts later", deadline=None, start_date="2027-02-01")
    with pytest.raises(StudioError, match="before the start date 2027-02-01"):
        interactions.log_delay_notice(later.id, "2027-01-10", "Sooner than planned")
    entry = interactions.log_delay_notice(later.id, "2027-03-15", "Two more weeks")
    assert projects.get(later.id).deadline == D(2027, 3, 15) and "Teslim tarihi 15 Mart 2027 olarak belirlendi." in entry.summary
    with pytest.raises(StudioError, match="no project with id"):
        interactions.log_delay_notice(9999, "2027-03-15", "Nobody")
