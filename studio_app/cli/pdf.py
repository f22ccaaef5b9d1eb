"""`pdf quote|contract|invoice NUMBER -o FILE` (or `--id N` for a draft): a document's PDF on disk.

Issued documents give the bytes stored when they were issued; drafts are rendered fresh.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from studio_app.text.errors import StudioError

from .command import Access, Command, arg

KINDS = ("quote", "contract", "invoice")


def document_id(kind: str, number: str | None = None, document_id: int | None = None) -> int:
    """The id of the document named by its number or id; refuses neither or both."""
    if kind not in KINDS:
        raise StudioError("“{kind}” is not a document kind (use quote, contract or invoice).", kind=str(kind)[:20])
    if (number is None) == (document_id is None):
        raise StudioError("Give either the {kind} number or --id N (for a draft), not both.", kind=kind)
    if number is not None:
        from studio_app.work import contracts, invoices, quotes  # the services load when a document is asked for
        by_number = {"quote": quotes.by_number, "contract": contracts.by_number, "invoice": invoices.by_number}
        return by_number[kind](number).id
    return int(document_id)  # issuing.pdf_bytes refuses an id that does not exist


def write_pdf(kind: str, document_id: int, path: Path) -> Path:
    """Write the document's PDF to ``path`` (the GUI's "Save PDF…" and the CLI share this): private
    (0600) from the first byte and renamed into place whole (:func:`safe_write.write_bytes`)."""
    from studio_app.files import safe_write
    from studio_app.work import issuing  # loaded when a PDF is written, with the PDF layer behind it
    safe_write.check_target(path)  # refuse a folder, a device or the database before rendering
    return safe_write.write_bytes(path, issuing.pdf_bytes(kind, document_id))


def run_pdf(args: argparse.Namespace) -> int:
    target = document_id(args.kind, args.number, args.document_id)
    path = write_pdf(args.kind, target, args.output)
    print(f"Wrote {path} ({path.stat().st_size:,} bytes)")
    return 0


COMMANDS = (
    Command("pdf", "write a quote, contract or invoice as PDF", run_pdf, Access.READS, (
        arg("kind", choices=KINDS),
        arg("number", nargs="?", help="the document number, e.g. INV-2026-0001"),
        arg("--id", type=int, dest="document_id", help="the document's id (for drafts, which have no number)"),
        arg("-o", "--output", required=True, type=Path, help="the PDF file to write"),
    )),
)
