"""Every situation the app invoices gives a file with zero failed asserts in each of the four formats, carrying
the figures document_totals gives the PDF."""

from __future__ import annotations

from decimal import Decimal

import pytest
from lxml import etree

from studio_app import einvoice, money
from studio_app.money import lines as line_rules
from studio_app.einvoice import validation
from studio_app.text.errors import StudioError

from .cases import CASES
from .snapshots import snapshot

FORMATS = ("facturx", "xrechnung-cii", "xrechnung-ubl", "peppol")
TOTALS = {  # the EN 16931 terms of each syntax: BT-109 net, BT-110 VAT, BT-112 gross, BT-115 due
    "cii": ("TaxBasisTotalAmount", "TaxTotalAmount", "GrandTotalAmount", "DuePayableAmount"),
    "ubl": ("TaxExclusiveAmount", "TaxAmount", "TaxInclusiveAmount", "PayableAmount"),
}


def figures(xml: bytes) -> tuple[Decimal, ...]:
    root = etree.fromstring(xml)
    names = TOTALS["cii" if root.tag.endswith("CrossIndustryInvoice") else "ubl"]
    return tuple(Decimal(root.xpath(f"string((//*[local-name()='{name}'])[1])")) for name in names)


def expected(snap: dict) -> tuple[Decimal, ...]:
    doc = snap["document"]
    totals = money.document_totals(line_rules.as_money_lines(doc["lines"]), doc["currency"],
                                   prices_include_tax=doc["prices_include_tax"], deducted=doc["deducted"])
    sign = -1 if doc["invoice_kind"] == "credit_note" else 1
    return tuple(money.to_major(sign * v, doc["currency"]) for v in
                 (totals.net, totals.tax, totals.gross, totals.gross - totals.deducted))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", list(CASES))
def test_every_case_is_valid_in_every_format(case, fmt):
    snap = CASES[case]
    assert einvoice.problems(snap, fmt) == []
    xml = einvoice.build(snap, fmt)
    assert [f for f in einvoice.validate(xml, fmt) if f.fails] == []
    assert figures(xml) == expected(snap)
    assert validation.detect(etree.ElementTree(etree.fromstring(xml)))[1] == fmt


def test_a_final_invoice_deducts_each_deposit_with_its_vat():
    xml = einvoice.build(CASES["final_two_deposits"], "xrechnung-ubl")
    root = etree.fromstring(xml)
    amounts = root.xpath("//*[local-name()='InvoiceLine']/*[local-name()='LineExtensionAmount']/text()")
    assert amounts == ["1500.00", "120.00", "-300.00", "-201.00"]
    # VAT declared once: 19 % of the items less the VAT the two deposits charged (57.00 + 38.19)
    assert root.xpath("string(//*[local-name()='TaxSubtotal']/*[local-name()='TaxAmount'])") == "212.61"
    assert figures(xml) == (Decimal("1119.00"), Decimal("212.61"), Decimal("1331.61"), Decimal("1331.61"))


def test_a_credit_note_is_381_positive_and_names_the_invoice_it_corrects():
    cii = etree.fromstring(einvoice.build(CASES["credit_note"], "facturx"))
    assert cii.xpath("string(//*[local-name()='ExchangedDocument']/*[local-name()='TypeCode'])") == "381"
    assert cii.xpath("string(//*[local-name()='InvoiceReferencedDocument']/*[local-name()='IssuerAssignedID'])") \
        == "INV-2026-0001"
    ubl = etree.fromstring(einvoice.build(CASES["credit_note"], "peppol"))
    assert etree.QName(ubl).localname == "CreditNote"
    assert ubl.xpath("string(//*[local-name()='CreditNoteTypeCode'])") == "381"
    assert ubl.xpath("string(//*[local-name()='BillingReference']//*[local-name()='ID'])") == "INV-2026-0001"
    assert figures(etree.tostring(ubl))[2] == Decimal("1454.74")  # 1,200.00 + 19 % and 24.99 + 7 %, positive


def test_a_deposit_invoice_is_a_prepayment_invoice():
    root = etree.fromstring(einvoice.build(CASES["deposit"], "xrechnung-cii"))
    assert root.xpath("string(//*[local-name()='ExchangedDocument']/*[local-name()='TypeCode'])") == "386"


