import ast
import hashlib
import importlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import peewee
import pytest

from studio_app.files import backup_list
from studio_app.store import check, db, migrations, startup
from studio_app.text.errors import DatabaseVersionError
from studio_app.store.models import ALL_MODELS, Client, Invoice

FIXTURES = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "schemas").glob("v*.sqlite3"))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_database_is_at_the_latest_version_and_consistent(tmp_path):
    startup.open_database(tmp_path / "new.sqlite3")
    assert migrations.current_version(db.current()) == migrations.LATEST
    assert check.run() == []


def test_every_migration_module_is_named_in_order():
    """NAMES is the list of migrations: every mNNNN file, N its place, and its VERSION (where it has one) N."""
    folder = Path(migrations.__file__).parent
    assert list(migrations.NAMES) == sorted(p.stem for p in folder.glob("m[0-9][0-9][0-9][0-9]_*.py"))
    for number, name in enumerate(migrations.NAMES, 1):
        assert name.startswith(f"m{number:04}_")
        module = importlib.import_module(f"{migrations.__name__}.{name}")
        assert getattr(module, "VERSION", number) == number
    assert [n for n, _ in migrations.steps()] == list(range(1, migrations.LATEST + 1))


def test_opening_a_current_database_loads_no_migration(tmp_path):
    """Start-up reads the version only: the migrations (and the frozen schema) load for a database that needs
    them. Checked in a fresh process, where nothing has loaded them yet."""
    path = tmp_path / "current.sqlite3"
    startup.open_database(path)
    db.close()
    code = ("import sys; from studio_app.store import startup; startup.open_database(sys.argv[1]); "
            "print(sorted(m for m in sys.modules if '.migrations.m0' in m or 'schema_' in m))")
    out = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[3]).stdout
    loaded = ast.literal_eval(out.strip())
    needed_at_run_time = {"m0016_kept_totals", "m0018_search_fragments", "m0019_client_latest", "m0021_row_counts",
                          "m0022_project_latest", "m0023_day_counts"}  # their SQL serves the kept tables
    assert {name.rsplit(".", 1)[1] for name in loaded} <= needed_at_run_time


def test_the_migrated_schema_matches_the_models(any_db):
    """A migration that forgets a column or an index shows up here, on both engines."""
    database = db.current()
    for model in ALL_MODELS:
        table = model._meta.table_name
        columns = {c.name for c in database.get_columns(table)}
        assert columns == {f.column_name for f in model._meta.sorted_fields}, table
        indexes = {i.name for i in database.get_indexes(table)}
        for index in model._meta.fields_to_index():
            assert index._name in indexes, (table, index._name)


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_each_earlier_version_opens_migrates_and_keeps_its_data(fixture, tmp_path):
    path = tmp_path / "old.sqlite3"
    shutil.copy(fixture, path)
    with sqlite3.connect(path) as conn:
        clients_before = conn.execute("SELECT COUNT(*) FROM client").fetchone()[0]
        invoices_before = conn.execute("SELECT id, number, total_gross FROM invoice ORDER BY id").fetchall()
        version_before = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0]
    conn.close()
    startup.open_database(path)
    assert migrations.current_version(db.current()) == migrations.LATEST
    assert Client.select().count() == clients_before > 0
    assert list(Invoice.select(Invoice.id, Invoice.number, Invoice.total_gross).order_by(Invoice.id).tuples()) \
        == invoices_before
    assert check.run() == []
    if version_before < migrations.LATEST:
        kept = backup_list.list_backups(path, backup_list.MIGRATION)
        assert kept and sqlite3.connect(kept[0]).execute("SELECT MAX(version) FROM schema_version").fetchone()[0] \
            == version_before


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "future.sqlite3"
    startup.open_database(path)
    db.current().execute_sql('INSERT INTO "schema_version" ("version", "applied_at") VALUES (999, CURRENT_TIMESTAMP)')
    db.current().execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = sha(path)
    with pytest.raises(DatabaseVersionError, match="newer Studio Desk"):
        startup.open_database(path)
    db.close()
    assert sha(path) == before
    assert not (tmp_path / "backups").exists() or not backup_list.list_backups(path, backup_list.MIGRATION)


def test_a_file_that_is_not_a_database_is_refused_and_kept(tmp_path):
    from studio_app.text.errors import StudioError
    path = tmp_path / "notes.sqlite3"
    path.write_text("my notes, not a database")
    with pytest.raises(StudioError, match="not a Studio Desk database"):
        startup.open_database(path)
    assert path.read_text() == "my notes, not a database"


def test_migration_steps_are_each_atomic(tmp_path, monkeypatch):
    """A step that fails half-way leaves the database at the previous version, not in between."""
    path = tmp_path / "half.sqlite3"
    startup.open_database(path)
    db.close()

    def broken(database, sqlite):
        database.execute_sql('CREATE TABLE "half_done" ("id" INTEGER)')
        raise peewee.OperationalError("disk on fire")

    latest = migrations.LATEST
    with_broken = migrations.steps() + [(latest + 1, broken)]
    monkeypatch.setattr(migrations, "steps", lambda: with_broken)
    monkeypatch.setattr(migrations, "LATEST", latest + 1)
    with pytest.raises(peewee.OperationalError):
        startup.open_database(path)
    assert not db.current().table_exists("half_done")
    assert migrations.current_version(db.current()) == latest


