"""Opening the database: an SQLite file (the default) or a PostgreSQL URL, behind one proxy."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import IO

import peewee
from platformdirs import user_data_path

from .errors import DatabaseDamagedError, StudioError

database = peewee.DatabaseProxy()

# Dates as ISO text (what peewee reads back); explicit because Python 3.12 deprecates the defaults.
sqlite3.register_adapter(dt.date, dt.date.isoformat)
sqlite3.register_adapter(dt.datetime, lambda value: value.isoformat(" "))
sqlite3.register_adapter(Decimal, lambda value: format(value.normalize(), "f"))

APP_NAME = "StudioDesk"
SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 15_000,
    "synchronous": "full",  # a committed invoice survives a power cut, not only a crash
    "cache_size": -32_000,
}


def default_location() -> Path:
    """The SQLite file in the user's data folder (overridable with STUDIO_DESK_DATA for tests and demos)."""
    base = os.environ.get("STUDIO_DESK_DATA")
    folder = Path(base) if base else user_data_path(APP_NAME, appauthor=False)
    return folder / "studio.sqlite3"


def is_postgres(target: str | os.PathLike) -> bool:
    return str(target).startswith(("postgresql://", "postgres://"))


def describe(target: str | os.PathLike) -> str:
    """The location as a user may see it: a path, or a URL without its password."""
    if not is_postgres(target):
        return str(target)
    from . import pgurl
    return pgurl.describe(str(target))


def connect(target: str | os.PathLike) -> peewee.Database:
    """Build (not yet migrate) the database for a path or URL and bind the models' proxy to it."""
    if is_postgres(target):
        db = _postgres(str(target))
    else:
        path = Path(target).expanduser()
        _refuse_non_database(path)
        try:
            private_folder(path.parent)
            if not path.exists():
                create_private(path).close()  # 0600 from the first byte; SQLite gives -wal/-shm the same mode
        except OSError as exc:
            raise StudioError("Could not open the database {where}: {reason}", where=str(path),
                              reason=exc.strerror or str(exc)) from None
        db = peewee.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE",
                                   check_same_thread=False, timeout=15)
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        raise StudioError("Could not open the database {where}: {reason}", where=describe(target),
                          reason=str(exc).strip()) from None
    if isinstance(db, peewee.SqliteDatabase):
        _private(Path(db.database))
    return db


def _postgres(url: str) -> peewee.Database:
    """The password comes from the URL, else this session, PGPASSWORD or the keyring (studio_app.secrets);
    it is handed to psycopg2 as an argument, never put back into a URL."""
    from . import pgurl, secrets
    address = pgurl.parse(url)
    try:
        import psycopg2  # noqa: F401
    except ImportError:
        raise StudioError("PostgreSQL support needs the psycopg2 package (pip install psycopg2-binary).") from None
    return peewee.PostgresqlDatabase(address.database,
                                     **address.connect_arguments(address.password or secrets.password_for(url)))


SQLITE_HEADER = b"SQLite format 3\x00"


def _refuse_non_database(path: Path) -> None:
    """A file that exists but is not SQLite is never opened (and so never overwritten)."""
    if path.is_dir():
        raise StudioError("{path} is a folder; give the path of a database file (e.g. studio.sqlite3).",
                          path=str(path))
    if path.exists() and path.stat().st_size > 0:
        with path.open("rb") as handle:
            header = handle.read(16)
        if header != SQLITE_HEADER:
            raise DatabaseDamagedError("{path} is not a Studio Desk database (it is not an SQLite file).", path=path)


def _private(path: Path) -> None:
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists() and os.name == "posix":
            candidate.chmod(0o600)


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and missing parents) readable by the user only (0700 on POSIX).

    Folders that already exist are left as they are: a database in ~/Documents must not
    change the permissions of ~/Documents.
    """
    folder = Path(folder)
    missing = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        for created in missing:
            created.chmod(0o700)  # mkdir's mode is filtered by the umask
    return folder


def create_private(path: Path, *, encoding: str | None = None, newline: str | None = None) -> IO:
    """Open a new (or emptied) file for writing that only the user can read (0600 on POSIX) from the
    first byte; binary unless an ``encoding`` is given."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    if os.name == "posix":
        os.fchmod(fd, 0o600)  # the umask filters os.open's mode, and an existing file keeps its own
    if encoding is None:
        return os.fdopen(fd, "wb")
    return os.fdopen(fd, "w", encoding=encoding, newline=newline)


def current() -> peewee.Database:
    if database.obj is None:
        raise RuntimeError("no database is open; call db.open() first")
    return database.obj


def is_sqlite() -> bool:
    return isinstance(current(), peewee.SqliteDatabase)


def sqlite_path() -> Path | None:
    db = current()
    return Path(db.database) if isinstance(db, peewee.SqliteDatabase) else None


@contextmanager
def transaction() -> Iterator[None]:
    """One write, all or nothing. SQLite takes the write lock at BEGIN (IMMEDIATE) so two desks
    issuing at once wait their turn instead of failing; PostgreSQL locks rows as needed."""
    with current().atomic():
        yield


def close() -> None:
    if database.obj is not None and not database.obj.is_closed():
        database.obj.close()


def integrity_errors() -> list[str]:
    """SQLite's own integrity and foreign-key checks (empty on PostgreSQL, which enforces them always)."""
    db = current()
    if not isinstance(db, peewee.SqliteDatabase):
        return []
    problems = [row[0] for row in db.execute_sql("PRAGMA integrity_check").fetchall() if row[0] != "ok"]
    for table, rowid, parent, _ in db.execute_sql("PRAGMA foreign_key_check").fetchall():
        problems.append(f"{table} row {rowid} points to a missing {parent}")
    return problems


def is_sqlite_file(path: Path) -> bool:
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
            conn.execute("PRAGMA schema_version").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False
