"""Readiness: what an e-invoice format needs that an invoice snapshot lacks, said by field before issuing.

Each check stands for rules the file would otherwise fail (the EN 16931 rule or the XRechnung / Peppol rule is
named beside it), so a snapshot without problems gives a file with no failed assert. Messages are StudioError
templates, translated like every other message of the app.
"""

from __future__ import annotations

from collections.abc import Iterator

from studio_app import money
from studio_app.text import messages
from studio_app.text.errors import StudioError

from . import codes, model
from .formats import FORMATS, LABELS, NONE, PEPPOL, XRECHNUNG_FORMATS, Problem

_NEED_ANY_TAX_ID = ("S", "Z", "E", "AE")  # BR-S-02, BR-Z-02, BR-E-02, BR-AE-02: BT-31 or BT-32
_NEED_VAT_ID = ("K", "G")  # BR-IC-02, BR-G-02: BT-31
_NEED_BUYER_VAT_ID = ("AE", "K")  # BR-AE-02, BR-IC-02: BT-48


def problems(snapshot: dict, fmt: str, language: str = "en", inv: model.Invoice | None = None) -> list[Problem]:
    """What ``fmt`` needs that the snapshot lacks, each message in ``language`` (``inv``: the snapshot already
    read by :func:`model.read`)."""
    return [Problem(error.field or "", bt, messages.translate(error, language))
            for bt, error in _checks(snapshot, fmt, inv)]


def require(snapshot: dict, fmt: str, language: str = "en", inv: model.Invoice | None = None) -> None:
    """Refuse (``StudioError``, one message naming every problem) a snapshot that would give an invalid file."""
    found = problems(snapshot, fmt, language, inv)
    if found:
        raise StudioError("The e-invoice ({format}) cannot be made: {problems}", field=found[0].field,
                          format=LABELS.get(fmt, fmt), problems=" ".join(p.message for p in found))


def _checks(snapshot: dict, fmt: str, inv: model.Invoice | None) -> Iterator[tuple[str, StudioError]]:
    if fmt == NONE:  # a client without e-invoices needs nothing (build refuses to make one)
        return
    if fmt not in FORMATS:
        yield "", StudioError("“{format}” is not an e-invoice format.", field="format", format=str(fmt)[:30])
        return
    doc = snapshot.get("document") or {}
    if snapshot.get("kind") != "invoice" or not doc:
        yield "", StudioError("Only invoices and credit notes can be sent as e-invoices.", field="kind")
        return
    currency = str(doc.get("currency") or "")
    if money.minor_digits(currency) > 2:
        yield "BT-5", StudioError("EN 16931 amounts have at most two decimals, so an e-invoice cannot be in "
                                  "{currency}.", field="currency", currency=currency)
        return
    inv = inv or model.read(snapshot, fmt)
    yield from _seller(inv, fmt)
    yield from _buyer(inv, fmt)
    yield from _document(inv)


def _seller(inv: model.Invoice, fmt: str) -> Iterator[tuple[str, StudioError]]:
    seller = inv.seller
    categories = {group.category for group in inv.groups}
    if not seller.name:
        yield "BT-27", StudioError("The studio's name (BT-27) is required for an e-invoice.", field="seller.name")
    if seller.country not in codes.COUNTRIES:
        yield "BT-40", StudioError("The studio's country (BT-40) must be a two-letter country code such as DE.",
                                   field="seller.country")
    if seller.vat_id and not _vat_id(seller.vat_id):
        yield "BT-31", StudioError("The studio's VAT ID (BT-31) must start with its country prefix, as in "
                                   "DE123456789.", field="seller.tax_id")
    if categories & set(_NEED_VAT_ID) and not seller.vat_id:
        yield "BT-31", StudioError("The studio's VAT ID (BT-31) is required for intra-community supplies and "
                                   "exports.", field="seller.tax_id")
    elif categories & set(_NEED_ANY_TAX_ID) and not (seller.vat_id or seller.tax_number):
        yield "BT-31", StudioError("The studio's VAT ID (BT-31) or tax number (BT-32) is required for an "
                                   "e-invoice.", field="seller.tax_id")
    if "O" in categories and not seller.tax_number:
        yield "BT-32", StudioError("An invoice not subject to VAT cannot state a VAT ID (BR-O-02): the studio's "
                                   "tax number (BT-32) is required to identify it.", field="seller.tax_number")
    if not inv.iban and inv.due > 0:
        yield "BT-84", StudioError("The studio's IBAN (BT-84) is required for payment by credit transfer.",
                                   field="seller.iban")
    yield from _electronic_address(seller, fmt, seller=True)
    if fmt in XRECHNUNG_FORMATS:
        yield from _xrechnung_seller(seller)
    if fmt == PEPPOL and seller.country == "GR":  # GR-R-001, GR-R-004: the myDATA MARK and numbering
        yield "BT-1", StudioError("Peppol invoices from Greece need a myDATA MARK number and numbering, which "
                                  "Studio Desk does not provide: send them through your certified provider.",
                                  field="seller.country")


def _vat_id(value: str) -> bool:
    """A VAT identifier with its country prefix (BR-CO-09), EL for Greece, and something after it."""
    return value[:2] in codes.VAT_PREFIXES and len(value) > 3


