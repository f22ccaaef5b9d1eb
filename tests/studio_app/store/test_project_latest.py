"""Migration 22's kept logged time, open work and last update of each project equal a computation from the rows
after every way of writing them (insert, update, a row moved between projects, delete), on both engines, through
the paths that set the triggers aside, a JSON import and the upgrade from version 21; and the three panels that
read them show what the rows say, an update dated ahead included."""

import datetime as dt
import shutil
import sqlite3
import threading
from decimal import Decimal
from pathlib import Path

from studio_app.files import export
from studio_app.store import bulk, check, db, latest, startup
from studio_app.store.migrations import m0022_project_latest as m0022
from studio_app.store.models import Deliverable, Interaction, Invoice, Milestone, Project, Studio, TimeEntry
from studio_app.today import deadlines, money, updates, workload
from studio_app.work import invoices, payments, projects
from tests import factories

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "schemas"
T = dt.datetime
D = dt.date
EPOCH = D(1970, 1, 1)


def _from_rows() -> dict[int, tuple]:
    """Each project's row as migration 22 defines it, computed in Python from the models."""
    found = {}
    for p in Project.select():
        logged = sum(t.minutes for t in TimeEntry.select().where(TimeEntry.project == p.id))
        open_count = Deliverable.select().where(Deliverable.project == p.id, Deliverable.done == False).count()  # noqa: E712
        dues = [m.due_date for m in Milestone.select().where(Milestone.project == p.id)
                if m.done_on is None and m.due_date is not None]
        next_due = min(dues, default=None)
        stamps = [i.occurred_at for i in Interaction.select().where(Interaction.project == p.id, Interaction.kind == "update")]
        last = max(stamps, default=None)
        in_hand = p.status in ("active", "quoted") and not p.archived and p.delivered_on is None
        active = p.status == "active" and not p.archived
        dates = [d for d in (p.deadline, next_due) if d is not None]
        since = last or p.start_date or p.created_at
        left = max(float(Decimal(p.estimated_hours)) - logged / 60.0, 0)
        planned = active and p.deadline is not None and left > 0
        deposits = sorted((i.issue_date, i.id, i.currency, i.total_gross - i.deducted - i.paid - i.credited)
                          for i in Invoice.select().where(Invoice.project == p.id, Invoice.kind == "deposit",
                                                          Invoice.status == "issued")
                          if i.total_gross - i.deducted - i.paid - i.credited > 0 and i.issue_date is not None)
        if p.status not in ("lead", "quoted", "active"):
            deposits = []
        currencies = {currency for _, _, currency, _ in deposits}
        kept = (len(deposits), sum(due for *_, due in deposits), currencies.pop() if len(currencies) == 1 else None,
                deposits[0][0], deposits[0][1], deposits[-1][0]) if deposits else (0, None, None, None, None, None)
        found[p.id] = latest._project_normal((
            p.id, logged, open_count, next_due, last, p.deadline if in_hand else None,
            min(dates) if in_hand and open_count and dates else None,
            str(since)[:10] if active else None,
            (p.start_date - EPOCH).days if planned and p.start_date else None,
            (p.deadline - EPOCH).days if planned else None, left if planned else None, *kept))
    return found


def _kept() -> dict[int, tuple]:
    columns = ", ".join(f'"{c}"' for c in m0022.COLUMNS)
    return {row[0]: latest._project_normal(row)
            for row in db.current().execute_sql(f'SELECT {columns} FROM "project_latest"')}


def _exact() -> None:
    assert _kept() == _from_rows()
    assert latest.problems() == []


