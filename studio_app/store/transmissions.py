"""The myDATA records of issued Greek invoices (``transmission``, migration 13): chained and sealed like issued
documents, so a ΜΑΡΚ changed, a copy swapped or a record removed after the fact shows.

- ``link``: :func:`sealing.link` over the previous record's link, the kind "transmission", the invoice number,
  the record (canonical JSON of the ΜΑΡΚ, UID, link, authentication code and the link of the invoice's own issued
  copy, so the record hangs on the invoice chain too) and the SHA-256 of the copy printed with them.
- ``seal``: :func:`sealing.seal` with the database's key over that link and the PDF's SHA-256.
"""

from __future__ import annotations

import hashlib
import hmac
import json

from . import sealing
from .models import Invoice, IssuedDocument, Transmission

KIND = "transmission"
FIELDS = ("mark", "uid", "qr_url", "auth_code")


def last_link() -> str | None:
    row = Transmission.select(Transmission.link).order_by(Transmission.id.desc()).first()
    return row.link if row else None


def link_before(row: Transmission) -> str | None:
    before = (Transmission.select(Transmission.link).where(Transmission.id < row.id)
              .order_by(Transmission.id.desc()).first())
    return before.link if before else None


def chained(prev: str | None, number: str, record: str, pdf_sha256: str) -> str:
    return sealing.link(prev, KIND, number, record, pdf_sha256)


def failure(row: Transmission, prev: str | None, key: bytes | None) -> str | None:
    """"hash", "chain", "seal", "record" (its columns or its invoice's issued copy no longer match what was
    recorded) or None."""
    pdf = bytes(row.pdf or b"")
    if hashlib.sha256(pdf).hexdigest() != row.pdf_sha256:
        return "hash"
    if chained(prev, row.number, row.record, row.pdf_sha256) != row.link:
        return "chain"
    if key is not None and not hmac.compare_digest(sealing.seal(key, row.link, row.pdf_sha256), row.seal or ""):
        return "seal"
    record = json.loads(row.record)
    issued = IssuedDocument.get_or_none((IssuedDocument.kind == "invoice") & (IssuedDocument.document_id == row.invoice_id))
    invoice = Invoice.get_or_none(id=row.invoice_id)
    if (issued is None or invoice is None or invoice.number != row.number or record.get("number") != row.number
            or record.get("invoice_link") != issued.link or any(record.get(f) != getattr(row, f) for f in FIELDS)):
        return "record"
    return None


_PROBLEMS = {
    "hash": "{number}: the copy printed with its myDATA ΜΑΡΚ does not match its SHA-256 (it was changed after "
            "it was stored)",
    "chain": "{number}: the chain of myDATA records breaks here (this record, or the one before it, was changed, "
             "removed or inserted after it was recorded)",
    "seal": "{number}: the myDATA record does not match its seal (it was changed after it was recorded)",
    "record": "{number}: the myDATA record no longer matches what was recorded, or the invoice it names",
}


def problems() -> list[str]:
    """For `check`: every record's hash, link (in id order), seal (with this desk's key) and contents."""
    key = sealing.current().key
    found, previous = [], None
    for row in Transmission.select().order_by(Transmission.id).iterator():
        code = failure(row, previous, key)
        previous = row.link
        if code:
            found.append(_PROBLEMS[code].format(number=row.number))
    return found


def verified_pdf(invoice_id: int) -> bytes | None:
    """The copy printed with the ΜΑΡΚ, when one was recorded and it proves intact; None when none was recorded.
    A record that fails its check is refused in one line, as an issued document is."""
    row = Transmission.get_or_none(Transmission.invoice == invoice_id)
    if row is None:
        return None
    code = failure(row, link_before(row), sealing.current().key)
    if code:
        raise sealing.refusal("hash" if code == "record" else code, row.number)
    return bytes(row.pdf)
