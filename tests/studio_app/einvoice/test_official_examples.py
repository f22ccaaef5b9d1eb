"""The official example invoices validate with zero failed asserts: the XSD, the EN 16931 rules and the XRechnung
or Peppol rules are wired as their authors run them. Each fixture is copied unchanged (tests/fixtures/einvoice)."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio_app.einvoice import validate, validation

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
EXAMPLES = {
    "einvoice/en16931/CII_example1.xml": "UN/CEFACT CII D16B, Factur-X EN 16931",
    "einvoice/en16931/CII_example5.xml": "UN/CEFACT CII D16B, Factur-X EN 16931",
    "einvoice/en16931/ubl-tc434-example1.xml": "UBL 2.1 Invoice, EN 16931",
    "einvoice/en16931/ubl-tc434-creditnote1.xml": "UBL 2.1 CreditNote, EN 16931",
    "einvoice/xrechnung/01.01a-INVOICE_uncefact.xml": "UN/CEFACT CII D16B, XRechnung 3.0",
    "einvoice/xrechnung/01.01a-INVOICE_ubl.xml": "UBL 2.1 Invoice, XRechnung 3.0",
    "einvoice/xrechnung/01.05a-INVOICE_uncefact.xml": "UN/CEFACT CII D16B, XRechnung 3.0",
    "einvoice/xrechnung/01.05a-INVOICE_ubl.xml": "UBL 2.1 Invoice, XRechnung 3.0",
    "einvoice/peppol/base-example.xml": "UBL 2.1 Invoice, Peppol BIS Billing 3.0",
    "einvoice/peppol/base-creditnote-correction.xml": "UBL 2.1 CreditNote, Peppol BIS Billing 3.0",
    "einvoice/peppol/Allowance-example.xml": "UBL 2.1 Invoice, Peppol BIS Billing 3.0",
    "einvoice/peppol/vat-category-E.xml": "UBL 2.1 Invoice, Peppol BIS Billing 3.0",
    # the examples the money tests compute to the cent
    "en16931/01.21a-INVOICE_uncefact.xml": "UN/CEFACT CII D16B, XRechnung 3.0",
    "en16931/CII_business_example_02.xml": "UN/CEFACT CII D16B, EN 16931",
    "en16931/ubl-tc434-example8.xml": "UBL 2.1 Invoice, EN 16931",
}


@pytest.mark.parametrize("name", list(EXAMPLES))
def test_official_example_has_no_failed_assert(name):
    xml = (FIXTURES / name).read_bytes()
    assert validation.describe(xml) == EXAMPLES[name]
    assert [f for f in validate(xml) if f.fails] == []


def test_the_rules_really_run_on_an_official_example():
    """A cent off the total of the same official file fails the EN 16931 rules (the wiring is not a no-op)."""
    xml = (FIXTURES / "einvoice/en16931/CII_example1.xml").read_bytes()
    tampered = xml.replace(b"<ram:DuePayableAmount>", b"<ram:DuePayableAmount>1", 1)
    assert "BR-CO-16" in {f.rule_id for f in validate(tampered) if f.fails}
