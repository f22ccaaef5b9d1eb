"""Opening a database for use: connect, refuse newer versions, back up, migrate, seed settings.

A damaged SQLite file is refused with :class:`DatabaseDamagedError` (which names the newest
backup); :func:`studio_app.files.restore.recover_from_backup` then sets the damaged file aside and puts
the backup in its place, after checking the backup.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import peewee

from studio_app.files import backup, backup_list
from . import db, migrations
from studio_app.text.errors import DatabaseDamagedError, StudioError
from .models import Studio

_CORRUPT_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB


def open_database(target: str | os.PathLike | None = None, *, daily_backup: bool = False,
                  read_only: bool = False) -> peewee.Database:
    """Open (creating if new) the SQLite file or PostgreSQL URL and bring it to the current schema.

    A database written by a newer Studio Desk is refused before anything is written.
    An existing SQLite database is copied to ``backups/`` before a migration changes it.
    A damaged SQLite file raises :class:`DatabaseDamagedError` and is left as it is.
    ``read_only`` (the reading commands): nothing is created, written or locked, unless the database
    must first be brought to the current schema (once, as any desk would); a missing file is refused.
    A read-only file serves reading only; opening it to write is refused with a StudioError.
    """
    target = target or default_target()
    if db.is_postgres(target):
        return _open(target, daily_backup, read_only)
    path = Path(target).expanduser()
    problem = _file_problem(path)
    if problem:
        raise _damaged(path, not_sqlite=problem == "not sqlite")
    try:
        return _open(target, daily_backup, read_only)
    except DatabaseDamagedError:
        db.close()
        raise _damaged(path, not_sqlite=True) from None
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        if not _is_corruption(exc):
            raise
        db.close()
        raise _damaged(path) from None


def _open(target: str | os.PathLike, daily_backup: bool, read_only: bool) -> peewee.Database:
    database = db.connect(target, read_only=read_only)
    if not _ready(database, target):
        if read_only:
            database = _set_up_then_read(target)
        else:
            _set_up(database)
    job = daily_backup_job() if daily_backup else None
    if job is not None:
        job()
    return database


def daily_backup_job() -> Callable[[], Path] | None:
    """The day's first backup of the open SQLite database, as a job to run now or in another thread (it reads the
    file through connections of its own); None when today's is taken or the database is PostgreSQL."""
    path = db.sqlite_path()
    if path is None or not backup_list.daily_backup_due(path):
        return None
    keep = Studio.get_by_id(1).backup_keep_daily

    def job() -> Path:
        try:
            return backup.make_backup(path, backup_list.DAILY, keep)
        except OSError as exc:  # a full disk, a folder it may not write
            raise StudioError("Could not copy the database {path}: {reason}", path=str(path),
                              reason=exc.strerror or str(exc)) from None
    return job


def _ready(database: peewee.Database, target: str | os.PathLike) -> bool:
    """At the current schema with its settings row; found by reading only (no write lock)."""
    version = migrations.check_not_newer(database, db.describe(target))
    return version >= migrations.LATEST and Studio.select().where(Studio.id == 1).exists()


def _set_up(database: peewee.Database) -> None:
    """Migrate (after the pre-migration backup) and create the settings row: the only writes of opening."""
    path = db.sqlite_path()

    def before_migration(version: int) -> None:
        if path is not None:
            keep = _setting("backup_keep_migration", 3)
            backup.make_backup(path, backup_list.MIGRATION, keep, label=f"v{version}")

    if migrations.current_version(database) == 0:
        # A new database: its whole schema and settings row in one transaction (each step a savepoint), so one
        # commit and one sync to disk instead of one per step; a failure leaves the file as empty as it was.
        with db.transaction():
            if _empty_sqlite(database):  # read again under the write lock: another desk may have set it up
                from . import schema_script  # a new database only: the frozen schema's statements
                schema_script.create(database)  # the schema at once, not migration after migration
            else:
                migrations.migrate(database)
            if not Studio.select().exists():
                Studio.create(id=1)
        return
    with db.busy_errors():
        migrations.migrate(database, before=before_migration)
    with db.transaction():
        if not Studio.select().exists():
            Studio.create(id=1)


def _empty_sqlite(database: peewee.Database) -> bool:
    """An SQLite file with nothing in it yet (PostgreSQL is set up by the migrations)."""
    return (isinstance(database, peewee.SqliteDatabase)
            and database.execute_sql("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is None)


def _set_up_then_read(target: str | os.PathLike) -> peewee.Database:
    """A reading command on a database that needs its one-time set-up: do it, then reopen for reading."""
    path = db.sqlite_path()
    db.close()
    if path is not None and db.is_read_only_file(path):
        raise StudioError("{path} is read-only and must first be updated for this version of Studio Desk, which "
                          "writes to it. Make the file writable and try again.", path=str(path))
    _set_up(db.connect(target))
    db.close()
    return db.connect(target, read_only=True)


def default_target() -> str:
    return os.environ.get("STUDIO_DESK_DB") or str(db.default_location())


def _setting(name: str, default: int) -> int:
    try:
        return getattr(Studio.get_or_none(Studio.id == 1), name, default) or default
    except peewee.DatabaseError:
        return default


# --- damaged files -------------------------------------------------------------------------------

def _is_corruption(exc: BaseException) -> bool:
    original = getattr(exc, "orig", None) or exc.__cause__ or exc
    code = getattr(original, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _CORRUPT_CODES
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text


def _file_problem(path: Path) -> str | None:
    """What is wrong with the file ("not sqlite", "cut short", "bad header"), or None.

    A cheap look at the SQLite header that catches files that are not SQLite or were cut short
    without reading the whole database (which would slow every start)."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return None  # db.connect reports files it cannot read
    if header[:16] != db.SQLITE_HEADER:
        return "not sqlite"
    if len(header) < 100:
        return "cut short"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "bad header"
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None  # after a crash the log completes the file; SQLite itself checks that
    pages = int.from_bytes(header[28:32], "big")
    if size % page_size or (header[24:28] == header[92:96] and pages * page_size > size):
        return "cut short"
    return None


def _damaged(path: Path, *, not_sqlite: bool = False) -> DatabaseDamagedError:
    """The error for a damaged file, naming the newest backup when there is one."""
    found = backup_list.describe_backups(path)
    if not found:
        if not_sqlite:
            return DatabaseDamagedError("{path} is not a Studio Desk database (it is not an SQLite file).", path=path)
        return DatabaseDamagedError("{path} is damaged and cannot be opened.", path=path)
    latest = {"latest_backup": found[0].path, "taken": found[0].taken_at.strftime("%Y-%m-%d %H:%M"),
              "backup": str(found[0].path)}
    if not_sqlite:
        return DatabaseDamagedError("{path} is not a Studio Desk database (it is not an SQLite file). "
                                    "The most recent backup is from {taken}: {backup}", path=path, **latest)
    return DatabaseDamagedError("{path} is damaged and cannot be opened. The most recent backup is from {taken}: "
                                "{backup}", path=path, **latest)