V1 = Path(__file__).resolve().parents[2] / "fixtures" / "schemas" / "v1.sqlite3"


def test_version_1_reaches_the_latest_version_with_its_search_index_and_passes_check(tmp_path):
    """Migration 2 (list and dashboard indexes, trigram search) on a database of the first release."""
    from studio_app.store import lists
    from studio_app.store.migrations import m0002_list_and_dashboard_indexes as m0002
    from studio_app.store.migrations import m0003_payment_currency as m0003

    path = tmp_path / "v1.sqlite3"
    shutil.copy(V1, path)
    words = ["kaya", "yilmaz", "ayse", "inv", "an", "αθηνα", "brand identity", "2026"]
    tables = {"clients": "client", "projects": "project", "quotes": "quote", "contracts": "contract",
              "invoices": "invoice"}
    with sqlite3.connect(path) as conn:  # what a plain scan of the folded keys finds, before migrating
        expected = {(kind, word): {row[0] for row in conn.execute(
            f"SELECT id FROM {table} WHERE " + " AND ".join("search_key LIKE ?" for _ in word.split()),
            [f"%{w}%" for w in word.split()])} for kind, table in tables.items() for word in words}
    conn.close()
    startup.open_database(path)
    database = db.current()
    assert migrations.current_version(database) == migrations.LATEST >= 2
    assert check.run() == []
    names = {row[0] for row in database.execute_sql("SELECT name FROM sqlite_master").fetchall()}
    for statement in m0002.INDEXES:
        assert (statement.split('"')[1] in names) != (statement.split('"')[1] in m0003.DROPPED)
    assert m0003.INDEX in names
    for table in m0002.SEARCHABLE:
        assert f"{table}_search" in names
        database.execute_sql(f"INSERT INTO \"{table}_search\"(\"{table}_search\") VALUES ('integrity-check')")
    for kind in tables:
        for word in words:
            found = lists.ids(kind, lists.Filter(text=word, include_archived=True))
            assert set(found) == expected[(kind, word)], (kind, word)


def test_the_search_index_follows_inserts_updates_and_deletes(sqlite_db):
    from studio_app.work import clients
    from studio_app.store import lists, search

    client = clients.create(name="Şule Öztürk", company="Kahve Evi")
    assert lists.ids("clients", lists.Filter(text="ÖZTÜRK")).tolist() == [client.id]
    clients.update(client.id, name="Şule Kılıç", company="Kahve Evi")
    assert lists.ids("clients", lists.Filter(text="ozturk")).tolist() == []
    assert lists.ids("clients", lists.Filter(text="kilic kahve")).tolist() == [client.id]
    assert [h.id for h in search.find("KILIÇ")] == [client.id]
    clients.delete(client.id)
    assert lists.ids("clients", lists.Filter(text="kilic")).tolist() == []
    db.current().execute_sql("INSERT INTO \"client_search\"(\"client_search\") VALUES ('integrity-check')")


def test_version_2_payments_take_their_invoice_currency_and_revenue_per_month_is_unchanged(tmp_path):
    """Migration 3 copies each invoice's currency onto its payments; the figures read the same as the join did."""
    import datetime as dt

    from studio_app.work import payments
    from studio_app.today import money
    from studio_app.store.models import Payment

    path = tmp_path / "v2.sqlite3"
    shutil.copy(Path(__file__).resolve().parents[2] / "fixtures" / "schemas" / "v2.sqlite3", path)
    today = dt.date(2026, 11, 23)
    with sqlite3.connect(path) as conn:
        joined = conn.execute(
            "SELECT substr(p.date, 1, 7), i.currency, SUM(p.amount) FROM payment p JOIN invoice i "
            "ON i.id = p.invoice_id WHERE p.date >= '2025-12-01' AND p.date <= ? GROUP BY 1, 2",
            [today.isoformat()]).fetchall()
    conn.close()
    startup.open_database(path)
    assert Payment.select().count() > 100
    assert Payment.select().join(Invoice).where(Payment.currency != Invoice.currency).count() == 0
    months = money.revenue_by_month(today)
    shown = {(m.month.strftime("%Y-%m"), a.currency): a.amount for m in months for a in m.totals if a.amount}
    assert shown == {(month, currency): amount for month, currency, amount in joined}

    paid = Payment.select().first()
    Payment.update(currency="XXX").where(Payment.id == paid.id).execute()
    assert any("a payment is recorded in XXX" in problem for problem in check.run())
    Payment.update(currency=paid.invoice.currency).where(Payment.id == paid.id).execute()
    invoice = Invoice.select().where((Invoice.status == "issued") & (Invoice.kind != "credit_note")
                                     & (Invoice.total_gross - Invoice.deducted - Invoice.paid - Invoice.credited > 0)).first()
    assert payments.record(invoice.id, 1, date=today).currency == invoice.currency