def test_exemption_reasons_and_vatex_codes():
    for case, code in (("reverse_charge", "VATEX-EU-AE"), ("intra_community", "VATEX-EU-IC"),
                       ("export", "VATEX-EU-G")):
        root = etree.fromstring(einvoice.build(CASES[case], "peppol"))
        assert root.xpath("string(//*[local-name()='TaxExemptionReasonCode'])") == code
        assert root.xpath("string(//*[local-name()='TaxExemptionReason'])")
    exempt = etree.fromstring(einvoice.build(CASES["exempt"], "facturx"))
    assert exempt.xpath("string(//*[local-name()='ExemptionReason'])") == "Exempt under § 4 Nr. 21 UStG"


def test_amounts_have_the_currency_digits_and_prices_keep_theirs():
    jpy = etree.fromstring(einvoice.build(CASES["jpy"], "peppol"))
    # 3 x 33,333 + 50,000 + 10 x 1,000 / 7 = 151,428, less 3.5 % (5,300), plus 10 %
    assert jpy.xpath("string(//*[local-name()='PayableAmount'])") == "160741"
    assert jpy.xpath("string(//*[local-name()='PayableAmount']/@currencyID)") == "JPY"
    usd = etree.fromstring(einvoice.build(CASES["usd"], "xrechnung-ubl"))
    assert usd.xpath("string(//*[local-name()='PayableAmount'])") == "1616.24"
    base = etree.fromstring(einvoice.build(CASES["base_quantity_discounts"], "xrechnung-ubl"))
    assert base.xpath("string((//*[local-name()='BaseQuantity'])[1])") == "100"
    assert base.xpath("string((//*[local-name()='PriceAmount'])[1])") == "19.99"


def test_a_problem_refuses_the_build_by_field_and_in_the_users_language():
    snap = snapshot(buyer={"company": "Stadtwerke Kiel AG", "country": "DE", "city": "Kiel", "postcode": "24103",
                           "einvoice": {"endpoint_scheme": "0204", "endpoint_id": "04011000-12345-03"}})
    found = einvoice.problems(snap, "xrechnung-cii")
    assert [(p.field, p.bt) for p in found] == [("buyer.einvoice.buyer_reference", "BT-10")]
    assert found[0].message == "Leitweg-ID of the buyer (BT-10) is required for XRechnung."
    assert "BT-10" in einvoice.problems(snap, "xrechnung-cii", "tr")[0].message
    assert einvoice.problems(snap, "xrechnung-cii", "tr")[0].message != found[0].message
    with pytest.raises(StudioError, match=r"Leitweg-ID of the buyer \(BT-10\)"):
        einvoice.build(snap, "xrechnung-ubl")
    assert einvoice.problems(snap, "facturx") == []  # Factur-X does not ask for it


@pytest.mark.parametrize("change, fmt, field", [
    (lambda s: s["parties"]["seller"].update(iban=""), "facturx", "seller.iban"),
    (lambda s: s["parties"]["seller"].update(tax_id="", tax_number=""), "peppol", "seller.tax_id"),
    (lambda s: s["parties"]["seller"].update(country="Deutschland"), "facturx", "seller.country"),
    (lambda s: s["parties"]["seller"].update(country="XX"), "facturx", "seller.country"),
    (lambda s: s["parties"]["buyer"]["einvoice"].update(endpoint_scheme="9999"), "peppol",
     "buyer.einvoice.endpoint_id"),
    (lambda s: s["parties"]["buyer"].update(tax_id="ZZ123456"), "xrechnung-cii", "buyer.tax_id"),
    (lambda s: s["parties"]["buyer"]["einvoice"].update(endpoint_scheme="0208", endpoint_id="0123456748"), "peppol",
     "buyer.einvoice.endpoint_id"),  # PEPPOL-COMMON-R043: the check digits are 49
    (lambda s: s["parties"]["seller"].update(country="GR", tax_id="EL094259216"), "peppol", "seller.country"),
    (lambda s: s["parties"]["seller"].update(contact_name=""), "xrechnung-ubl", "seller.contact_name"),
    (lambda s: s["parties"]["seller"].update(electronic_address={"scheme": "EM", "id": "a@b.de"}), "peppol",
     "seller.electronic_address"),
    (lambda s: s["parties"]["buyer"]["einvoice"].update(endpoint_id=""), "peppol", "buyer.einvoice.endpoint_id"),
    (lambda s: s["parties"]["buyer"].update(tax_id=""), "facturx", "buyer.tax_id"),  # reverse charge
    (lambda s: s["document"].update(corrects=None), "facturx", "corrects"),  # credit note
    (lambda s: s["document"].update(currency="KWD"), "facturx", "currency"),
])
def test_each_missing_field_is_named(change, fmt, field):
    case = "reverse_charge" if field == "buyer.tax_id" else "credit_note" if field == "corrects" else "standard"
    snap = snapshot(CASES[case]["document"]["lines"], kind=CASES[case]["document"]["invoice_kind"],
                    buyer=CASES[case]["parties"]["buyer"], corrects=CASES[case]["document"]["corrects"])
    change(snap)
    assert field in [p.field for p in einvoice.problems(snap, fmt)]


