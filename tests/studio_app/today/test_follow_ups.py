"""Follow-ups: planned ones, check-ins after a delivery, birthdays and anniversaries."""

from studio_app.today import follow_ups
from studio_app.work import clients, clock, interactions
from tests.studio_app.today.helpers import D, T, client, delivered


def test_planned_follow_ups_due_today_or_earlier(studio):
    who = client()
    with clock.frozen(D(2026, 11, 1)):
        earlier = interactions.log(who.id, "call", "Call back about the print run", follow_up_on="2026-11-20")
        on_the_day = interactions.log(who.id, "email", "Ask how the launch went", follow_up_on="2026-11-23")
        interactions.log(who.id, "email", "Tomorrow", follow_up_on="2026-11-24")
        done = interactions.log(who.id, "email", "Already done", follow_up_on="2026-11-05")
    interactions.mark_follow_up_done(done.id)

    due = follow_ups.follow_ups_due()

    assert [(f.interaction_id, f.days_late) for f in due] == [(earlier.id, 3), (on_the_day.id, 0)]
    assert due[0].client_id == who.id and due[0].summary == "Call back about the print run"


def test_follow_up_proposed_when_the_delivery_reaches_its_months(studio):
    exactly = client("Delivered three months ago to the day")
    one_day_short = client("One day short")
    talked_since = client("Talked since the follow-up date")
    talked_before = client("Talked before the follow-up date")
    two_projects = client("Two deliveries")
    due = delivered(exactly.id, "Logo refresh", D(2026, 8, 23))
    delivered(one_day_short.id, "Catalogue", D(2026, 8, 24))
    delivered(talked_since.id, "Menu", D(2026, 8, 1))
    interactions.log(talked_since.id, "call", "Asked for a quote", occurred_at=T(2026, 11, 1, 8))
    old = delivered(talked_before.id, "Poster", D(2026, 8, 1))
    interactions.log(talked_before.id, "email", "Thanks for the files", occurred_at=T(2026, 10, 31, 18))
    delivered(two_projects.id, "First book", D(2025, 1, 10))
    latest = delivered(two_projects.id, "Second book", D(2026, 2, 10))

    proposed, count = follow_ups.proposed_follow_ups()

    assert count == 3
    assert [(p.project_id, p.delivered_on, p.follow_up_on) for p in proposed] == [
        (due.id, D(2026, 8, 23), D(2026, 11, 23)), (old.id, D(2026, 8, 1), D(2026, 11, 1)),
        (latest.id, D(2026, 2, 10), D(2026, 5, 10))]
    assert proposed[0].client_id == exactly.id and proposed[0].title == "Logo refresh"
    assert follow_ups.proposed_follow_ups(limit=1)[1] == 3
    interactions.log(exactly.id, "call", "Follow-up call", occurred_at=T(2026, 11, 23, 8, 30))
    assert due.id not in {p.project_id for p in follow_ups.proposed_follow_ups()[0]}


def test_follow_up_at_the_end_of_a_short_month(studio):
    who = client()
    delivered(who.id, "Annual report", D(2026, 8, 31))  # + 3 months = 30 November (no 31st)
    assert follow_ups.proposed_follow_ups(D(2026, 11, 29)) == ((), 0)
    (proposed,), count = follow_ups.proposed_follow_ups(D(2026, 11, 30))
    assert proposed.follow_up_on == D(2026, 11, 30) and count == 1



def test_important_dates_in_the_next_two_weeks(studio):
    fourteen = client("Birthday in 14 days", birthday="1990-12-07")
    client("Birthday in 15 days", birthday="1990-12-08")
    today_client = client("Anniversary today", anniversary="2016-11-23")
    client("Birthday yesterday", birthday="1985-11-22")
    both = client("Both", birthday="1979-11-25", anniversary="2000-11-30")

    dates = follow_ups.important_dates()

    assert [(d.client_id, d.kind, d.date, d.in_days, d.years) for d in dates] == [
        (today_client.id, "anniversary", D(2026, 11, 23), 0, 10),
        (both.id, "birthday", D(2026, 11, 25), 2, 47),
        (both.id, "anniversary", D(2026, 11, 30), 7, 26),
        (fourteen.id, "birthday", D(2026, 12, 7), 14, 36)]


def test_important_dates_across_new_year_and_on_29_february(studio):
    new_year = client("New year", anniversary="2012-01-02")
    leap = client("Leap day", birthday="1996-02-29")
    assert [(d.client_id, d.date, d.years) for d in follow_ups.important_dates(D(2026, 12, 25))] == [
        (new_year.id, D(2027, 1, 2), 15)]
    assert [(d.client_id, d.date, d.years) for d in follow_ups.important_dates(D(2027, 2, 20))] == [
        (leap.id, D(2027, 2, 28), 31)]
    assert [(d.client_id, d.date, d.years) for d in follow_ups.important_dates(D(2028, 2, 20))] == [
        (leap.id, D(2028, 2, 29), 32)]
    assert follow_ups.important_dates(D(2027, 3, 1)) == ()


def test_the_first_important_dates_and_their_count_are_those_of_the_full_list(studio):
    """What the Today view reads (a page and a count) against the full list, on days across the year's edges:
    new year, 28 and 29 February in plain and leap years, a date typed ahead, names sorted by code point."""
    client("Zoë", birthday="1990-12-30")
    client("Ähmet", birthday="1990-12-30", anniversary="2010-01-02")
    client("Adam", birthday="1990-12-30")
    client("Leap day", birthday="1996-02-29", anniversary="2001-02-28")
    client("Founded ahead", anniversary="2027-01-01")
    client("Same day", birthday="1980-03-01", anniversary="1999-03-01")
    gone = client("Archived", birthday="1990-12-31")
    clients.set_archived(gone.id)
    for day in (D(2026, 12, 20), D(2026, 12, 30), D(2027, 2, 20), D(2027, 2, 28), D(2028, 2, 16), D(2028, 2, 29),
                D(2027, 6, 1)):
        full = follow_ups.important_dates(day)
        for limit in (1, 2, 5):
            assert follow_ups.important_dates_page(day, limit) == (full[:limit], len(full)), (day, limit)
