"""`einvoice --check FILE`: validate a received or written e-invoice with the official rules, one failed rule a line.

The same command will also write an issued invoice's e-invoice (`einvoice NUMBER --format … -o FILE`): NUMBER is
an optional positional for that form.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from studio_app.text.errors import StudioError

from .command import Access, Command, arg

FORMATS = ("facturx", "xrechnung-cii", "xrechnung-ubl", "peppol")  # studio_app.einvoice.FORMATS less "none"


def read_file(path: Path) -> bytes:
    """The bytes of a regular file (a FIFO or device would block or never end), at most one byte over the limit."""
    from studio_app.einvoice import xmlread
    if not path.is_file():
        raise StudioError("“{path}” is not a file.", path=str(path)[:200])
    with path.open("rb") as handle:
        return handle.read(xmlread.MAX_BYTES + 1)


def check(path: Path, fmt: str | None = None, *, warnings: bool = False) -> int:
    """Print each failed rule as ``BR-CO-15: message (location)``; 1 when any fails, else 0 and "valid: …"."""
    from studio_app.einvoice import validation  # loaded when a file is checked (lxml, saxonche behind it)
    xml = read_file(path)
    failures = validation.validate(xml, fmt)
    failed = [f for f in failures if f.fails]
    for failure in failed:
        print(f"{failure.rule_id}: {failure.message} ({failure.location})")
    for failure in failures:
        if failure.rule_id == "NOT-CHECKED":
            print(f"studio-desk: note: {failure.message}", file=sys.stderr)
        elif warnings and not failure.fails:
            print(f"warning {failure.rule_id}: {failure.message} ({failure.location})")
    if failed:
        return 1
    xsd_only = any(f.rule_id == "NOT-CHECKED" for f in failures)
    print(f"valid: {validation.describe(xml)}" + (" (XSD only)" if xsd_only else ""))
    return 0


def run_einvoice(args: argparse.Namespace) -> int:
    if args.check is not None:
        if args.number is not None or args.output is not None:
            raise StudioError("Give either --check FILE or an invoice number, not both.")
        return check(args.check, args.format, warnings=args.warnings)
    if args.number is None:
        raise StudioError("Give an invoice number with --format and -o FILE, or --check FILE.")
    return write(args)


def write(args: argparse.Namespace) -> int:
    """`einvoice NUMBER [--format …] -o FILE`: the invoice's stored XML (or Factur-X PDF); another format is built
    from what was issued and validated first. Reads the database as `pdf` does: read-only, as of one moment."""
    from studio_app.store import db, startup
    from studio_app.work import einvoices  # the services load when an invoice's file is written
    if args.output is None:
        raise StudioError("Say where to write the e-invoice with -o FILE.")
    previous = db.database.obj
    try:
        startup.open_database(args.db or startup.default_target(), read_only=True)
        with db.snapshot():
            path, fmt = einvoices.export(args.number, args.format, args.output)
    finally:  # run in-process (scripts, tests), it leaves the caller's database as it was, like `pdf`
        db.close()
        if previous is not None:
            db.database.initialize(previous)
    print(f"Wrote {path} ({fmt}, {path.stat().st_size:,} bytes)")
    return 0


COMMANDS = (
    Command("einvoice", "validate an e-invoice file (--check FILE), or write an issued invoice's e-invoice",
            run_einvoice, Access.OPENS_ITSELF, (
                arg("number", nargs="?", help="the invoice number, e.g. INV-2026-0001"),
                arg("--check", type=Path, metavar="FILE", help="validate this XML file against the official rules"),
                arg("--format", choices=FORMATS, help="the e-invoice format (default: the one the file declares, "
                    "or the client's)"),
                arg("-o", "--output", type=Path, help="the file to write"),
                arg("--warnings", action="store_true", help="with --check: print the rules' warnings as well"),
            )),
)
