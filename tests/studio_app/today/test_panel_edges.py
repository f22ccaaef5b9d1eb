"""The panels' rewritten queries at the calendar's edges (month ends, 29 February, the new year), with archived
clients and projects, on both engines; the pages the Today view shows agree with the full lists."""

from decimal import Decimal

from studio_app.today import deadlines, follow_ups, updates, waiting, workload
from studio_app.work import clients, interactions, projects, settings
from tests.studio_app.today.helpers import D, T, client, delivered, project


def proposed_on(day, limit=50):
    found, count = follow_ups.proposed_follow_ups(day, limit)
    return [(p.client_id, p.delivered_on, p.follow_up_on) for p in found], count


def test_follow_ups_proposed_on_the_clamped_day_at_month_ends_and_across_the_new_year(studio):
    leap = client("Delivered 30 November 2027")  # + 3 months = 29 February 2028
    short = client("Delivered 30 November 2026")  # + 3 months = 28 February 2027
    longest = client("Delivered 31 October 2026")  # + 3 months = 31 January 2027, across the new year
    mid = client("Delivered 15 October 2026")  # + 3 months = 15 January 2027
    delivered(leap.id, "Calendar 2028", D(2027, 11, 30))
    delivered(short.id, "Annual report", D(2026, 11, 30))
    delivered(longest.id, "Menu", D(2026, 10, 31))
    delivered(mid.id, "Poster", D(2026, 10, 15))

    assert proposed_on(D(2027, 1, 14)) == ([], 0)
    assert proposed_on(D(2027, 1, 15)) == ([(mid.id, D(2026, 10, 15), D(2027, 1, 15))], 1)
    assert proposed_on(D(2027, 1, 30))[1] == 1
    assert proposed_on(D(2027, 1, 31))[0][0] == (longest.id, D(2026, 10, 31), D(2027, 1, 31))
    assert proposed_on(D(2027, 2, 27))[1] == 2
    assert proposed_on(D(2027, 2, 28))[0][0] == (short.id, D(2026, 11, 30), D(2027, 2, 28))
    assert leap.id not in {who for who, *_ in proposed_on(D(2028, 2, 28))[0]}
    assert proposed_on(D(2028, 2, 29))[0][0] == (leap.id, D(2027, 11, 30), D(2028, 2, 29))
    # a contact on the follow-up day itself, at midnight, is a contact since then; the evening before is not
    interactions.log(short.id, "call", "New year's wishes", occurred_at=T(2027, 2, 27, 23, 59))
    assert short.id in {who for who, *_ in proposed_on(D(2027, 3, 1))[0]}
    interactions.log(short.id, "call", "Check-in", occurred_at=T(2027, 2, 28, 0, 0))
    assert short.id not in {who for who, *_ in proposed_on(D(2027, 3, 1))[0]}


def test_follow_ups_count_all_propose_the_latest_delivery_and_leave_out_archived_ones(studio):
    names = [f"Client {n:02}" for n in range(8)]
    everyone = [client(name) for name in names]
    for n, who in enumerate(everyone):
        delivered(who.id, f"Job {n}", D(2026, 1, 1 + n))
    same_day = client("Two deliveries on one day")
    first = delivered(same_day.id, "Cover", D(2026, 3, 2))
    delivered(same_day.id, "Back cover", D(2026, 3, 2))
    gone = client("Archived client")
    delivered(gone.id, "Old job", D(2026, 1, 20))
    clients.set_archived(gone.id)
    recent_archived = client("Latest delivery archived")
    kept = delivered(recent_archived.id, "Kept job", D(2026, 2, 1))
    hidden = delivered(recent_archived.id, "Archived job", D(2026, 11, 1))
    projects.set_archived(hidden.id)

    closed_undelivered = client("Closed a later project without delivering it")
    earlier = delivered(closed_undelivered.id, "Delivered job", D(2025, 12, 1))
    projects.set_status(project(closed_undelivered.id, "Called off", deadline=None).id, "closed")

    found, count = follow_ups.proposed_follow_ups(D(2026, 11, 23), limit=3)

    assert count == 11 and len(found) == 3
    assert [(p.client_id, p.project_id, p.title) for p in found[:2]] == [
        (same_day.id, first.id, "Cover"), (recent_archived.id, kept.id, "Kept job")]
    assert found[2].client_id == everyone[-1].id
    full, _ = follow_ups.proposed_follow_ups(D(2026, 11, 23))
    assert [p.client_id for p in full][2:-1] == [who.id for who in reversed(everyone)]
    assert gone.id not in {p.client_id for p in full}
    assert (full[-1].client_id, full[-1].project_id) == (closed_undelivered.id, earlier.id)


