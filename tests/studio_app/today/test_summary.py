"""Everything at once, as the dashboard and `today` show it."""

from studio_app.today import summary
from studio_app.work import interactions, settings
from tests.studio_app.today.helpers import D, T, TODAY, client, invoice, project


def test_summary_gathers_every_list(studio):
    who = client(birthday="1990-11-30")
    settings.update({"weekly_capacity_hours": 10})
    project(who.id, "Late", deadline="2026-11-20", start_date="2026-10-01", estimated_hours="20")
    interactions.log(who.id, "email", "Where are the files?", waiting_for_reply=True,
                     occurred_at=T(2026, 11, 21, 9))
    invoice(who.id, "2026-10-01", "2026-10-15")

    everything = summary.summary()

    assert everything.today == TODAY and everything.now == T(2026, 11, 23, 9, 0)
    assert [w.client_id for w in everything.waiting] == [who.id]
    assert [r.title for r in everything.at_risk] == ["Late"]
    assert [u.title for u in everything.updates_due] == ["Late"]
    assert everything.money.overdue.count == 1 and len(everything.money.revenue) == 12
    assert [d.kind for d in everything.follow_ups.dates] == ["birthday"]
    assert [w.week for w in everything.over_capacity] == ["2026-W48"]
    earlier = summary.summary(D(2026, 10, 10))
    assert earlier.now == T(2026, 10, 10, 9, 0) and earlier.waiting == () and earlier.money.overdue.count == 0
