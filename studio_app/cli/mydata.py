"""`mydata NUMBER --mark … [--uid …] [--url …] [--auth …]`: record what a Greek studio's myDATA provider
returned for an issued invoice (:mod:`studio_app.work.mydata`); the invoice is handed out from then on as the
copy printed with its ΜΑΡΚ."""

from __future__ import annotations

import argparse

from .command import Access, Command, arg


def run_mark(args: argparse.Namespace) -> int:
    from studio_app.work import invoices, mydata  # the services load when the command runs
    invoice = invoices.by_number(args.number)
    row = mydata.record(invoice.id, args.mark, args.uid, args.url, args.auth)
    print(f"Recorded ΜΑΡΚ {row.mark} for {row.number}; its copy with the ΜΑΡΚ is {len(row.pdf):,} bytes")
    return 0


COMMANDS = (
    Command("mydata", "record the myDATA ΜΑΡΚ a Greek provider returned for an issued invoice", run_mark,
            Access.WRITES, (
                arg("number", help="the invoice number, e.g. INV-2026-0001"),
                arg("--mark", required=True, help="the ΜΑΡΚ (up to 20 digits)"),
                arg("--uid", default="", help="the invoice's UID in myDATA (hexadecimal)"),
                arg("--url", default="", help="the link of the invoice's QR code (https://…)"),
                arg("--auth", default="", help="the provider's authentication code"),
            )),
)
