"""Migration 19's kept latest delivery and last contact of each client equal a computation from the rows after
every way of writing them, on both engines, with two desks writing at once, through the paths that set the
triggers aside; and the two panels that read them show what the rows say, interactions dated ahead included."""

import datetime as dt
import shutil
import sqlite3
import threading
from pathlib import Path

from studio_app.files import export
from studio_app.store import bulk, check, db, latest, startup
from studio_app.store.models import Client, Interaction, Project, Studio
from studio_app.today import follow_ups, waiting
from studio_app.today.sql import add_months
from studio_app.work import clients, clock, interactions, projects
from tests import factories

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "schemas"
T = dt.datetime


def _from_rows() -> dict[int, tuple]:
    """Each client's row as migration 19 defines it, computed in Python from the models."""
    studio = Studio.get_or_none(Studio.id == 1)
    months = studio.follow_up_months if studio else 3
    found = {}
    for client in Client.select():
        deliveries = [p.delivered_on for p in Project.select().where(Project.client == client.id)
                      if p.status in ("delivered", "closed") and not p.archived and p.delivered_on is not None]
        delivered = max(deliveries, default=None)
        talks = sorted(Interaction.select().where(Interaction.client == client.id),
                       key=lambda i: (i.occurred_at, i.id))
        last = talks[-1] if talks else None
        due = add_months(delivered, months) if delivered else None
        if client.archived or due is None or (last is not None and last.occurred_at >= T.combine(due, dt.time())):
            due = None
        since = last.occurred_at if last is not None and last.waiting_for_reply and not client.archived else None
        found[client.id] = latest._normal((client.id, client.archived, delivered, last and last.occurred_at,
                                           last and last.id, bool(last and last.waiting_for_reply), due, since))
    return found


def _kept() -> dict[int, tuple]:
    columns = ", ".join(f'"{c}"' for c in latest.m0019.COLUMNS)
    return {row[0]: latest._normal(row) for row in db.current().execute_sql(f'SELECT {columns} FROM "client_latest"')}


def _exact() -> None:
    assert _kept() == _from_rows()
    assert latest.problems() == []


def _proposed_from_rows(today: dt.date) -> list[tuple[int, dt.date]]:
    months = Studio.get_by_id(1).follow_up_months
    tomorrow = T.combine(today + dt.timedelta(days=1), dt.time())
    found = []
    for client in Client.select().where(Client.archived == False):  # noqa: E712  peewee's SQL
        deliveries = [p.delivered_on for p in client.projects
                      if p.status in ("delivered", "closed") and not p.archived and p.delivered_on is not None]
        if not deliveries:
            continue
        due = add_months(max(deliveries), months)
        if due <= today and not any(T.combine(due, dt.time()) <= i.occurred_at < tomorrow
                                    for i in client.interactions):
            found.append((client.id, max(deliveries)))
    return sorted(found, key=lambda row: (-row[1].toordinal(), row[0]))


def _waiting_from_rows(now: dt.datetime) -> list[int]:
    found = []
    for client in Client.select().where(Client.archived == False):  # noqa: E712
        talks = sorted((i for i in client.interactions if i.occurred_at <= now), key=lambda i: (i.occurred_at, i.id))
        if talks and talks[-1].waiting_for_reply:
            found.append((talks[-1].occurred_at, talks[-1].id))
    return [interaction_id for _, interaction_id in sorted(found)]


def _panels_agree(today: dt.date) -> None:
    shown, count = follow_ups.proposed_follow_ups(today, limit=3)
    expected = _proposed_from_rows(today)
    assert [(p.client_id, p.delivered_on) for p in shown] == expected[:3] and count == len(expected)
    now = clock.now()
    rows, count = waiting.waiting_page(now, 2)
    expected = _waiting_from_rows(now)
    assert [w.interaction_id for w in rows] == expected[:2] and count == len(expected)


def _delivered(client_id: int, title: str, on: dt.date) -> Project:
    with clock.frozen(on):
        return projects.set_status(factories.project(client_id, title=title, deadline=None).id, "delivered")


def test_the_kept_table_matches_its_model(any_db):
    database = db.current()
    for model in latest.MODELS:
        table = model._meta.table_name
        assert {c.name for c in database.get_columns(table)} == {f.column_name for f in model._meta.sorted_fields}


