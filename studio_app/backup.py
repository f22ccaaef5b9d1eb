"""Copies of the SQLite database made with SQLite's online backup API, kept in a rotating set."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from . import clock

DAILY = "daily"
MIGRATION = "pre-migration"


def backup_folder(database_path: Path) -> Path:
    folder = database_path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy even while other connections write (the online backup API, not a file copy)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    with sqlite3.connect(str(source)) as src, sqlite3.connect(str(partial)) as dst:
        src.backup(dst)
    dst.close()
    src.close()
    if os.name == "posix":
        partial.chmod(0o600)
    partial.replace(target)
    return target


def make_backup(database_path: Path, reason: str, keep: int, label: str = "") -> Path:
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    name = f"{database_path.stem}-{reason}-{stamp}{'-' + label if label else ''}.sqlite3"
    target = copy_database(database_path, backup_folder(database_path) / name)
    rotate(database_path, reason, keep)
    return target


def list_backups(database_path: Path, reason: str | None = None) -> list[Path]:
    """Newest first."""
    folder = database_path.parent / "backups"
    if not folder.exists():
        return []
    pattern = f"{database_path.stem}-{reason or '*'}-*.sqlite3"
    return sorted(folder.glob(pattern), key=lambda p: p.name.split("-", 2)[-1], reverse=True)


def rotate(database_path: Path, reason: str, keep: int) -> None:
    for old in list_backups(database_path, reason)[max(keep, 1):]:
        old.unlink(missing_ok=True)


def daily_backup_due(database_path: Path) -> bool:
    latest = list_backups(database_path, DAILY)
    if not latest:
        return True
    modified = dt.datetime.fromtimestamp(latest[0].stat().st_mtime).date()
    return modified < clock.today()
