"""Backups and restores.

SQLite: copies made with SQLite's online backup API (consistent while other connections write),
kept in ``backups/`` beside the database in rotating sets per reason (daily, pre-migration) plus
the ones a person asked for (manual) and the safety copy taken before a restore (pre-restore).
PostgreSQL: the JSON export of :mod:`studio_app.files.export` stands in for a file copy.

A file is restored only after it has been checked in a scratch copy (SQLite's integrity check,
a schema version this program knows, and :func:`studio_app.store.check.run`), and only after the
current database has itself been backed up.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote, urlsplit

import peewee

from studio_app.work import clock
from studio_app.store import db
from . import safe_write
from studio_app.text.errors import StudioError

DAILY = "daily"
MIGRATION = "pre-migration"
MANUAL = "manual"
PRE_RESTORE = "pre-restore"
REASONS = (DAILY, MIGRATION, MANUAL, PRE_RESTORE)
KEEP_PRE_RESTORE = 10
_STAMP = "%Y%m%d-%H%M%S"


class BackupInfo(NamedTuple):
    """One backup as the backups dialog lists it."""

    path: Path
    reason: str  # daily, pre-migration, manual or pre-restore
    taken_at: dt.datetime
    size: int  # bytes


# --- where backups live and what they are called -------------------------------------------------

def backup_folder(database_path: Path) -> Path:
    """``backups/`` beside the database file, created private (0700)."""
    return db.private_folder(Path(database_path).parent / "backups")


def _pattern(stem: str, suffix: str) -> re.Pattern[str]:
    reasons = "|".join(re.escape(r) for r in REASONS)
    return re.compile(rf"^{re.escape(stem)}-(?P<reason>{reasons})-(?P<stamp>\d{{8}}-\d{{6}})"
                      rf"(?:-(?P<label>.+?))?{re.escape(suffix)}$")


def _parse(path: Path, stem: str, suffix: str) -> tuple[str, dt.datetime, str] | None:
    match = _pattern(stem, suffix).match(path.name)
    if match is None:
        return None
    try:
        taken = dt.datetime.strptime(match["stamp"], _STAMP)
    except ValueError:
        return None
    return match["reason"], taken, match["label"] or ""


def _name(stem: str, reason: str, label: str, suffix: str, folder: Path) -> Path:
    """A new backup's path; never the name of one that exists (two backups in the same second)."""
    stamp = clock.now().strftime(_STAMP)
    base = f"{stem}-{reason}-{stamp}"
    candidate = folder / f"{base}{'-' + label if label else ''}{suffix}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{base}-{label + '.' if label else ''}{n}{suffix}"
        n += 1
    return candidate


def _location(database: Path | str | None) -> tuple[Path, str, str]:
    """(backups folder, file name stem, suffix) for an SQLite path, a PostgreSQL URL, or the open database."""
    if database is None:
        path = db.sqlite_path()
        if path is None:
            return db.default_location().parent / "backups", _postgres_stem(), ".json"
        database = path
    if db.is_postgres(str(database)):
        return db.default_location().parent / "backups", _postgres_stem(urlsplit(str(database)).path), ".json"
    database = Path(database)
    return database.parent / "backups", database.stem, ".sqlite3"