def test_important_dates_on_month_ends_leave_out_archived_clients(studio):
    end_of_month = client("Born on the 31st", birthday="1990-01-31")
    gone = client("Archived", birthday="1990-02-01")
    clients.set_archived(gone.id)
    client("No dates")
    founded = client("Founded 1 March 2000", anniversary="2000-03-01")

    assert [(d.client_id, d.date) for d in follow_ups.important_dates(D(2027, 1, 20))] == [
        (end_of_month.id, D(2027, 1, 31))]
    assert [(d.client_id, d.date, d.years) for d in follow_ups.important_dates(D(2027, 2, 20))] == [
        (founded.id, D(2027, 3, 1), 27)]
    assert follow_ups.important_dates(D(2027, 2, 1)) == ()


def test_would_overload_counts_an_active_project_once(studio):
    who = client()
    settings.update({"weekly_capacity_hours": 20})
    active = project(who.id, "Active", deadline="2026-11-29", estimated_hours="28")  # 7 days: 28 h this week

    (week,) = workload.would_overload(active.id)

    assert (week.hours, week.project_hours) == (Decimal("28.0"), Decimal("28.0"))
    assert [w.hours for w in workload.workload()][:2] == [Decimal("28.0"), Decimal("0.0")]


def test_a_milestone_in_the_window_needs_open_work_and_a_project_in_hand(studio):
    who = client()
    finished = project(who.id, "Everything done", deadline="2027-03-01", done=True,
                       milestones=[{"title": "Print", "due_date": "2026-11-25"}])
    open_work = project(who.id, "Work open", deadline="2027-03-01",
                        milestones=[{"title": "Proofs", "due_date": "2026-11-30"},
                                    {"title": "Done", "due_date": "2026-11-24", "done_on": "2026-11-20"}])
    project(who.id, "A lead", status="lead", deadline="2027-03-01",
            milestones=[{"title": "Pitch", "due_date": "2026-11-25"}])

    risks, count = deadlines.deadlines_page(D(2026, 11, 23), 1)

    assert count == 1 and [(r.project_id, r.next_milestone, r.next_milestone_due, r.open_deliverables)
                           for r in risks] == [(open_work.id, "Proofs", D(2026, 11, 30), 1)]
    assert finished.id not in {r.project_id for r in deadlines.deadlines_at_risk()}


def test_pages_agree_with_the_full_lists(studio):
    who, other = client(), client("Zeynep Kaya")
    for n in range(7):
        project(who.id, f"Job {n}", start_date=f"2026-10-0{n + 1}", deadline=f"2026-11-{20 + n}")
        interactions.log(other.id if n % 2 else who.id, "email", f"Question {n}", waiting_for_reply=True,
                         occurred_at=T(2026, 11, 1 + n, 9))
    for limit, (rows, count), full in ((3, deadlines.deadlines_page(limit=3), deadlines.deadlines_at_risk()),
                                       (3, updates.updates_page(limit=3), updates.updates_due()),
                                       (1, waiting.waiting_page(limit=1), waiting.waiting_for_answer())):
        assert count == len(full) > limit and rows == full[:limit]
