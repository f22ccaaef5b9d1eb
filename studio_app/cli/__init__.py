"""The command line: `python main.py [--db PATH_OR_URL] <command>`. Errors go to stderr, never a traceback."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from studio_app.files import export
from studio_app.store import check, db, lists, secrets, startup
from studio_app import money
from studio_app.text import cleaning
from studio_app.text.errors import StudioError
from . import backup, pdf, seal, today

Handler = Callable[[argparse.Namespace], int]
_HANDLERS: dict[str, Handler] = {}
_NEEDS_DB_OPEN = {"demo", "list", "export", "import", "check", "pdf", "today"}
_OPENS_ITSELF = {"backup", "restore"}  # restore must work on a database too damaged to open
# Commands that only read: they open the database read-only (no write lock, never waiting for one, a
# read-only file is fine) and see it as of one moment (one read transaction) while other desks write.
READS_ONLY = {"list", "export", "check", "pdf", "today", "backup"}
_SURROGATES = re.compile("[\ud800-\udfff]")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, as argparse does, without the usage dump
        self.exit(2, f"studio-desk: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="studio-desk", description="Studio Desk: clients, projects, quotes, contracts, invoices.")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="SQLite file or postgresql:// URL "
                        "(default: the file in your user data folder)")
    parser.add_argument("--smoke", action="store_true",
                        help="open the main window, print seconds from start to painted, and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="fill an empty database with realistic sample data")
    demo.add_argument("--size", choices=("small", "large"), default="small")
    demo.add_argument("--seed", type=int, default=7)

    lst = sub.add_parser("list", help="list clients, projects, quotes, contracts or invoices")
    lst.add_argument("what", choices=tuple(lists.SPECS))
    lst.add_argument("--json", action="store_true", help="print JSON instead of a table")
    lst.add_argument("--search", default="", help="only rows matching this text")
    lst.add_argument("--status", default="", help="only rows with this status")
    lst.add_argument("--limit", type=int, default=50)

    export = sub.add_parser("export", help="export the data (json: everything; csv: for the accountant)")
    export.add_argument("format", choices=("json", "csv"))
    export.add_argument("table", nargs="?", help="for csv: clients, projects, invoices or payments")
    export.add_argument("-o", "--output", required=True, type=Path)

    imp = sub.add_parser("import", help="load a JSON export into an empty database")
    imp.add_argument("file", type=Path)

    sub.add_parser("check", help="check the database's integrity and the app's own rules")

    for name, (register, _) in _plugins().items():
        register(sub)
    return parser


def _plugins() -> dict[str, tuple[Callable, Handler]]:
    """Commands that live in their own modules: name -> (add_parser, run)."""
    found: dict[str, tuple[Callable, Handler]] = {}
    for module in (pdf, backup, today, seal):
        for name in getattr(module, "COMMANDS", ()):
            found[name] = (module.add_parser, module.run)
    return found


def parse(argv: list[str]) -> argparse.Namespace:
    args = build_parser().parse_args(argv)
    for name, value in vars(args).items():  # bytes that are not UTF-8 reach Python as lone surrogates
        if name != "db" and isinstance(value, str) and _SURROGATES.search(value):  # (a path may have them)
            setattr(args, name, _SURROGATES.sub("\ufffd", value))
    return args


def run(args: argparse.Namespace) -> int:
    target = args.db or startup.default_target()
    try:
        _warn_visible_password(args.db)
        with db.busy_errors():
            return _run(args, target)
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


def _run(args: argparse.Namespace, target: str) -> int:
    handler = _HANDLERS.get(args.command) or _plugins()[args.command][1]
    if args.command in _OPENS_ITSELF or not (args.command in _NEEDS_DB_OPEN or args.command in _plugins()):
        return handler(args)
    if args.command not in READS_ONLY:
        startup.open_database(target)
        return handler(args)
    previous = db.database.obj
    startup.open_database(target, read_only=True)
    try:
        with db.snapshot():
            return handler(args)
    finally:  # run in-process (scripts, tests), a reading command leaves the caller's database as it was
        db.close()
        if previous is not None:
            db.database.initialize(previous)


def _warn_visible_password(given: str | None) -> None:
    """A password typed into --db can be read by every user of the computer (ps); say how to avoid it."""
    if given and db.is_postgres(given):
        if secrets.split(given)[1] is not None:
            print("studio-desk: warning: a password in --db can be seen by other users of this computer; "
                  "set PGPASSWORD or keep it in the password store instead (see the README).", file=sys.stderr)


def command(name: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        _HANDLERS[name] = handler
        return handler
    return register


@command("demo")
def _demo(args: argparse.Namespace) -> int:
    from studio_app import demo  # lazily: the generator and its word lists load for `demo` only
    counts = demo.fill(size=args.size, seed=args.seed)
    print("Demo data: " + ", ".join(f"{n:,} {name}" for name, n in counts.items()))
    return 0


def _jsonable(value: object) -> object:
    if isinstance(value, Decimal):
        return format(value, "f")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _shown(kind: str, column: lists.Column, row: dict) -> str:
    value = row.get(column.key)
    if column.kind == "money" and value is not None:
        return money.format_plain(value, row.get("currency") or "EUR") + " " + (row.get("currency") or "")
    if value is None:
        return ""
    return _jsonable(value) if not isinstance(value, bool) else ("yes" if value else "")


@command("list")
def _list(args: argparse.Namespace) -> int:
    spec = lists.spec(args.what)
    total, rows = lists.page(args.what, lists.Filter(text=args.search, status=args.status),
                             limit=max(1, args.limit))
    if args.json:
        print(json.dumps({"total": total, "rows": [{k: _jsonable(v) for k, v in r.items()} for r in rows]},
                         ensure_ascii=False, indent=1))
        return 0
    header = [c.title for c in spec.columns]
    table = [[cleaning.reveal(str(_shown(args.what, c, r))) for c in spec.columns] for r in rows]  # (old databases)
    widths = [min(40, max([len(h)] + [len(t[i]) for t in table])) for i, h in enumerate(header)]
    right = [c.kind == "money" for c in spec.columns]

    def line(cells: list[str]) -> str:
        return "  ".join((cell[:w].rjust(w) if r else cell[:w].ljust(w)) for cell, w, r in zip(cells, widths, right))

    print(line(header).rstrip())
    print("  ".join("-" * w for w in widths))
    for cells in table:
        print(line(cells).rstrip())
    print(f"\n{len(rows)} of {total:,} {args.what}")
    return 0


@command("export")
def _export(args: argparse.Namespace) -> int:
    if args.format == "json":
        export.export_json(args.output)
        print(f"Exported everything to {args.output}")
    else:
        if not args.table:
            raise StudioError("Say which table to export as CSV: clients, projects, invoices or payments.")
        count = export.export_csv(args.table, args.output)
        print(f"Exported {count:,} {args.table} to {args.output}")
    return 0


@command("import")
def _import(args: argparse.Namespace) -> int:
    counts = export.import_json(args.file)
    print("Imported " + ", ".join(f"{n:,} {name}" for name, n in counts.items() if n))
    return 0


@command("check")
def _check(args: argparse.Namespace) -> int:
    problems = check.run()
    for note in check.notes():
        print(f"note: {note}", file=sys.stderr)
    if problems:
        for problem in problems:  # a name or number from an old database may hold escapes or direction controls
            print(f"problem: {cleaning.reveal(problem)}", file=sys.stderr)
        print(f"studio-desk: {len(problems)} problem(s) found in {db.describe(args.db or startup.default_target())}",
              file=sys.stderr)
        return 1
    print("The database is consistent.")
    return 0
