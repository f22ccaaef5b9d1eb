"""Invoice snapshots as studio_app.work.snapshots builds them, with the e-invoice keys of the contract."""

from __future__ import annotations

import copy

SELLER = {
    "name": "Atelier Nord GmbH", "address": "Hafenstraße 12\n20457 Hamburg", "street": "Hafenstraße 12",
    "postcode": "20457", "city": "Hamburg", "country": "DE", "email": "hallo@atelier-nord.de",
    "phone": "+49 40 123456", "website": "atelier-nord.de", "tax_id": "DE123456789", "tax_number": "",
    "iban": "DE02120300000000202051", "bic": "BYLADEM1001", "account_holder": "Atelier Nord GmbH",
    "bank_name": "Deutsche Kreditbank", "payment_methods": ["Bank transfer"], "contact_name": "Deniz Kaya",
    "electronic_address": {"scheme": "9930", "id": "DE123456789"},
}
BUYER = {
    "name": "Jana Berger", "company": "Stadtwerke Kiel AG", "address": "Uferweg 3\n24103 Kiel",
    "street": "Uferweg 3", "postcode": "24103", "city": "Kiel", "country": "DE", "tax_id": "DE987654321",
    "email": "einkauf@stadtwerke-kiel.de",
    "einvoice": {"format": "xrechnung-ubl", "buyer_reference": "04011000-12345-03", "endpoint_scheme": "0204",
                 "endpoint_id": "04011000-12345-03"},
}


def line(description: str = "Logo design", quantity: str = "1", unit_price: int | str = 120000,
         tax_rate: str = "19", **extra: object) -> dict:
    row = {"description": description, "quantity": quantity, "unit": extra.pop("unit", ""),
           "unit_price": unit_price, "tax_rate": tax_rate, "discount_percent": extra.pop("discount_percent", "0")}
    row.update(extra)
    return row


def snapshot(lines: list[dict] | None = None, *, kind: str = "standard", currency: str = "EUR",
             number: str = "INV-2026-0001", seller: dict | None = None, buyer: dict | None = None,
             prices_include_tax: bool = False, corrects: dict | None = None, deducted: int = 0,
             notes: str = "", language: str = "en", **document: object) -> dict:
    doc = {
        "invoice_kind": kind, "number": number, "currency": currency, "language": language,
        "issue_date": "2026-11-20", "supply_date": "2026-11-18", "due_date": "2026-12-04",
        "prices_include_tax": prices_include_tax, "notes": notes,
        "lines": lines if lines is not None else [line()], "deducted": deducted,
        "deposit_numbers": document.pop("deposit_numbers", []), "corrects": corrects,
        "order_reference": document.pop("order_reference", ""),
    }
    doc.update(document)
    return {
        "kind": "invoice", "document": doc,
        "parties": {"seller": copy.deepcopy(seller or SELLER), "buyer": copy.deepcopy(buyer or BUYER)},
        "project": None, "payment_terms_days": 14, "style": {"accent_color": "#333333", "paper_size": "A4"},
    }
