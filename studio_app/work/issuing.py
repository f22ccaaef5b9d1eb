"""Issuing a document, the one way for every kind; freezing it: its snapshot, its PDF bytes and their SHA-256,
stored once and never changed, chained and sealed (:mod:`studio_app.store.sealing`); and handing it out only
while it still proves intact."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from studio_app.work import frozen_logo
from studio_app.money import numbering
from studio_app.store import db, images, locks, sealing, search, transmissions
from . import efiles, settings, snapshots
from studio_app.text.errors import StudioError
from studio_app.store.models import Invoice, IssuedDocument

Document = TypeVar("Document")


@dataclass(frozen=True)
class Plan:
    """What a kind's hook decided about its draft, under the lock: the number series and the issue date, the
    columns stored with the number, what else is written once it is numbered, and the snapshot builder's
    extra arguments."""

    series: str
    issue_date: dt.date
    values: Mapping[str, object] = field(default_factory=dict)
    after: Callable[[], None] | None = None
    snapshot_args: Mapping[str, object] = field(default_factory=dict)


def issue(kind: str, document_id: int, get: Callable[[int], Document],
          prepare: Callable[[Document], Plan]) -> Document:
    """Issue the draft ``document_id`` of ``kind`` (quote, contract, invoice) in one transaction: guard, lock,
    the kind's hook (``prepare``), number, store, snapshot (naming the studio's logo of today, whose bytes are
    kept once in ``stored_image``), freeze. From then on it never changes.

    ``get`` is the kind's own lookup (its "there is no …" message). The hook checks and computes under the
    row lock and takes any further row locks it needs before the number is taken: numbering holds the
    chain's lock from then on, and every issuing takes its locks in that one order.
    """
    refuse_if_issued(get(document_id).status, kind)  # refused at once, without waiting for the write lock
    model, build = snapshots.BUILDERS[kind]
    with db.transaction():
        draft = lock_draft(model, document_id, kind)  # another desk may be issuing, editing or deleting it
        plan = prepare(draft)
        number = numbering.next_number(plan.series, plan.issue_date)
        key = search.document_key(number, draft.client.name, draft.project.title if draft.project_id else None)
        model.update(number=number, status="issued", issue_date=plan.issue_date, search_key=key, **plan.values
                     ).where((model.id == document_id) & (model.status == "draft")).execute()
        if plan.after is not None:
            plan.after()
        logo = settings.get().logo
        snapshot = frozen_logo.freeze(build(get(document_id), **plan.snapshot_args),
                                      images.keep(logo) if logo else None)
        freeze(kind, document_id, number, snapshot)
    return get(document_id)


def render(snapshot: dict) -> bytes:
    """A snapshot's PDF: with the logo it names, or (a draft, history from before logos were frozen) today's."""
    return _drawn(snapshot)[0]


def _drawn(snapshot: dict) -> tuple[bytes, bool]:
    """The snapshot's PDF, and whether it shows the logo the snapshot names (True when it names none)."""
    from studio_app.documents import render as render_pdf  # reportlab loads only when a document is drawn
    logo = frozen_logo.for_snapshot(snapshot, settings.get().logo, images.load)
    named = frozen_logo.frozen(snapshot)[1]
    return render_pdf(snapshot, logo), logo is not None or not named


def freeze(kind: str, document_id: int, number: str, snapshot: dict) -> IssuedDocument:
    """Store what is being sent. Runs inside the issuing transaction, so number, data, PDF and (for a client
    with an e-invoice format) the XML land together; for Factur-X the PDF stored is the one carrying the XML."""
    pdf, xml, fmt = render(snapshot), None, None
    if kind == "invoice":
        pdf, xml, fmt = efiles.files(snapshot, pdf)
    frozen, digest = snapshots.canonical(snapshot), hashlib.sha256(pdf).hexdigest()
    xml_digest = hashlib.sha256(xml).hexdigest() if xml is not None else None
    return IssuedDocument.create(kind=kind, document_id=document_id, number=number, snapshot=frozen, pdf=pdf,
                                 pdf_sha256=digest, xml=xml, xml_sha256=xml_digest, xml_format=fmt,
                                 **sealing.new_document(kind, number, frozen, digest, xml_digest))


