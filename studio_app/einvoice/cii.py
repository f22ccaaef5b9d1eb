"""UN/CEFACT Cross Industry Invoice D16B: Factur-X / ZUGFeRD (profile EN 16931) and XRechnung CII.

Elements are written in the order the D16B schema's sequences require; each carries the EN 16931 term it holds.
"""

from __future__ import annotations

import functools
from decimal import Decimal

from lxml import etree

from . import model
from .formats import CUSTOMIZATION, XRECHNUNG_CII

RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
NSMAP = {"rsm": RSM, "ram": RAM, "qdt": QDT, "udt": UDT}


@functools.lru_cache(maxsize=None)
def _tag(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NSMAP[prefix]}}}{local}"


def _el(parent: etree._Element, name: str, value: object = None, **attrs: str) -> etree._Element:
    node = etree.SubElement(parent, _tag(name), {k: v for k, v in attrs.items() if v} if attrs else None)
    if value is not None:
        node.text = value if isinstance(value, str) else format(value, "f")
    return node


def _date(parent: etree._Element, name: str, iso: str, qualified: bool = False) -> None:
    holder = _el(parent, name)
    _el(holder, "qdt:DateTimeString" if qualified else "udt:DateTimeString", iso.replace("-", ""), format="102")


def build(snapshot: dict, fmt: str) -> bytes:
    """The XML of a snapshot in ``fmt``, without the readiness check (``studio_app.einvoice.build`` has it)."""
    return write(model.read(snapshot, fmt))


