"""E-invoices: EN 16931 XML of an issued invoice snapshot, in four formats, and its validation.

Pure functions of a snapshot (the frozen JSON of an issued invoice): no Qt, no database.

- :mod:`.formats`: the formats (``FORMATS``, ``LABELS``) and the result types ``Problem`` and ``Failure``.
- :mod:`.model`: the snapshot read as EN 16931 terms, every amount from ``money.document_totals``.
- :mod:`.readiness`: what a format needs that the snapshot lacks (``problems``); :mod:`.codes`, the official
  code lists it checks against.
- :mod:`.cii`: UN/CEFACT CII D16B for Factur-X (EN 16931) and XRechnung CII.
- :mod:`.ubl`: UBL 2.1 Invoice and CreditNote for XRechnung UBL and Peppol BIS Billing 3.0.
- :mod:`.xmlread`: reading a received XML safely (no DTD, no entities, no network).
- :mod:`.validation`: the XSD, the EN 16931 Schematron and the XRechnung / Peppol rules (``validate``).
"""

from __future__ import annotations

from studio_app.text.errors import StudioError

from .formats import FORMATS, LABELS, Failure, Problem

__all__ = ["FORMATS", "LABELS", "Failure", "Problem", "build", "filename", "problems", "validate"]


def problems(snapshot: dict, fmt: str, language: str = "en") -> list[Problem]:
    """What ``fmt`` needs that the snapshot lacks, by field (Problem.field is the snapshot's key, such as
    "buyer.einvoice.buyer_reference"), each message in ``language``; empty when a file built from the snapshot
    passes the rules, and for "none" (a client without e-invoices needs nothing)."""
    from . import readiness
    return readiness.problems(snapshot, fmt, language)


def build(snapshot: dict, fmt: str) -> bytes:
    """The XML of an invoice snapshot in ``fmt``; raises ``StudioError`` listing the problems when any."""
    from . import cii, model, readiness, ubl
    if fmt not in FORMATS or fmt == "none":
        raise StudioError("“{format}” is not an e-invoice format.", field="format", format=str(fmt)[:30])
    inv = model.read(snapshot, fmt)
    readiness.require(snapshot, fmt, inv=inv)
    return (cii if fmt in ("facturx", "xrechnung-cii") else ubl).write(inv)


def validate(xml: bytes, fmt: str | None = None) -> list[Failure]:
    """Every failed rule of ``xml`` (XSD, EN 16931, and the XRechnung or Peppol rules of ``fmt``; ``None``:
    the format the file declares). Warnings come with the flag "warning" and do not make a file invalid."""
    from . import validation
    return validation.validate(xml, fmt)


def filename(number: str, fmt: str) -> str:
    """The file name of an invoice's XML: ``INV-2026-0001.xml``, ``INV-2026-0001-xrechnung.xml``…"""
    safe = "".join(c if c.isalnum() or c in "-_." else "-" for c in number).strip(".") or "invoice"
    suffix = {"facturx": "", "xrechnung-cii": "-xrechnung", "xrechnung-ubl": "-xrechnung",
              "peppol": "-peppol"}.get(fmt, "")
    return f"{safe}{suffix}.xml"
