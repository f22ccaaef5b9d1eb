"""Nothing lost: what `-o` may replace, exports and backups as one moment while other desks write, reading
commands that never lock or write, and a polite answer when another desk holds the write lock.

Real parts only: real SQLite files and a real PostgreSQL, real CLI processes, other desks as real
processes, real FIFOs and device nodes, a real file-size limit for the "disk full" case.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from studio_app.files import backup, backup_list, export, private, restore, safe_write
from studio_app.store import check, db, startup
from studio_app.cli import pdf as cli_pdf
from studio_app.work import clients
from studio_app.text.errors import StudioError
from studio_app.store.models import Client, Invoice, Payment, Studio
from tests import factories
from tests.processes import sha, studio
from tests.conftest import ROOT

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX files, modes and signals")
pytestmark = posix_only
WORKER = Path(__file__).resolve().parent / "payment_worker.py"
V1 = ROOT / "tests" / "fixtures" / "schemas" / "v1.sqlite3"


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


def refused(result: subprocess.CompletedProcess, contains: str) -> None:
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("studio-desk: "), result.stderr
    assert contains in result.stderr, result.stderr


@pytest.fixture
def books(sqlite_db, today) -> dict:
    """A database with an issued invoice and a daily backup, closed (as another process finds it)."""
    factories.studio()
    # Enough lines in four scripts that the PDF outgrows the 40 kB "full disk" below (Inter's subsets are small).
    words = ("Logo design", "Αφίσα έκθεσης", "Kitap kapağı çizimi", "Фирменный стиль", "Ambalaj tasarımı")
    invoice = factories.issued_invoice(factories.client().id, lines=[
        {"description": f"{words[i % len(words)]} {i}", "unit_price": "100", "tax_rate": "20"} for i in range(250)])
    kept = backup.make_backup(sqlite_db, backup_list.DAILY, 14)
    db.close()
    return {"path": sqlite_db, "number": invoice.number, "id": invoice.id, "backup": kept}


def writers(number: str) -> dict:
    """Each way a command writes a file the user named, as the CLI arguments after --db."""
    return {"pdf": ["pdf", "invoice", number, "-o"], "json": ["export", "json", "-o"],
            "csv": ["export", "csv", "invoices", "-o"], "backup": ["backup", "-o"]}


def write_in_process(kind: str, number: str, target: Path) -> Path:
    from studio_app.work import invoices
    if kind == "pdf":
        return cli_pdf.write_pdf("invoice", invoices.by_number(number).id, target)
    if kind == "json":
        export.export_json(target)
    elif kind == "csv":
        export.export_csv("invoices", target)
    else:
        return backup.manual_backup(target)
    return target


# ------------------------------------------------------------------------------------------------- what -o may replace

def test_the_exact_report_export_csv_onto_the_open_database_is_refused(books):
    path = books["path"]
    before = sha(path)
    refused(studio("--db", path, "export", "csv", "invoices", "-o", path), "cannot overwrite the database itself")
    assert sha(path) == before
    assert studio("--db", path, "check").stdout.strip() == "The database is consistent."


@pytest.mark.parametrize("kind", ["pdf", "json", "csv", "backup"])
def test_no_writer_replaces_the_database_its_log_or_its_backups(books, kind, tmp_path):
    path, kept = books["path"], books["backup"]
    startup.open_database(path)
    link = tmp_path / "link.out"
    link.symlink_to(path)
    hard = tmp_path / "hard.out"
    os.link(path, hard)
    before = {p: sha(p) for p in (path, kept)}
    for target, says in ((path, "cannot overwrite the database itself"),
                         (Path(f"{path}-wal"), "cannot overwrite the database itself"),
                         (Path(f"{path}-shm"), "cannot overwrite the database itself"),
                         (link, "cannot overwrite the database itself"),
                         (hard, "cannot overwrite the database itself"),
                         (kept, "backups, which are never overwritten")):
        with pytest.raises(StudioError, match=says):
            write_in_process(kind, books["number"], target)
    assert link.is_symlink() and os.readlink(link) == str(path)
    db.close()
    assert {p: sha(p) for p in (path, kept)} == before
    assert not list(path.parent.glob("*.part")) and not list(kept.parent.glob("*.part"))
    startup.open_database(path)
    assert check.run() == []


def test_exports_and_pdfs_do_not_replace_another_database(books, tmp_path):
    other = tmp_path / "other.sqlite3"
    shutil.copyfile(books["path"], other)
    before = sha(other)
    for kind in ("pdf", "json", "csv"):
        refused(studio("--db", books["path"], *writers(books["number"])[kind], other), "is a database file")
    assert sha(other) == before
    result = studio("--db", books["path"], "backup", "-o", other)  # an older copy may be refreshed by a backup
    assert result.returncode == 0, result.stderr


def test_device_nodes_fifos_and_folders_are_refused_and_left_as_they_are(books, tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    null_before = os.stat("/dev/null")
    with pytest.raises(StudioError, match="not a regular file"):  # first in-process: nothing here writes
        safe_write.check_target("/dev/null")
    for kind, args in writers(books["number"]).items():
        for target, says in ((fifo, "not a regular file"), (Path("/dev/null"), "not a regular file"),
                             (folder, "is a folder")):
            if kind == "backup" and target == folder:
                continue  # `backup -o FOLDER` names the file inside it (tested in test_backup)
            refused(studio("--db", books["path"], *args, target), says)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode) and list(folder.iterdir()) == []
    null_after = os.stat("/dev/null")
    assert stat.S_ISCHR(null_after.st_mode) and null_after.st_rdev == null_before.st_rdev \
        and null_after.st_ino == null_before.st_ino
    assert not [p for p in Path("/dev").iterdir() if p.name.startswith("null.")]
    assert not list(tmp_path.glob("*.part"))


def test_a_symlink_planted_at_the_old_part_name_is_never_followed(books, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    victim.chmod(0o644)
    for kind, args in writers(books["number"]).items():
        target = tmp_path / f"out-{kind}"
        planted = tmp_path / f"out-{kind}.part"
        planted.symlink_to(victim)
        result = studio("--db", books["path"], *args, target)
        assert result.returncode == 0, result.stderr
        assert target.is_file() and not target.is_symlink() and mode(target) == 0o600
        assert planted.is_symlink()  # not ours: left alone, and not written through
    assert victim.read_text() == "precious" and mode(victim) == 0o644


def test_files_and_folders_for_o_are_private_from_the_start_even_at_umask_000(books, tmp_path):
    previous = os.umask(0)
    try:
        with private.Temporary(tmp_path / "probe.bin") as temporary:
            assert mode(temporary.path) == 0o600 and temporary.path.parent == tmp_path  # before one byte is written
        assert not temporary.path.exists()  # left without commit: removed
        startup.open_database(books["path"])
        for kind in ("pdf", "json", "csv", "backup"):
            target = tmp_path / f"new-{kind}" / "deeper" / "file.out"
            written = write_in_process(kind, books["number"], target)
            assert written == target and mode(target) == 0o600, kind
            assert mode(target.parent) == mode(target.parent.parent) == 0o700, kind
    finally:
        os.umask(previous)
    assert mode(tmp_path) == stat.S_IMODE(tmp_path.stat().st_mode)  # a folder it did not create is left alone


def _limit_file_size(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails with EFBIG
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_a_write_that_fails_half_way_leaves_the_old_file_and_no_part(books, tmp_path):
    """A real failing write: the file-size limit makes the disk "full" at 40 kB (past the -shm's 32 kB, short of
    the PDF, the JSON export and the backup; the CSV of one invoice is too small, test_files fails it otherwise)."""
    for kind, args in writers(books["number"]).items():
        if kind == "csv":
            continue
        target = tmp_path / f"previous-{kind}"
        target.write_text("the previous file")
        result = studio("--db", books["path"], *args, target, preexec_fn=_limit_file_size(40_000))
        refused(result, "Could not")
        assert target.read_text() == "the previous file", kind
        assert not list(tmp_path.glob("*.part")), kind


# ------------------------------------------------------------------------------------------------- one moment

def _start_desks(target: str, groups: list[list[int]]) -> list[subprocess.Popen]:
    desks = []
    for seed, ids in enumerate(groups, start=1):
        desk = subprocess.Popen([sys.executable, str(WORKER), target, str(seed), ",".join(map(str, ids))], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env={**os.environ, "PYTHONPATH": str(ROOT)})
        desks.append(desk)
    for desk in desks:
        line = desk.stdout.readline()
        assert line.strip() == "ready", line + desk.stderr.read()
        assert desk.stdout.readline().startswith("paid"), desk.stderr.read()  # writing for real
    return desks


def _stop(desks: list[subprocess.Popen]) -> None:
    for desk in desks:
        desk.terminate()
    for desk in desks:
        _, err = desk.communicate(timeout=30)
        assert desk.returncode == -signal.SIGTERM and "Traceback" not in err, err


def _payments_in(file: Path) -> int:
    if file.suffix == ".json":
        return len(json.loads(file.read_text(encoding="utf-8"))["tables"]["payment"])
    with sqlite3.connect(file) as conn:
        return conn.execute("SELECT COUNT(*) FROM payment").fetchone()[0]


def test_exports_and_backups_taken_while_other_desks_record_payments_restore_and_pass_check(any_db, tmp_path,
                                                                                          today):
    """Each desk records one-cent payments (a payment row and the invoice's stored paid amount, in one
    transaction) on its own invoices, as fast as it can, in its own process, all through the exports."""
    client = factories.client()
    ids = [factories.issued_invoice(client.id, lines=[{"description": "Retainer", "quantity": "1",
                                                       "unit_price": "90000", "tax_rate": "20"}]).id
           for _ in range(6)]
    target = str(any_db)
    db.close()
    suffix = ".json" if db.is_postgres(target) else ".sqlite3"
    desks = _start_desks(target, [ids[:3], ids[3:]])
    taken = []
    try:
        for n in range(3):
            for args, name in ((["export", "json", "-o"], f"export-{n}.json"),
                               (["backup", "-o"], f"backup-{n}{suffix}"),
                               (["export", "csv", "payments", "-o"], f"payments-{n}.csv")):
                result = studio("--db", target, *args, tmp_path / name)
                assert result.returncode == 0, result.stderr
                taken.append(tmp_path / name)
    finally:
        _stop(desks)
    restorable = [f for f in taken if f.suffix != ".csv"]
    counts = [_payments_in(f) for f in restorable]
    assert counts == sorted(counts) and counts[-1] > counts[0]  # the desks wrote all along
    for file in restorable:
        restored = tmp_path / f"restored-{file.stem}.sqlite3"
        restore.restore(file, restored)  # which refuses a file that fails the check
        assert check.run() == [], file.name
        paid = sum(i.paid for i in Invoice.select())
        assert paid == sum(p.amount for p in Payment.select()) > 0
        db.close()
    for file in taken:
        if file.suffix == ".csv":
            lines = file.read_text(encoding="utf-8-sig").splitlines()
            assert len(lines) > 1 and all(line.count(",") == lines[0].count(",") for line in lines)


# ------------------------------------------------------------------------------------------------- locks

HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE studio SET name = 'Saved by the other desk' WHERE id = 1")
print("holding", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
print("committed", flush=True)
"""