def test_every_write_keeps_each_projects_row_exact(any_db, today):
    factories.studio()
    who = factories.client()
    logo = factories.project(who.id, title="Logo", deadline="2026-11-30")
    poster = factories.project(who.id, title="Poster", deadline=None, milestones=[], deliverables=[])
    _exact()
    projects.set_status(logo.id, "active")
    Project.update(estimated_hours=Decimal("12.5"), start_date=D(2026, 11, 25)).where(Project.id == logo.id).execute()
    _exact()
    entry = TimeEntry.create(project=logo.id, date=today, minutes=90)
    TimeEntry.create(project=logo.id, date=today, minutes=30)
    _exact()
    TimeEntry.update(minutes=45).where(TimeEntry.id == entry.id).execute()
    _exact()
    TimeEntry.update(project=poster.id).where(TimeEntry.id == entry.id).execute()  # moved to another project
    _exact()
    TimeEntry.delete().where(TimeEntry.id == entry.id).execute()
    _exact()
    item = Deliverable.create(project=poster.id, name="Poster", done=False)
    _exact()
    Deliverable.update(done=True).where(Deliverable.project == logo.id).execute()  # no open work left
    _exact()
    Deliverable.update(project=logo.id, done=False).where(Deliverable.id == item.id).execute()
    _exact()
    Deliverable.delete().where(Deliverable.id == item.id).execute()
    _exact()
    step = Milestone.create(project=logo.id, title="Final files", due_date=D(2026, 11, 20))
    _exact()
    Milestone.update(due_date=D(2026, 12, 20)).where(Milestone.id == step.id).execute()
    Milestone.update(done_on=today).where(Milestone.project == logo.id, Milestone.id != step.id).execute()
    _exact()
    Milestone.update(project=poster.id).where(Milestone.id == step.id).execute()
    _exact()
    Milestone.delete().where(Milestone.id == step.id).execute()
    _exact()
    note = Interaction.create(client=who.id, project=logo.id, kind="update", occurred_at=T(2026, 11, 10, 15))
    Interaction.create(client=who.id, project=logo.id, kind="update", occurred_at=T(2026, 12, 5, 9))  # ahead
    Interaction.create(client=who.id, project=logo.id, kind="email", occurred_at=T(2026, 11, 20, 9))
    _exact()
    Interaction.update(kind="call").where(Interaction.id == note.id).execute()
    _exact()
    Interaction.update(project=poster.id, kind="update").where(Interaction.id == note.id).execute()
    _exact()
    Interaction.update(occurred_at=T(2026, 10, 1, 8)).where(Interaction.id == note.id).execute()
    Interaction.update(project=None).where(Interaction.project == logo.id).execute()
    _exact()
    Interaction.delete().where(Interaction.id == note.id).execute()
    _exact()
    for change in ({"status": "quoted"}, {"archived": True}, {"archived": False, "deadline": None},
                   {"deadline": D(2026, 12, 1), "status": "active"}, {"delivered_on": today}):
        Project.update(**change).where(Project.id == logo.id).execute()
        _exact()
    Project.update(status="active", delivered_on=None, created_at=T(2026, 1, 2, 3, 4)).where(
        Project.id == poster.id).execute()
    _exact()
    Project.delete().where(Project.id == logo.id).execute()  # its rows go with it (cascade, set null)
    _exact()
    assert list(_kept()) == [poster.id]


def test_the_panels_read_the_kept_rows_as_the_rows_say(any_db, today):
    factories.studio()
    Studio.update(warning_window_days=7, update_interval_days=14).where(Studio.id == 1).execute()
    who = factories.client()
    late = factories.project(who.id, title="Late", deadline="2026-11-20", deliverables=[], milestones=[])
    close = factories.project(who.id, title="Close", deadline="2027-03-01",
                              milestones=[{"title": "Concepts", "due_date": "2026-11-27"}])
    far = factories.project(who.id, title="Far", deadline="2027-03-01", milestones=[])
    for work in (late, close, far):
        projects.set_status(work.id, "active")
        Project.update(estimated_hours=Decimal(20), start_date=D(2026, 10, 1)).where(Project.id == work.id).execute()
    TimeEntry.create(project=far.id, date=today, minutes=20 * 60)  # nothing left to plan
    Interaction.create(client=who.id, project=close.id, kind="update", occurred_at=T(2026, 11, 18, 10))
    Interaction.create(client=who.id, project=far.id, kind="update", occurred_at=T(2026, 11, 1, 10))
    Interaction.create(client=who.id, project=far.id, kind="update", occurred_at=T(2026, 11, 30, 10))  # ahead
    rows, count = deadlines.deadlines_page(today, 5)
    assert [(r.project_id, r.late, r.next_milestone, r.open_deliverables) for r in rows] == [
        (late.id, True, "", 0), (close.id, False, "Concepts", 2)] and count == 2
    assert deadlines.deadlines_page(today, 1)[1] == 2
    due, count = updates.updates_page(today, 5)
    # far's update of the 30th is not seen yet: its last is that of the 1st; late never had one (started 1 Oct)
    assert [(u.project_id, u.last_update) for u in due] == [(late.id, None), (far.id, D(2026, 11, 1))]
    assert count == 2 and updates.updates_page(today, 1)[1] == 2
    # late: all 20 hours today; close: 20 hours over the 99 days to its deadline; far: none left
    assert [w.hours for w in workload.workload(today, 2)] == [Decimal("21.4"), Decimal("1.4")]


