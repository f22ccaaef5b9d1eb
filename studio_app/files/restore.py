"""Restoring a backup, and putting the newest backup in place of a damaged database.

A file is restored only after it has been checked in a scratch copy (SQLite's integrity check,
a schema version this program knows, and :func:`studio_app.store.check.run`), and only after the
current database has itself been backed up.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import peewee

from studio_app.store import check, db, migrations, startup
from studio_app.text.errors import StudioError
from studio_app.work import clock
from . import backup, backup_list, export, private

KEEP_PRE_RESTORE = 10


# --- checking a file before it is restored -------------------------------------------------------

@contextmanager
def _bound_to(database: peewee.Database) -> Iterator[peewee.Database]:
    """Point the models at ``database`` for the block, then back at whatever was open before."""
    previous = db.database.obj
    db.database.initialize(database)
    try:
        yield database
    finally:
        if not database.is_closed():
            database.close()
        db.database.initialize(previous)


def _scratch_database(path: Path) -> peewee.SqliteDatabase:
    return peewee.SqliteDatabase(str(path), pragmas=db.SQLITE_PRAGMAS, lock_type="IMMEDIATE",
                                 check_same_thread=False, timeout=15)


def _looks_like_json(path: Path) -> bool:
    with path.open("rb") as handle:
        start = handle.read(64).lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith(b"{")


def prepare(file: Path, work: Path) -> Path:
    """Check ``file`` (an SQLite backup or a JSON export) without touching it and return a checked
    SQLite copy in ``work`` at the current schema version. Refuses with a one-line StudioError."""
    file = Path(file).expanduser()
    if not file.is_file():
        raise StudioError("There is no file {path}.", path=str(file))
    with file.open("rb") as handle:
        header = handle.read(16)
    candidate = Path(work) / "candidate.sqlite3"
    if header == db.SQLITE_HEADER:
        try:
            backup.copy_database(file, candidate)
        except StudioError as exc:
            raise StudioError("{path} is damaged and cannot be restored ({reason}).", path=str(file),
                              reason=str(exc.params.get("reason", ""))[:120]) from None
        imported = False
    elif _looks_like_json(file):
        export.read_export(file)  # refuses anything that is not a Studio Desk export
        private.create_new(candidate)
        imported = True
    else:
        raise StudioError("{path} is not a Studio Desk backup (neither a database copy nor a JSON export).",
                          path=str(file))
    scratch = _scratch_database(candidate)
    with _bound_to(scratch):
        try:
            scratch.connect()
            if imported:
                migrations.migrate(scratch)
                try:
                    export.import_json(file)
                except StudioError:
                    raise
                except (peewee.DatabaseError, ValueError, TypeError) as exc:
                    raise StudioError("{path} is not a complete Studio Desk export ({reason}).", path=str(file),
                                      reason=str(exc).splitlines()[0][:120]) from None
            else:
                problems = [row[0] for row in scratch.execute_sql("PRAGMA integrity_check").fetchall()]
                if problems != ["ok"]:
                    raise StudioError("{path} is damaged and cannot be restored ({reason}).", path=str(file),
                                      reason=problems[0][:120])
                if not scratch.table_exists("schema_version") or not scratch.table_exists("invoice"):
                    raise StudioError("{path} is not a Studio Desk database.", path=str(file))
                migrations.check_not_newer(scratch, str(file))
                migrations.migrate(scratch)
            problems = check.run()
        except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
            raise StudioError("{path} is damaged and cannot be restored ({reason}).", path=str(file),
                              reason=str(exc).splitlines()[0][:120]) from None
    if problems:
        raise StudioError("{path} did not pass the check, so it was not restored ({count} problem(s); the first: "
                          "{problem}).", path=str(file), count=len(problems), problem=problems[0])
    return candidate


# --- restoring -----------------------------------------------------------------------------------

def restore(file: Path | str, target: str | os.PathLike | None = None) -> Path:
    """Replace a database with the backup or export ``file`` and return the safety copy of what
    was there before.

    ``target`` is the database to replace (an SQLite path or a PostgreSQL URL); by default the
    open one. ``file`` is checked first; then the current database is backed up (reason
    "pre-restore"; a damaged SQLite file is moved aside instead) and replaced in one step.
    Afterwards the restored database is open.
    """
    if target is None:
        path = db.sqlite_path()
        if path is None:
            return _restore_postgres(Path(file))
    elif db.is_postgres(target):
        startup.open_database(target)
        return _restore_postgres(Path(file))
    else:
        path = Path(target).expanduser()
    return _restore_sqlite(Path(file), path)


def refuse_read_only(live: Path) -> None:
    """A database file made read-only is not replaced by a restore (nor chmodded); its owner decides."""
    if live.exists() and db.is_read_only_file(live):
        raise StudioError(db.READ_ONLY_FILE, path=str(live))


def close_if_open(path: Path) -> None:
    """Close the app's connection to ``path`` if that is the open database."""
    current = db.database.obj
    if isinstance(current, peewee.SqliteDatabase) and db.sqlite_path().resolve() == path.resolve():
        db.close()