def issued(kind: str, document_id: int) -> IssuedDocument | None:
    return IssuedDocument.get_or_none((IssuedDocument.kind == kind) & (IssuedDocument.document_id == document_id))


def pdf_bytes(kind: str, document_id: int) -> bytes:
    """The PDF a client would get: the stored bytes of an issued document, a fresh rendering of a draft.

    An issued document is handed out only if its hash, its link in the chain and (where this desk
    holds the key) its seal hold; otherwise a StudioError says why in one line.
    Imported history (the demo data, a JSON import) has a snapshot but no PDF yet; it is rendered
    from that frozen snapshot once and kept from then on, sealed again to cover the PDF's hash (a
    desk without the key, or a snapshot whose logo's bytes cannot be found intact, renders it without
    keeping it).
    """
    record = issued(kind, document_id)
    if record is None:
        _refuse_imported(kind, document_id)
        if kind not in snapshots.BUILDERS or snapshots.BUILDERS[kind][0].get_or_none(id=document_id) is None:
            raise StudioError("There is no {kind} with id {id}.", kind=kind, id=document_id)
        return render(snapshots.build(kind, document_id))
    keys = verify(record)
    # a Greek invoice whose myDATA ΜΑΡΚ was recorded after issuing is handed out as the copy printed with it
    copy = transmissions.verified_pdf(document_id) if kind == "invoice" else None
    if copy is not None:
        return copy
    if record.pdf is not None:
        return bytes(record.pdf)
    pdf, complete = _drawn(json.loads(record.snapshot))
    if db.read_only() or keys.key is None:  # a reading command (or a desk without the key) stores nothing;
        return pdf  # the next rendering gives the same bytes (rendering is invariant)
    if not complete:  # its logo's bytes are missing or changed (check says so): kept once they are back
        return pdf
    digest = hashlib.sha256(pdf).hexdigest()
    with db.transaction():
        IssuedDocument.update(pdf=pdf, pdf_sha256=digest, seal=sealing.seal(keys.key, record.link, digest)).where(
            (IssuedDocument.id == record.id) & IssuedDocument.pdf.is_null()
            & IssuedDocument.pdf_sha256.is_null()).execute()
    return pdf


def _refuse_imported(kind: str, document_id: int) -> None:
    """An invoice imported from another tool's CSV was issued there: drawing it here would hand out a PDF that
    was never sent, under our name and layout. The window and ``pdf`` say where it came from instead."""
    if kind != "invoice":
        return
    found = Invoice.select(Invoice.number, Invoice.imported_from).where(Invoice.id == document_id).first()
    if found is not None and found.imported_from:
        raise StudioError("{number} was imported from {file}; it was issued with another program, so there is no "
                          "PDF of it in Studio Desk.", number=found.number, file=found.imported_from)


def verify(record: IssuedDocument) -> sealing.Keys:
    """Refuse, in one line, an issued document whose hashes (PDF, XML), link or seal (with this desk's key)
    do not hold; the keys it was checked with otherwise."""
    keys = sealing.current()
    problem = sealing.failure(record, _link_before(record), keys.key)
    if problem is None and keys.uid is None and record.seal:
        problem = "seal"  # sealed, but the id naming its key was removed: as good as a seal that fails
    if problem:
        raise sealing.refusal(problem, record.number)
    return keys


def _link_before(record: IssuedDocument) -> str | None:
    before = (IssuedDocument.select(IssuedDocument.link)
              .where((IssuedDocument.kind == record.kind) & (IssuedDocument.id < record.id))
              .order_by(IssuedDocument.id.desc()).first())
    return before.link if before else None


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
