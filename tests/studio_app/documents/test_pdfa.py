"""PDFs a print shop and an archive accept: every font embedded, PDF/A-3b, and the Factur-X envelope."""

from __future__ import annotations

import copy
import hashlib
import subprocess
from io import BytesIO

import pytest
from PIL import Image
from pypdf import PdfReader

from studio_app.documents import facturx, pdfa, render
from studio_app.work import invoices
from tests import factories
from tests.studio_app.documents.conftest import make_documents, with_final

XML = (b'<?xml version="1.0" encoding="UTF-8"?>\n<rsm:CrossIndustryInvoice '
       b'xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"/>\n')


def pdffonts(pdf: bytes, tmp_path) -> list[list[str]]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in listing.splitlines()[2:] if line.strip()]


def every_document(docs) -> dict[str, bytes]:
    with_final(docs)
    note = invoices.issue(invoices.create_credit_note(docs.final_id, "Cancelled").id)
    return {"quote": docs.pdf("quote", docs.quote_id).data, "contract": docs.pdf("contract", docs.contract_id).data,
            "deposit invoice": docs.pdf("invoice", docs.deposit_id).data,
            "final invoice": docs.pdf("invoice", docs.final_id).data, "credit note": docs.pdf("invoice", note.id).data}


def test_every_document_embeds_every_font_and_is_pdfa_3b(english_docs, tmp_path):
    for kind, pdf in every_document(english_docs).items():
        fonts = pdffonts(pdf, tmp_path)
        assert fonts, kind
        for row in fonts:  # name type encoding emb sub uni object generation
            assert row[-5] == "yes", (kind, row)  # embedded
            assert "Helvetica" not in row[0], kind
        assert pdfa.problems(pdf) == [], kind


def test_metadata_says_what_the_document_is(english_docs):
    reader = PdfReader(BytesIO(english_docs.pdf("invoice", english_docs.deposit_id).data))
    info = reader.metadata
    assert info.title.startswith("Deposit invoice ") and info.author and "Morgan & Sons <Ltd>" in info.subject
    xmp = reader.trailer["/Root"]["/Metadata"].get_object().get_data().decode()
    assert "<pdfaid:part>3</pdfaid:part>" in xmp and "<pdfaid:conformance>B</pdfaid:conformance>" in xmp
    assert "Morgan &amp; Sons &lt;Ltd&gt;" in xmp and "<rdf:li>en</rdf:li>" in xmp
    assert reader.trailer["/Root"]["/Lang"] == "en"
    (intent,) = reader.trailer["/Root"]["/OutputIntents"]
    assert intent.get_object()["/S"] == "/GTS_PDFA1"


def test_a_document_with_a_transparent_logo_and_other_scripts_is_still_pdfa(sqlite_db, today, tmp_path):
    logo = BytesIO()
    Image.new("RGBA", (60, 20), (200, 30, 30, 120)).save(logo, format="PNG")
    factories.studio(logo=logo.getvalue())
    docs = make_documents("el", name="王小明 தமிழ் محمد", company="Καφέ Αθηνά", address="שלום 1\nМосква 🎨")
    pdf = docs.pdf("invoice", docs.deposit_id).data
    assert all(row[-5] == "yes" for row in pdffonts(pdf, tmp_path))
    assert pdfa.problems(pdf) == []


@pytest.fixture
def invoice_pdf(english_docs) -> bytes:
    return english_docs.pdf("invoice", english_docs.deposit_id).data


def test_facturx_embeds_the_xml_as_factur_x_xml(invoice_pdf):
    out = facturx.attach(invoice_pdf, XML, lang="en", title="Invoice INV-1")
    reader = PdfReader(BytesIO(out))
    assert list(reader.attachments) == ["factur-x.xml"]
    assert reader.attachments["factur-x.xml"] == [XML]
    root = reader.trailer["/Root"]
    (spec,) = root["/AF"]
    spec = spec.get_object()
    assert spec["/AFRelationship"] == "/Alternative" and spec["/UF"] == "factur-x.xml"
    embedded = spec["/EF"]["/F"].get_object()
    assert embedded["/Subtype"] == "/text/xml"
    assert embedded["/Params"]["/CheckSum"].original_bytes == hashlib.md5(XML).digest()
    xmp = root["/Metadata"].get_object().get_data().decode()
    for field in ("<fx:DocumentType>INVOICE</fx:DocumentType>", "<fx:DocumentFileName>factur-x.xml<",
                  "<fx:Version>1.0</fx:Version>", "<fx:ConformanceLevel>EN 16931</fx:ConformanceLevel>",
                  "<pdfaSchema:prefix>fx</pdfaSchema:prefix>", "<pdfaid:part>3</pdfaid:part>"):
        assert field in xmp
    assert reader.metadata.title == "Invoice INV-1" and root["/Lang"] == "en"
    assert reader.pages[0].extract_text() == PdfReader(BytesIO(invoice_pdf)).pages[0].extract_text()


def test_facturx_pdf_passes_pdfa_3b_apart_from_its_declared_extension_schema(invoice_pdf):
    out = facturx.attach(invoice_pdf, XML, lang="en", title="Invoice INV-1")
    assert pdfa.problems(invoice_pdf) == []
    raw = pdfa.problems(out)
    assert raw and all("6.6.2.3.1" in line for line in raw)  # pikepdf knows no XMP extension schemas
    assert facturx.problems(out) == []


def test_facturx_is_deterministic(english_docs):
    snapshot = english_docs.snapshot("invoice", english_docs.deposit_id)
    first = facturx.attach(render(snapshot), XML, lang="en", title="Invoice")
    assert facturx.attach(render(copy.deepcopy(snapshot)), XML, lang="en", title="Invoice") == first
    assert facturx.attach(render(snapshot), XML + b" ", lang="en", title="Invoice") != first
