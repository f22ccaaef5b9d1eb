"""Client care: every dashboard list at fixed dates and at the edges of its rule, on SQLite and PostgreSQL."""

import datetime as dt
from decimal import Decimal

import pytest

from studio_app.work import clock, interactions, invoices, payments, projects, settings, timelog
from studio_app.today import reminders
from studio_app.text.errors import StudioError
from studio_app.store.models import Client, Interaction
from tests import factories

D = dt.date
T = dt.datetime
TODAY = D(2026, 11, 23)  # a Monday; the conftest ``today`` fixture freezes the clock at 09:00 that day


@pytest.fixture
def studio(any_db, today):
    return factories.studio()


@pytest.fixture
def studio_sqlite(sqlite_db, today):
    return factories.studio()


def client(name="Ayşe Yılmaz", **values):
    return factories.client(name=name, email="", **values)


def project(client_id, title="Brand identity", *, status="active", deadline="2027-01-15", done=False,
            milestones=None, **values):
    deliverables = [{"name": "Logo", "format": "SVG + PNG logo set", "done": done}]
    created = factories.project(client_id, title=title, deadline=deadline, deliverables=deliverables,
                                milestones=milestones or [], **values)
    return projects.set_status(created.id, status) if status != "lead" else created


def delivered(client_id, title, on):
    with clock.frozen(on):
        return projects.set_status(project(client_id, title, deadline=None).id, "delivered")


# -- waiting for an answer --------------------------------------------------------------------------------------

def test_waiting_for_answer_counts_24_hours_as_urgent(studio):
    exactly = client("Exactly a day")
    almost = client("Not quite a day")
    answered = client("Answered")
    old = client("Three days")
    interactions.log(exactly.id, "email", "Can you send the logo files?", waiting_for_reply=True,
                     occurred_at=T(2026, 11, 22, 9, 0))
    interactions.log(almost.id, "call", "Asked for a new date", waiting_for_reply=True,
                     occurred_at=T(2026, 11, 22, 9, 1))
    interactions.log(answered.id, "email", "Question about the invoice", waiting_for_reply=True,
                     occurred_at=T(2026, 11, 20, 10, 0))
    interactions.log(answered.id, "email", "Answered the question", occurred_at=T(2026, 11, 20, 15, 0))
    interactions.log(old.id, "note", "Older message, answered", occurred_at=T(2026, 11, 1, 10, 0))
    interactions.log(old.id, "meeting", "Wants a second concept", waiting_for_reply=True,
                     occurred_at=T(2026, 11, 20, 8, 30))

    waiting = reminders.waiting_for_answer()

    assert [w.client_name for w in waiting] == ["Three days", "Exactly a day", "Not quite a day"]
    three, day, almost_day = waiting
    assert (day.waited_hours, day.waited_days, day.urgent) == (24, 1, True)
    assert (almost_day.waited_hours, almost_day.waited_days, almost_day.urgent) == (23, 0, False)
    assert (three.waited_days, three.urgent, three.kind, three.summary) == (3, True, "meeting",
                                                                           "Wants a second concept")
    assert day.client_id == exactly.id and day.since == T(2026, 11, 22, 9, 0)


def test_waiting_for_answer_as_of_an_earlier_moment_and_not_for_archived_clients(studio):
    asked = client("Asked")
    interactions.log(asked.id, "email", "When do the files arrive?", waiting_for_reply=True,
                     occurred_at=T(2026, 11, 21, 12, 0))
    interactions.log(asked.id, "email", "Sent the date", occurred_at=T(2026, 11, 22, 12, 0))
    assert reminders.waiting_for_answer() == ()
    before_the_answer = reminders.waiting_for_answer(T(2026, 11, 22, 11, 0))
    assert [(w.client_id, w.waited_hours, w.urgent) for w in before_the_answer] == [(asked.id, 23, False)]

    gone = client("Archived")
    interactions.log(gone.id, "email", "Still there?", waiting_for_reply=True, occurred_at=T(2026, 11, 1, 9))
    Client.update(archived=True).where(Client.id == gone.id).execute()
    assert reminders.waiting_for_answer() == ()


# -- deadlines --------------------------------------------------------------------------------------------------

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

    risks = reminders.deadlines_at_risk()

    assert [r.title for r in risks] == ["Already late", "Milestone soon", "Ends with the window"]
    first, second, third = risks
    assert (first.project_id, first.late, first.days_left, first.open_deliverables) == (late.id, True, -3, 0)
    assert (second.project_id, second.late, second.status) == (milestone.id, False, "quoted")
    assert (second.next_milestone, second.next_milestone_due) == ("First concepts", D(2026, 11, 25))
    assert (third.project_id, third.days_left, third.open_deliverables, third.client_id) == (at_end.id, 7, 1, who.id)


