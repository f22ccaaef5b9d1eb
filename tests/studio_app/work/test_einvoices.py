"""Issuing for a client with an e-invoice format: the XML frozen beside the PDF, hashed, chained and valid by the
official rules; a draft the format cannot be written from is refused by field before it gets a number."""

from __future__ import annotations

import hashlib
import io
import json

import pytest
from pypdf import PdfReader

import main
from studio_app import einvoice
from studio_app.demo import einvoicing
from studio_app.store import check, sealing
from studio_app.store.models import Client, Invoice, IssuedDocument, NumberCounter
from studio_app.text.errors import StudioError
from studio_app.work import clients, einvoices, invoices, issuing
from tests import factories

GERMAN_OFFICE, GERMAN_SHOP, BELGIAN, FRENCH = einvoicing.CLIENTS
REVERSE_CHARGE = [{"description": "Poster design", "quantity": "2", "unit_price": "250", "tax_rate": "0",
                   "vat_category": "AE"}]
FOR_FORMAT = {"xrechnung-cii": GERMAN_OFFICE, "xrechnung-ubl": {**GERMAN_OFFICE, "einvoice_format": "xrechnung-ubl"},
              "peppol": BELGIAN, "facturx": FRENCH}


def seller(**overrides):
    return factories.studio(**{**einvoicing.SELLER, "phone": "+90 216 555 01 23", **overrides})


def issue_for(values: dict, lines=REVERSE_CHARGE, **kwargs) -> Invoice:
    client = clients.create(**values)
    return factories.issued_invoice(client.id, lines=lines, **kwargs)


def valid(xml: bytes, fmt: str) -> list[str]:
    return [f"{f.rule_id}: {f.message}" for f in einvoice.validate(xml, fmt) if f.fails]


@pytest.mark.parametrize("fmt", list(FOR_FORMAT))
def test_issuing_stores_the_xml_beside_the_pdf_hashed_and_valid(sqlite_db, today, fmt):
    seller()
    invoice = issue_for(FOR_FORMAT[fmt], order_reference="PO-17")
    record = issuing.issued("invoice", invoice.id)
    xml = bytes(record.xml)
    assert record.xml_format == fmt
    assert record.xml_sha256 == hashlib.sha256(xml).hexdigest()
    assert valid(xml, fmt) == []
    assert b"PO-17" in xml  # BT-13
    assert check.run() == []
    assert einvoices.stored_xml(invoice.id) == (xml, einvoice.filename(invoice.number, fmt))
    pdf = issuing.pdf_bytes("invoice", invoice.id)
    attached = PdfReader(io.BytesIO(pdf)).attachments
    if fmt == "facturx":  # the stored PDF carries the XML; `pdf invoice NUMBER` hands out exactly that
        assert attached["factur-x.xml"] == [xml]
        assert hashlib.sha256(pdf).hexdigest() == record.pdf_sha256
    else:
        assert "factur-x.xml" not in attached


def test_a_credit_note_gets_its_xml_too(sqlite_db, today):
    seller()
    invoice = issue_for(BELGIAN)
    note = invoices.issue(invoices.create_credit_note(invoice.id, "Cancelled").id)
    record = issuing.issued("invoice", note.id)
    assert record.xml_format == "peppol" and b"CreditNote" in bytes(record.xml)
    assert invoice.number.encode() in bytes(record.xml)  # BT-25, the invoice it corrects
    assert valid(bytes(record.xml), "peppol") == []


def test_a_client_without_a_format_gets_no_xml_and_its_link_keeps_the_first_form(sqlite_db, today):
    seller()
    invoice = factories.issued_invoice(factories.client().id)
    record = issuing.issued("invoice", invoice.id)
    assert record.xml is None and record.xml_sha256 is None and record.xml_format is None
    assert record.link == sealing.link(None, "invoice", record.number, record.snapshot, record.pdf_sha256)
    with pytest.raises(StudioError, match="issued without an e-invoice"):
        einvoices.stored_xml(invoice.id)
    assert einvoices.readiness(invoice.id) == []


