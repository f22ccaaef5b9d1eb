"""Backups and restores on real files: daily rotation, manual copies, checked restores, damaged databases."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from pathlib import Path

import pytest

from studio_app.files import backup, backup_list, export, restore
from studio_app.store import check, db, migrations, startup
from studio_app.work import clients, clock, settings
from studio_app.text.errors import DatabaseDamagedError, StudioError
from studio_app.store.models import Client, Invoice
from tests import factories
from tests.processes import sha, studio


def names() -> list[str]:
    return sorted(c.name for c in Client.select())


def content_of(path: Path) -> str:
    """Everything in the database at ``path``, as the JSON export (independent of the file layout)."""
    previous = db.database.obj
    startup.open_database(path)
    out = path.parent / f"{path.stem}-content.json"
    export.export_json(out)
    db.close()
    if previous is not None:
        db.database.initialize(previous)
    return out.read_text(encoding="utf-8")


def closed(path: Path) -> Path:
    """Close the app's connection so the file holds everything (SQLite folds the log in on close)."""
    db.close()
    assert not Path(f"{path}-wal").exists()
    return path


@pytest.fixture
def filled(sqlite_db, today):
    factories.studio()
    client = factories.client()
    factories.issued_invoice(client.id)
    clients.create(name="Second Client")
    return sqlite_db


# ------------------------------------------------------------------------------------------------- daily rotation

def test_first_start_of_a_day_makes_one_daily_backup_and_the_second_start_none(tmp_path):
    path = tmp_path / "studio.sqlite3"
    with clock.frozen(dt.datetime(2026, 3, 2, 8, 0)):
        startup.open_database(path, daily_backup=True)
        db.close()
    with clock.frozen(dt.datetime(2026, 3, 2, 17, 30)):
        startup.open_database(path, daily_backup=True)
        db.close()
    daily = backup_list.list_backups(path, backup_list.DAILY)
    assert [p.name for p in daily] == ["studio-daily-20260302-080000.sqlite3"]
    with clock.frozen(dt.datetime(2026, 3, 3, 9, 15)):
        startup.open_database(path, daily_backup=True)
    assert [p.name for p in backup_list.list_backups(path, backup_list.DAILY)] == [
        "studio-daily-20260303-091500.sqlite3", "studio-daily-20260302-080000.sqlite3"]


def test_daily_backups_keep_the_newest_fourteen(tmp_path):
    path = tmp_path / "studio.sqlite3"
    start = dt.datetime(2026, 1, 1, 9, 0)
    for day in range(20):
        with clock.frozen(start + dt.timedelta(days=day)):
            startup.open_database(path, daily_backup=True)
            clients.create(name=f"Client of day {day + 1}")
            db.close()
    kept = backup_list.list_backups(path, backup_list.DAILY)
    assert len(kept) == 14  # Studio.backup_keep_daily's default
    assert kept[0].name == "studio-daily-20260120-090000.sqlite3"
    assert kept[-1].name == "studio-daily-20260107-090000.sqlite3"
    # each copy is a real database with the data of its morning
    with sqlite3.connect(kept[0]) as conn:
        assert conn.execute("SELECT COUNT(*) FROM client").fetchone()[0] == 19


def test_the_number_of_daily_backups_kept_follows_the_setting(tmp_path):
    path = tmp_path / "studio.sqlite3"
    startup.open_database(path)
    settings.update({"backup_keep_daily": 3})
    db.close()
    for day in range(6):
        with clock.frozen(dt.datetime(2026, 5, 1 + day, 9, 0)):
            startup.open_database(path, daily_backup=True)
            db.close()
    assert len(backup_list.list_backups(path, backup_list.DAILY)) == 3