def test_check_reports_a_tampered_row_and_rebuild_repairs_it(any_db, today):
    factories.studio()
    work = factories.project(factories.client().id)
    assert check.run() == []
    db.current().execute_sql(f'UPDATE "project_latest" SET "open_deliverables" = 7 WHERE "project_id" = {work.id}')
    found = check.run()
    assert len(found) == 1 and "open work and last update of 1 project(s) differ" in found[0]
    assert f"the first project {work.id}" in found[0] and "rebuild-totals" in found[0]
    latest.rebuild()
    assert check.run() == []


def test_rows_written_with_the_triggers_set_aside_are_in_the_table_after(sqlite_db, today):
    factories.studio()
    who = factories.client()
    kept = factories.project(who.id)
    with db.transaction():
        set_aside = bulk.set_aside_indexes((Project, TimeEntry, Deliverable, Milestone, Interaction, Invoice))
        assert {name for _, name, _ in set_aside} >= set(m0022.TRIGGERS)
        other = Project.create(client=who.id, title="Imported", status="active", deadline=D(2026, 12, 1),
                               estimated_hours=Decimal(8))
        TimeEntry.create(project=other.id, date=today, minutes=60)
        TimeEntry.create(project=kept.id, date=today, minutes=60)
        Interaction.create(client=who.id, project=other.id, kind="update", occurred_at=T(2026, 11, 1))
        bulk.restore_indexes(set_aside)
    _exact()
    assert len(_kept()) == 2


def test_the_fill_reads_each_projects_deposits_from_their_own_index_without_statistics(sqlite_db):
    # Without statistics SQLite took the first deposit's ORDER BY from the issued invoices' date index, one scan
    # of every issued invoice per project (9 s for the large demo's fill); a trigger's project is planned well.
    assert not db.current().execute_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()
    plan = [row[3] for row in db.current().execute_sql("EXPLAIN QUERY PLAN " + m0022.source(True)).fetchall()]
    invoices = [step for step in plan if step.startswith("SEARCH i") and "invoice" in step]
    assert invoices and all("invoice_open_kind_project_id (kind=? AND project_id=?" in step for step in invoices)


def test_a_json_export_imported_elsewhere_gives_the_same_rows(any_db, today, tmp_path):
    factories.studio()
    who = factories.client()
    work = factories.project(who.id)
    projects.set_status(work.id, "active")
    TimeEntry.create(project=work.id, date=today, minutes=75)
    Interaction.create(client=who.id, project=work.id, kind="update", occurred_at=T(2026, 11, 1, 12))
    before = _kept()
    export.export_json(tmp_path / "all.json")
    assert "project_latest" not in (tmp_path / "all.json").read_text()  # derived: made again on import
    db.close()
    startup.open_database(tmp_path / "copy.sqlite3")
    export.import_json(tmp_path / "all.json")
    _exact()
    assert _kept() == before


def test_the_migration_fills_the_table_from_a_version_21_file(tmp_path, today):
    path = tmp_path / "v21.sqlite3"
    shutil.copy(FIXTURES / "v21.sqlite3", path)
    with sqlite3.connect(path) as conn:
        count = conn.execute("SELECT COUNT(*) FROM project").fetchone()[0]
    conn.close()
    startup.open_database(path)
    try:
        assert len(_kept()) == count
        _exact()
        assert check.run() == []
    finally:
        db.close()


