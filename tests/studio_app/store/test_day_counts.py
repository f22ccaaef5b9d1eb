"""Migration 23's per-day counts equal a count of the rows after every way of writing them, on both engines, with
two desks writing at once on PostgreSQL (loose rows, folded), through the paths that set the triggers aside and
the upgrade from version 22; and each Today panel's "how many" is the length of its full list."""

import datetime as dt
import random
import shutil
import threading
from pathlib import Path

from studio_app.store import bulk, check, day_counts, db, latest, startup
from studio_app.store.models import Client, Deliverable, Interaction, Milestone, Project
from studio_app.today import deadlines, follow_ups, updates, waiting
from studio_app.work import clients as clients_module, projects
from tests import factories

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "schemas"
D = dt.date
T = dt.datetime


def _panels_count_their_lists(today: dt.date) -> None:
    """Each count read from the kept counts is the length of the panel's whole list, found without them."""
    assert day_counts.problems() == []
    assert deadlines.deadlines_page(today, 1)[1] == len(deadlines.deadlines_at_risk(today))
    assert updates.updates_page(today, 1)[1] == len(updates.updates_due(today))
    assert follow_ups.follow_ups_due_page(today, 1)[1] == len(follow_ups.follow_ups_due(today))
    for hour in (0, 9, 23):
        now = T.combine(today, dt.time(hour, 30))
        assert waiting.waiting_page(now, 1)[1] == len(waiting.waiting_for_answer(now))
    proposed, count = follow_ups.proposed_follow_ups(today, limit=1)
    assert count == len(follow_ups.proposed_follow_ups(today, limit=10_000)[0])
    assert follow_ups.important_dates_page(today, 1)[1] == len(follow_ups.important_dates(today))


def _studio_of_many(today: dt.date, rng: random.Random) -> list[int]:
    factories.studio()
    clients = []
    for n in range(8):
        birthday = today.replace(year=1980 + n) + dt.timedelta(days=rng.randint(-3, 16))
        clients.append(factories.client(name=f"Client {n}", birthday=birthday.isoformat(),
                                        anniversary=(today + dt.timedelta(days=n)).replace(year=2010).isoformat()).id)
    for n in range(16):
        work = factories.project(clients[n % 8], title=f"Work {n}",
                                 deadline=(today + dt.timedelta(days=rng.randint(-30, 40))).isoformat(),
                                 milestones=[{"title": "Concepts", "due_date": (
                                     today + dt.timedelta(days=rng.randint(-5, 20))).isoformat()}])
        if n % 3:
            projects.set_status(work.id, "active")
    return clients


def test_every_write_keeps_the_counts_exact_and_each_panel_counts_its_list(any_db, today):
    rng = random.Random(23)
    clients = _studio_of_many(today, rng)
    _panels_count_their_lists(today)
    project_ids = [p.id for p in Project.select(Project.id)]
    writes = [
        lambda: Project.update(deadline=today + dt.timedelta(days=rng.randint(-40, 40)))
        .where(Project.id == rng.choice(project_ids)).execute(),
        lambda: Project.update(status=rng.choice(["quoted", "active", "delivered", "lost"]))
        .where(Project.id == rng.choice(project_ids)).execute(),
        lambda: Project.update(archived=rng.random() < 0.5).where(Project.id == rng.choice(project_ids)).execute(),
        lambda: Deliverable.update(done=rng.random() < 0.5).where(Deliverable.project == rng.choice(project_ids))
        .execute(),
        lambda: Milestone.update(done_on=rng.choice([None, today])).where(Milestone.project == rng.choice(project_ids))
        .execute(),
        lambda: Interaction.create(client=rng.choice(clients), project=rng.choice(project_ids), kind="update",
                                   occurred_at=T.combine(today, dt.time(8)) - dt.timedelta(days=rng.randint(0, 200))),
        lambda: Client.update(birthday=rng.choice([None, D(1992, 2, 29), today.replace(year=1990), today]))
        .where(Client.id == rng.choice(clients)).execute(),
        lambda: Client.update(archived=rng.random() < 0.3).where(Client.id == rng.choice(clients)).execute(),
        lambda: Project.update(status="delivered", delivered_on=today - dt.timedelta(days=rng.randint(80, 200)))
        .where(Project.id == rng.choice(project_ids)).execute(),
        lambda: Interaction.create(client=rng.choice(clients), kind="call", summary="Asked about the proofs",
                                   occurred_at=T.combine(today, dt.time(8)) - dt.timedelta(days=rng.randint(-1, 30)),
                                   follow_up_on=today + dt.timedelta(days=rng.randint(-20, 5)),
                                   waiting_for_reply=rng.random() < 0.6),
        lambda: Interaction.update(follow_up_done=rng.random() < 0.5).where(
            Interaction.id == rng.choice([i.id for i in Interaction.select(Interaction.id)] or [0])).execute(),
        lambda: Interaction.update(client=rng.choice(clients)).where(
            Interaction.id == rng.choice([i.id for i in Interaction.select(Interaction.id)] or [0])).execute(),
    ]
    for step in range(60):
        rng.choice(writes)()
        if step % 6 == 5:
            _panels_count_their_lists(today)
    projects.delete(project_ids.pop())
    _panels_count_their_lists(today)
    for client_id in clients[:2]:  # a client's planned follow-ups go with it (archived or not)
        Client.update(archived=client_id == clients[0]).where(Client.id == client_id).execute()
        Interaction.create(client=client_id, kind="email", summary="Proofs", occurred_at=T(2026, 11, 20),
                           follow_up_on=today)
        clients_module.delete(client_id)
        _panels_count_their_lists(today)
    for day in (today - dt.timedelta(days=60), today + dt.timedelta(days=45), D(2027, 2, 20), D(2028, 2, 20)):
        _panels_count_their_lists(day)


