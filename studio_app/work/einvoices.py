"""E-invoices of invoices: what a draft still lacks for its client's format (asked before issuing, by the
invoice editor and the command line), the XML frozen with an issued invoice, and writing it (or the
Factur-X PDF, or the same invoice in another format, built from its frozen snapshot and validated) to a file."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from studio_app import einvoice
from studio_app.einvoice.formats import FACTURX, FORMATS, LABELS, NONE, Problem
from studio_app.text.errors import StudioError
from . import clock, efiles, invoices, issuing, settings, snapshots

# What the command line's --format accepts: every format but "none".
EXPORT_FORMATS = tuple(fmt for fmt in FORMATS if fmt != NONE)


def readiness(invoice_id: int, language: str = "en") -> list[Problem]:
    """What the invoice's e-invoice lacks for its client's format, by field, each message in ``language``
    (empty: ready, or no format). A draft is checked as it would be frozen today; an issued one as it was."""
    invoice = invoices.get(invoice_id)
    if invoice.status != "draft":
        return efiles.problems(frozen_snapshot(invoice_id), language=language)
    if invoice.client.einvoice_format == NONE:
        return []
    issue_date = invoice.issue_date or clock.today()
    due_date = invoice.due_date or issue_date + dt.timedelta(days=settings.get().payment_terms_days)
    snapshot = efiles.provisional(snapshots.invoice_snapshot(invoice), issue_date, due_date)
    return efiles.problems(snapshot, language=language)


def format_for(invoice_id: int) -> str:
    """The invoice's e-invoice format: its client's for a draft, the one frozen with it once issued."""
    invoice = invoices.get(invoice_id)
    if invoice.status == "draft":
        return invoice.client.einvoice_format
    record = issuing.issued("invoice", invoice_id)
    return (record.xml_format or efiles.format_of(json.loads(record.snapshot))) if record else NONE


def frozen_snapshot(invoice_id: int) -> dict:
    record = _record(invoice_id)
    issuing.verify(record)
    return json.loads(record.snapshot)


def _record(invoice_id: int):
    invoice = invoices.get(invoice_id)
    record = issuing.issued("invoice", invoice_id)
    if record is None:
        raise StudioError("Invoice {number} is a draft: issue it first; its e-invoice is made as it is issued.",
                          number=invoice.number or f"#{invoice_id}")
    return record


def stored_xml(invoice_id: int) -> tuple[bytes, str]:
    """The XML frozen when the invoice was issued, and its file name; refused when its hash, link or seal
    fails, or when the invoice was issued without one."""
    record = _record(invoice_id)
    issuing.verify(record)
    if record.xml is None:
        raise StudioError("Invoice {number} was issued without an e-invoice (its client had no e-invoice format "
                          "then). Choose a format to build one from what was issued.", number=record.number)
    return bytes(record.xml), einvoice.filename(record.number, record.xml_format)


def file_for(invoice_id: int, fmt: str | None = None) -> tuple[bytes, str, str]:
    """The bytes to hand out for ``fmt`` (default: the format frozen with the invoice), their file name and
    the format: the stored XML, or for Factur-X the stored PDF carrying it; another format is built from the
    frozen snapshot and refused unless it passes the rules."""
    record = _record(invoice_id)
    issuing.verify(record)
    fmt = fmt or record.xml_format
    if not fmt or fmt == NONE:
        raise StudioError("Invoice {number} was issued without an e-invoice (its client had no e-invoice format "
                          "then). Choose a format to build one from what was issued.", number=record.number)
    if fmt not in EXPORT_FORMATS:
        raise StudioError("“{value}” is not an e-invoice format (use {formats}).", field="einvoice_format",
                          value=str(fmt)[:20], formats=", ".join(EXPORT_FORMATS))
    if fmt == record.xml_format:
        if fmt == FACTURX:
            return issuing.pdf_bytes("invoice", invoice_id), _pdf_name(record.number), fmt
        return bytes(record.xml), einvoice.filename(record.number, fmt), fmt
    snapshot = json.loads(record.snapshot)
    efiles.require_ready(snapshot, fmt)
    xml = einvoice.build(snapshot, fmt)
    failed = [failure for failure in einvoice.validate(xml, fmt) if failure.fails]
    if failed:
        raise StudioError("The {format} file of invoice {number} fails the rules, so it was not written: {rules}",
                          format=LABELS[fmt], number=record.number,
                          rules="; ".join(f"[{f.rule_id}] {f.message}" for f in failed[:5]))
    if fmt == FACTURX:
        return efiles.facturx_pdf(snapshot, issuing.pdf_bytes("invoice", invoice_id), xml), \
            _pdf_name(record.number), fmt
    return xml, einvoice.filename(record.number, fmt), fmt


def _pdf_name(number: str) -> str:
    return einvoice.filename(number, FACTURX)[:-len(".xml")] + ".pdf"


def export(number: str, fmt: str | None, path: Path) -> tuple[Path, str]:
    """``einvoice NUMBER [--format F] -o FILE``: write the invoice's e-invoice to ``path`` (privately, whole)."""
    from studio_app.files import safe_write
    invoice = invoices.by_number(number)
    safe_write.check_target(path)  # refuse a folder, a device or the database before building anything
    data, _name, fmt = file_for(invoice.id, fmt)
    return safe_write.write_bytes(path, data), fmt
