"""Progress updates due after the studio's interval."""

from studio_app.today import updates
from studio_app.work import interactions, settings
from tests.studio_app.today.helpers import D, T, client, project


def test_updates_due_after_the_interval(studio):
    who = client()
    week_ago = project(who.id, "Updated exactly a week ago", start_date="2026-10-01")
    six_days = project(who.id, "Updated six days ago", start_date="2026-10-01")
    started_week_ago = project(who.id, "Started a week ago, no update", start_date="2026-11-16")
    started_recently = project(who.id, "Started six days ago", start_date="2026-11-17")
    only_email = project(who.id, "Only emails", start_date="2026-11-01")
    project(who.id, "Quoted, not started", status="quoted", start_date="2026-10-01")
    interactions.log(who.id, "update", "Concepts attached", project_id=week_ago.id, occurred_at=T(2026, 11, 16, 17))
    interactions.log(who.id, "update", "Older update", project_id=week_ago.id, occurred_at=T(2026, 11, 2, 17))
    interactions.log(who.id, "update", "Second round", project_id=six_days.id, occurred_at=T(2026, 11, 17, 8))
    interactions.log(who.id, "email", "Asked about fonts", project_id=only_email.id, occurred_at=T(2026, 11, 20, 8))

    due = updates.updates_due()

    assert [(u.project_id, u.last_update, u.days_since) for u in due] == [
        (only_email.id, None, 22), (week_ago.id, D(2026, 11, 16), 7), (started_week_ago.id, None, 7)]
    assert due[0].client_id == who.id and due[0].title == "Only emails"
    assert six_days.id not in {u.project_id for u in due} and started_recently.id not in {u.project_id for u in due}
    settings.update({"update_interval_days": 14})
    assert [u.project_id for u in updates.updates_due()] == [only_email.id]