@pytest.fixture
def held(tmp_path, today):
    """An empty database whose write lock another process holds (BEGIN IMMEDIATE) until released."""
    path = tmp_path / "held.sqlite3"
    startup.open_database(path)
    db.close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding", holder.stderr.read()

    def release() -> None:
        if holder.poll() is None:
            holder.stdin.write("\n")
            holder.stdin.flush()
            assert holder.stdout.readline().strip() == "committed"
            holder.wait(timeout=30)

    with holder:  # closes its pipes
        yield path, release
        release()


def test_reading_commands_never_wait_for_a_desk_that_holds_the_write_lock(held, tmp_path):
    path, release = held
    for args in (["list", "clients"], ["check"], ["today"], ["export", "json", "-o", tmp_path / "e.json"],
                 ["export", "csv", "clients", "-o", tmp_path / "c.csv"], ["backup", "-o", tmp_path / "b.sqlite3"]):
        started = time.monotonic()
        result = studio("--db", path, *args)
        took = time.monotonic() - started
        assert result.returncode == 0 and "Traceback" not in result.stderr, (args, result.stderr)
        assert took < 8, (args, took)  # the busy timeout is 15 s: these did not wait for the lock at all


def test_a_write_that_cannot_get_the_lock_says_try_again_and_loses_nothing(held, books, tmp_path):
    path, release = held
    exported = tmp_path / "books.json"
    assert studio("--db", books["path"], "export", "json", "-o", exported).returncode == 0
    result = studio("--db", path, "import", exported)
    assert result.returncode == 1 and result.stderr == "studio-desk: Another desk is saving; try again.\n"
    release()
    startup.open_database(path)
    assert Studio.get_by_id(1).name == "Saved by the other desk"  # the other desk's work is kept
    assert Client.select().count() == 0 and Invoice.select().count() == 0  # and the refused import left nothing
    db.close()
    assert "Imported" in studio("--db", path, "import", exported).stdout  # trying again works


