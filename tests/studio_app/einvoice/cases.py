"""Hand-built invoice snapshots, one per EN 16931 situation the app produces."""

from __future__ import annotations

from .snapshots import BUYER, SELLER, line, snapshot

EU_BUYER = {**BUYER, "company": "Studio Brux SRL", "street": "Rue Haute 5", "postcode": "1000", "city": "Bruxelles",
            "country": "BE", "tax_id": "BE0123456749",
            "einvoice": {"format": "peppol", "buyer_reference": "PO-77", "endpoint_scheme": "0208",
                         "endpoint_id": "0123456749"}}
US_BUYER = {**BUYER, "company": "Acme Inc.", "street": "1 Main St", "postcode": "10001", "city": "New York",
            "country": "US", "tax_id": "",
            "einvoice": {"format": "peppol", "buyer_reference": "ACME-1", "endpoint_scheme": "0060",
                         "endpoint_id": "123456789"}}
DEPOSITS = [
    line("Less deposit DEP-2026-0001 of 1 Oct 2026 (VAT €57.00)", "-1", 30000, fixed_tax=-5700),
    line("Less deposit DEP-2026-0002 of 2 Nov 2026 (VAT €38.19)", "-1", 20100, fixed_tax=-3819),
]

CASES = {
    "standard": snapshot([line(), line("Business cards, print-ready", "2.5", 9990, unit="h"),
                          line("Stock photo licence", "1", 4500, "7")]),
    "deposit": snapshot([line("Deposit 30 % of quote Q-2026-0007", "1", 36000)], kind="deposit",
                        number="DEP-2026-0001"),
    "final_two_deposits": snapshot([line("Brand identity", "1", 150000), line("Extra revision round", "2", 6000),
                                    *DEPOSITS], kind="final", deposit_numbers=["DEP-2026-0001", "DEP-2026-0002"]),
    "credit_note": snapshot([line("Logo design", "-1", 120000), line("Print file", "-1", 2499, "7")],
                            kind="credit_note", number="CN-2026-0001",
                            corrects={"number": "INV-2026-0001", "issue_date": "2026-11-20"}),
    "reverse_charge": snapshot([line("Packaging design", "1", 250000, "0", vat_category="AE",
                                     exemption_reason="Reverse charge (Art. 196 Directive 2006/112/EC)")],
                               buyer=EU_BUYER),
    "intra_community": snapshot([line("Printed brochures", "500", 120, "0", vat_category="K",
                                      exemption_reason="Intra-community supply, Art. 138 Directive 2006/112/EC")],
                                buyer=EU_BUYER),
    "export": snapshot([line("Illustrations, shipped prints", "3", 45000, "0", vat_category="G",
                             exemption_reason="Export outside the EU")], buyer=US_BUYER),
    "exempt": snapshot([line("Design workshop for a school", "1", 80000, "0", vat_category="E",
                             exemption_reason="Exempt under § 4 Nr. 21 UStG")]),
    "zero_rated": snapshot([line("Book cover", "1", 50000, "0")]),
    "not_subject": snapshot([line("Honorary jury work", "1", 30000, "0", vat_category="O",
                                  exemption_reason="Not subject to VAT")],
                            seller={**SELLER, "tax_number": "22/815/08154"}),
    "allowances_charges": snapshot([
        line("Website design", "1", 400000), line("Photo retouching", "12", 3500, "7"),
        line("Loyalty discount 5 %", "1", 0, kind="allowance", discount_percent="5"),
        line("Goodwill discount", "1", 5000, "7", kind="allowance"),
        line("Rush fee", "1", 15000, kind="charge")]),
    "base_quantity_discounts": snapshot([
        line("Prints, price per 100", "250", 1999, base_quantity="100"),
        line("Sketching", "3.5", "8333.3333", unit="h", discount_percent="12.5"),
        line("Mock-ups", "4", 2500, discount_amount=1000)]),
    "usd": snapshot([line("Logo design", "1", 99999, "0", vat_category="G", exemption_reason="Export"),
                     line("Hours", "7.25", 8500, "0", vat_category="G", exemption_reason="Export", unit="h")],
                    currency="USD", buyer=US_BUYER),
    "jpy": snapshot([line("Character design", "3", 33333, "10", unit="h"), line("Licence", "1", 50000, "10"),
                     line("Per 7 sketches", "10", 1000, "10", base_quantity="7"),
                     line("Friends discount 3.5 %", "1", 0, "10", kind="allowance", discount_percent="3.5")],
                    currency="JPY"),
    "prices_include_tax": snapshot([line("Poster", "3", 11900), line("Flyer", "7", 1070, "7"),
                                    line("Discount", "1", 1190, kind="allowance")], prices_include_tax=True),
    "legacy_deducted": snapshot([line("Brand identity", "1", 150000)], kind="final", deducted=35700),
}