def test_migration_4_keeps_every_figure_and_gives_forint_its_iso_decimals(tmp_path):
    """Amounts in a currency whose ISO 4217 decimals Babel got wrong (HUF: 2, Babel said 0) are rescaled with
    their snapshots, so 150 000 Ft reads 150 000 Ft after the migration; every other figure is unchanged."""
    from studio_app.work import invoices
    from studio_app import money
    from studio_app.store.models import Payment, Project
    path = tmp_path / "v3.sqlite3"
    shutil.copy(Path(__file__).resolve().parents[2] / "fixtures" / "schemas" / "v3.sqlite3", path)
    with sqlite3.connect(path) as conn:
        forint = conn.execute("SELECT id, total_gross, paid FROM invoice WHERE status = 'issued' ORDER BY id").fetchone()
        conn.execute("UPDATE invoice SET currency = 'HUF' WHERE id = ?", (forint[0],))
        conn.execute("UPDATE payment SET currency = 'HUF' WHERE invoice_id = ?", (forint[0],))
        (snapshot,) = conn.execute("SELECT snapshot FROM issued_document WHERE kind = 'invoice' AND document_id = ?",
                                   (forint[0],)).fetchone()
        conn.execute("UPDATE issued_document SET snapshot = ? WHERE kind = 'invoice' AND document_id = ?",
                     (snapshot.replace('"currency":"EUR"', '"currency":"HUF"').replace(
                         '"currency":"TRY"', '"currency":"HUF"').replace('"currency":"MYR"', '"currency":"HUF"'),
                      forint[0]))
        others = conn.execute("SELECT id, total_gross FROM invoice WHERE id <> ? ORDER BY id", (forint[0],)).fetchall()
        accepted = conn.execute("SELECT project_id, MAX(id) FROM quote WHERE status = 'accepted' "
                                "GROUP BY project_id").fetchall()
    conn.close()
    startup.open_database(path)
    invoice = invoices.get(forint[0])
    assert (invoice.total_gross, invoice.paid) == (forint[1] * 100, forint[2] * 100)  # the same forints
    assert money.format_money(invoice.total_gross, "HUF", "en").endswith(".00")
    assert sum(p.amount for p in Payment.select().where(Payment.invoice == invoice.id)) == forint[2] * 100
    assert [(i.id, i.total_gross) for i in Invoice.select().where(Invoice.id != forint[0]).order_by(Invoice.id)] \
        == others
    assert {(p.id, p.accepted_quote_id) for p in Project.select().where(Project.accepted_quote.is_null(False))} \
        == set(accepted)  # each accepted quote becomes its project's agreement
    assert check.run() == []


@pytest.mark.parametrize("fixture", [f for f in FIXTURES if 3 <= int(f.stem[1:]) < 24], ids=lambda f: f.stem)
def test_every_accepted_project_agrees_to_its_quotes_net_total_after_migrating(fixture, tmp_path):
    """Migration 4 linked each project to its accepted quote but left an hourly project's price at 0, so its contract
    asked a deposit of 0 and none could be drawn (migration 24); the demos of every version since had the same."""
    from studio_app.store.models import Project, Quote
    from studio_app.work import projects
    path = tmp_path / "old.sqlite3"
    shutil.copy(fixture, path)
    with sqlite3.connect(path) as conn:
        agreed = dict(conn.execute("SELECT project_id, MAX(id) FROM quote WHERE status = 'accepted' GROUP BY 1"))
        hourly_at_zero = conn.execute("SELECT COUNT(*) FROM project WHERE pricing = 'hourly' AND price = 0 AND id IN "
                                      "(SELECT project_id FROM quote WHERE status = 'accepted')").fetchone()[0]
    conn.close()
    assert hourly_at_zero > 0  # what the fixture brings: hourly projects accepted, their price 0
    startup.open_database(path)
    linked = {p.id: p for p in Project.select().where(Project.accepted_quote.is_null(False))}
    assert {p.id: p.accepted_quote_id for p in linked.values()} == agreed
    for project in linked.values():
        quote = Quote.get_by_id(project.accepted_quote_id)
        assert project.price == projects.price_net(project) == quote.total_net, project.id
        if project.pricing == "hourly" and project.deposit_percent:
            assert projects.deposit_net(project) > 0


def test_check_reports_a_project_whose_price_is_not_its_accepted_quotes(tmp_path):
    """What migration 24 repairs is what `check` reports, should it come back (an import, a hand edit)."""
    from studio_app.store.models import Project
    path = tmp_path / "old.sqlite3"
    shutil.copy(max(FIXTURES, key=lambda f: int(f.stem[1:])), path)  # the newest kept version
    startup.open_database(path)
    assert check.run() == []
    project = Project.select().where(Project.accepted_quote.is_null(False), Project.pricing == "hourly").first()
    Project.update(price=0).where(Project.id == project.id).execute()
    (problem,) = check.run()
    assert problem.startswith(f"the project “{project.title}” (#{project.id}) has the price 0, but its accepted quote")
