"""Deadlines at risk: the warning window's edges, the order, the studio's setting."""

from studio_app.today import deadlines
from studio_app.work import projects, settings
from tests.studio_app.today.helpers import D, client, project


def test_deadlines_at_risk_window_edges_and_order(studio):
    who = client()
    at_end = project(who.id, "Ends with the window", deadline="2026-11-30")
    project(who.id, "One day after the window", deadline="2026-12-01")
    late = project(who.id, "Already late", deadline="2026-11-20", done=True)
    project(who.id, "Everything delivered", deadline="2026-11-28", done=True)
    milestone = project(who.id, "Milestone soon", status="quoted", deadline="2027-01-15",
                        milestones=[{"title": "Done already", "due_date": "2026-11-10", "done_on": "2026-11-09"},
                                    {"title": "Final files", "due_date": "2026-12-20"},
                                    {"title": "First concepts", "due_date": "2026-11-25"}])
    project(who.id, "Only a lead", status="lead", deadline="2026-11-24")
    project(who.id, "Delivered", status="delivered", deadline="2026-11-20")
    archived = project(who.id, "Archived", deadline="2026-11-24")
    projects.set_archived(archived.id)

    risks = deadlines.deadlines_at_risk()

    assert [r.title for r in risks] == ["Already late", "Milestone soon", "Ends with the window"]
    first, second, third = risks
    assert (first.project_id, first.late, first.days_left, first.open_deliverables) == (late.id, True, -3, 0)
    assert (second.project_id, second.late, second.status) == (milestone.id, False, "quoted")
    assert (second.next_milestone, second.next_milestone_due) == ("First concepts", D(2026, 11, 25))
    assert (third.project_id, third.days_left, third.open_deliverables, third.client_id) == (at_end.id, 7, 1, who.id)


def test_warning_window_comes_from_the_studio_settings(studio):
    who = client()
    project(who.id, "In four days", deadline="2026-11-27")
    assert [r.title for r in deadlines.deadlines_at_risk()] == ["In four days"]
    settings.update({"warning_window_days": 3})
    assert deadlines.deadlines_at_risk() == ()
    assert [r.title for r in deadlines.deadlines_at_risk(D(2026, 11, 24))] == ["In four days"]
