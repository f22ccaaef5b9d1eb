"""`pdf quote|contract|invoice NUMBER -o FILE` (or `--id N` for a draft): a document's PDF on disk.

Issued documents give the bytes stored when they were issued; drafts are rendered fresh.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from studio_app.work import contracts, invoices, issuing, quotes
from studio_app.files import safe_write
from studio_app.text.errors import StudioError

COMMANDS = ("pdf",)
KINDS = ("quote", "contract", "invoice")
_BY_NUMBER = {"quote": quotes.by_number, "contract": contracts.by_number, "invoice": invoices.by_number}


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    parser = subparsers.add_parser("pdf", help="write a quote, contract or invoice as PDF")
    parser.add_argument("kind", choices=KINDS)
    parser.add_argument("number", nargs="?", help="the document number, e.g. INV-2026-0001")
    parser.add_argument("--id", type=int, dest="document_id", help="the document's id (for drafts, which have no number)")
    parser.add_argument("-o", "--output", required=True, type=Path, help="the PDF file to write")
    return parser


def document_id(kind: str, number: str | None = None, document_id: int | None = None) -> int:
    """The id of the document named by its number or id; refuses neither or both."""
    if kind not in KINDS:
        raise StudioError("“{kind}” is not a document kind (use quote, contract or invoice).", kind=str(kind)[:20])
    if (number is None) == (document_id is None):
        raise StudioError("Give either the {kind} number or --id N (for a draft), not both.", kind=kind)
    if number is not None:
        return _BY_NUMBER[kind](number).id
    return int(document_id)  # issuing.pdf_bytes refuses an id that does not exist


def write_pdf(kind: str, document_id: int, path: Path) -> Path:
    """Write the document's PDF to ``path`` (the GUI's "Save PDF…" and the CLI share this): private
    (0600) from the first byte and renamed into place whole (:func:`safe_write.write_bytes`)."""
    safe_write.check_target(path)  # refuse a folder, a device or the database before rendering
    return safe_write.write_bytes(path, issuing.pdf_bytes(kind, document_id))


def run(args: argparse.Namespace) -> int:
    target = document_id(args.kind, args.number, args.document_id)
    path = write_pdf(args.kind, target, args.output)
    print(f"Wrote {path} ({path.stat().st_size:,} bytes)")
    return 0