def _entries(database_path: Path | str | None, reason: str | None = None) -> list[tuple[Path, str, dt.datetime]]:
    folder, stem, suffix = _location(database_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{stem}-*{suffix}"):
        parsed = _parse(path, stem, suffix)
        if parsed and (reason is None or parsed[0] == reason) and path.is_file():
            found.append((path, parsed[0], parsed[1]))
    found.sort(key=lambda e: (e[2], e[0].name), reverse=True)
    return found


def list_backups(database_path: Path | str | None, reason: str | None = None) -> list[Path]:
    """The backups of this database (of one reason, or all), newest first. ``database_path`` is an
    SQLite file, a PostgreSQL URL (its JSON backups) or None for the open database."""
    return [path for path, _, _ in _entries(database_path, reason)]


def describe_backups(database_path: Path | str | None = None) -> list[BackupInfo]:
    """Every backup of this database (default: the open one) with its reason, when it was taken and its
    size, newest first: what the backups dialog lists."""
    out = []
    for path, reason, taken in _entries(database_path):
        try:
            out.append(BackupInfo(path, reason, taken, path.stat().st_size))
        except OSError:
            continue
    return out


def latest_backup(database_path: Path | str | None = None) -> Path | None:
    """The newest backup of any reason, or None."""
    found = list_backups(database_path)
    return found[0] if found else None


def rotate(database_path: Path | str | None, reason: str, keep: int) -> None:
    """Delete the oldest backups of ``reason`` beyond the newest ``keep`` (at least one is always kept)."""
    for old in list_backups(database_path, reason)[max(keep, 1):]:
        old.unlink(missing_ok=True)


def daily_backup_due(database_path: Path) -> bool:
    """True when no daily backup has been taken today (by the date in its name, the app's clock)."""
    latest = _entries(database_path, DAILY)
    return not latest or latest[0][2].date() < clock.today()


# --- copying -------------------------------------------------------------------------------------

def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy even while other connections write (the online backup API, not a file copy,
    in one step: one read transaction of the source). Written privately and atomically
    (:func:`safe_write.private_copy`): never over the open database, its files or its backups.
    """
    target = Path(target)
    try:
        with safe_write.private_copy(target) as partial:
            src = _reader(Path(source))
            try:
                dst = sqlite3.connect(str(partial))
                try:
                    src.backup(dst)
                finally:
                    dst.close()
            finally:
                src.close()
    except sqlite3.DatabaseError as exc:
        raise StudioError("Could not copy the database {path}: {reason}", path=str(source),
                          reason=str(exc)) from None
    return target


def _reader(source: Path) -> sqlite3.Connection:
    """A connection that only reads the source (``mode=ro`` for a read-only file: nothing may write it)."""
    if db.is_read_only_file(source):
        return sqlite3.connect(f"file:{quote(str(source))}?mode=ro", uri=True, timeout=db.LOCK_TIMEOUT_SECONDS)
    return sqlite3.connect(str(source), timeout=db.LOCK_TIMEOUT_SECONDS)


def make_backup(database_path: Path, reason: str, keep: int | None, label: str = "") -> Path:
    """Copy the database into ``backups/`` as ``<stem>-<reason>-<YYYYmmdd-HHMMSS>[-label].sqlite3``
    and keep only the newest ``keep`` of that reason (``None``: keep all)."""
    database_path = Path(database_path)
    target = copy_database(database_path, _name(database_path.stem, reason, label, ".sqlite3",
                                                backup_folder(database_path)))
    if keep is not None:
        rotate(database_path, reason, keep)
    return target


# --- the backup a person asks for ----------------------------------------------------------------

def postgres_backup_folder() -> Path:
    """Where JSON backups of a PostgreSQL database go: ``backups/`` in the user data folder."""
    return db.private_folder(db.default_location().parent / "backups")


def _postgres_stem(name: str | None = None) -> str:
    """``postgresql_<database name>``: the file name stem of a PostgreSQL database's JSON backups."""
    name = db.current().database if name is None else name
    name = re.sub(r"[^A-Za-z0-9_]+", "_", str(name or "studio")).strip("_") or "studio"
    return f"postgresql_{name}"


def _postgres_export(reason: str, target: Path | None = None) -> Path:
    from . import export
    if target is None:
        target = _name(_postgres_stem(), reason, "", ".json", postgres_backup_folder())
    export.export_json(target)
    return Path(target)


def manual_backup(target: Path | str | None = None) -> Path:
    """Back up the open database now and return the file written.

    SQLite: an online-backup copy, by default ``backups/<stem>-manual-<stamp>.sqlite3`` beside the
    database (never rotated away). PostgreSQL: a JSON export (by default in the user data
    folder's ``backups/``), which :func:`restore` accepts. ``target`` may be a file or a folder.
    """
    path = db.sqlite_path()
    if target is not None:
        target = Path(target).expanduser()
        if target.is_dir():
            stem = path.stem if path is not None else _postgres_stem()
            target = _name(stem, MANUAL, "", ".sqlite3" if path is not None else ".json", target)
    if path is None:
        return _postgres_export(MANUAL, target)
    if target is None:
        return make_backup(path, MANUAL, keep=None)
    return copy_database(path, target)  # which refuses the database itself, its -wal/-shm and its backups


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
    from studio_app.store import check, migrations
    from . import export
    file = Path(file).expanduser()
    if not file.is_file():
        raise StudioError("There is no file {path}.", path=str(file))
    with file.open("rb") as handle:
        header = handle.read(16)
    candidate = Path(work) / "candidate.sqlite3"
    if header == db.SQLITE_HEADER:
        try:
            copy_database(file, candidate)
        except StudioError as exc:
            raise StudioError("{path} is damaged and cannot be restored ({reason}).", path=str(file),
                              reason=str(exc.params.get("reason", ""))[:120]) from None
        imported = False
    elif _looks_like_json(file):
        export.read_export(file)  # refuses anything that is not a Studio Desk export
        safe_write.create_new(candidate)
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
        from studio_app.store import startup
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
    from studio_app.store import startup
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
        return make_backup(live, PRE_RESTORE, KEEP_PRE_RESTORE)
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
    stamp = clock.now().strftime(_STAMP)
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
    safe_write.fsync_folder(path.parent)
    return aside


def put_in_place(candidate: Path, live: Path) -> None:
    """Rename the checked copy over the database in one step (same folder, so the rename is atomic)."""
    try:
        with safe_write.Temporary(live) as staged:  # no target check: replacing the database is the point here
            with candidate.open("rb") as source, staged.open() as out:
                shutil.copyfileobj(source, out)
            for extra in ("-wal", "-shm"):  # only stale ones can be left: _only_user checked nobody has it open
                Path(f"{live}{extra}").unlink(missing_ok=True)
            staged.commit()
    except OSError as exc:
        raise StudioError("Could not replace {path}: {reason}", path=str(live), reason=exc.strerror or str(exc)) \
            from None


def _restore_postgres(file: Path) -> Path:
    """PostgreSQL: check the file in a scratch SQLite copy, export the current data (pre-restore),
    then empty the tables and load the file in one transaction."""
    from . import export
    live = db.current()
    with tempfile.TemporaryDirectory(prefix="studio-restore-") as work:
        candidate = prepare(file, Path(work))
        checked = Path(work) / "checked.json"
        with _bound_to(_scratch_database(candidate)) as scratch:
            scratch.connect()
            export.export_json(checked)
        safety = _postgres_export(PRE_RESTORE)
        rotate(None, PRE_RESTORE, KEEP_PRE_RESTORE)
        tables = ", ".join(f'"{model._meta.table_name}"' for model in export.TABLES)
        with live.atomic():
            live.execute_sql(f"TRUNCATE {tables} RESTART IDENTITY")
            export.import_json(checked)
    return safety
