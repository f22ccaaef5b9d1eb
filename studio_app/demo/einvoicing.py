"""The demo's clients with e-invoice formats: a public office in Germany (XRechnung, with its Leitweg-ID), a
German shop and a French agency (Factur-X), a Belgian company (Peppol BIS, endpoint 0208), each with every
identifier its format needs, and an invoice issued to each through the real issuing path, so each has its
XML (or Factur-X PDF) frozen and hashed beside its PDF; the Belgian invoice also has a credit note.

They take the place of the last few generated clients and invoices, so the demo keeps its sizes.
"""

from __future__ import annotations

import datetime as dt

from studio_app.work import clients, clock, invoices

# The studio's e-invoice details (the demo studio is in Istanbul; GLN with the GS1 Türkiye prefix 869).
SELLER = {"street": "Moda Caddesi 112/4", "postcode": "34710", "city": "İstanbul", "tax_number": "4830291756",
          "contact_name": "Deniz Arslan", "electronic_address_scheme": "0088", "electronic_address": "8691234567890"}

_REVERSE_CHARGE = {"tax_rate": "0", "vat_category": "AE"}  # B2B services across a border: the buyer accounts VAT
CLIENTS = (
    {"name": "Katrin Vogel", "company": "Bezirksamt Mitte von Berlin", "email": "rechnung@ba-mitte.example",
     "address": "Karl-Marx-Allee 31\n10178 Berlin", "street": "Karl-Marx-Allee 31", "postcode": "10178",
     "city": "Berlin", "country": "DE", "tax_id": "DE812456735", "language": "en", "currency": "EUR",
     "einvoice_format": "xrechnung-cii", "buyer_reference": "991-03730-19", "endpoint_scheme": "0204",
     "endpoint_id": "991-03730-19"},
    {"name": "Jonas Becker", "company": "Becker Kaffeerösterei GmbH", "email": "buchhaltung@becker-kaffee.example",
     "address": "Schanzenstraße 12\n20357 Hamburg", "street": "Schanzenstraße 12", "postcode": "20357",
     "city": "Hamburg", "country": "DE", "tax_id": "DE290873118", "language": "en", "currency": "EUR",
     "einvoice_format": "facturx", "buyer_reference": "BK-2026-17", "endpoint_scheme": "9930",
     "endpoint_id": "DE290873118"},
    {"name": "Lotte Peeters", "company": "Peeters & Janssens BV", "email": "facturen@peeters-janssens.example",
     "address": "Meir 24\n2000 Antwerpen", "street": "Meir 24", "postcode": "2000", "city": "Antwerpen",
     "country": "BE", "tax_id": "BE0412345614", "language": "en", "currency": "EUR", "einvoice_format": "peppol",
     "buyer_reference": "PJ-4471", "endpoint_scheme": "0208", "endpoint_id": "0412345614"},
    {"name": "Camille Laurent", "company": "Atelier Laurent SAS", "email": "compta@atelier-laurent.example",
     "address": "18 rue de la Roquette\n75011 Paris", "street": "18 rue de la Roquette", "postcode": "75011",
     "city": "Paris", "country": "FR", "tax_id": "FR96412837460", "language": "en", "currency": "EUR",
     "einvoice_format": "facturx", "buyer_reference": "", "endpoint_scheme": "0009", "endpoint_id": "41283746000010"},
)
LINES = (
    ({"description": "Wayfinding signage design", "quantity": "1", "unit_price": "2400"},
     {"description": "Design hours", "quantity": "6", "unit": "h", "unit_price": "60"}),
    ({"description": "Coffee bag label series", "quantity": "3", "unit_price": "450"},
     {"description": "Print-ready files", "quantity": "1", "unit_price": "180"}),
    ({"description": "Annual report layout", "quantity": "1", "unit_price": "3200"},
     {"description": "Infographics", "quantity": "4", "unit_price": "150"}),
    ({"description": "Exhibition poster", "quantity": "2", "unit_price": "380"},
     {"description": "Design hours", "quantity": "3", "unit": "h", "unit_price": "60"}),
)
ORDER_REFERENCES = ("", "PO-88213", "PO-2026-0415", "BC-7731")
CREDITED = 2  # the Belgian client's invoice gets a credit note

INVOICES = len(CLIENTS) + 1
LINE_COUNT = sum(len(lines) for lines in LINES) + len(LINES[CREDITED])


def remaining(size: dict[str, int]) -> dict[str, int]:
    """The generated part of a demo size: what these clients and their invoices do not already bring."""
    return {**size, "clients": size["clients"] - len(CLIENTS), "invoices": size["invoices"] - INVOICES,
            "lines": size["lines"] - LINE_COUNT}


def add() -> dict[str, int]:
    """Create the clients and issue their invoices (and the credit note) through the services, at a fixed time
    of the day (the same data from the same seed, like the rest of the demo)."""
    with clock.frozen(dt.datetime.combine(clock.today(), dt.time(16, 30))):
        _issue_all()
    return {"clients": len(CLIENTS), "invoices": INVOICES, "invoice lines": LINE_COUNT}


def _issue_all() -> None:
    for index, (values, lines) in enumerate(zip(CLIENTS, LINES)):
        client = clients.create(**values)
        draft = invoices.create_draft(client.id, lines=[{**line, **_REVERSE_CHARGE} for line in lines],
                                      order_reference=ORDER_REFERENCES[index])
        issued = invoices.issue(draft.id)
        if index == CREDITED:
            invoices.issue(invoices.create_credit_note(issued.id, "Infographics cancelled").id)
