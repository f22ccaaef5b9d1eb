"""Official EN 16931 example invoices, recomputed by the money model to the cent.

Each XML file in ``tests/fixtures/en16931`` (see SOURCES.md there) is an example published by the
European Commission's eInvoicing project (CEN/TC 434), KoSIT (XRechnung) or OpenPEPPOL. The test reads the
file's lines, document-level allowances and charges, and turns them into :class:`money.Line` rows; then the
figures :func:`money.document_totals` computes must equal the figures the file states: every line's net
amount (BT-131), BT-106 to BT-112, BT-115 and the VAT breakdown (BG-23) per category and rate.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import pytest

from studio_app import money

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "en16931"
EXAMPLES = sorted(p for p in FIXTURES.glob("*.xml"))

UBL = {
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
}
CII = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}

#: (category, rate) → (taxable amount BT-116, VAT amount BT-117), minor units
Breakdown = dict[tuple[str, Decimal], tuple[int, int]]


@dataclass
class Stated:
    """The totals an example states, in minor units."""

    line_amounts: list[int] = field(default_factory=list)  # BT-131 per item line, then BT-92/BT-99 per row
    items: int = 0  # BT-106
    allowances: int = 0  # BT-107
    charges: int = 0  # BT-108
    net: int = 0  # BT-109
    tax: int = 0  # BT-110
    gross: int = 0  # BT-112
    paid: int = 0  # BT-113
    rounding: int = 0  # BT-114
    due: int = 0  # BT-115
    breakdown: Breakdown = field(default_factory=dict)


@dataclass
class Example:
    currency: str
    lines: list[money.Line]
    stated: Stated


# -- small typed helpers --------------------------------------------------------------------------------------

def _dec(text: str | None, default: str = "0") -> Decimal:
    value = (text or "").strip()
    return Decimal(value if value else default)


def _minor(text: str | None, currency: str) -> int:
    """A stated amount in minor units; it must already be exact to the minor unit."""
    return money.to_minor(_dec(text), currency)


def _price(text: str | None, currency: str) -> Decimal:
    """A unit price in minor units, possibly fractional (EUR 0.00101 → 0.101)."""
    return _dec(text).scaleb(money.minor_digits(currency))


def _rate(text: str | None) -> Decimal:
    return money.canonical(_dec(text))


def _category(code: str | None) -> str:
    return (code or "").strip()


def _text(element: ET.Element, path: str, ns: dict[str, str]) -> str | None:
    found = element.find(path, ns)
    return found.text if found is not None else None


def _one(element: ET.Element, path: str, ns: dict[str, str]) -> ET.Element:
    found = element.find(path, ns)
    assert found is not None, f"{path} missing"
    return found


# -- UBL ------------------------------------------------------------------------------------------------------

def _ubl_line(line: ET.Element, currency: str) -> tuple[money.Line, int]:
    quantity = _text(line, "cbc:InvoicedQuantity", UBL) or _text(line, "cbc:CreditedQuantity", UBL)
    price = _one(line, "cac:Price", UBL)
    tax = _one(line, "cac:Item/cac:ClassifiedTaxCategory", UBL)
    allowances = 0
    for ac in line.findall("cac:AllowanceCharge", UBL):
        assert _text(ac, "cbc:ChargeIndicator", UBL).strip() == "false", "line-level charges (BG-28) unsupported"
        allowances += _minor(_text(ac, "cbc:Amount", UBL), currency)
    row = money.Line(
        quantity=_dec(quantity),
        unit_price=_price(_text(price, "cbc:PriceAmount", UBL), currency),
        tax_rate=_rate(_text(tax, "cbc:Percent", UBL)),
        category=_category(_text(tax, "cbc:ID", UBL)),
        discount_amount=allowances,
        base_quantity=_dec(_text(price, "cbc:BaseQuantity", UBL), "1"),
    )
    return row, _minor(_text(line, "cbc:LineExtensionAmount", UBL), currency)


def _ubl_document_row(ac: ET.Element, currency: str) -> tuple[money.Line, int]:
    is_charge = _text(ac, "cbc:ChargeIndicator", UBL).strip() == "true"
    amount = _minor(_text(ac, "cbc:Amount", UBL), currency)
    tax = _one(ac, "cac:TaxCategory", UBL)
    row = money.Line(Decimal(1), amount, _rate(_text(tax, "cbc:Percent", UBL)),
                     category=_category(_text(tax, "cbc:ID", UBL)),
                     kind=money.CHARGE if is_charge else money.ALLOWANCE)
    return row, amount


def parse_ubl(root: ET.Element) -> Example:
    currency = _text(root, "cbc:DocumentCurrencyCode", UBL).strip()
    lines: list[money.Line] = []
    stated = Stated()
    for line in root.findall("cac:InvoiceLine", UBL) + root.findall("cac:CreditNoteLine", UBL):
        row, amount = _ubl_line(line, currency)
        lines.append(row)
        stated.line_amounts.append(amount)
    for ac in root.findall("cac:AllowanceCharge", UBL):
        row, amount = _ubl_document_row(ac, currency)
        lines.append(row)
        stated.line_amounts.append(amount)
    totals = _one(root, "cac:LegalMonetaryTotal", UBL)
    stated.items = _minor(_text(totals, "cbc:LineExtensionAmount", UBL), currency)
    stated.allowances = _minor(_text(totals, "cbc:AllowanceTotalAmount", UBL), currency)
    stated.charges = _minor(_text(totals, "cbc:ChargeTotalAmount", UBL), currency)
    stated.net = _minor(_text(totals, "cbc:TaxExclusiveAmount", UBL), currency)
    stated.gross = _minor(_text(totals, "cbc:TaxInclusiveAmount", UBL), currency)
    stated.paid = _minor(_text(totals, "cbc:PrepaidAmount", UBL), currency)
    stated.rounding = _minor(_text(totals, "cbc:PayableRoundingAmount", UBL), currency)
    stated.due = _minor(_text(totals, "cbc:PayableAmount", UBL), currency)
    for tax_total in root.findall("cac:TaxTotal", UBL):  # a second TaxTotal is BT-111, in the VAT currency
        tax_amount = _one(tax_total, "cbc:TaxAmount", UBL)
        if tax_amount.get("currencyID") != currency:
            continue
        stated.tax = _minor(tax_amount.text, currency)
        for sub in tax_total.findall("cac:TaxSubtotal", UBL):
            category = _one(sub, "cac:TaxCategory", UBL)
            key = (_category(_text(category, "cbc:ID", UBL)), _rate(_text(category, "cbc:Percent", UBL)))
            stated.breakdown[key] = (_minor(_text(sub, "cbc:TaxableAmount", UBL), currency),
                                     _minor(_text(sub, "cbc:TaxAmount", UBL), currency))
    return Example(currency, lines, stated)


# -- CII ------------------------------------------------------------------------------------------------------

def _cii_is_charge(ac: ET.Element) -> bool:
    return _text(ac, "ram:ChargeIndicator/udt:Indicator", CII).strip() == "true"


def _cii_line(item: ET.Element, currency: str) -> tuple[money.Line, int]:
    agreement = _one(item, "ram:SpecifiedLineTradeAgreement", CII)
    settlement = _one(item, "ram:SpecifiedLineTradeSettlement", CII)
    tax = _one(settlement, "ram:ApplicableTradeTax", CII)
    base = (_text(agreement, "ram:NetPriceProductTradePrice/ram:BasisQuantity", CII)
            or _text(agreement, "ram:GrossPriceProductTradePrice/ram:BasisQuantity", CII))
    allowances = 0
    for ac in settlement.findall("ram:SpecifiedTradeAllowanceCharge", CII):
        assert not _cii_is_charge(ac), "line-level charges (BG-28) unsupported"
        allowances += _minor(_text(ac, "ram:ActualAmount", CII), currency)
    row = money.Line(
        quantity=_dec(_text(item, "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity", CII)),
        unit_price=_price(_text(agreement, "ram:NetPriceProductTradePrice/ram:ChargeAmount", CII), currency),
        tax_rate=_rate(_text(tax, "ram:RateApplicablePercent", CII)),
        category=_category(_text(tax, "ram:CategoryCode", CII)),
        discount_amount=allowances,
        base_quantity=_dec(base, "1"),
    )
    stated = _text(settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount", CII)
    return row, _minor(stated, currency)


def _cii_document_row(ac: ET.Element, currency: str) -> tuple[money.Line, int]:
    amount = _minor(_text(ac, "ram:ActualAmount", CII), currency)
    tax = _one(ac, "ram:CategoryTradeTax", CII)
    row = money.Line(Decimal(1), amount, _rate(_text(tax, "ram:RateApplicablePercent", CII)),
                     category=_category(_text(tax, "ram:CategoryCode", CII)),
                     kind=money.CHARGE if _cii_is_charge(ac) else money.ALLOWANCE)
    return row, amount


def parse_cii(root: ET.Element) -> Example:
    transaction = _one(root, "rsm:SupplyChainTradeTransaction", CII)
    settlement = _one(transaction, "ram:ApplicableHeaderTradeSettlement", CII)
    currency = _text(settlement, "ram:InvoiceCurrencyCode", CII).strip()
    lines: list[money.Line] = []
    stated = Stated()
    for item in transaction.findall("ram:IncludedSupplyChainTradeLineItem", CII):
        row, amount = _cii_line(item, currency)
        lines.append(row)
        stated.line_amounts.append(amount)
    for ac in settlement.findall("ram:SpecifiedTradeAllowanceCharge", CII):
        row, amount = _cii_document_row(ac, currency)
        lines.append(row)
        stated.line_amounts.append(amount)
    totals = _one(settlement, "ram:SpecifiedTradeSettlementHeaderMonetarySummation", CII)
    stated.items = _minor(_text(totals, "ram:LineTotalAmount", CII), currency)
    stated.allowances = _minor(_text(totals, "ram:AllowanceTotalAmount", CII), currency)
    stated.charges = _minor(_text(totals, "ram:ChargeTotalAmount", CII), currency)
    stated.net = _minor(_text(totals, "ram:TaxBasisTotalAmount", CII), currency)
    for tax_amount in totals.findall("ram:TaxTotalAmount", CII):  # one may be BT-111, in the VAT currency
        if tax_amount.get("currencyID", currency) == currency:
            stated.tax = _minor(tax_amount.text, currency)
    stated.gross = _minor(_text(totals, "ram:GrandTotalAmount", CII), currency)
    stated.paid = _minor(_text(totals, "ram:TotalPrepaidAmount", CII), currency)
    stated.rounding = _minor(_text(totals, "ram:RoundingAmount", CII), currency)
    stated.due = _minor(_text(totals, "ram:DuePayableAmount", CII), currency)
    for tax in settlement.findall("ram:ApplicableTradeTax", CII):
        key = (_category(_text(tax, "ram:CategoryCode", CII)), _rate(_text(tax, "ram:RateApplicablePercent", CII)))
        stated.breakdown[key] = (_minor(_text(tax, "ram:BasisAmount", CII), currency),
                                 _minor(_text(tax, "ram:CalculatedAmount", CII), currency))
    return Example(currency, lines, stated)


def parse_example(path: Path) -> Example:
    root = ET.parse(path).getroot()
    return parse_cii(root) if root.tag == f"{{{CII['rsm']}}}CrossIndustryInvoice" else parse_ubl(root)


# -- the comparison -------------------------------------------------------------------------------------------

def _figures(line_amounts: list[int], items: int, allowances: int, charges: int, net: int, tax: int, gross: int,
             due: int, breakdown: Breakdown) -> dict[str, int]:
    figures = {f"BT-131 row {i + 1}": amount for i, amount in enumerate(line_amounts)}
    figures.update({"BT-106": items, "BT-107": allowances, "BT-108": charges, "BT-109": net, "BT-110": tax,
                    "BT-112": gross, "BT-115": due})
    for (category, rate), (taxable, vat) in sorted(breakdown.items(), key=lambda kv: (kv[0][1], kv[0][0])):
        figures[f"BT-116 {category} {rate}%"] = taxable
        figures[f"BT-117 {category} {rate}%"] = vat
    return figures


def stated_figures(example: Example) -> dict[str, int]:
    s = example.stated
    return _figures(s.line_amounts, s.items, s.allowances, s.charges, s.net, s.tax, s.gross, s.due, s.breakdown)


def computed_figures(example: Example) -> dict[str, int]:
    totals = money.document_totals(example.lines, example.currency, paid=example.stated.paid)
    breakdown = {(r.category, money.canonical(r.rate)): (r.net, r.tax) for r in totals.rates}
    return _figures(list(totals.line_amounts), totals.items, totals.allowances, totals.charges, totals.net,
                    totals.tax, totals.gross, totals.due + example.stated.rounding, breakdown)


def test_fixtures_are_present():
    assert len(EXAMPLES) >= 6, f"expected official EN 16931 examples in {FIXTURES}"


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_model_computes_official_example_to_the_cent(path: Path):
    example = parse_example(path)
    assert computed_figures(example) == stated_figures(example)
