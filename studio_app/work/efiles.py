"""An issued invoice's e-invoice, from its snapshot: whether the client's format can be written from it (asked
before the invoice is numbered), and the files frozen with it (the XML; for Factur-X, the PDF/A-3 that
carries it as ``factur-x.xml``). The format is the buyer's, as frozen in the snapshot."""

from __future__ import annotations

import datetime as dt

from studio_app import einvoice
from studio_app.einvoice.formats import FACTURX, FORMATS, LABELS, NONE, Problem
from studio_app.text.errors import StudioError

# The number a draft's snapshot is checked with before it has one (numbering comes after the check).
PREVIEW_NUMBER = "PREVIEW-0001"


def not_ready(fmt: str, found: list[Problem]) -> StudioError:
    """The refusal of an invoice whose e-invoice would fail: every problem, by field, in ``problems``."""
    error = StudioError("The invoice was not issued: its e-invoice ({format}) would not pass the rules. {problems}",
                        field=found[0].field if found else None, format=LABELS.get(fmt, fmt),
                        problems=" ".join(problem.message for problem in found))
    error.problems = list(found)  # type: ignore[attr-defined]  # the GUI lists them one per field
    return error


def format_of(snapshot: dict) -> str:
    """The e-invoice format a snapshot's buyer has ("none" for documents issued before migration 7)."""
    fmt = ((snapshot.get("parties") or {}).get("buyer") or {}).get("einvoice", {}).get("format") or NONE
    return fmt if fmt in FORMATS else NONE


def provisional(snapshot: dict, issue_date: dt.date, due_date: dt.date | None = None,
                supply_date: dt.date | None = None) -> dict:
    """A draft's snapshot as it would be frozen: the number and dates it does not have yet filled in."""
    document = dict(snapshot["document"])
    document["number"] = document.get("number") or PREVIEW_NUMBER
    document["issue_date"] = document.get("issue_date") or issue_date.isoformat()
    document["supply_date"] = document.get("supply_date") or (supply_date or issue_date).isoformat()
    if not document.get("due_date") and due_date is not None:
        document["due_date"] = due_date.isoformat()
    return {**snapshot, "document": document}


def problems(snapshot: dict, fmt: str | None = None, language: str = "en") -> list[Problem]:
    """What stops the snapshot's e-invoice (in ``fmt``, or the buyer's format) from passing the rules, each
    message in ``language``."""
    fmt = fmt or format_of(snapshot)
    return [] if fmt == NONE else list(einvoice.problems(snapshot, fmt, language))


def require_ready(snapshot: dict, fmt: str | None = None) -> None:
    fmt = fmt or format_of(snapshot)
    found = problems(snapshot, fmt)
    if found:
        raise not_ready(fmt, found)


def files(snapshot: dict, pdf: bytes, fmt: str | None = None) -> tuple[bytes, bytes | None, str | None]:
    """The PDF to store, the XML and its format for an invoice snapshot (``None`` twice when it has none)."""
    fmt = fmt or format_of(snapshot)
    if fmt == NONE:
        return pdf, None, None
    xml = einvoice.build(snapshot, fmt)
    if fmt == FACTURX:
        pdf = facturx_pdf(snapshot, pdf, xml)
    return pdf, xml, fmt


def facturx_pdf(snapshot: dict, pdf: bytes, xml: bytes) -> bytes:
    """The PDF/A-3b with the CII XML embedded as ``factur-x.xml``."""
    from studio_app.documents import facturx  # with pikepdf behind it: loaded when a Factur-X file is made
    document = snapshot.get("document") or {}
    return facturx.attach(pdf, xml, lang=document.get("language") or "en", title=document.get("number") or "")
