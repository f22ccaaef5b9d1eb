"""Schema version 7: e-invoices (EN 16931).

A client gets its e-invoice format and the identifiers it needs (buyer reference / Leitweg-ID, Peppol
endpoint) and a structured address; the studio gets the seller's structured address, tax number, contact
and electronic address; an invoice gets the buyer's order reference (BT-13); an issued document gets the
XML frozen beside its PDF, its SHA-256 and its format. Documents issued before have no XML, and their
links stay as they were (:func:`studio_app.store.sealing.link` covers the XML's hash only when there is
one). Frozen DDL, as in m0001.
"""

from __future__ import annotations

import peewee

VERSION = 7

_TEXT = 'VARCHAR(255) NOT NULL DEFAULT \'\''
_COLUMNS = (
    ("studio", ("street", "postcode", "city", "tax_number", "contact_name", "electronic_address_scheme",
                "electronic_address")),
    ("client", ("buyer_reference", "endpoint_scheme", "endpoint_id", "street", "postcode", "city")),
    ("invoice", ("order_reference",)),
)


def statements(sqlite: bool) -> list[str]:
    out = ['ALTER TABLE "client" ADD COLUMN "einvoice_format" VARCHAR(255) NOT NULL DEFAULT \'none\'']
    for table, names in _COLUMNS:
        out += [f'ALTER TABLE "{table}" ADD COLUMN "{name}" {_TEXT}' for name in names]
    out += [f'ALTER TABLE "issued_document" ADD COLUMN "xml" {"BLOB" if sqlite else "BYTEA"}',
            'ALTER TABLE "issued_document" ADD COLUMN "xml_sha256" VARCHAR(255)',
            'ALTER TABLE "issued_document" ADD COLUMN "xml_format" VARCHAR(255)']
    return out


def apply(db: peewee.Database, sqlite: bool) -> None:
    for statement in statements(sqlite):
        db.execute_sql(statement)
