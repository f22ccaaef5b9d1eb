"""Opening a database for use: connect, refuse newer versions, back up, migrate, seed settings."""

from __future__ import annotations

import os
from pathlib import Path

import peewee

from . import backup, db, migrations
from .models import Studio


def open_database(target: str | os.PathLike | None = None, *, daily_backup: bool = False) -> peewee.Database:
    """Open (creating if new) the SQLite file or PostgreSQL URL and bring it to the current schema.

    A database written by a newer Studio Desk is refused before anything is written.
    An existing SQLite database is copied to ``backups/`` before a migration changes it.
    """
    target = target or default_target()
    database = db.connect(target)
    migrations.check_not_newer(database, db.describe(target))
    path = db.sqlite_path()

    def before_migration(version: int) -> None:
        if path is not None:
            keep = _setting("backup_keep_migration", 3)
            backup.make_backup(path, backup.MIGRATION, keep, label=f"v{version}")

    migrations.migrate(database, before=before_migration)
    with db.transaction():
        if not Studio.select().exists():
            Studio.create(id=1)
    if daily_backup and path is not None and backup.daily_backup_due(path):
        backup.make_backup(path, backup.DAILY, Studio.get_by_id(1).backup_keep_daily)
    return database


def default_target() -> str:
    return os.environ.get("STUDIO_DESK_DB") or str(db.default_location())


def _setting(name: str, default: int) -> int:
    try:
        return getattr(Studio.get_or_none(Studio.id == 1), name, default) or default
    except peewee.DatabaseError:
        return default