def _restore_sqlite(file: Path, live: Path) -> Path:
    live = live.resolve() if live.exists() else live
    if file.resolve() == live.resolve():
        raise StudioError("{path} is the database itself; choose a backup to restore.", path=str(file))
    refuse_read_only(live)
    folder = db.private_folder(live.parent)
    with tempfile.TemporaryDirectory(prefix=".studio-restore-", dir=folder) as work:
        candidate = prepare(file, Path(work))
        close_if_open(live)
        safety = _set_aside(live)
        put_in_place(candidate, live)
    startup.open_database(live)
    return safety


def _set_aside(live: Path) -> Path:
    """The safety copy before a restore: a pre-restore backup, or the damaged file moved aside."""
    if not live.exists() or live.stat().st_size == 0:
        return live
    if _healthy(live):
        _only_user(live)
        return backup.make_backup(live, backup_list.PRE_RESTORE, KEEP_PRE_RESTORE)
    return move_aside(live)


def _healthy(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            if handle.read(16) != db.SQLITE_HEADER:
                return False
        conn = sqlite3.connect(str(path), timeout=15)
        try:
            return conn.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False


def _only_user(live: Path) -> None:
    """Fold the write-ahead log into the file and make sure nobody else has the database open,
    so replacing the file (and dropping its -wal/-shm) loses nothing and surprises no one."""
    conn = sqlite3.connect(str(live), timeout=15)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.close()
    if Path(f"{live}-wal").exists():
        raise StudioError("{path} is open in another Studio Desk window or program; close it there and try "
                          "again. Nothing was changed.", path=str(live))


def move_aside(path: Path) -> Path:
    """Rename a damaged database (and its -wal/-shm) to ``<stem>.damaged-YYYYmmdd-HHMMSS<suffix>``
    beside it; never deletes or overwrites anything. Returns the new path."""
    stamp = clock.now().strftime(backup_list.STAMP)
    aside = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    n = 2
    while aside.exists():
        aside = path.with_name(f"{path.stem}.damaged-{stamp}-{n}{path.suffix}")
        n += 1
    try:
        os.replace(path, aside)
        for extra in ("-wal", "-shm"):
            companion = Path(f"{path}{extra}")
            if companion.exists():
                os.replace(companion, Path(f"{aside}{extra}"))
    except OSError as exc:
        raise StudioError("Could not move the damaged file {path} aside: {reason}", path=str(path),
                          reason=exc.strerror or str(exc)) from None
    private.fsync_folder(path.parent)
    return aside


def put_in_place(candidate: Path, live: Path) -> None:
    """Rename the checked copy over the database in one step (same folder, so the rename is atomic)."""
    try:
        with private.Temporary(live) as staged:  # no target check: replacing the database is the point here
            with candidate.open("rb") as source, staged.open() as out:
                shutil.copyfileobj(source, out)
            for extra in ("-wal", "-shm"):  # only stale ones can be left: _only_user checked nobody has it open
                Path(f"{live}{extra}").unlink(missing_ok=True)
            staged.commit()
    except OSError as exc:
        raise StudioError("Could not replace {path}: {reason}", path=str(live), reason=exc.strerror or str(exc)) \
            from None


def recover_from_backup(path: str | os.PathLike, backup_file: str | os.PathLike) -> Path:
    """Put ``backup_file`` in place of the damaged database ``path``; returns where the damaged file
    was kept (``<stem>.damaged-YYYYmmdd-HHMMSS<suffix>`` beside it; never deleted or overwritten).

    The backup is checked first (integrity, schema version, ``check``); if it fails, nothing is
    moved. Call :func:`startup.open_database` afterwards.
    """
    path = Path(path).expanduser()
    refuse_read_only(path)
    folder = db.private_folder(path.parent)
    close_if_open(path)
    with tempfile.TemporaryDirectory(prefix=".studio-restore-", dir=folder) as work:
        candidate = prepare(Path(backup_file), Path(work))
        kept = move_aside(path) if path.exists() else path
        put_in_place(candidate, path)
    return kept


def _restore_postgres(file: Path) -> Path:
    """PostgreSQL: check the file in a scratch SQLite copy, export the current data (pre-restore),
    then empty the tables and load the file in one transaction."""
    live = db.current()
    with tempfile.TemporaryDirectory(prefix="studio-restore-") as work:
        candidate = prepare(file, Path(work))
        checked = Path(work) / "checked.json"
        with _bound_to(_scratch_database(candidate)) as scratch:
            scratch.connect()
            export.export_json(checked)
        safety = backup.postgres_backup(backup_list.PRE_RESTORE)
        backup_list.rotate(None, backup_list.PRE_RESTORE, KEEP_PRE_RESTORE)
        tables = ", ".join(f'"{model._meta.table_name}"' for model in export.TABLES)
        with live.atomic():
            live.execute_sql(f"TRUNCATE {tables} RESTART IDENTITY")
            export.import_json(checked)
    return safety