def test_a_missing_leitweg_id_is_refused_by_field_and_nothing_is_numbered(any_db, today):
    seller()
    client = clients.create(**{**GERMAN_OFFICE, "buyer_reference": ""})
    draft = invoices.create_draft(client.id, lines=REVERSE_CHARGE)
    problems = einvoices.readiness(draft.id)
    assert [(p.bt, p.field) for p in problems] == [("BT-10", "buyer.einvoice.buyer_reference")]
    assert "Leitweg-ID of the buyer (BT-10) is required for XRechnung" in problems[0].message
    assert "(BT-10)" in einvoices.readiness(draft.id, "tr")[0].message
    counters = list(NumberCounter.select().tuples())
    with pytest.raises(StudioError, match=r"Leitweg-ID of the buyer \(BT-10\) is required") as refused:
        invoices.issue(draft.id)
    assert refused.value.field == "buyer.einvoice.buyer_reference"
    assert [p.bt for p in refused.value.problems] == ["BT-10"]
    assert Invoice.get_by_id(draft.id).number is None and Invoice.get_by_id(draft.id).status == "draft"
    assert list(NumberCounter.select().tuples()) == counters
    assert IssuedDocument.select().count() == 0
    clients.update(client.id, buyer_reference="991-03730-19")
    assert einvoices.readiness(draft.id) == []
    assert invoices.issue(draft.id).number
    assert issuing.issued("invoice", draft.id).xml_format == "xrechnung-cii"


def test_the_sellers_missing_details_are_named_before_issuing(sqlite_db, today):
    factories.studio()  # no street, contact, electronic address
    client = clients.create(**GERMAN_OFFICE)
    draft = invoices.create_draft(client.id, lines=REVERSE_CHARGE)
    fields = {p.field for p in einvoices.readiness(draft.id)}
    assert {"seller.city", "seller.postcode", "seller.contact_name", "seller.electronic_address"} <= fields
    with pytest.raises(StudioError):
        invoices.issue(draft.id)
    assert Invoice.get_by_id(draft.id).status == "draft"


def test_a_changed_xml_is_caught_by_its_hash_and_by_the_chain(sqlite_db, today):
    seller()
    invoice = issue_for(BELGIAN)
    record = issuing.issued("invoice", invoice.id)
    forged = bytes(record.xml).replace(b"Poster design", b"Poster desigm")
    IssuedDocument.update(xml=forged).where(IssuedDocument.id == record.id).execute()
    assert any("e-invoice XML does not match its SHA-256" in p for p in check.run())
    with pytest.raises(StudioError, match="stored e-invoice XML of .* does not match its SHA-256"):
        einvoices.stored_xml(invoice.id)
    IssuedDocument.update(xml_sha256=hashlib.sha256(forged).hexdigest()).where(
        IssuedDocument.id == record.id).execute()  # the hash recomputed too: the link covers the XML's hash
    assert any("chain of issued invoices breaks" in p for p in check.run())
    IssuedDocument.update(xml=None, xml_sha256=None).where(IssuedDocument.id == record.id).execute()
    assert any("chain of issued invoices breaks" in p for p in check.run())  # removing it breaks it as well


def test_another_format_is_built_from_the_frozen_snapshot_and_validated(sqlite_db, today, tmp_path):
    seller()
    invoice = issue_for(GERMAN_OFFICE)
    data, name, fmt = einvoices.file_for(invoice.id, "xrechnung-ubl")
    assert fmt == "xrechnung-ubl" and name.endswith("-xrechnung.xml") and b"<Invoice" in data[:300]
    assert valid(data, "xrechnung-ubl") == []
    pdf, name, _ = einvoices.file_for(invoice.id, "facturx")
    assert name.endswith(".pdf") and PdfReader(io.BytesIO(pdf)).attachments["factur-x.xml"]
    with pytest.raises(StudioError, match="BT-49|electronic address|BT-10"):
        plain = factories.issued_invoice(factories.client(country="DE").id)
        einvoices.file_for(plain.id, "peppol")


