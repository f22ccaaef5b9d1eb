"""The whole command line: the parser built from every group's ``COMMANDS``, and the dispatcher that opens
the database as each command asks (:class:`~.command.Access`) and turns errors into one line on stderr."""

from __future__ import annotations

import argparse
import re
import sys

from studio_app.text.errors import StudioError

from . import backup, clients, data, einvoice, importing, mail, mydata, pdf, seal, today
from .command import Access, Command
from .options import PROG, Parser, add_global_options

# in the order `--help` lists their commands
GROUPS = (data, importing, clients, pdf, einvoice, mydata, backup, today, seal, mail)
COMMANDS: dict[str, Command] = {command.name: command for group in GROUPS for command in group.COMMANDS}
_SURROGATES = re.compile("[\ud800-\udfff]")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog=PROG, description="Studio Desk: clients, projects, quotes, contracts, invoices.")
    add_global_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS.values():
        command.add_to(sub)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    args = build_parser().parse_args(argv)
    for name, value in vars(args).items():  # bytes that are not UTF-8 reach Python as lone surrogates
        if name != "db" and isinstance(value, str) and _SURROGATES.search(value):  # (a path may have them)
            setattr(args, name, _SURROGATES.sub("\ufffd", value))
    return args


def run(args: argparse.Namespace) -> int:
    """Run the parsed command; the exit code. Errors a user can fix are one line on stderr, never a traceback."""
    from studio_app.store import db, startup  # the database layer loads when a command runs
    target = args.db or startup.default_target()
    try:
        _warn_visible_password(args.db)
        with db.busy_errors():
            return _run(COMMANDS[args.command], args, target)
    except StudioError as exc:
        print(f"studio-desk: {exc.message}", file=sys.stderr)
        return 1
    except OSError as exc:  # a file that cannot be read or written: one line, never a traceback
        where = f": {exc.filename}" if exc.filename else ""
        print(f"studio-desk: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        db.close()


def _run(command: Command, args: argparse.Namespace, target: str) -> int:
    from studio_app.store import db, startup
    if command.access is Access.OPENS_ITSELF:
        return command.run(args)
    if command.access is Access.WRITES:
        startup.open_database(target)
        return command.run(args)
    previous = db.database.obj
    try:
        if command.access is Access.READS_ITSELF:
            return command.run(args)
        startup.open_database(target, read_only=True)
        with db.snapshot():
            return command.run(args)
    finally:  # run in-process (scripts, tests), a reading command leaves the caller's database as it was
        db.close()
        if previous is not None:
            db.database.initialize(previous)


def _warn_visible_password(given: str | None) -> None:
    """A password typed into --db can be read by every user of the computer (ps); say how to avoid it."""
    from studio_app.store import db
    if given and db.is_postgres(given):
        from studio_app.store import secrets
        if secrets.split(given)[1] is not None:
            print("studio-desk: warning: a password in --db can be seen by other users of this computer; "
                  "set PGPASSWORD or keep it in the password store instead (see the README).", file=sys.stderr)