def test_migrations_keep_the_newest_three_pre_migration_backups(tmp_path, monkeypatch):
    path = tmp_path / "studio.sqlite3"
    startup.open_database(path)
    clients.create(name="Before any migration")
    db.close()
    steps = list(migrations.steps())
    first = migrations.LATEST  # the version the database is at before the five added steps
    for n in range(5):
        version = migrations.LATEST + 1
        steps.append((version, lambda database, sqlite: None))
        monkeypatch.setattr(migrations, "steps", lambda steps=list(steps): steps)
        monkeypatch.setattr(migrations, "LATEST", version)
        with clock.frozen(dt.datetime(2026, 6, 1, 9, n)):
            startup.open_database(path)
        db.close()
    kept = backup_list.describe_backups(path)
    assert [(b.reason, b.path.name) for b in kept] == [
        ("pre-migration", f"studio-pre-migration-20260601-09{n:02}00-v{first + n}.sqlite3") for n in (4, 3, 2)]
    with sqlite3.connect(kept[0].path) as conn:  # the copy is of the database as it was before the step
        assert conn.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == first + 4


def test_describe_backups_lists_every_reason_newest_first_with_size(filled):
    path = filled
    with clock.frozen(dt.datetime(2026, 11, 20, 9, 0)):
        backup.make_backup(path, backup_list.DAILY, 14)
    with clock.frozen(dt.datetime(2026, 11, 22, 9, 0)):
        backup.make_backup(path, backup_list.MIGRATION, 3, label="v1")
    with clock.frozen(dt.datetime(2026, 11, 21, 9, 0)):
        manual = backup.manual_backup()
    (path.parent / "backups" / "notes.txt").write_text("not a backup")
    (path.parent / "backups" / "other-daily-20261120-090000.sqlite3").write_bytes(b"")  # another database's
    found = backup_list.describe_backups(path)
    assert [(b.reason, b.taken_at) for b in found] == [
        ("pre-migration", dt.datetime(2026, 11, 22, 9, 0)), ("manual", dt.datetime(2026, 11, 21, 9, 0)),
        ("daily", dt.datetime(2026, 11, 20, 9, 0))]
    assert found[1].path == manual and found[1].size == manual.stat().st_size > 0
    assert backup_list.latest_backup(path) == found[0].path
    assert backup_list.describe_backups() == found  # the open database's


# ------------------------------------------------------------------------------------------------- manual backups

def test_a_manual_backup_is_a_consistent_copy_beside_the_database(filled):
    with clock.frozen(dt.datetime(2026, 11, 23, 10, 30)):
        first = backup.manual_backup()
        second = backup.manual_backup()  # the same second: a second file, not an overwrite
    assert first.parent == filled.parent / "backups"
    assert first.name == "studio-manual-20261123-103000.sqlite3" and first != second and second.exists()
    with sqlite3.connect(first) as conn:
        assert sorted(r[0] for r in conn.execute("SELECT name FROM client")) == names()
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for day in range(30):  # manual copies are never rotated away by daily backups
        with clock.frozen(dt.datetime(2026, 12, 1, 9, 0) + dt.timedelta(days=day)):
            backup.make_backup(filled, backup_list.DAILY, 14)
    assert first.exists() and second.exists()


def test_a_manual_backup_to_a_chosen_file_or_folder(filled, tmp_path):
    target = backup.manual_backup(tmp_path / "usb" / "copy.sqlite3")
    assert target == tmp_path / "usb" / "copy.sqlite3"
    folder = tmp_path / "usb"
    in_folder = backup.manual_backup(folder)
    assert in_folder.parent == folder and in_folder.name.startswith("studio-manual-")
    with pytest.raises(StudioError, match="cannot overwrite the database itself"):
        backup.manual_backup(filled)


def test_cli_backup_prints_the_path_and_refuses_a_missing_database(filled, tmp_path):
    closed(filled)
    result = studio("--db", filled, "backup")
    assert result.returncode == 0, result.stderr
    written = Path(result.stdout.strip().rsplit(" to ", 1)[1])
    assert written.parent == filled.parent / "backups" and written.exists()
    result = studio("--db", filled, "backup", "-o", tmp_path / "mine.sqlite3")
    assert result.returncode == 0 and (tmp_path / "mine.sqlite3").exists()
    result = studio("--db", tmp_path / "nothing.sqlite3", "backup")
    assert result.returncode == 1 and result.stderr.strip() == \
        f"studio-desk: There is no database at {tmp_path / 'nothing.sqlite3'} to back up."
    assert not (tmp_path / "nothing.sqlite3").exists()


