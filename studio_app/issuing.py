"""Freezing a document: its snapshot, its PDF bytes and their SHA-256, stored once and never changed."""

from __future__ import annotations

import hashlib
import json

from . import db, locks, settings, snapshots
from .errors import StudioError
from .models import IssuedDocument


def render(snapshot: dict) -> bytes:
    from .documents import render as render_pdf  # reportlab loads only when a document is drawn
    return render_pdf(snapshot, settings.get().logo)


def freeze(kind: str, document_id: int, number: str, snapshot: dict) -> IssuedDocument:
    """Store what is being sent. Runs inside the issuing transaction, so number, data and PDF land together."""
    pdf = render(snapshot)
    return IssuedDocument.create(kind=kind, document_id=document_id, number=number,
                                 snapshot=snapshots.canonical(snapshot), pdf=pdf,
                                 pdf_sha256=hashlib.sha256(pdf).hexdigest())


def issued(kind: str, document_id: int) -> IssuedDocument | None:
    return IssuedDocument.get_or_none((IssuedDocument.kind == kind) & (IssuedDocument.document_id == document_id))


def pdf_bytes(kind: str, document_id: int) -> bytes:
    """The PDF a client would get: the stored bytes of an issued document, a fresh rendering of a draft.

    Imported history (the demo data, a JSON import) has a snapshot but no PDF yet; it is
    rendered from that frozen snapshot once and kept from then on.
    """
    record = issued(kind, document_id)
    if record is None:
        if kind not in snapshots.BUILDERS or snapshots.BUILDERS[kind][0].get_or_none(id=document_id) is None:
            raise StudioError("There is no {kind} with id {id}.", kind=kind, id=document_id)
        return render(snapshots.build(kind, document_id))
    if record.pdf is not None:
        return bytes(record.pdf)
    pdf = render(json.loads(record.snapshot))
    if db.read_only():  # a reading command stores nothing; the next rendering gives the same bytes (invariant)
        return pdf
    with db.transaction():
        IssuedDocument.update(pdf=pdf, pdf_sha256=hashlib.sha256(pdf).hexdigest()).where(
            (IssuedDocument.id == record.id) & IssuedDocument.pdf.is_null()).execute()
    return pdf


def lock_draft(model, document_id: int, what: str):
    """Inside the writing transaction: read the document again under a row lock and refuse it unless it is
    still a draft. Another desk may have issued (or deleted) it since this one read it."""
    row = locks.locked(model, document_id, what)
    refuse_if_issued(row.status, what)
    return row


def refuse_if_issued(status: str, what: str) -> None:
    if status != "draft":
        raise StudioError("This {what} has been issued and cannot be changed. "
                          "Issued documents are kept exactly as sent.", what=what)