def test_every_write_path_keeps_each_clients_row_exact(any_db, today):
    factories.studio()
    ayse, nikos = factories.client(), factories.client(name="Nikos Papadopoulos")
    _exact()
    old = _delivered(ayse.id, "Logo", dt.date(2026, 3, 2))
    newer = _delivered(ayse.id, "Poster", dt.date(2026, 6, 30))
    _exact()
    projects.set_status(newer.id, "active")  # reopened: the older delivery is the latest again
    _exact()
    projects.set_status(newer.id, "closed")
    projects.set_archived(old.id)
    _exact()
    projects.set_archived(newer.id)  # no delivery left
    _exact()
    projects.set_archived(newer.id, False)
    Project.update(delivered_on=dt.date(2026, 7, 31)).where(Project.id == newer.id).execute()
    _exact()
    Project.update(client=nikos.id).where(Project.id == newer.id).execute()  # moved to another client
    _exact()
    asked = interactions.log(ayse.id, "email", "Can we change the colours?", waiting_for_reply=True,
                             occurred_at=T(2026, 11, 20, 10))
    _exact()
    answer = interactions.log(ayse.id, "call", "Answered", occurred_at=T(2026, 11, 20, 10))  # same time, later id
    _exact()
    Interaction.update(occurred_at=T(2026, 11, 19)).where(Interaction.id == answer.id).execute()  # edited earlier
    _exact()
    Interaction.update(waiting_for_reply=False).where(Interaction.id == asked.id).execute()
    _exact()
    Interaction.update(client=nikos.id).where(Interaction.id == asked.id).execute()  # moved
    _exact()
    interactions.log(nikos.id, "meeting", "Planned review", occurred_at=T(2027, 1, 5))  # dated ahead
    _exact()
    Interaction.delete().where(Interaction.id == asked.id).execute()
    _exact()
    clients.set_archived(nikos.id)
    _exact()
    clients.set_archived(nikos.id, False)
    Studio.update(follow_up_months=6).where(Studio.id == 1).execute()  # the setting moves every due date
    _exact()
    Project.delete().where(Project.id == old.id).execute()
    _exact()
    clients.delete(ayse.id)  # its projects and interactions go with it
    _exact()
    assert set(_kept()) == {nikos.id}


def test_the_panels_read_it_as_the_rows_say_with_interactions_dated_ahead(any_db, today):
    factories.studio()
    now = clock.now()
    people = [factories.client(name=f"Client {n}") for n in range(8)]
    for n, who in enumerate(people):
        _delivered(who.id, f"Work {n}", dt.date(2026, 1 + n, 10))
    interactions.log(people[0].id, "call", "After the due day", occurred_at=T(2026, 6, 1))
    interactions.log(people[1].id, "meeting", "Planned only", occurred_at=T(2027, 2, 1))  # ahead: still proposed
    interactions.log(people[2].id, "meeting", "Planned", occurred_at=T(2027, 2, 1))
    interactions.log(people[2].id, "call", "Talked today", occurred_at=now - dt.timedelta(hours=1))
    interactions.log(people[3].id, "email", "Waiting", waiting_for_reply=True, occurred_at=now - dt.timedelta(days=3))
    interactions.log(people[3].id, "meeting", "Planned", occurred_at=now + dt.timedelta(hours=2))  # still waiting now
    interactions.log(people[4].id, "email", "Waiting", waiting_for_reply=True, occurred_at=now - dt.timedelta(days=1))
    interactions.log(people[4].id, "call", "Answered", occurred_at=now - dt.timedelta(hours=3))
    interactions.log(people[5].id, "email", "Asked ahead", waiting_for_reply=True,
                     occurred_at=now + dt.timedelta(days=1))  # not yet
    interactions.log(people[6].id, "email", "Waiting", waiting_for_reply=True, occurred_at=now - dt.timedelta(days=9))
    interactions.log(people[6].id, "email", "Waiting too", waiting_for_reply=True,
                     occurred_at=now - dt.timedelta(days=2))
    clients.set_archived(people[7].id)
    _exact()
    _panels_agree(clock.today())
    for day in (dt.date(2026, 4, 9), dt.date(2026, 4, 10), dt.date(2026, 6, 1), dt.date(2027, 3, 1)):
        with clock.frozen(day):
            _panels_agree(day)