# ------------------------------------------------------------------------------------------------- restore

def test_restore_puts_the_backup_back_and_keeps_what_was_there(filled):
    saved = backup.manual_backup()
    before = names()
    clients.create(name="Added after the backup")
    safety = restore.restore(saved)
    assert names() == before  # the restored database is open
    assert safety.name.startswith("studio-pre-restore-") and safety.parent == filled.parent / "backups"
    with sqlite3.connect(safety) as conn:
        assert "Added after the backup" in {r[0] for r in conn.execute("SELECT name FROM client")}
    assert check.run() == []
    assert not list(filled.parent.glob("*.restoring")) and not list(filled.parent.glob(".studio-restore-*"))


def test_restore_accepts_a_json_export(filled, tmp_path):
    exported = tmp_path / "everything.json"
    export.export_json(exported)
    Client.update(name="Changed").where(Client.name == "Second Client").execute()
    restore.restore(exported)
    assert "Second Client" in names() and "Changed" not in names()


def _refused(path: Path, file: Path, match: str) -> None:
    content = content_of(closed(path))
    listing = sorted(p.name for p in (path.parent / "backups").glob("*")) if (path.parent / "backups").exists() \
        else []
    with pytest.raises(StudioError, match=match) as caught:
        restore.restore(file, path)
    assert "\n" not in caught.value.message
    db.close()
    assert content_of(path) == content  # nothing touched
    after = sorted(p.name for p in (path.parent / "backups").glob("*")) if (path.parent / "backups").exists() else []
    assert after == listing  # not even a pre-restore backup was made
    assert not list(path.parent.glob(f"{path.stem}.damaged-*"))


def test_restore_refuses_files_that_are_not_studio_desk_backups(filled, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    _refused(filled, text, "is not a Studio Desk backup")
    other_json = tmp_path / "other.json"
    other_json.write_text('{"hello": 1}')
    _refused(filled, other_json, "is not a Studio Desk export")
    other_app = tmp_path / "other-app.sqlite3"
    with sqlite3.connect(other_app) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
    conn.close()
    _refused(filled, other_app, "is not a Studio Desk database")
    _refused(filled, tmp_path / "missing.sqlite3", "There is no file")


def test_restore_refuses_a_backup_from_a_newer_version(filled, tmp_path):
    newer = backup.manual_backup(tmp_path / "newer.sqlite3")
    with sqlite3.connect(newer) as conn:
        conn.execute("INSERT INTO schema_version (version, applied_at) VALUES (999, CURRENT_TIMESTAMP)")
    conn.close()
    _refused(filled, newer, "newer Studio Desk")


def test_restore_refuses_a_backup_that_fails_the_check(filled, tmp_path):
    tampered = backup.manual_backup(tmp_path / "tampered.sqlite3")
    with sqlite3.connect(tampered) as conn:
        conn.execute("UPDATE invoice SET due_date = '2099-01-01' WHERE status = 'issued'")
    conn.close()
    _refused(filled, tampered, "did not pass the check.*no longer matches what was issued")


def test_restore_refuses_a_damaged_backup(filled, tmp_path):
    damaged = backup.manual_backup(tmp_path / "damaged.sqlite3")
    data = bytearray(damaged.read_bytes())
    data[4096 * 2:4096 * 6] = os.urandom(4096 * 4)
    damaged.write_bytes(bytes(data))
    _refused(filled, damaged, "is damaged and cannot be restored")


def test_restore_waits_for_other_windows_to_close_the_database(filled, tmp_path):
    saved = backup.manual_backup(tmp_path / "saved.sqlite3")
    closed(filled)
    other = sqlite3.connect(filled)  # another Studio Desk window
    other.execute("SELECT COUNT(*) FROM client").fetchone()
    try:
        with pytest.raises(StudioError, match="open in another Studio Desk window"):
            restore.restore(saved, filled)
    finally:
        other.close()
    assert backup_list.list_backups(filled, backup_list.PRE_RESTORE) == []
    restore.restore(saved, filled)  # once the other window is closed it works
    assert len(backup_list.list_backups(filled, backup_list.PRE_RESTORE)) == 1


def test_cli_restore_checks_first_and_says_where_the_old_database_went(filled, tmp_path):
    saved = backup.manual_backup(tmp_path / "saved.sqlite3")
    clients.create(name="After the backup")
    closed(filled)
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"PK\x03\x04" + os.urandom(5000))  # a zip, say: random bytes alone start with "{" one time in 250
    result = studio("--db", filled, "restore", junk)
    assert result.returncode == 1 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "is not a Studio Desk backup" in result.stderr
    result = studio("--db", filled, "restore", saved)
    assert result.returncode == 0, result.stderr
    assert f"Restored {filled} from {saved}." in result.stdout and "pre-restore" in result.stdout
    startup.open_database(filled)
    assert "After the backup" not in names()


