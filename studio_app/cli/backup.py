"""`backup [-o FILE]` and `restore FILE`: a copy of the database now, and putting one back.

Both open the database themselves: `restore` must work on a database too damaged to open, and
`backup` must not create an empty database where there was none.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from studio_app.text.errors import StudioError

from .command import Access, Command, arg


def run_backup(args: argparse.Namespace) -> int:
    from studio_app.files import backup  # loaded when the command runs
    from studio_app.store import db, startup
    target = args.db or startup.default_target()
    where = db.describe(target)
    if not db.is_postgres(target) and not Path(target).expanduser().is_file():
        raise StudioError("There is no database at {path} to back up.", path=str(target))
    startup.open_database(target, read_only=True)  # a copy reads; it never waits for a desk that saves
    path = backup.manual_backup(args.output)
    if db.is_postgres(target):
        print(f"{where} is a PostgreSQL database, so the backup is a JSON export of everything: {path}\n"
              f"Put it back with: studio-desk --db URL restore {path}")
    else:
        print(f"Backed up {where} to {path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from studio_app.files import restore  # loaded when the command runs
    from studio_app.store import db, startup
    target = args.db or startup.default_target()
    safety = restore.restore(args.file, target)
    print(f"Restored {db.describe(target)} from {args.file}. What was there before is kept in {safety}")
    return 0


COMMANDS = (
    Command("backup", "copy the database now (SQLite) or export it as JSON (PostgreSQL)", run_backup,
            Access.READS_ITSELF, (
                arg("-o", "--output", type=Path, help="the file (or folder) to write; "
                    "default: the backups folder beside the database"),
            )),
    Command("restore", "replace the database with a backup or JSON export, "
            "after checking it and backing up the current one", run_restore, Access.OPENS_ITSELF, (
                arg("file", type=Path, help="a backup (.sqlite3) or a JSON export"),
            )),
)