def test_cli_einvoice_writes_the_stored_file_or_another_format(sqlite_db, today, tmp_path, capsys):
    seller()
    shop = issue_for(GERMAN_SHOP)
    office = issue_for(GERMAN_OFFICE)
    stored = bytes(issuing.issued("invoice", office.id).xml)
    assert main.main(["--db", str(sqlite_db), "einvoice", office.number, "-o", str(tmp_path / "a.xml")]) == 0
    assert (tmp_path / "a.xml").read_bytes() == stored
    assert "xrechnung-cii" in capsys.readouterr().out
    assert main.main(["--db", str(sqlite_db), "einvoice", office.number, "--format", "peppol",
                      "-o", str(tmp_path / "b.xml")]) == 0
    assert valid((tmp_path / "b.xml").read_bytes(), "peppol") == []
    assert main.main(["--db", str(sqlite_db), "einvoice", shop.number, "-o", str(tmp_path / "c.pdf")]) == 0
    assert main.main(["--db", str(sqlite_db), "pdf", "invoice", shop.number, "-o", str(tmp_path / "d.pdf")]) == 0
    assert (tmp_path / "c.pdf").read_bytes() == (tmp_path / "d.pdf").read_bytes()  # the Factur-X PDF, both ways
    assert "factur-x.xml" in PdfReader(tmp_path / "d.pdf").attachments
    capsys.readouterr()
    assert main.main(["--db", str(sqlite_db), "einvoice", "INV-9999-0001", "-o", str(tmp_path / "e.xml")]) == 1
    assert "There is no invoice numbered INV-9999-0001" in capsys.readouterr().err
    assert not (tmp_path / "e.xml").exists()
    assert main.main(["--db", str(sqlite_db), "einvoice", office.number, "--check", str(tmp_path / "a.xml")]) == 1
    factories.client(name="Written after the commands")  # the caller's database is still bound and writable
    assert Client.select().where(Client.name == "Written after the commands").exists()


def test_cli_client_add_and_edit_take_the_einvoice_fields(sqlite_db, capsys):
    assert main.main(["--db", str(sqlite_db), "client", "add", "--name", "Bezirksamt", "--country", "de",
                      "--tax-id", "DE 136 695 976", "--einvoice-format", "xrechnung-ubl", "--buyer-reference",
                      "991-03730-19", "--endpoint-scheme", "0204", "--endpoint-id", "991-03730-19", "--street",
                      "Karl-Marx-Allee 31", "--postcode", "10178", "--city", "Berlin", "--address",
                      "Karl-Marx-Allee 31\\n10178 Berlin"]) == 0
    client = Client.get(Client.name == "Bezirksamt")
    assert (client.country, client.tax_id, client.einvoice_format, client.buyer_reference, client.endpoint_scheme,
            client.city, client.address) == ("DE", "DE136695976", "xrechnung-ubl", "991-03730-19", "0204", "Berlin",
                                             "Karl-Marx-Allee 31\n10178 Berlin")
    capsys.readouterr()
    assert main.main(["--db", str(sqlite_db), "client", "edit", str(client.id), "--buyer-reference",
                      "991-03730-18"]) == 1
    assert "check digits" in capsys.readouterr().err
    assert main.main(["--db", str(sqlite_db), "client", "edit", str(client.id), "--einvoice-format", "peppol",
                      "--endpoint-scheme", "0208", "--endpoint-id", "0412.345.614"]) == 0
    client = Client.get_by_id(client.id)
    assert (client.einvoice_format, client.endpoint_id) == ("peppol", "0412345614")


def test_the_demo_clients_invoices_have_valid_einvoices(sqlite_db, today):
    from studio_app import demo
    demo.fill("small", seed=1)
    records = list(IssuedDocument.select().where(IssuedDocument.xml.is_null(False)))
    assert sorted({r.xml_format for r in records}) == ["facturx", "peppol", "xrechnung-cii"]
    assert len(records) == einvoicing.INVOICES
    for record in records:
        assert valid(bytes(record.xml), record.xml_format) == [], record.number
    assert Client.select().count() == 24 and Invoice.select().count() == 220
    assert check.run() == []
    snapshot = json.loads(records[0].snapshot)
    assert snapshot["parties"]["seller"]["electronic_address"] == {"scheme": "0088", "id": "8691234567890"}
