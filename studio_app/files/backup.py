"""Taking backups.

SQLite: copies made with SQLite's online backup API (consistent while other connections write),
kept in ``backups/`` beside the database in rotating sets per reason (daily, pre-migration) plus
the ones a person asked for (manual) and the safety copy taken before a restore (pre-restore).
PostgreSQL: the JSON export of :mod:`studio_app.files.export` stands in for a file copy.
Their names and the listing are :mod:`studio_app.files.backup_list`'s; restoring one is
:mod:`studio_app.files.restore`'s.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from studio_app.store import db
from studio_app.text.errors import StudioError
from . import safe_write
from .backup_list import MANUAL, backup_folder, new_path, postgres_backup_folder, postgres_stem, rotate


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
    target = copy_database(database_path, new_path(database_path.stem, reason, label, ".sqlite3",
                                                   backup_folder(database_path)))
    if keep is not None:
        rotate(database_path, reason, keep)
    return target


# --- the backup a person asks for ----------------------------------------------------------------

def postgres_backup(reason: str, target: Path | None = None) -> Path:
    """A PostgreSQL database's backup: its JSON export, by default in the user data folder's ``backups/``."""
    if target is None:
        target = new_path(postgres_stem(), reason, "", ".json", postgres_backup_folder())
    from . import export  # the JSON export (and its import rules) loads for a PostgreSQL backup, not at start
    export.export_json(target)
    return Path(target)


def manual_backup(target: Path | str | None = None) -> Path:
    """Back up the open database now and return the file written.

    SQLite: an online-backup copy, by default ``backups/<stem>-manual-<stamp>.sqlite3`` beside the
    database (never rotated away). PostgreSQL: a JSON export (by default in the user data
    folder's ``backups/``), which :func:`studio_app.files.restore.restore` accepts. ``target`` may be a
    file or a folder.
    """
    path = db.sqlite_path()
    if target is not None:
        target = Path(target).expanduser()
        if target.is_dir():
            stem = path.stem if path is not None else postgres_stem()
            target = new_path(stem, MANUAL, "", ".sqlite3" if path is not None else ".json", target)
    if path is None:
        return postgres_backup(MANUAL, target)
    if target is None:
        return make_backup(path, MANUAL, keep=None)
    return copy_database(path, target)  # which refuses the database itself, its -wal/-shm and its backups