def test_warning_window_comes_from_the_studio_settings(studio):
    who = client()
    project(who.id, "In four days", deadline="2026-11-27")
    assert [r.title for r in reminders.deadlines_at_risk()] == ["In four days"]
    settings.update({"warning_window_days": 3})
    assert reminders.deadlines_at_risk() == ()
    assert [r.title for r in reminders.deadlines_at_risk(D(2026, 11, 24))] == ["In four days"]


def test_delay_notice_logs_and_moves_the_deadline(studio):
    who = client()
    soon = project(who.id, "Packaging", deadline="2026-11-26")
    assert [r.project_id for r in reminders.deadlines_at_risk()] == [soon.id]

    entry = reminders.log_delay_notice(soon.id, "2026-12-18", "The printer needs two more weeks for samples.")

    assert projects.get(soon.id).deadline == D(2026, 12, 18)
    stored = Interaction.get_by_id(entry.id)
    assert (stored.kind, stored.project_id, stored.client_id) == ("delay", soon.id, who.id)
    assert stored.summary.startswith("The printer needs two more weeks")
    assert "Teslim tarihi 26 Kasım 2026 tarihinden 18 Aralık 2026 tarihine alındı." in stored.summary  # Turkish client
    assert reminders.deadlines_at_risk() == ()


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
        reminders.log_delay_notice(soon.id, new_date, summary)
    assert projects.get(soon.id).deadline == D(2026, 11, 26)
    assert Interaction.select().count() == 0


def test_delay_notice_refuses_delivered_projects_and_dates_before_the_start(studio_sqlite):
    who = client()
    done = project(who.id, "Delivered", status="delivered", deadline="2026-11-20")
    with pytest.raises(StudioError, match="is delivered"):
        reminders.log_delay_notice(done.id, "2026-12-20", "Late")
    later = project(who.id, "Starts later", deadline=None, start_date="2027-02-01")
    with pytest.raises(StudioError, match="before the start date 2027-02-01"):
        reminders.log_delay_notice(later.id, "2027-01-10", "Sooner than planned")
    entry = reminders.log_delay_notice(later.id, "2027-03-15", "Two more weeks")
    assert projects.get(later.id).deadline == D(2027, 3, 15) and "Teslim tarihi 15 Mart 2027 olarak belirlendi." in entry.summary
    with pytest.raises(StudioError, match="no project with id"):
        reminders.log_delay_notice(9999, "2027-03-15", "Nobody")


# -- progress updates -------------------------------------------------------------------------------------------

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

    due = reminders.updates_due()

    assert [(u.project_id, u.last_update, u.days_since) for u in due] == [
        (only_email.id, None, 22), (week_ago.id, D(2026, 11, 16), 7), (started_week_ago.id, None, 7)]
    assert due[0].client_id == who.id and due[0].title == "Only emails"
    assert six_days.id not in {u.project_id for u in due} and started_recently.id not in {u.project_id for u in due}
    settings.update({"update_interval_days": 14})
    assert [u.project_id for u in reminders.updates_due()] == [only_email.id]


# -- money ------------------------------------------------------------------------------------------------------

def invoice(client_id, issue, due, price="250", quantity="2", **kwargs):
    """2 × 250.00 + 20 % VAT = 600.00 unless told otherwise."""
    return factories.issued_invoice(client_id, lines=[{"description": "Poster design", "quantity": quantity,
                                                       "unit_price": price, "tax_rate": "20"}],
                                    issue_date=issue, due_date=due, **kwargs)


def test_outstanding_overdue_and_unpaid(studio):
    eur = client("Euro client")
    gbp = client("Pound client", currency="GBP")
    late = invoice(eur.id, "2026-10-27", "2026-11-10")
    partly = invoice(eur.id, "2026-11-20", "2026-12-07")
    payments.record(partly.id, "100.00", date="2026-11-21")
    due_today = invoice(gbp.id, "2026-11-09", "2026-11-23", price="100")
    yesterday = invoice(gbp.id, "2026-11-08", "2026-11-22", price="50", quantity="1")
    paid = invoice(eur.id, "2026-10-01", "2026-10-15")
    payments.record(paid.id, "600.00", date="2026-10-10")
    credited = invoice(eur.id, "2026-09-01", "2026-09-15")
    invoices.issue(invoices.create_credit_note(credited.id, "Cancelled").id)
    invoices.create_draft(eur.id, lines=[{"description": "Draft", "quantity": "1", "unit_price": "999",
                                          "tax_rate": "20"}], due_date="2026-11-01")

    assert reminders.outstanding() == (reminders.CurrencyAmount("EUR", 60000 + 50000, 2),
                                       reminders.CurrencyAmount("GBP", 24000 + 6000, 2))
    assert reminders.unpaid_total() == (reminders.CurrencyAmount("EUR", 60000, 1),
                                        reminders.CurrencyAmount("GBP", 30000, 2))
    overdue = reminders.overdue_invoices()
    assert overdue.count == 2
    assert overdue.totals == (reminders.CurrencyAmount("EUR", 60000, 1), reminders.CurrencyAmount("GBP", 6000, 1))
    assert [(o.invoice_id, o.days_overdue, o.due, o.currency) for o in overdue.invoices] == [
        (late.id, 13, 60000, "EUR"), (yesterday.id, 1, 6000, "GBP")]
    assert overdue.invoices[0].number == late.number and overdue.invoices[0].client_id == eur.id
    assert due_today.id not in {o.invoice_id for o in overdue.invoices}
    assert reminders.overdue_invoices(limit=1).invoices[0].invoice_id == late.id
    assert reminders.overdue_invoices(limit=1).count == 2