def test_check_reports_a_tampered_row_and_rebuild_repairs_it(any_db, today):
    factories.studio()
    who = factories.client()
    _delivered(who.id, "Logo", dt.date(2026, 3, 2))
    assert check.run() == []
    db.current().execute_sql(f'UPDATE "client_latest" SET "delivered_on" = NULL WHERE "client_id" = {who.id}')
    found = check.run()
    assert len(found) == 1 and "latest delivery and last contact of 1 client(s) differ" in found[0]
    assert f"the first client {who.id}" in found[0] and "rebuild-totals" in found[0]
    latest.rebuild()
    assert check.run() == []


def test_rows_written_with_the_triggers_set_aside_are_in_the_table_after(sqlite_db, today):
    factories.studio()
    who = factories.client()
    with db.transaction():
        set_aside = bulk.set_aside_indexes((Client, Project, Interaction))
        assert {name for _, name, _ in set_aside} >= set(latest.m0019.TRIGGERS) - {
            "client_latest_studio_insert", "client_latest_studio_update"}
        other = Client.create(name="Imported Client")
        Project.create(client=other.id, title="Old work", status="closed", delivered_on=dt.date(2025, 5, 1))
        Interaction.create(client=who.id, kind="email", summary="Imported", waiting_for_reply=True,
                           occurred_at=T(2026, 11, 1))
        bulk.restore_indexes(set_aside)
    _exact()
    assert len(_kept()) == 2


def test_a_json_export_imported_elsewhere_gives_the_same_rows(any_db, today, tmp_path):
    factories.studio()
    who = factories.client()
    _delivered(who.id, "Logo", dt.date(2026, 3, 2))
    interactions.log(who.id, "email", "Waiting", waiting_for_reply=True, occurred_at=T(2026, 11, 1))
    before = _kept()
    export.export_json(tmp_path / "all.json")
    assert "client_latest" not in (tmp_path / "all.json").read_text()  # derived: made again on import
    db.close()
    startup.open_database(tmp_path / "copy.sqlite3")
    export.import_json(tmp_path / "all.json")
    _exact()
    assert _kept() == before


def test_the_migration_fills_the_table_from_a_version_18_file(tmp_path, today):
    path = tmp_path / "v18.sqlite3"
    shutil.copy(FIXTURES / "v18.sqlite3", path)
    with sqlite3.connect(path) as conn:
        count = conn.execute("SELECT COUNT(*) FROM client").fetchone()[0]
    conn.close()
    startup.open_database(path)
    try:
        assert len(_kept()) == count
        _exact()
    finally:
        db.close()


def test_two_desks_on_postgresql_writing_the_same_clients_at_once_leave_the_rows_exact(pg_db, today):
    """Each desk has its own connection (peewee's per thread) and writes the same two clients' interactions and
    projects; a third changes the follow-up setting. The second desk on a client waits for the first's commit
    and then counts its write: nobody deadlocks, and every row equals the rows it is made from."""
    factories.studio()
    ayse, nikos = factories.client(), factories.client(name="Nikos Papadopoulos")
    work = [_delivered(who.id, "Logo", dt.date(2026, 3, 2)).id for who in (ayse, nikos)]
    start, errors = threading.Barrier(3), []

    def desk(job) -> None:
        try:
            start.wait(timeout=30)
            job()
        except Exception as exc:  # noqa: BLE001  reported by the test below
            errors.append(exc)
        finally:
            db.current().close()

    def talking(first: int) -> None:
        for n in range(15):
            who = (ayse, nikos)[(first + n) % 2]
            interactions.log(who.id, "email", f"Message {n}", waiting_for_reply=n % 2 == 0,
                             occurred_at=T(2026, 11, 1) + dt.timedelta(minutes=7 * n + first))

    def delivering() -> None:
        for n in range(10):
            projects.set_status(work[n % 2], "active" if n % 4 < 2 else "delivered")
            with db.transaction():
                Studio.update(follow_up_months=3 + n % 3).where(Studio.id == 1).execute()

    threads = [threading.Thread(target=desk, args=(job,))
               for job in (lambda: talking(0), lambda: talking(1), delivering)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == [] and not any(t.is_alive() for t in threads)
    _exact()
    assert Interaction.select().count() == 30


def test_the_demo_fills_the_table_on_both_engines(any_db, today):
    from studio_app.demo import generator
    generator.fill("small")
    _exact()
    assert any(row[6] is not None for row in _kept().values())