def _deposits_from_rows(today: dt.date) -> tuple[list[int], dict[str, tuple[int, int]]]:
    found, sums = [], {}
    for i in Invoice.select().where(Invoice.kind == "deposit", Invoice.status == "issued"):
        due = i.total_gross - i.deducted - i.paid - i.credited
        if due > 0 and i.issue_date <= today and Project.get_by_id(i.project).status in ("lead", "quoted", "active"):
            found.append((i.issue_date, i.id))
            amount, count = sums.get(i.currency, (0, 0))
            sums[i.currency] = (amount + due, count + 1)
    return [invoice_id for _, invoice_id in sorted(found)], sums


def _deposits_agree(today: dt.date) -> None:
    ids, sums = _deposits_from_rows(today)
    for limit in (1, 2, None):
        rows, totals = money.deposits_page(today, limit)
        assert [r.invoice_id for r in rows] == ids[:limit]
        assert {t.currency: (t.amount, t.count) for t in totals} == sums


def test_the_deposits_panel_reads_the_kept_sums_and_the_few_others_from_the_invoices(any_db, today):
    factories.studio()
    who = factories.client()
    deposits = []
    for n in range(4):
        work = factories.project(who.id, title=f"Work {n}", price="1000", deposit_percent="30")
        _, _, deposit = factories.accepted_quote(work.id)
        deposits.append(invoices.issue(deposit.id))
    _exact()
    _deposits_agree(today)
    Invoice.update(issue_date=D(2026, 11, 2)).where(Invoice.id == deposits[2].id).execute()
    Invoice.update(issue_date=D(2026, 12, 24)).where(Invoice.id == deposits[1].id).execute()  # dated ahead
    _exact()
    _deposits_agree(today)
    _deposits_agree(D(2026, 12, 24))
    Invoice.update(project=deposits[0].project).where(Invoice.id == deposits[3].id).execute()  # moved
    Invoice.update(currency="GBP").where(Invoice.id == deposits[3].id).execute()  # two currencies on a project
    _exact()
    _deposits_agree(today)
    payments.record(deposits[2].id, "100.00")
    _exact()
    _deposits_agree(today)
    payments.record(deposits[2].id, str(Decimal(deposits[2].total_gross - 10000) / 100))  # paid in full
    projects.set_status(deposits[0].project_id, "delivered")
    _exact()
    _deposits_agree(today)
    Invoice.delete().where(Invoice.id == deposits[1].id).execute()
    _exact()
    _deposits_agree(D(2027, 1, 1))


def test_two_desks_on_postgresql_writing_the_same_projects_at_once_leave_the_rows_exact(pg_db, today):
    """Each desk has its own connection (peewee's per thread) and writes the same two projects' time, updates,
    milestones and deliverables in transactions of several statements; nobody deadlocks, and every row equals
    the rows it is made from."""
    factories.studio()
    who = factories.client()
    work = [factories.project(who.id, title=title).id for title in ("Logo", "Poster")]
    for project_id in work:
        projects.set_status(project_id, "active")
    start, errors = threading.Barrier(2), []

    def desk(first: int) -> None:
        try:
            start.wait(timeout=30)
            for n in range(12):
                project_id = work[(first + n) % 2]
                with db.transaction():  # one project's rows, then the other's: locked in the same order
                    TimeEntry.create(project=project_id, date=today, minutes=10 + n)
                    Interaction.create(client=who.id, project=project_id, kind="update",
                                       occurred_at=T(2026, 11, 1) + dt.timedelta(minutes=7 * n + first))
                Deliverable.update(done=n % 2 == 0).where(Deliverable.project == project_id).execute()
                Milestone.create(project=project_id, title=f"Step {n}", due_date=D(2026, 12, 1 + n))
        except Exception as exc:  # noqa: BLE001  reported by the test below
            errors.append(exc)
        finally:
            db.current().close()

    threads = [threading.Thread(target=desk, args=(first,)) for first in (0, 1)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == [] and not any(t.is_alive() for t in threads)
    _exact()
    assert TimeEntry.select().count() == 24


def test_the_demo_fills_the_table_on_both_engines(any_db, today):
    from studio_app.demo import generator
    generator.fill("small")
    _exact()
    assert any(row[6] is not None for row in _kept().values())  # projects at risk
