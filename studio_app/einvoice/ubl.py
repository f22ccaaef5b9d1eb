"""OASIS UBL 2.1 Invoice and CreditNote: XRechnung UBL and Peppol BIS Billing 3.0.

Elements are written in the order the UBL 2.1 schema's sequences require; each carries the EN 16931 term it holds.
"""

from __future__ import annotations

import functools
from decimal import Decimal

from lxml import etree

from . import model
from .formats import CUSTOMIZATION, PEPPOL_PROCESS

INVOICE = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
NS = {"cac": CAC, "cbc": CBC}


@functools.lru_cache(maxsize=None)
def _tag(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def _el(parent: etree._Element, name: str, value: object = None, **attrs: str) -> etree._Element:
    node = etree.SubElement(parent, _tag(name), {k: v for k, v in attrs.items() if v} if attrs else None)
    if value is not None:
        node.text = value if isinstance(value, str) else format(value, "f")
    return node


def build(snapshot: dict, fmt: str) -> bytes:
    """The XML of a snapshot in ``fmt``, without the readiness check (``studio_app.einvoice.build`` has it)."""
    return write(model.read(snapshot, fmt))


def write(inv: model.Invoice) -> bytes:
    fmt = inv.fmt
    credit = inv.credit_note
    kind = "CreditNote" if credit else "Invoice"
    root = etree.Element(f"{{{CREDIT_NOTE if credit else INVOICE}}}{kind}",
                         nsmap={None: CREDIT_NOTE if credit else INVOICE, **NS})
    money = {"currencyID": inv.currency}
    _el(root, "cbc:CustomizationID", CUSTOMIZATION[fmt])  # BT-24
    _el(root, "cbc:ProfileID", PEPPOL_PROCESS)  # BT-23
    _el(root, "cbc:ID", inv.number)  # BT-1
    _el(root, "cbc:IssueDate", inv.issue_date)  # BT-2
    if inv.due_date and not credit:
        _el(root, "cbc:DueDate", inv.due_date)  # BT-9
    _el(root, "cbc:CreditNoteTypeCode" if credit else "cbc:InvoiceTypeCode", inv.type_code)  # BT-3
    if inv.note:
        _el(root, "cbc:Note", inv.note)  # BT-22
    _el(root, "cbc:DocumentCurrencyCode", inv.currency)  # BT-5
    if inv.buyer_reference:
        _el(root, "cbc:BuyerReference", inv.buyer_reference)  # BT-10
    if inv.order_reference:
        _el(_el(root, "cac:OrderReference"), "cbc:ID", inv.order_reference)  # BT-13
    if inv.corrects:
        reference = _el(_el(root, "cac:BillingReference"), "cac:InvoiceDocumentReference")  # BG-3
        _el(reference, "cbc:ID", inv.corrects[0])
        if inv.corrects[1]:
            _el(reference, "cbc:IssueDate", inv.corrects[1])
    _party(_el(root, "cac:AccountingSupplierParty"), inv.seller, inv, seller=True)
    _party(_el(root, "cac:AccountingCustomerParty"), inv.buyer, inv, seller=False)
    _delivery(root, inv)
    _payment(root, inv)
    for item in inv.allowances:
        _allowance(root, item, money)
    _tax_total(root, inv, money)
    _legal_total(root, inv, money)
    for line in inv.lines:
        _line(root, line, inv, money)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _party(parent: etree._Element, party: model.Party, inv: model.Invoice, *, seller: bool) -> None:
    node = _el(parent, "cac:Party")
    if party.endpoint_id:
        _el(node, "cbc:EndpointID", party.endpoint_id, schemeID=party.endpoint_scheme)  # BT-34 / BT-49
    no_vat_ids = any(g.category == "O" for g in inv.groups)  # BR-O-02: no VAT identifiers
    if seller and (no_vat_ids or not party.vat_id) and party.tax_number:
        _el(_el(node, "cac:PartyIdentification"), "cbc:ID", party.tax_number)  # BT-29 (BR-CO-26)
    _address(node, "cac:PostalAddress", party)  # BG-5 / BG-8
    if party.vat_id and not no_vat_ids:
        scheme = _el(node, "cac:PartyTaxScheme")
        _el(scheme, "cbc:CompanyID", party.vat_id)  # BT-31 / BT-48
        _el(_el(scheme, "cac:TaxScheme"), "cbc:ID", "VAT")
    if seller and party.tax_number:
        scheme = _el(node, "cac:PartyTaxScheme")
        _el(scheme, "cbc:CompanyID", party.tax_number)  # BT-32
        _el(_el(scheme, "cac:TaxScheme"), "cbc:ID", "FC")
    _el(_el(node, "cac:PartyLegalEntity"), "cbc:RegistrationName", party.name)  # BT-27 / BT-44
    if seller and (party.contact_name or party.phone or party.email):
        contact = _el(node, "cac:Contact")  # BG-6
        if party.contact_name:
            _el(contact, "cbc:Name", party.contact_name)
        if party.phone:
            _el(contact, "cbc:Telephone", party.phone)
        if party.email:
            _el(contact, "cbc:ElectronicMail", party.email)


def _address(parent: etree._Element, name: str, party: model.Party) -> None:
    address = _el(parent, name)
    if party.street:
        _el(address, "cbc:StreetName", party.street)
    if party.line_two:
        _el(address, "cbc:AdditionalStreetName", party.line_two)
    if party.city:
        _el(address, "cbc:CityName", party.city)
    if party.postcode:
        _el(address, "cbc:PostalZone", party.postcode)
    _el(_el(address, "cac:Country"), "cbc:IdentificationCode", party.country)


def _delivery(root: etree._Element, inv: model.Invoice) -> None:
    if not (inv.supply_date or inv.deliver_to_country):
        return
    delivery = _el(root, "cac:Delivery")
    if inv.supply_date:
        _el(delivery, "cbc:ActualDeliveryDate", inv.supply_date)  # BT-72
    if inv.deliver_to_country:
        _address(_el(delivery, "cac:DeliveryLocation"), "cac:Address", inv.buyer)  # BG-15: the buyer's (BT-80)


def _payment(root: etree._Element, inv: model.Invoice) -> None:
    means = _el(root, "cac:PaymentMeans")  # BG-16
    _el(means, "cbc:PaymentMeansCode", "58" if inv.iban else "1")  # SEPA credit transfer, or not stated
    if inv.iban and not inv.credit_note:
        _el(means, "cbc:PaymentID", inv.number)  # BT-83
    if inv.iban:
        account = _el(means, "cac:PayeeFinancialAccount")
        _el(account, "cbc:ID", inv.iban)  # BT-84
        if inv.account_holder:
            _el(account, "cbc:Name", inv.account_holder)  # BT-85
        if inv.bic:
            _el(_el(account, "cac:FinancialInstitutionBranch"), "cbc:ID", inv.bic)  # BT-86
    if inv.payment_terms:
        _el(_el(root, "cac:PaymentTerms"), "cbc:Note", inv.payment_terms)  # BT-20


def _category(parent: etree._Element, name: str, category: str, rate: Decimal,
              reason: str = "", code: str = "", breakdown: bool = False) -> None:
    node = _el(parent, name)
    _el(node, "cbc:ID", category)
    if breakdown or category not in model.NO_RATE:  # BT-119 is 0 for "not subject" (XRechnung BR-DE-14)
        _el(node, "cbc:Percent", rate)
    if code:
        _el(node, "cbc:TaxExemptionReasonCode", code)  # BT-121
    if reason:
        _el(node, "cbc:TaxExemptionReason", reason)  # BT-120
    _el(_el(node, "cac:TaxScheme"), "cbc:ID", "VAT")


def _allowance(root: etree._Element, item: model.AllowanceCharge, money: dict) -> None:
    node = _el(root, "cac:AllowanceCharge")  # BG-20 / BG-21
    _el(node, "cbc:ChargeIndicator", "true" if item.charge else "false")
    _el(node, "cbc:AllowanceChargeReason", item.reason)  # BT-97 / BT-104
    if item.percent is not None:
        _el(node, "cbc:MultiplierFactorNumeric", item.percent)  # BT-94 / BT-101
    _el(node, "cbc:Amount", item.amount, **money)  # BT-92 / BT-99
    if item.percent is not None:
        _el(node, "cbc:BaseAmount", item.base, **money)  # BT-93 / BT-100
    _category(node, "cac:TaxCategory", item.category, item.rate)


def _tax_total(root: etree._Element, inv: model.Invoice, money: dict) -> None:
    total = _el(root, "cac:TaxTotal")
    _el(total, "cbc:TaxAmount", inv.tax, **money)  # BT-110
    for group in inv.groups:  # BG-23
        sub = _el(total, "cac:TaxSubtotal")
        _el(sub, "cbc:TaxableAmount", group.taxable, **money)  # BT-116
        _el(sub, "cbc:TaxAmount", group.tax, **money)  # BT-117
        _category(sub, "cac:TaxCategory", group.category, group.rate, group.reason, group.reason_code, True)


def _legal_total(root: etree._Element, inv: model.Invoice, money: dict) -> None:
    total = _el(root, "cac:LegalMonetaryTotal")  # BG-22
    _el(total, "cbc:LineExtensionAmount", inv.line_total, **money)  # BT-106
    _el(total, "cbc:TaxExclusiveAmount", inv.net, **money)  # BT-109
    _el(total, "cbc:TaxInclusiveAmount", inv.gross, **money)  # BT-112
    if inv.allowances:
        _el(total, "cbc:AllowanceTotalAmount", inv.allowance_total, **money)  # BT-107
        _el(total, "cbc:ChargeTotalAmount", inv.charge_total, **money)  # BT-108
    if inv.prepaid:
        _el(total, "cbc:PrepaidAmount", inv.prepaid, **money)  # BT-113
    _el(total, "cbc:PayableAmount", inv.due, **money)  # BT-115


def _line(root: etree._Element, line: model.Line, inv: model.Invoice, money: dict) -> None:
    credit = inv.credit_note
    node = _el(root, "cac:CreditNoteLine" if credit else "cac:InvoiceLine")  # BG-25
    _el(node, "cbc:ID", line.id)  # BT-126
    _el(node, "cbc:CreditedQuantity" if credit else "cbc:InvoicedQuantity", line.quantity,
        unitCode=line.unit)  # BT-129, BT-130
    _el(node, "cbc:LineExtensionAmount", line.net_amount, **money)  # BT-131
    if line.allowance:
        allowance = _el(node, "cac:AllowanceCharge")  # BG-27
        _el(allowance, "cbc:ChargeIndicator", "false")
        _el(allowance, "cbc:AllowanceChargeReasonCode", "95")  # BT-140: discount
        _el(allowance, "cbc:Amount", line.allowance, **money)  # BT-136
    item = _el(node, "cac:Item")
    if line.description:
        _el(item, "cbc:Description", line.description)  # BT-154
    _el(item, "cbc:Name", line.name)  # BT-153
    _category(item, "cac:ClassifiedTaxCategory", line.category, line.rate)  # BG-30
    price = _el(node, "cac:Price")
    _el(price, "cbc:PriceAmount", line.net_price, **money)  # BT-146
    if line.base_quantity != 1:
        _el(price, "cbc:BaseQuantity", line.base_quantity, unitCode=line.unit)  # BT-149, BT-150
    if line.gross_price is not None:
        discount = _el(price, "cac:AllowanceCharge")
        _el(discount, "cbc:ChargeIndicator", "false")
        _el(discount, "cbc:Amount", line.price_discount, **money)  # BT-147
        _el(discount, "cbc:BaseAmount", line.gross_price, **money)  # BT-148