def _xrechnung_seller(seller: model.Party) -> Iterator[tuple[str, StudioError]]:
    if not seller.city:  # BR-DE-3
        yield "BT-37", StudioError("The studio's city (BT-37) is required for XRechnung.", field="seller.city")
    if not seller.postcode:  # BR-DE-4
        yield "BT-38", StudioError("The studio's postcode (BT-38) is required for XRechnung.",
                                   field="seller.postcode")
    if not seller.contact_name:  # BR-DE-2, BR-DE-5
        yield "BT-41", StudioError("The studio's contact person (BT-41) is required for XRechnung.",
                                   field="seller.contact_name")
    if not seller.phone:  # BR-DE-6
        yield "BT-42", StudioError("The studio's contact telephone number (BT-42) is required for XRechnung.",
                                   field="seller.phone")
    if not seller.email:  # BR-DE-7
        yield "BT-43", StudioError("The studio's contact email address (BT-43) is required for XRechnung.",
                                   field="seller.email")


def _buyer(inv: model.Invoice, fmt: str) -> Iterator[tuple[str, StudioError]]:
    buyer = inv.buyer
    categories = {group.category for group in inv.groups}
    if not buyer.name:
        yield "BT-44", StudioError("The client's name (BT-44) is required for an e-invoice.", field="buyer.name")
    if buyer.country not in codes.COUNTRIES:
        yield "BT-55", StudioError("The client's country (BT-55) must be a two-letter country code such as FR.",
                                   field="buyer.country")
    if buyer.vat_id and not _vat_id(buyer.vat_id):
        yield "BT-48", StudioError("The client's VAT ID (BT-48) must start with its country prefix, as in "
                                   "FR12345678901.", field="buyer.tax_id")
    if categories & set(_NEED_BUYER_VAT_ID) and not buyer.vat_id:
        yield "BT-48", StudioError("The client's VAT ID (BT-48) is required for reverse charge and "
                                   "intra-community supplies.", field="buyer.tax_id")
    yield from _electronic_address(buyer, fmt, seller=False)
    if fmt in XRECHNUNG_FORMATS:
        if not inv.buyer_reference:  # BR-DE-15
            yield "BT-10", StudioError("Leitweg-ID of the buyer (BT-10) is required for XRechnung.",
                                       field="buyer.einvoice.buyer_reference")
        if not buyer.city:  # BR-DE-8
            yield "BT-52", StudioError("The client's city (BT-52) is required for XRechnung.", field="buyer.city")
        if not buyer.postcode:  # BR-DE-9
            yield "BT-53", StudioError("The client's postcode (BT-53) is required for XRechnung.",
                                       field="buyer.postcode")
    if fmt == PEPPOL and not (inv.buyer_reference or inv.order_reference):  # PEPPOL-EN16931-R003
        yield "BT-10", StudioError("The client's buyer reference (BT-10) or an order reference (BT-13) is "
                                   "required for Peppol.", field="buyer.einvoice.buyer_reference")


def _electronic_address(party: model.Party, fmt: str, *, seller: bool) -> Iterator[tuple[str, StudioError]]:
    bt, field = ("BT-34", "seller.electronic_address") if seller else ("BT-49", "buyer.einvoice.endpoint_id")
    required = fmt == PEPPOL or fmt in XRECHNUNG_FORMATS  # PEPPOL-EN16931-R020/R010; XRechnung 3.0 BT-34, BT-49
    if not party.endpoint_id:
        if required and seller:
            yield bt, StudioError("The studio's electronic address (BT-34) is required for {format}.",
                                  field=field, format=LABELS[fmt])
        elif required:
            yield bt, StudioError("The client's electronic address (BT-49) is required for {format}.",
                                  field=field, format=LABELS[fmt])
    elif not party.endpoint_scheme:  # BR-62, BR-63
        if seller:
            yield bt, StudioError("The studio's electronic address (BT-34) needs its scheme, such as 0204, 9930 "
                                  "or EM.", field=field)
        else:
            yield bt, StudioError("The client's electronic address (BT-49) needs its scheme, such as 0204, 0208 "
                                  "or EM.", field=field)
    elif fmt == PEPPOL and party.endpoint_scheme not in codes.PEPPOL_SCHEMES:  # PEPPOL-EN16931-CL008
        if seller:
            yield bt, StudioError("The studio's electronic address (BT-34) for Peppol needs a participant scheme "
                                  "such as 0208 or 9930, not “{scheme}”.", field=field,
                                  scheme=party.endpoint_scheme[:10])
        else:
            yield bt, StudioError("The client's electronic address (BT-49) for Peppol needs a participant scheme "
                                  "such as 0208 or 9930, not “{scheme}”.", field=field,
                                  scheme=party.endpoint_scheme[:10])
    elif fmt == PEPPOL and not codes.PEPPOL_CHECKS.get(party.endpoint_scheme, bool)(party.endpoint_id):
        if seller:  # PEPPOL-COMMON-R040..R043
            yield bt, StudioError("The studio's electronic address (BT-34) is not a valid {scheme} identifier: "
                                  "check its digits.", field=field, scheme=party.endpoint_scheme)
        else:
            yield bt, StudioError("The client's electronic address (BT-49) is not a valid {scheme} identifier: "
                                  "check its digits.", field=field, scheme=party.endpoint_scheme)


def _document(inv: model.Invoice) -> Iterator[tuple[str, StudioError]]:
    categories = {group.category for group in inv.groups}
    if "O" in categories and len(categories) > 1:  # BR-O-11..14
        yield "BT-118", StudioError("Lines not subject to VAT cannot be mixed with other VAT categories in one "
                                    "e-invoice.", field="lines")
    for group in inv.groups:
        if group.category == money.EXEMPT and not group.reason:  # BR-E-10
            yield "BT-120", StudioError("The reason for the VAT exemption (BT-120) is required on the exempt "
                                        "lines.", field="lines")
    if inv.credit_note and not (inv.corrects and inv.corrects[0]):
        yield "BT-25", StudioError("A credit note must name the invoice it corrects (BT-25).", field="corrects")
    if not inv.lines:  # BR-16
        yield "BG-25", StudioError("An e-invoice needs at least one priced line.", field="lines")
