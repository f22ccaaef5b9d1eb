"""`import` and `numbering`: bringing a studio's data in (a JSON export, or clients, projects and past invoices
from CSV), and continuing a number series after the last number of the program used before."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio_app.text.errors import StudioError

from .command import Access, Command, arg

KINDS = ("clients", "projects", "invoices")  # studio_app.importing.headers.KINDS, named here to load nothing
SERIES = ("quote", "contract", "invoice", "credit_note", "deposit")
SHOWN_REFUSALS = 50


def run_import(args: argparse.Namespace) -> int:
    if args.file is None:  # `import everything.json`: the JSON export, as it always was
        if args.map or args.dry_run or args.skip_bad:
            raise StudioError("--map, --dry-run and --skip-bad are for CSV files: import clients|projects|invoices "
                              "FILE.csv.")
        from . import data
        return data.run_import(argparse.Namespace(file=Path(args.what)))
    if args.what not in KINDS:
        raise StudioError("Say what the CSV holds: import clients|projects|invoices FILE.csv, not “{what}”.",
                          what=args.what[:40])
    from studio_app.importing import headers, plan  # loaded when the command runs
    result = plan.import_csv(args.what, args.file, headers.parse_map(args.map or []), dry_run=args.dry_run,
                             skip_bad=args.skip_bad)
    print_summary(result, dry_run=args.dry_run)
    return 1 if result.refused and not result.imported and not args.dry_run else 0


def print_summary(result, *, dry_run: bool) -> None:
    from studio_app.importing import detect
    table = result.table
    print(f"{table.path.name}: {detect.NAMES.get(table.encoding, table.encoding)}, "
          f"{ {',': 'comma', ';': 'semicolon', chr(9): 'tab'}.get(table.delimiter, repr(table.delimiter)) }-separated, "
          f"{len(table.records)} rows")
    print("Columns: " + ", ".join(f"{table.headers[i]} → {name}" for name, i in result.mapping.items()))
    verb = "would be created" if dry_run or not result.imported else "created"
    print(f"{len(result.created)} {result.kind} {verb}, {len(result.duplicates)} skipped as duplicates, "
          f"{len(result.refused)} refused")
    for outcome in result.duplicates[:SHOWN_REFUSALS]:
        print(f"  row {outcome.row}: duplicate ({outcome.reason}): {outcome.summary}")
    for outcome in result.refused[:SHOWN_REFUSALS]:
        print(f"  row {outcome.row}, column “{outcome.column}”: {outcome.reason}", file=sys.stderr)
    if len(result.refused) > SHOWN_REFUSALS:
        print(f"  … and {len(result.refused) - SHOWN_REFUSALS} more refused rows", file=sys.stderr)
    if result.refused and not result.imported and not dry_run:
        print("Nothing was imported: fix the refused rows, or import the others with --skip-bad.", file=sys.stderr)


def run_numbering(args: argparse.Namespace) -> int:
    from studio_app.money import numbering
    year = numbering.continue_after(args.series, args.year, args.after)
    print(f"The {args.series} series continues after {args.after}"
          + (f" in {year}" if year else "") + f": the next number is {args.after + 1}.")
    return 0


COMMANDS = (
    Command("import", "load a JSON export into an empty database, or clients, projects or past invoices from CSV "
            "(import clients|projects|invoices FILE.csv)", run_import, Access.WRITES, (
                arg("what", help="a JSON export, or clients, projects or invoices followed by the CSV file"),
                arg("file", nargs="?", type=Path, help="the CSV file"),
                arg("--map", action="append", metavar="FIELD=COLUMN",
                    help="read FIELD from the column named COLUMN (repeatable)"),
                arg("--dry-run", action="store_true", help="say what would be imported; change nothing"),
                arg("--skip-bad", action="store_true", help="import the good rows and leave out the refused ones"),
            )),
    Command("numbering", "continue a number series after the last number of the program used before", run_numbering,
            Access.WRITES, (
                arg("action", choices=("continue",)),
                arg("series", choices=SERIES),
                arg("--year", type=int, required=True),
                arg("--after", type=int, required=True, help="the last number already given out, e.g. 41"),
            )),
)