# ------------------------------------------------------------------------------------------------- damaged databases

def _truncate_half(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


def _truncate_tiny(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(3000)


def _garbage_after_the_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:] = os.urandom(len(data) - 100)
    path.write_bytes(bytes(data))


def _all_garbage(path: Path) -> None:
    path.write_bytes(os.urandom(path.stat().st_size))


def _zeroed(path: Path) -> None:
    path.write_bytes(bytes(path.stat().st_size))


DAMAGE = [_truncate_half, _truncate_tiny, _garbage_after_the_header, _all_garbage, _zeroed]


@pytest.mark.parametrize("damage", DAMAGE, ids=[d.__name__.strip("_") for d in DAMAGE])
def test_a_damaged_database_is_refused_untouched_and_names_the_latest_backup(filled, damage):
    with clock.frozen(dt.datetime(2026, 11, 22, 18, 0)):
        older = backup.make_backup(filled, backup_list.DAILY, 14)
    with clock.frozen(dt.datetime(2026, 11, 23, 8, 0)):
        newest = backup.make_backup(filled, backup_list.DAILY, 14)
    closed(filled)
    damage(filled)
    before = sha(filled)
    with pytest.raises(DatabaseDamagedError) as caught:
        startup.open_database(filled)
    error = caught.value
    assert isinstance(error, StudioError) and error.path == filled and error.latest_backup == newest != older
    assert str(filled) in error.message and "2026-11-23 08:00" in error.message and str(newest) in error.message
    assert sha(filled) == before and not backup_list.list_backups(filled, backup_list.MIGRATION)
    result = studio("--db", filled, "list", "clients")
    assert result.returncode == 1 and result.stderr.strip() == f"studio-desk: {error.message}"


def test_a_damaged_database_without_backups_says_so(tmp_path):
    path = tmp_path / "studio.sqlite3"
    startup.open_database(path)
    closed(path)
    _truncate_half(path)
    with pytest.raises(DatabaseDamagedError, match="is damaged and cannot be opened.$") as caught:
        startup.open_database(path)
    assert caught.value.latest_backup is None


@pytest.mark.parametrize("damage", [_truncate_half, _garbage_after_the_header], ids=["truncated", "garbage"])
def test_recover_from_backup_sets_the_damaged_file_aside_and_restores(filled, damage):
    expected = names()
    latest = backup.make_backup(filled, backup_list.DAILY, 14)
    closed(filled)
    damage(filled)
    damaged_bytes = filled.read_bytes()
    try:
        startup.open_database(filled)
    except DatabaseDamagedError as exc:
        error = exc
    with clock.frozen(dt.datetime(2026, 11, 23, 12, 34, 56)):
        kept = restore.recover_from_backup(error.path, error.latest_backup)
    assert kept == filled.with_name("studio.damaged-20261123-123456.sqlite3")
    assert kept.read_bytes() == damaged_bytes  # never deleted, never overwritten
    assert latest.exists()  # the backup itself stays
    startup.open_database(filled)
    assert names() == expected and check.run() == []
    db.close()
    # a second recovery in the same second keeps both damaged files
    damage(filled)
    with clock.frozen(dt.datetime(2026, 11, 23, 12, 34, 56)):
        second = restore.recover_from_backup(filled, latest)
    assert second != kept and second.exists() and kept.exists()


def test_recover_refuses_a_bad_backup_and_moves_nothing(filled, tmp_path):
    closed(filled)
    _truncate_half(filled)
    before = sha(filled)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    with pytest.raises(StudioError, match="cannot be restored"):
        restore.recover_from_backup(filled, junk)
    assert sha(filled) == before and not list(filled.parent.glob("studio.damaged-*"))


def test_cli_restore_also_repairs_a_damaged_database(filled, tmp_path):
    saved = backup.manual_backup(tmp_path / "saved.sqlite3")
    expected = names()
    closed(filled)
    _garbage_after_the_header(filled)
    result = studio("--db", filled, "restore", saved)
    assert result.returncode == 0, result.stderr
    assert "studio.damaged-" in result.stdout
    startup.open_database(filled)
    assert names() == expected and check.run() == []


def test_a_crash_log_beside_the_file_is_not_mistaken_for_damage(filled):
    """After a crash the -wal holds the last commits; the file alone looks short but is fine."""
    database = db.current()
    database.execute_sql("PRAGMA wal_autocheckpoint = 0")
    for n in range(200):
        clients.create(name=f"Client {n:03}", notes="x" * 2000)
    wal = Path(f"{filled}-wal")
    snapshot = {p: p.read_bytes() for p in (filled, wal)}  # what a power cut leaves
    db.close()
    for p, data in snapshot.items():
        p.write_bytes(data)
    startup.open_database(filled)
    assert Client.select().count() == 202 and check.run() == []


# ------------------------------------------------------------------------------------------------- PostgreSQL

@pytest.mark.postgres
def test_postgres_backup_is_a_json_export_and_restore_loads_it_in_one_step(pg_db, today):
    factories.studio()
    client = factories.client()
    factories.issued_invoice(client.id)
    saved = backup.manual_backup()
    assert saved.suffix == ".json" and saved.parent == db.default_location().parent / "backups"
    assert json.loads(saved.read_text(encoding="utf-8"))["format"] == export.FORMAT
    clients.create(name="After the backup")
    factories.issued_invoice(client.id)
    safety = restore.restore(saved)
    assert "After the backup" not in names() and Invoice.select().count() == 1
    assert check.run() == []
    assert "pre-restore" in safety.name and "After the backup" in safety.read_text(encoding="utf-8")
    assert [(b.reason, b.path) for b in backup_list.describe_backups()] == [("pre-restore", safety), ("manual", saved)]
    assert backup_list.describe_backups(pg_db) == backup_list.describe_backups()
    # the sequences continue after the restored ids, and numbering after the restored counter
    assert factories.issued_invoice(client.id).number.endswith("0002")
    with pytest.raises(StudioError, match="is not a Studio Desk backup"):
        junk = saved.with_name("junk.txt")
        junk.write_text("hello")
        restore.restore(junk)
    assert Invoice.select().count() == 2


@pytest.mark.postgres
def test_cli_backup_of_postgres_says_it_wrote_a_json_export(pg_db, tmp_path):
    db.close()
    result = studio("--db", pg_db, "backup", "-o", tmp_path / "pg.json")
    assert result.returncode == 0, result.stderr
    assert "PostgreSQL" in result.stdout and "JSON export" in result.stdout and str(tmp_path / "pg.json") in \
        result.stdout
    result = studio("--db", pg_db, "restore", tmp_path / "pg.json")
    assert result.returncode == 0, result.stderr