def test_unpaid_deposit_until_fully_paid(studio):
    who = client()
    work = factories.project(who.id, price="1000", deposit_percent="30")
    _, _, deposit = factories.accepted_quote(work.id)
    assert reminders.unpaid_deposits() == ()  # a draft deposit is not requested yet
    deposit = invoices.issue(deposit.id)
    payments.record(deposit.id, "100.00")

    (waiting,) = reminders.unpaid_deposits()

    assert (waiting.invoice_id, waiting.project_id, waiting.client_id, waiting.project_status) == (
        deposit.id, work.id, who.id, "active")
    assert (waiting.due, waiting.currency, waiting.days_waiting) == (36000 - 10000, "EUR", 0)
    projects.set_status(work.id, "delivered")
    assert reminders.unpaid_deposits() == ()  # now simply owed: the overdue list takes it from its due date
    projects.set_status(work.id, "active")
    payments.record(deposit.id, "260.00")
    assert reminders.unpaid_deposits() == ()


def test_revenue_by_month_has_every_month_and_currency(studio):
    eur = client("Euro client")
    gbp = client("Pound client", currency="GBP")
    a = invoice(eur.id, "2025-11-01", "2025-11-15", quantity="10")
    b = invoice(gbp.id, "2026-06-01", "2026-06-15")
    payments.record(a.id, "100.00", date="2025-11-30")  # the month before the twelve
    payments.record(a.id, "200.00", date="2025-12-01")  # the first of the twelve
    payments.record(a.id, "50.00", date="2026-11-23")  # today
    payments.record(a.id, "25.00", date="2026-11-02")
    payments.record(b.id, "70.00", date="2026-06-30")

    months = reminders.revenue_by_month()

    assert [m.month for m in months] == [D(2025, 12, 1)] + [D(2026, n, 1) for n in range(1, 12)]
    figures = {(m.month.isoformat()[:7], t.currency): t.amount for m in months for t in m.totals}
    assert len(figures) == 24 and all(len(m.totals) == 2 for m in months)
    assert figures[("2025-12", "EUR")] == 20000 and figures[("2025-12", "GBP")] == 0
    assert figures[("2026-11", "EUR")] == 7500 and figures[("2026-06", "GBP")] == 7000
    assert sum(figures.values()) == 20000 + 7500 + 7000
    before = reminders.revenue_by_month(D(2025, 12, 31), months=2)
    assert [(m.month, m.totals) for m in before] == [
        (D(2025, 11, 1), (reminders.CurrencyAmount("EUR", 10000),)),
        (D(2025, 12, 1), (reminders.CurrencyAmount("EUR", 20000),))]


def test_revenue_with_no_payments_is_twelve_zero_months_in_the_studio_currency(studio_sqlite):
    months = reminders.revenue_by_month()
    assert len(months) == 12 and {m.totals for m in months} == {(reminders.CurrencyAmount("EUR", 0),)}


# -- follow-ups and important dates -----------------------------------------------------------------------------

def test_planned_follow_ups_due_today_or_earlier(studio):
    who = client()
    with clock.frozen(D(2026, 11, 1)):
        earlier = interactions.log(who.id, "call", "Call back about the print run", follow_up_on="2026-11-20")
        on_the_day = interactions.log(who.id, "email", "Ask how the launch went", follow_up_on="2026-11-23")
        interactions.log(who.id, "email", "Tomorrow", follow_up_on="2026-11-24")
        done = interactions.log(who.id, "email", "Already done", follow_up_on="2026-11-05")
    interactions.mark_follow_up_done(done.id)

    due = reminders.follow_ups_due()

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

    proposed, count = reminders.proposed_follow_ups()

    assert count == 3
    assert [(p.project_id, p.delivered_on, p.follow_up_on) for p in proposed] == [
        (due.id, D(2026, 8, 23), D(2026, 11, 23)), (old.id, D(2026, 8, 1), D(2026, 11, 1)),
        (latest.id, D(2026, 2, 10), D(2026, 5, 10))]
    assert proposed[0].client_id == exactly.id and proposed[0].title == "Logo refresh"
    assert reminders.proposed_follow_ups(limit=1)[1] == 3
    interactions.log(exactly.id, "call", "Follow-up call", occurred_at=T(2026, 11, 23, 8, 30))
    assert due.id not in {p.project_id for p in reminders.proposed_follow_ups()[0]}