def test_in_the_app_a_busy_database_is_a_studio_error_not_a_crash(held):
    path, release = held
    startup.open_database(path)
    db.current().execute_sql("PRAGMA busy_timeout = 200")  # the app waits 15 s; the test need not
    with pytest.raises(StudioError, match="^Another desk is saving; try again.$"):
        clients.create(name="Typed while the other desk saved")
    release()
    assert Client.select().count() == 0
    clients.create(name="Typed while the other desk saved")  # the same form, saved again
    assert Client.select().count() == 1


PG_HOLDER = """
import sys, psycopg2
conn = psycopg2.connect(sys.argv[1])
cur = conn.cursor()
cur.execute("SELECT id FROM invoice WHERE id = %s FOR UPDATE", (int(sys.argv[2]),))
print("holding", flush=True)
sys.stdin.readline()
conn.rollback()
"""


@pytest.mark.postgres
def test_postgres_a_row_lock_held_too_long_says_try_again(pg_db, today):
    from studio_app.work import payments
    invoice = factories.issued_invoice(factories.client().id)
    holder = subprocess.Popen([sys.executable, "-c", PG_HOLDER, pg_db, str(invoice.id)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding", holder.stderr.read()
        db.current().execute_sql("SET lock_timeout = '300ms'")  # the app waits 15 s; the test need not
        with pytest.raises(StudioError, match="^Another desk is saving; try again.$"):
            payments.record(invoice.id, 100)
    finally:
        holder.communicate("\n", timeout=30)
    assert Payment.select().count() == 0 and Invoice.get_by_id(invoice.id).paid == 0
    payments.record(invoice.id, 100)
    assert check.run() == []


# ------------------------------------------------------------------------------------------------- read-only files

def test_a_read_only_database_serves_reading_commands_and_is_never_chmodded_or_written(books, tmp_path):
    path = books["path"]
    path.chmod(0o444)
    before = sha(path)
    for args in (["list", "invoices"], ["check"], ["today"],
                 ["pdf", "invoice", books["number"], "-o", tmp_path / "i.pdf"],
                 ["export", "json", "-o", tmp_path / "e.json"], ["backup", "-o", tmp_path / "b.sqlite3"]):
        result = studio("--db", path, *args)
        assert result.returncode == 0, (args, result.stderr)
        assert mode(path) == 0o444 and sha(path) == before, args
    assert books["number"] in studio("--db", path, "list", "invoices").stdout
    refused(studio("--db", path, "demo"), "is read-only, so Studio Desk cannot save to it")
    refused(studio("--db", path, "restore", tmp_path / "b.sqlite3"), "is read-only, so Studio Desk cannot save to it")
    with pytest.raises(StudioError, match="is read-only"):  # the window opens databases to write
        startup.open_database(path)
    assert mode(path) == 0o444 and sha(path) == before  # and the next run finds it as it was
    assert studio("--db", path, "check").returncode == 0 and mode(path) == 0o444


def test_a_read_only_database_of_an_older_version_is_refused_not_migrated(tmp_path):
    old = tmp_path / "old.sqlite3"
    shutil.copyfile(V1, old)
    old.chmod(0o444)
    before = sha(old)
    refused(studio("--db", old, "list", "clients"), "is read-only and must first be updated")
    assert sha(old) == before and mode(old) == 0o444
    assert not (tmp_path / "backups").exists()


def test_reading_commands_write_nothing_to_a_writable_database(books, tmp_path):
    path = books["path"]
    before = (sha(path), mode(path), path.stat().st_mtime_ns)
    for args in (["list", "clients"], ["check"], ["today"], ["export", "csv", "payments", "-o", tmp_path / "p.csv"],
                 ["pdf", "invoice", books["number"], "-o", tmp_path / "i.pdf"]):
        assert studio("--db", path, *args).returncode == 0, args
    assert (sha(path), mode(path), path.stat().st_mtime_ns) == before
    assert not Path(f"{path}-wal").exists()  # the log is folded away on close as before


def test_a_reading_command_does_not_create_a_missing_database(tmp_path):
    missing = tmp_path / "typo.sqlite3"
    refused(studio("--db", missing, "list", "clients"), f"There is no database at {missing}.")
    assert not missing.exists() and list(tmp_path.iterdir()) == []