def write(inv: model.Invoice) -> bytes:
    fmt = inv.fmt
    root = etree.Element(f"{{{RSM}}}CrossIndustryInvoice", nsmap=NSMAP)
    context = _el(root, "rsm:ExchangedDocumentContext")
    if fmt == XRECHNUNG_CII:
        _el(_el(context, "ram:BusinessProcessSpecifiedDocumentContextParameter"), "ram:ID",
            "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0")  # BT-23
    _el(_el(context, "ram:GuidelineSpecifiedDocumentContextParameter"), "ram:ID", CUSTOMIZATION[fmt])  # BT-24
    document = _el(root, "rsm:ExchangedDocument")
    _el(document, "ram:ID", inv.number)  # BT-1
    _el(document, "ram:TypeCode", inv.type_code)  # BT-3
    _date(document, "ram:IssueDateTime", inv.issue_date)  # BT-2
    if inv.note:
        _el(_el(document, "ram:IncludedNote"), "ram:Content", inv.note)  # BT-22
    transaction = _el(root, "rsm:SupplyChainTradeTransaction")
    for line in inv.lines:
        _line(transaction, line, inv)
    _agreement(transaction, inv)
    _delivery(transaction, inv)
    _settlement(transaction, inv)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _line(parent: etree._Element, line: model.Line, inv: model.Invoice) -> None:
    item = _el(parent, "ram:IncludedSupplyChainTradeLineItem")
    _el(_el(item, "ram:AssociatedDocumentLineDocument"), "ram:LineID", line.id)  # BT-126
    product = _el(item, "ram:SpecifiedTradeProduct")
    _el(product, "ram:Name", line.name)  # BT-153
    if line.description:
        _el(product, "ram:Description", line.description)  # BT-154
    agreement = _el(item, "ram:SpecifiedLineTradeAgreement")
    if line.gross_price is not None:
        gross = _el(agreement, "ram:GrossPriceProductTradePrice")
        _el(gross, "ram:ChargeAmount", line.gross_price)  # BT-148
        _el(gross, "ram:BasisQuantity", line.base_quantity, unitCode=line.unit)
        discount = _el(gross, "ram:AppliedTradeAllowanceCharge")
        _el(_el(discount, "ram:ChargeIndicator"), "udt:Indicator", "false")
        _el(discount, "ram:ActualAmount", line.price_discount)  # BT-147
    net = _el(agreement, "ram:NetPriceProductTradePrice")
    _el(net, "ram:ChargeAmount", line.net_price)  # BT-146
    if line.base_quantity != 1:
        _el(net, "ram:BasisQuantity", line.base_quantity, unitCode=line.unit)  # BT-149
    _el(_el(item, "ram:SpecifiedLineTradeDelivery"), "ram:BilledQuantity", line.quantity, unitCode=line.unit)
    settlement = _el(item, "ram:SpecifiedLineTradeSettlement")
    _tax(settlement, line.category, line.rate)  # BG-30
    if line.allowance:
        allowance = _el(settlement, "ram:SpecifiedTradeAllowanceCharge")  # BG-27
        _el(_el(allowance, "ram:ChargeIndicator"), "udt:Indicator", "false")
        _el(allowance, "ram:ActualAmount", line.allowance)  # BT-136
        _el(allowance, "ram:ReasonCode", "95")  # BT-140: discount
    _el(_el(settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation"), "ram:LineTotalAmount",
        line.net_amount)  # BT-131


def _tax(parent: etree._Element, category: str, rate: Decimal, name: str = "ram:ApplicableTradeTax") -> None:
    tax = _el(parent, name)
    _el(tax, "ram:TypeCode", "VAT")
    _el(tax, "ram:CategoryCode", category)
    if category not in model.NO_RATE:
        _el(tax, "ram:RateApplicablePercent", rate)


def _party(parent: etree._Element, name: str, party: model.Party, inv: model.Invoice, *, seller: bool) -> None:
    node = _el(parent, name)
    no_vat_ids = any(g.category == "O" for g in inv.groups)  # BR-O-02: no VAT identifiers
    if seller and (no_vat_ids or not party.vat_id) and party.tax_number:
        _el(node, "ram:ID", party.tax_number)  # BT-29, so the seller is identified (BR-CO-26)
    _el(node, "ram:Name", party.name)  # BT-27 / BT-44
    if seller and (party.contact_name or party.phone or party.email):
        contact = _el(node, "ram:DefinedTradeContact")  # BG-6
        if party.contact_name:
            _el(contact, "ram:PersonName", party.contact_name)
        if party.phone:
            _el(_el(contact, "ram:TelephoneUniversalCommunication"), "ram:CompleteNumber", party.phone)
        if party.email:
            _el(_el(contact, "ram:EmailURIUniversalCommunication"), "ram:URIID", party.email)
    _address(node, party)  # BG-5 / BG-8
    if party.endpoint_id:
        _el(_el(node, "ram:URIUniversalCommunication"), "ram:URIID", party.endpoint_id,
            schemeID=party.endpoint_scheme)  # BT-34 / BT-49
    if party.vat_id and not no_vat_ids:
        _el(_el(node, "ram:SpecifiedTaxRegistration"), "ram:ID", party.vat_id, schemeID="VA")  # BT-31 / BT-48
    if seller and party.tax_number:
        _el(_el(node, "ram:SpecifiedTaxRegistration"), "ram:ID", party.tax_number, schemeID="FC")  # BT-32


def _address(parent: etree._Element, party: model.Party) -> None:
    address = _el(parent, "ram:PostalTradeAddress")
    if party.postcode:
        _el(address, "ram:PostcodeCode", party.postcode)
    if party.street:
        _el(address, "ram:LineOne", party.street)
    if party.line_two:
        _el(address, "ram:LineTwo", party.line_two)
    if party.city:
        _el(address, "ram:CityName", party.city)
    _el(address, "ram:CountryID", party.country)


def _agreement(parent: etree._Element, inv: model.Invoice) -> None:
    agreement = _el(parent, "ram:ApplicableHeaderTradeAgreement")
    if inv.buyer_reference:
        _el(agreement, "ram:BuyerReference", inv.buyer_reference)  # BT-10
    _party(agreement, "ram:SellerTradeParty", inv.seller, inv, seller=True)
    _party(agreement, "ram:BuyerTradeParty", inv.buyer, inv, seller=False)
    if inv.order_reference:
        _el(_el(agreement, "ram:BuyerOrderReferencedDocument"), "ram:IssuerAssignedID", inv.order_reference)


def _delivery(parent: etree._Element, inv: model.Invoice) -> None:
    delivery = _el(parent, "ram:ApplicableHeaderTradeDelivery")
    if inv.deliver_to_country:
        _address(_el(delivery, "ram:ShipToTradeParty"), inv.buyer)  # BG-15: the buyer's address (BT-80)
    if inv.supply_date:
        event = _el(delivery, "ram:ActualDeliverySupplyChainEvent")
        _date(event, "ram:OccurrenceDateTime", inv.supply_date)  # BT-72


def _settlement(parent: etree._Element, inv: model.Invoice) -> None:
    settlement = _el(parent, "ram:ApplicableHeaderTradeSettlement")
    if inv.iban and not inv.credit_note:
        _el(settlement, "ram:PaymentReference", inv.number)  # BT-83: the reference the PDF asks for
    _el(settlement, "ram:InvoiceCurrencyCode", inv.currency)  # BT-5
    means = _el(settlement, "ram:SpecifiedTradeSettlementPaymentMeans")  # BG-16
    _el(means, "ram:TypeCode", "58" if inv.iban else "1")  # SEPA credit transfer, or not stated
    if inv.iban:
        account = _el(means, "ram:PayeePartyCreditorFinancialAccount")
        _el(account, "ram:IBANID", inv.iban)  # BT-84
        if inv.account_holder:
            _el(account, "ram:AccountName", inv.account_holder)  # BT-85
        if inv.bic:
            _el(_el(means, "ram:PayeeSpecifiedCreditorFinancialInstitution"), "ram:BICID", inv.bic)  # BT-86
    for group in inv.groups:  # BG-23
        tax = _el(settlement, "ram:ApplicableTradeTax")
        _el(tax, "ram:CalculatedAmount", group.tax)  # BT-117
        _el(tax, "ram:TypeCode", "VAT")
        if group.reason:
            _el(tax, "ram:ExemptionReason", group.reason)  # BT-120
        _el(tax, "ram:BasisAmount", group.taxable)  # BT-116
        _el(tax, "ram:CategoryCode", group.category)  # BT-118
        if group.reason_code:
            _el(tax, "ram:ExemptionReasonCode", group.reason_code)  # BT-121
        _el(tax, "ram:RateApplicablePercent", group.rate)  # BT-119 (0 for "not subject": XRechnung BR-DE-14)
    for item in inv.allowances:  # BG-20 / BG-21
        node = _el(settlement, "ram:SpecifiedTradeAllowanceCharge")
        _el(_el(node, "ram:ChargeIndicator"), "udt:Indicator", "true" if item.charge else "false")
        if item.percent is not None:
            _el(node, "ram:CalculationPercent", item.percent)  # BT-94 / BT-101
            _el(node, "ram:BasisAmount", item.base)  # BT-93 / BT-100
        _el(node, "ram:ActualAmount", item.amount)  # BT-92 / BT-99
        _el(node, "ram:Reason", item.reason)  # BT-97 / BT-104
        _tax(node, item.category, item.rate, "ram:CategoryTradeTax")  # BT-95 / BT-102
    if inv.payment_terms or (inv.due_date and not inv.credit_note):
        terms = _el(settlement, "ram:SpecifiedTradePaymentTerms")
        if inv.payment_terms:
            _el(terms, "ram:Description", inv.payment_terms)  # BT-20
        if inv.due_date and not inv.credit_note:
            _date(terms, "ram:DueDateDateTime", inv.due_date)  # BT-9
    totals = _el(settlement, "ram:SpecifiedTradeSettlementHeaderMonetarySummation")  # BG-22
    _el(totals, "ram:LineTotalAmount", inv.line_total)  # BT-106
    if inv.allowances:
        _el(totals, "ram:ChargeTotalAmount", inv.charge_total)  # BT-108
        _el(totals, "ram:AllowanceTotalAmount", inv.allowance_total)  # BT-107
    _el(totals, "ram:TaxBasisTotalAmount", inv.net)  # BT-109
    _el(totals, "ram:TaxTotalAmount", inv.tax, currencyID=inv.currency)  # BT-110
    _el(totals, "ram:GrandTotalAmount", inv.gross)  # BT-112
    if inv.prepaid:
        _el(totals, "ram:TotalPrepaidAmount", inv.prepaid)  # BT-113
    _el(totals, "ram:DuePayableAmount", inv.due)  # BT-115
    if inv.corrects:
        reference = _el(settlement, "ram:InvoiceReferencedDocument")  # BG-3
        _el(reference, "ram:IssuerAssignedID", inv.corrects[0])  # BT-25
        if inv.corrects[1]:
            _date(reference, "ram:FormattedIssueDateTime", inv.corrects[1], qualified=True)  # BT-26