def test_a_birthday_today_or_ahead_is_not_counted_and_29_february_falls_on_the_28th(any_db, today):
    factories.studio()
    factories.client(name="Leap", birthday="1992-02-29")
    factories.client(name="Born today", birthday=today.isoformat())
    factories.client(name="Typed ahead", birthday=(today + dt.timedelta(days=3)).isoformat())
    factories.client(name="Next week", birthday=(today + dt.timedelta(days=7)).replace(year=1985).isoformat())
    shown, count = follow_ups.important_dates_page(today, 5)
    assert [d.client_name for d in shown] == ["Next week"] and count == 1
    plain_year = D(2027, 2, 20)  # the 28th is in the fortnight, the 29th is not a day of 2027
    shown, count = follow_ups.important_dates_page(plain_year, 5)
    assert [(d.client_name, d.date) for d in shown] == [("Leap", D(2027, 2, 28))] and count == 1


def test_check_reports_a_tampered_count_and_rebuild_repairs_it(any_db, today):
    factories.studio()
    projects.set_status(factories.project(factories.client().id, deadline="2026-11-01").id, "active")
    assert check.run() == [] and deadlines.deadlines_page(today, 5)[1] == 1
    db.current().execute_sql("UPDATE day_counts SET n = n + 2 WHERE measure = 'late'")
    found = check.run()
    assert len(found) == 1 and "kept counts differ from the projects and clients on 1 day(s)" in found[0]
    assert "“late” on 2026-11-01 (kept 3, the rows 1)" in found[0] and "rebuild-totals" in found[0]
    assert deadlines.deadlines_page(today, 5)[1] == 3  # what a tampered count shows: why check reports it
    latest.rebuild()
    assert check.run() == [] and deadlines.deadlines_page(today, 5)[1] == 1


def test_clients_written_with_the_triggers_set_aside_are_counted_after(sqlite_db, today):
    factories.studio()
    factories.client(name="Before", birthday="1980-11-30")
    with db.transaction():
        set_aside = bulk.set_aside_indexes((Client, Project))
        assert {name for _, name, _ in set_aside} >= {"day_counts_client_insert", "day_counts_client_update"}
        Client.create(name="Imported", company="", email="", address="", country="TR", birthday=D(1970, 11, 25))
        bulk.restore_indexes(set_aside)
    assert day_counts.problems() == [] and follow_ups.important_dates_page(today, 5)[1] == 2


def test_the_migration_counts_a_version_22_file(tmp_path, today):
    path = tmp_path / "v22.sqlite3"
    shutil.copy(FIXTURES / "v22.sqlite3", path)
    startup.open_database(path)
    try:
        kept = db.current().execute_sql("SELECT SUM(n) FROM day_counts WHERE measure = 'birthday'").fetchone()[0]
        dated = Client.select().where(Client.archived == False, Client.birthday.is_null(False))  # noqa: E712
        assert kept == dated.count()
        assert check.run() == []
        _panels_count_their_lists(today)
    finally:
        db.close()


