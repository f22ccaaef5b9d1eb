"""`backup [-o FILE]` and `restore FILE`: a copy of the database now, and putting one back.

Both open the database themselves: `restore` must work on a database too damaged to open, and
`backup` must not create an empty database where there was none.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from studio_app.files import backup, restore
from studio_app.store import db, startup
from studio_app.text.errors import StudioError

COMMANDS = ("backup", "restore")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    if "backup" in subparsers.choices:  # cli registers once per command name
        return
    parser = subparsers.add_parser("backup", help="copy the database now (SQLite) or export it as JSON (PostgreSQL)")
    parser.add_argument("-o", "--output", type=Path, help="the file (or folder) to write; "
                        "default: the backups folder beside the database")
    parser = subparsers.add_parser("restore", help="replace the database with a backup or JSON export, "
                                   "after checking it and backing up the current one")
    parser.add_argument("file", type=Path, help="a backup (.sqlite3) or a JSON export")


def run(args: argparse.Namespace) -> int:
    target = args.db or startup.default_target()
    where = db.describe(target)
    if args.command == "backup":
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
    safety = restore.restore(args.file, target)
    print(f"Restored {where} from {args.file}. What was there before is kept in {safety}")
    return 0