def test_follow_up_at_the_end_of_a_short_month(studio):
    who = client()
    delivered(who.id, "Annual report", D(2026, 8, 31))  # + 3 months = 30 November (no 31st)
    assert reminders.proposed_follow_ups(D(2026, 11, 29)) == ((), 0)
    (proposed,), count = reminders.proposed_follow_ups(D(2026, 11, 30))
    assert proposed.follow_up_on == D(2026, 11, 30) and count == 1


def test_months_back_cutoff_agrees_with_add_months():
    for months in (1, 3, 12):
        day = D(2027, 1, 1)
        while day < D(2028, 12, 31):
            cutoff = reminders.months_back_cutoff(day, months)
            assert reminders.add_months(cutoff, months) <= day
            assert reminders.add_months(cutoff + dt.timedelta(days=1), months) > day
            day += dt.timedelta(days=1)


def test_important_dates_in_the_next_two_weeks(studio):
    fourteen = client("Birthday in 14 days", birthday="1990-12-07")
    client("Birthday in 15 days", birthday="1990-12-08")
    today_client = client("Anniversary today", anniversary="2016-11-23")
    client("Birthday yesterday", birthday="1985-11-22")
    both = client("Both", birthday="1979-11-25", anniversary="2000-11-30")

    dates = reminders.important_dates()

    assert [(d.client_id, d.kind, d.date, d.in_days, d.years) for d in dates] == [
        (today_client.id, "anniversary", D(2026, 11, 23), 0, 10),
        (both.id, "birthday", D(2026, 11, 25), 2, 47),
        (both.id, "anniversary", D(2026, 11, 30), 7, 26),
        (fourteen.id, "birthday", D(2026, 12, 7), 14, 36)]


def test_important_dates_across_new_year_and_on_29_february(studio):
    new_year = client("New year", anniversary="2012-01-02")
    leap = client("Leap day", birthday="1996-02-29")
    assert [(d.client_id, d.date, d.years) for d in reminders.important_dates(D(2026, 12, 25))] == [
        (new_year.id, D(2027, 1, 2), 15)]
    assert [(d.client_id, d.date, d.years) for d in reminders.important_dates(D(2027, 2, 20))] == [
        (leap.id, D(2027, 2, 28), 31)]
    assert [(d.client_id, d.date, d.years) for d in reminders.important_dates(D(2028, 2, 20))] == [
        (leap.id, D(2028, 2, 29), 32)]
    assert reminders.important_dates(D(2027, 3, 1)) == ()


# -- workload ---------------------------------------------------------------------------------------------------

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

    weeks = reminders.workload()

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

    (week,) = reminders.would_overload(candidate.id)

    assert (week.week, week.hours, week.project_hours, week.over) == ("2026-W49", Decimal("49.0"), Decimal("21.0"),
                                                                      True)
    assert reminders.would_overload(small.id) == ()
    assert all(w.project_hours == 0 for w in reminders.workload())
    with pytest.raises(StudioError, match="no project"):
        reminders.would_overload(9999)


# -- everything at once -----------------------------------------------------------------------------------------

def test_summary_gathers_every_list(studio):
    who = client(birthday="1990-11-30")
    settings.update({"weekly_capacity_hours": 10})
    project(who.id, "Late", deadline="2026-11-20", start_date="2026-10-01", estimated_hours="20")
    interactions.log(who.id, "email", "Where are the files?", waiting_for_reply=True,
                     occurred_at=T(2026, 11, 21, 9))
    invoice(who.id, "2026-10-01", "2026-10-15")

    everything = reminders.summary()

    assert everything.today == TODAY and everything.now == T(2026, 11, 23, 9, 0)
    assert [w.client_id for w in everything.waiting] == [who.id]
    assert [r.title for r in everything.at_risk] == ["Late"]
    assert [u.title for u in everything.updates_due] == ["Late"]
    assert everything.money.overdue.count == 1 and len(everything.money.revenue) == 12
    assert [d.kind for d in everything.follow_ups.dates] == ["birthday"]
    assert [w.week for w in everything.over_capacity] == ["2026-W48"]
    earlier = reminders.summary(D(2026, 10, 10))
    assert earlier.now == T(2026, 10, 10, 9, 0) and earlier.waiting == () and earlier.money.overdue.count == 0
