"""`demo`, `list`, `export`, `check`, `rebuild-totals`, and the JSON import that `import` (:mod:`.importing`) runs: sample data, the lists, the data in and out, the integrity check."""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from studio_app.text.errors import StudioError

from .command import Access, Command, arg

if TYPE_CHECKING:
    from studio_app.store.lists import Column

# The kinds of studio_app.store.lists.SPECS, named here so that building the parser loads no models.
LISTS = ("clients", "projects", "quotes", "contracts", "invoices")


def run_demo(args: argparse.Namespace) -> int:
    from studio_app import demo  # loaded when the command runs, as in every handler below
    counts = demo.fill(size=args.size, seed=args.seed)
    print("Demo data: " + ", ".join(f"{n:,} {name}" for name, n in counts.items()))
    return 0


def _jsonable(value: object) -> object:
    if isinstance(value, Decimal):
        return format(value, "f")
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _shown(column: Column, row: dict) -> object:
    from studio_app import money
    value = row.get(column.key)
    if column.kind == "money" and value is not None:
        return money.format_plain(value, row.get("currency") or "EUR") + " " + (row.get("currency") or "")
    if value is None:
        return ""
    return _jsonable(value) if not isinstance(value, bool) else ("yes" if value else "")


def run_list(args: argparse.Namespace) -> int:
    from studio_app.store import lists
    spec = lists.spec(args.what)
    total, rows = lists.page(args.what, lists.Filter(text=args.search, status=args.status),
                             limit=max(1, args.limit))
    if args.json:
        print(json.dumps({"total": total, "rows": [{k: _jsonable(v) for k, v in r.items()} for r in rows]},
                         ensure_ascii=False, indent=1))
        return 0
    header = [c.title for c in spec.columns]
    from studio_app.text import cleaning
    table = [[cleaning.reveal(str(_shown(c, r))) for c in spec.columns] for r in rows]  # (old databases)
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


def run_export(args: argparse.Namespace) -> int:
    from studio_app.files import export
    if args.format == "json":
        export.export_json(args.output)
        print(f"Exported everything to {args.output}")
    else:
        if not args.table:
            raise StudioError("Say which table to export as CSV: clients, projects, invoices or payments.")
        count = export.export_csv(args.table, args.output)
        print(f"Exported {count:,} {args.table} to {args.output}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from studio_app.files import export
    counts = export.import_json(args.file)
    print("Imported " + ", ".join(f"{n:,} {name}" for name, n in counts.items() if n))
    return 0


def run_check(args: argparse.Namespace) -> int:
    from studio_app.store import check, db, startup
    problems = check.run()
    for note in check.notes():
        print(f"note: {note}", file=sys.stderr)
    if problems:
        from studio_app.text import cleaning
        for problem in problems:  # a name or number from an old database may hold escapes or direction controls
            print(f"problem: {cleaning.reveal(problem)}", file=sys.stderr)
        print(f"studio-desk: {len(problems)} problem(s) found in {db.describe(args.db or startup.default_target())}",
              file=sys.stderr)
        return 1
    print("The database is consistent.")
    return 0


def run_rebuild_totals(args: argparse.Namespace) -> int:
    from studio_app.store import fragments, latest, row_counts, totals
    totals.rebuild()
    latest.rebuild()
    fragments.rebuild_all()
    row_counts.rebuild()
    print("The dashboard's money totals were made again from the invoices and payments, each client's latest "
          "delivery and last contact from the projects and interactions, each project's logged time, open work and "
          "last update from its rows, and the lists' and search's counts from "
          "the documents.")
    return 0


COMMANDS = (
    Command("demo", "fill an empty database with realistic sample data", run_demo, Access.WRITES, (
        arg("--size", choices=("small", "large"), default="small"),
        arg("--seed", type=int, default=7),
    )),
    Command("list", "list clients, projects, quotes, contracts or invoices", run_list, Access.READS, (
        arg("what", choices=LISTS),
        arg("--json", action="store_true", help="print JSON instead of a table"),
        arg("--search", default="", help="only rows matching this text"),
        arg("--status", default="", help="only rows with this status"),
        arg("--limit", type=int, default=50),
    )),
    Command("export", "export the data (json: everything; csv: for the accountant)", run_export, Access.READS, (
        arg("format", choices=("json", "csv")),
        arg("table", nargs="?", help="for csv: clients, projects, invoices or payments"),
        arg("-o", "--output", required=True, type=Path),
    )),
    Command("check", "check the database's integrity and the app's own rules", run_check, Access.READS),
    Command("rebuild-totals", "make the dashboard's kept totals and the lists' counts again from the rows",
            run_rebuild_totals, Access.WRITES),
)
