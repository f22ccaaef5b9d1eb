"""Opening the database: an SQLite file (the default) or a PostgreSQL URL, behind one proxy."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from urllib.parse import quote

from platformdirs import user_data_path

from studio_app.files import private
from . import pg_driver, pgurl, secrets
from .pg_driver import peewee  # imported without psycopg2, which loads when a PostgreSQL database is opened
from studio_app.text.errors import DatabaseDamagedError, StudioError

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
LOCK_TIMEOUT_SECONDS = 15
BUSY = "Another desk is saving; try again."
READ_ONLY_FILE = ("{path} is read-only, so Studio Desk cannot save to it. Make the file writable to change it; "
                  "reading commands (list, check, export, pdf, today, backup) work as it is.")


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
    return pgurl.describe(str(target))


def connect(target: str | os.PathLike, *, read_only: bool = False) -> peewee.Database:
    """Build (not yet migrate) the database for a path or URL and bind the models' proxy to it.

    ``read_only``: for commands that only read. The connection never writes and never takes the
    write lock (SQLite's ``query_only``; a read-only file is opened with ``mode=ro``; PostgreSQL
    sessions are READ ONLY); a missing SQLite file is refused instead of created. Without it, a
    read-only SQLite file is refused with :data:`READ_ONLY_FILE` (never chmodded).
    """
    if is_postgres(target):
        db = _postgres(str(target))
    else:
        db = _sqlite(Path(target).expanduser(), read_only)
    db.studio_read_only = read_only
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
        if not isinstance(db, peewee.SqliteDatabase):
            db.execute_sql(f"SET lock_timeout = '{LOCK_TIMEOUT_SECONDS}s'")  # a held row lock: "try again", not forever
            if read_only:
                db.execute_sql("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    except peewee.OperationalError as exc:
        raise StudioError("Could not open the database {where}: {reason}", where=describe(target),
                          reason=str(exc).strip()) from None
    if isinstance(db, peewee.SqliteDatabase) and not read_only:
        _private(db.studio_path)
    return db


def _sqlite(path: Path, read_only: bool) -> peewee.SqliteDatabase:
    _refuse_non_database(path)
    if read_only and not path.exists():
        raise StudioError("There is no database at {path}.", path=str(path))
    locked_file = path.exists() and is_read_only_file(path)
    if locked_file and not read_only:
        raise StudioError(READ_ONLY_FILE, path=str(path))
    if not path.exists():
        try:
            private.private_folder(path.parent)
            private.create_new(path)  # 0600 from the first byte; SQLite gives -wal/-shm the same mode
        except FileExistsError:
            pass  # another desk created it a moment ago
        except OSError as exc:
            raise StudioError("Could not open the database {where}: {reason}", where=str(path),
                              reason=exc.strerror or str(exc)) from None
    pragmas = SQLITE_PRAGMAS
    if read_only:  # a reader leaves the journal mode as it is (changing it is a write; ours are WAL already)
        pragmas = {**{k: v for k, v in SQLITE_PRAGMAS.items() if k != "journal_mode"}, "query_only": 1}
    name, uri = (f"file:{quote(str(path))}?mode=ro", True) if locked_file else (str(path), False)
    db = peewee.SqliteDatabase(name, pragmas=pragmas, lock_type="IMMEDIATE", check_same_thread=False,
                               timeout=LOCK_TIMEOUT_SECONDS, uri=uri)
    db.studio_path = path
    return db


def is_read_only_file(path: Path) -> bool:
    """A file its owner made read-only (chmod 444), or one this user may not write."""
    try:
        return not os.access(path, os.W_OK) or not stat.S_IMODE(path.stat().st_mode) & 0o222
    except OSError:
        return False


def read_only() -> bool:
    """True when the open database was opened for reading only."""
    return bool(getattr(current(), "studio_read_only", False))


def _postgres(url: str) -> peewee.Database:
    """The password comes from the URL, else this session, PGPASSWORD or the keyring (studio_app.store.secrets);
    it is handed to psycopg2 as an argument, never put back into a URL."""
    address = pgurl.parse(url)
    if importlib.util.find_spec("psycopg2") is None:  # an optional dependency (the "postgres" extra)
        raise StudioError("PostgreSQL support needs the psycopg2 package (pip install psycopg2-binary).")
    pg_driver.load()
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
    """Take group and other permissions off the database files this user owns (never adds one)."""
    if os.name != "posix":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            st = os.stat(candidate)
            if st.st_uid == os.getuid() and stat.S_IMODE(st.st_mode) & 0o077:
                os.chmod(candidate, stat.S_IMODE(st.st_mode) & 0o700)
        except OSError:
            continue  # gone meanwhile, or not ours to change


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and missing parents) readable by the user only: :func:`private.private_folder`."""
    return private.private_folder(folder)


def current() -> peewee.Database:
    if database.obj is None:
        raise RuntimeError("no database is open; call db.open() first")
    return database.obj


def is_sqlite() -> bool:
    return isinstance(current(), peewee.SqliteDatabase)


def sqlite_path() -> Path | None:
    db = current()
    if not isinstance(db, peewee.SqliteDatabase):
        return None
    return getattr(db, "studio_path", None) or Path(db.database)


@contextmanager
def transaction() -> Iterator[None]:
    """One write, all or nothing. SQLite takes the write lock at BEGIN (IMMEDIATE) so two desks
    issuing at once wait their turn instead of failing; PostgreSQL locks rows as needed. A lock
    not granted in time becomes :data:`BUSY` and the whole write is rolled back."""
    with busy_errors(), current().atomic():
        yield


@contextmanager
def snapshot() -> Iterator[None]:
    """One read transaction: everything read in the block is the database as of one moment, while
    other desks go on writing (SQLite: a deferred transaction over the WAL, no write lock;
    PostgreSQL: REPEATABLE READ, READ ONLY). Inside another transaction it simply joins it."""
    db = current()
    if db.in_transaction():
        yield
        return
    kind = "DEFERRED" if isinstance(db, peewee.SqliteDatabase) else "REPEATABLE READ READ ONLY"
    with busy_errors(), db.transaction(kind):
        db.execute_sql("SELECT COUNT(*) FROM sqlite_master" if isinstance(db, peewee.SqliteDatabase)
                       else "SELECT 1").fetchone()  # SQLite fixes the snapshot at the first read
        yield


_BUSY_SQLITE = {5, 6}  # SQLITE_BUSY, SQLITE_LOCKED
_BUSY_POSTGRES = {"55P03", "40P01", "40001"}  # lock_not_available, deadlock_detected, serialization_failure


def is_busy(exc: BaseException) -> bool:
    """True when ``exc`` means another connection holds the lock this one waited for."""
    for candidate in (exc, *exc.args[:1], exc.__cause__, exc.__context__):
        if isinstance(candidate, BaseException):
            code = getattr(candidate, "sqlite_errorcode", None)
            if code is not None and code & 0xFF in _BUSY_SQLITE:
                return True
            if getattr(candidate, "pgcode", None) in _BUSY_POSTGRES:
                return True
    text = str(exc).lower()
    return "database is locked" in text or "database table is locked" in text


@contextmanager
def busy_errors() -> Iterator[None]:
    """The one place a lock timeout becomes the user's message: "Another desk is saving; try again."."""
    try:
        yield
    except (peewee.OperationalError, sqlite3.OperationalError) as exc:
        if is_busy(exc):
            raise StudioError(BUSY) from None
        raise


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
