"""Where a database's backups live, what they are called, and which there are.

SQLite backups sit in ``backups/`` beside the database file as ``<stem>-<reason>-<YYYYmmdd-HHMMSS>[-label]
.sqlite3``; a PostgreSQL database's JSON backups in ``backups/`` of the user data folder as
``postgresql_<database>-…json``. Taking a backup is :mod:`studio_app.files.backup`'s, restoring one
:mod:`studio_app.files.restore`'s; this module only names, lists and rotates them, so that
:mod:`studio_app.files.safe_write` can refuse to overwrite any of them.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

from studio_app.store import db
from studio_app.work import clock

DAILY = "daily"
MIGRATION = "pre-migration"
MANUAL = "manual"
PRE_RESTORE = "pre-restore"
REASONS = (DAILY, MIGRATION, MANUAL, PRE_RESTORE)
STAMP = "%Y%m%d-%H%M%S"


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
        taken = dt.datetime.strptime(match["stamp"], STAMP)
    except ValueError:
        return None
    return match["reason"], taken, match["label"] or ""


def new_path(stem: str, reason: str, label: str, suffix: str, folder: Path) -> Path:
    """A new backup's path; never the name of one that exists (two backups in the same second)."""
    stamp = clock.now().strftime(STAMP)
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
            return db.default_location().parent / "backups", postgres_stem(), ".json"
        database = path
    if db.is_postgres(str(database)):
        return db.default_location().parent / "backups", postgres_stem(urlsplit(str(database)).path), ".json"
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


def postgres_backup_folder() -> Path:
    """Where JSON backups of a PostgreSQL database go: ``backups/`` in the user data folder."""
    return db.private_folder(db.default_location().parent / "backups")


def postgres_stem(name: str | None = None) -> str:
    """``postgresql_<database name>``: the file name stem of a PostgreSQL database's JSON backups."""
    name = db.current().database if name is None else name
    name = re.sub(r"[^A-Za-z0-9_]+", "_", str(name or "studio")).strip("_") or "studio"
    return f"postgresql_{name}"
