"""Recording what a Greek studio's myDATA provider returned for an invoice already issued: the ΜΑΡΚ, the UID,
the link of its QR code and the authentication code.

The provider answers after the invoice is issued, and an issued PDF never changes. So the record is kept once
(``transmission``, migration 13) with a second copy of the invoice drawn from the same frozen snapshot plus the
record, stored beside the original, chained and sealed (:mod:`studio_app.store.transmissions`). From then on
the invoice is handed out (send, preview, ``pdf``, export) as that copy, since it is what the law asks the
client to receive; the original stays as issued, and `check` proves both. A credit note's copy prints the ΜΑΡΚ
of the invoice it corrects, from that invoice's record when there is one.
"""

from __future__ import annotations

import hashlib
import json
import re

from studio_app.store import db, locks, sealing, transmissions
from studio_app.store.models import Invoice, IssuedDocument, Transmission
from studio_app.text import cleaning, countries
from studio_app.text.errors import StudioError
from . import clock, efiles, issuing, local_fields, snapshots

_UID = re.compile(r"^[0-9A-Fa-f]{8,64}$")
_AUTH = re.compile(r"^[0-9A-Za-z]{1,100}$")


def check(mark: object, uid: object, url: object, auth_code: object = "") -> dict[str, str]:
    """The four values cleaned, or a message naming the one that is wrong."""
    mark_text, url_text = local_fields.check_mydata(mark, url)
    if not mark_text:
        raise StudioError("Enter the ΜΑΡΚ the provider returned.", field="mydata_mark")
    uid_text = cleaning.clean(uid, "myDATA UID", field="mydata_uid", max_len=64).replace(" ", "")
    if uid_text and not _UID.match(uid_text):
        raise StudioError("A myDATA UID is written in hexadecimal digits (0–9, A–F), not “{value}”.",
                          field="mydata_uid", value=uid_text[:64])
    auth = cleaning.clean(auth_code, "Authentication code", field="mydata_auth", max_len=100).replace(" ", "")
    if auth and not _AUTH.match(auth):
        raise StudioError("The authentication code has letters and digits only, not “{value}”.",
                          field="mydata_auth", value=auth[:100])
    return {"mark": mark_text, "uid": uid_text.upper(), "qr_url": url_text, "auth_code": auth}


def recorded(invoice_id: int) -> Transmission | None:
    return Transmission.get_or_none(Transmission.invoice == invoice_id)


def can_record(invoice: Invoice) -> bool:
    """Whether the window offers "Record myDATA ΜΑΡΚ…" for ``invoice``."""
    if invoice.status != "issued" or invoice.imported_from or recorded(invoice.id) is not None:
        return False
    copy = issuing.issued("invoice", invoice.id)
    return copy is not None and _refusal(invoice, copy) is None


def record(invoice_id: int, mark: object, uid: object = "", url: object = "", auth_code: object = "") -> Transmission:
    """Keep the provider's answer for the issued Greek invoice ``invoice_id`` and the copy printed with it; once."""
    values = check(mark, uid, url, auth_code)
    with db.transaction():
        invoice = locks.locked(Invoice, invoice_id, "invoice")
        copy = issuing.issued("invoice", invoice_id)
        earlier = recorded(invoice_id)
        if earlier is not None:
            raise StudioError("The myDATA ΜΑΡΚ of {number} was already recorded ({mark}); a record is kept once "
                              "and never changed.", number=invoice.number, mark=earlier.mark)
        problem = _refusal(invoice, copy)
        if problem is not None:
            raise problem
        issuing.verify(copy)  # never print a ΜΑΡΚ on a copy of an invoice that no longer proves intact
        snapshot = json.loads(copy.snapshot)
        snapshot["mydata"] = {"mark": values["mark"], "uid": values["uid"], "url": values["qr_url"],
                              "auth_code": values["auth_code"], "corrected_mark": corrected_mark(invoice, snapshot)}
        pdf = issuing.render(snapshot)
        if copy.xml is not None:  # a Factur-X original: its copy carries the same XML
            pdf = efiles.files(snapshot, pdf)[0]
        digest = hashlib.sha256(pdf).hexdigest()
        body = snapshots.canonical({"number": invoice.number, "invoice_link": copy.link, **values})
        sealing.lock()
        keys = sealing.writing_keys()
        link = transmissions.chained(transmissions.last_link(), invoice.number, body, digest)
        return Transmission.create(invoice=invoice_id, number=invoice.number, recorded_at=clock.now(), record=body,
                                   pdf=pdf, pdf_sha256=digest, link=link, seal=sealing.seal(keys.key, link, digest),
                                   **values)


def corrected_mark(invoice: Invoice, snapshot: dict) -> str:
    if not invoice.corrects_id:
        return ""
    corrected = recorded(invoice.corrects_id)
    if corrected is not None:
        return corrected.mark
    return (snapshot.get("mydata") or {}).get("corrected_mark") or invoice.corrects.mydata_mark or ""


def _refusal(invoice: Invoice, copy: IssuedDocument | None) -> StudioError | None:
    if invoice.status != "issued" or copy is None:
        return StudioError("The myDATA ΜΑΡΚ is recorded for an issued invoice; this one is still a draft.",
                           field="mydata_mark")
    snapshot = json.loads(copy.snapshot)
    seller = (snapshot.get("parties") or {}).get("seller") or {}
    if countries.code(seller.get("country")) != "GR":
        return StudioError("myDATA is Greece's register: only the invoices of a studio in Greece get a ΜΑΡΚ.",
                           field="mydata_mark")
    if (snapshot.get("mydata") or {}).get("mark"):
        return StudioError("{number} was issued with its ΜΑΡΚ {mark} already printed on it.", field="mydata_mark",
                           number=invoice.number, mark=snapshot["mydata"]["mark"])
    return None
