"""E-invoice figures: validating one file with the official rules, in a warm process (stylesheets compiled)."""

from __future__ import annotations

import copy
from pathlib import Path

from .common import Figure, Settings, repeat
from .core import TWO_PAGE_LINES, invoice_with_lines, open_database

# The parties of the demo's newest invoice, completed with what an e-invoice needs (the demo's German, Belgian and
# French clients carry these; any other client is measured the same way).
SELLER = {"street": "Hafenstraße 12", "postcode": "20457", "city": "Hamburg", "country": "DE",
          "tax_id": "DE123456789", "iban": "DE02120300000000202051", "bic": "BYLADEM1001", "contact_name": "Deniz",
          "phone": "+49 40 123456", "email": "hallo@example.de",
          "electronic_address": {"scheme": "9930", "id": "DE123456789"}}
BUYER = {"street": "Uferweg 3", "postcode": "24103", "city": "Kiel", "country": "DE", "tax_id": "DE987654321",
         "einvoice": {"buyer_reference": "04011000-12345-03", "endpoint_scheme": "0204",
                      "endpoint_id": "04011000-12345-03"}}


def snapshot() -> dict:
    """The demo's newest issued invoice, 40 lines, as an e-invoice client's snapshot."""
    snap = copy.deepcopy(invoice_with_lines(TWO_PAGE_LINES))
    snap["parties"]["seller"].update(SELLER)
    snap["parties"]["buyer"].update(BUYER)
    snap["document"]["invoice_kind"] = "standard"
    return snap


def validation(db_path: Path, settings: Settings) -> list[Figure]:
    open_database(db_path)
    from studio_app import einvoice
    from studio_app.einvoice import validation as rules
    if not rules.schematron_available():
        return []  # the einvoice-check extra is not installed: nothing to measure
    snap = snapshot()
    figures = []
    for fmt, name, goal in (("facturx", "e-invoice: validating one file against the EN 16931 Schematron, warm", 150.0),
                            ("peppol", "e-invoice: validating one Peppol BIS file (EN 16931 + Peppol rules), warm",
                             None)):
        xml = einvoice.build(snap, fmt)
        failed = [f for f in einvoice.validate(xml, fmt) if f.fails]  # compiles the stylesheets (not timed)
        samples = repeat(lambda: einvoice.validate(xml, fmt), max(settings.reps, 5) * 2, warmup=2)
        figures.append(Figure(name, "ms", samples, goal,
                              note=f"{TWO_PAGE_LINES} lines, {len(xml) // 1024} KB, XSD included; "
                                   f"{len(failed)} failed asserts" + ("" if goal else "; no goal of its own")))
    return figures