def test_two_desks_on_postgresql_moving_deadlines_at_once_leave_the_counts_exact(pg_db, today):
    """Each desk moves its own projects' deadlines between the same days, in transactions of several statements,
    the two in opposite orders of the days: a count kept in one row per day would make them wait on each other and
    deadlock; the loose rows never do, and a fold leaves one row per day with the same sums."""
    factories.studio()
    who = factories.client()
    work = [projects.set_status(factories.project(who.id, title=f"Work {n}", deadline="2026-11-10").id,
                                "active").id for n in range(4)]
    start, errors = threading.Barrier(2), []

    def desk(own: list[int], step: int) -> None:
        try:
            start.wait(timeout=30)
            for n in range(15):
                with db.transaction():
                    for k, project_id in enumerate(own):
                        Project.update(deadline=D(2026, 11, 10 + (step * (n + k)) % 3)).where(
                            Project.id == project_id).execute()
        except Exception as exc:  # noqa: BLE001  reported by the test below
            errors.append(exc)
        finally:
            db.current().close()

    threads = [threading.Thread(target=desk, args=args) for args in ((work[:2], 1), (work[2:], -1))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == [] and not any(t.is_alive() for t in threads)
    assert day_counts.problems() == []
    loose = db.current().execute_sql("SELECT COUNT(*) FROM day_counts WHERE loose > 0").fetchone()[0]
    assert loose > 3  # appended per statement, never updated in place
    shown_before = deadlines.deadlines_page(today, 5)
    day_counts.fold(db.current())
    rows = db.current().execute_sql("SELECT measure, day, n, loose FROM day_counts ORDER BY 1, 2").fetchall()
    assert all(loose == 0 for *_, loose in rows) and len({(m, d) for m, d, *_ in rows}) == len(rows)
    assert day_counts.problems() == [] and deadlines.deadlines_page(today, 5) == shown_before == (
        shown_before[0], 4)


def test_a_refresh_folds_many_loose_rows_on_postgresql(pg_db, today):
    from studio_app.today import cockpit
    factories.studio()
    work = projects.set_status(factories.project(factories.client().id, deadline="2026-11-10").id, "active")
    for n in range(day_counts.LOOSE_ROWS + 10):
        Project.update(deadline=D(2026, 11, 1) + dt.timedelta(days=n % 40)).where(Project.id == work.id).execute()
    loose = "SELECT COUNT(*) FROM day_counts WHERE loose > 0"
    assert db.current().execute_sql(loose).fetchone()[0] > day_counts.LOOSE_ROWS
    cockpit.forget()
    figures = cockpit.cockpit(today)
    assert db.current().execute_sql(loose).fetchone()[0] == 0
    assert figures.at_risk.count == 1 and day_counts.problems() == []


def test_the_workload_takes_a_project_starting_later_out_of_its_deadlines_sum(any_db, today):
    from decimal import Decimal

    from studio_app.today import workload
    factories.studio(weekly_capacity_hours=40)
    who = factories.client()
    now = projects.set_status(factories.project(who.id, title="Now", deadline="2026-11-29").id, "active")
    Project.update(estimated_hours=Decimal("10.5")).where(Project.id == now.id).execute()
    before = [week.hours for week in workload.workload(today, 3)]
    assert before == [Decimal("10.5"), 0, 0]  # all of it this week: its deadline has passed
    for title, start in (("After the weeks shown", "2027-03-01"), ("Next week", "2026-11-30")):
        later = projects.set_status(factories.project(who.id, title=title, deadline="2027-04-30").id, "active")
        Project.update(estimated_hours=Decimal("7.5"), start_date=dt.date.fromisoformat(start)).where(
            Project.id == later.id).execute()
    kept = db.current().execute_sql("SELECT COUNT(DISTINCT day), SUM(n) FROM day_counts WHERE measure = 'plan'").fetchone()
    assert tuple(int(v) for v in kept) == (2, 3)  # the two sharing a deadline summed in one day
    hours = [week.hours for week in workload.workload(today, 3)]
    # "Next week" spreads 7.5 hours over its 152 days from 30 November: 0.35 a week; the other one, none yet
    assert hours == [Decimal("10.5"), Decimal("0.3"), Decimal("0.3")]
    assert day_counts.problems() == []