def test_a_greek_vat_id_and_a_peppol_scheme_from_the_list_are_accepted():
    snap = snapshot(buyer={**CASES["reverse_charge"]["parties"]["buyer"], "country": "GR", "tax_id": "EL094259216",
                           "einvoice": {"buyer_reference": "GR-1", "endpoint_scheme": "9933",
                                        "endpoint_id": "094259216"}})
    assert einvoice.problems(snap, "peppol") == []
    assert [f for f in einvoice.validate(einvoice.build(snap, "peppol"), "peppol") if f.fails] == []


def test_a_snapshot_of_a_real_final_invoice(sqlite_db, today):
    """A deposit and the final invoice issued through the services: their snapshots, with the contract's new
    keys added as einvoice-data will store them, give valid files carrying the invoices' own totals."""
    from studio_app.work import acceptance, billing, invoices, issuing, quotes
    from tests import factories
    factories.studio(country="DE", tax_id="DE136695976", iban="DE02120300000000202051", bic="BYLADEM1001")
    client = factories.client(country="DE", tax_id="DE290873118", language="en")
    project = factories.project(client.id, tax_rate="19")
    _quote, _contract, deposit = acceptance.accept(quotes.issue(quotes.create_from_project(project.id).id).id)
    deposit = invoices.issue(deposit.id)
    final = invoices.issue(billing.create_final(project.id).id)
    for invoice, code in ((deposit, "386"), (final, "380")):
        snap = _with_contract_keys(issuing.issued("invoice", invoice.id).snapshot)
        for fmt in FORMATS:
            xml = einvoice.build(snap, fmt)
            assert [f for f in einvoice.validate(xml, fmt) if f.fails] == [], (invoice.kind, fmt)
            totals = invoices.totals(invoice)
            assert figures(xml)[2] == money.to_major(totals.gross, invoice.currency)
            assert f">{code}<".encode() in xml


def _with_contract_keys(stored: str) -> dict:
    import json
    snap = json.loads(stored)
    snap["parties"]["seller"].update(
        street="Hafenstraße 12", postcode="20457", city="Hamburg", tax_number="", contact_name="Deniz Kaya",
        phone="+49 40 123456", electronic_address={"scheme": "9930", "id": "DE136695976"})
    snap["parties"]["buyer"].update(
        street="Uferweg 3", postcode="24103", city="Kiel",
        einvoice={"format": "xrechnung-cii", "buyer_reference": "04011000-12345-03", "endpoint_scheme": "0204",
                  "endpoint_id": "04011000-12345-03"})
    snap["document"].setdefault("order_reference", "")
    return snap


def test_a_snapshot_from_before_the_address_parts_keeps_the_typed_address():
    snap = snapshot(buyer={"company": "Café Lumière SARL", "address": "12 rue des Arts\n75003 Paris",
                           "country": "FR", "tax_id": "FR40303265045",
                           "einvoice": {"buyer_reference": "CL-9", "endpoint_scheme": "0009",
                                        "endpoint_id": "30326504500012"}})
    for part in ("street", "postcode", "city"):
        snap["parties"]["seller"].pop(part)
    for fmt in ("facturx", "peppol"):
        xml = einvoice.build(snap, fmt)
        assert b"12 rue des Arts" in xml and b"75003 Paris" in xml and "Hafenstraße 12".encode() in xml
        assert [f for f in einvoice.validate(xml, fmt) if f.fails] == []


def test_no_format_needs_nothing_and_builds_nothing():
    assert einvoice.problems(CASES["standard"], "none") == []
    with pytest.raises(StudioError, match="“none” is not an e-invoice format"):
        einvoice.build(CASES["standard"], "none")
    assert [p.field for p in einvoice.problems(CASES["standard"], "pdf")] == ["format"]


def test_filenames():
    assert einvoice.filename("INV-2026-0001", "facturx") == "INV-2026-0001.xml"
    assert einvoice.filename("INV-2026-0001", "xrechnung-ubl") == "INV-2026-0001-xrechnung.xml"
    assert einvoice.filename("INV/2026/7", "peppol") == "INV-2026-7-peppol.xml"
    assert einvoice.FORMATS == ("none", "facturx", "xrechnung-cii", "xrechnung-ubl", "peppol")
    assert set(einvoice.LABELS) == set(einvoice.FORMATS)
