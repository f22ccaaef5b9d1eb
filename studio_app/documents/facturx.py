"""Factur-X 1.0 (ZUGFeRD 2.x): the invoice PDF/A-3b with its CII XML embedded as ``factur-x.xml``.

What is added to the PDF/A-3b base document (the base already has its XMP, output intent and embedded fonts):
- the XML as an embedded file stream (MIME type text/xml, size, MD5 checksum, the document's date), named
  ``factur-x.xml`` in the catalog's EmbeddedFiles name tree and listed in the catalog's /AF array;
- ``AFRelationship /Alternative``: Factur-X 1.0.07 allows Data, Source or Alternative; its German part
  (ZUGFeRD 2.3) asks for Alternative for the profiles from EN 16931 up, whose XML is a complete invoice
  equivalent to the PDF (Data is for MINIMUM and BASIC WL, which are not invoices); France accepts both;
- the Factur-X XMP extension schema and its values (DocumentType INVOICE, DocumentFileName factur-x.xml,
  Version 1.0, ConformanceLevel EN 16931).

It is written with pikepdf (qpdf) directly rather than the factur-x package: the steps are few, the output is
deterministic (no clock, no random ids: the same PDF and XML give the same bytes), and the factur-x package
would add pypdf at run time and an XSD/Schematron bundle that the e-invoice layer already has.
"""

from __future__ import annotations

import hashlib
import io
import re

FILENAME = "factur-x.xml"
RELATIONSHIP = "Alternative"
CONFORMANCE = "EN 16931"
_NS = "urn:factur-x:pdfa:CrossIndustryDocument:invoice:1p0#"

_PROPERTIES = (("DocumentFileName", "name of the embedded XML invoice file"),
               ("DocumentType", "INVOICE"),
               ("Version", "The actual version of the Factur-X XML schema"),
               ("ConformanceLevel", "The conformance level of the embedded Factur-X data"))


def extension_schema(*, conformance: str = CONFORMANCE) -> str:
    """The rdf:Description elements the Factur-X XMP asks for: the schema declaration and the values."""
    properties = "".join(
        f"<rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>{name}</pdfaProperty:name>"
        f"<pdfaProperty:valueType>Text</pdfaProperty:valueType><pdfaProperty:category>external"
        f"</pdfaProperty:category><pdfaProperty:description>{text}</pdfaProperty:description></rdf:li>\n"
        for name, text in _PROPERTIES)
    return f"""<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" \
xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>Factur-X PDFA Extension Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>{_NS}</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>fx</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq>
{properties}</rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:fx="{_NS}">
<fx:DocumentType>INVOICE</fx:DocumentType>
<fx:DocumentFileName>{FILENAME}</fx:DocumentFileName>
<fx:Version>1.0</fx:Version>
<fx:ConformanceLevel>{conformance}</fx:ConformanceLevel>
</rdf:Description>
"""


def attach(pdf: bytes, xml: bytes, *, lang: str, title: str) -> bytes:
    """``pdf`` (a PDF/A-3b document rendered by :func:`studio_app.documents.render`) with ``xml`` embedded as
    Factur-X; ``lang`` and ``title`` are the document's language and title (kept in the catalog and info)."""
    import pikepdf  # lazily: only Factur-X invoices need qpdf
    from pikepdf import Array, Dictionary, Name, String

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        date = str(doc.docinfo.get("/CreationDate", "D:20000101000000+00'00'"))
        stream = pikepdf.Stream(doc, xml)
        stream.Type = Name.EmbeddedFile
        stream.Subtype = Name("/text/xml")
        stream.Params = Dictionary(Size=len(xml), ModDate=String(date), CreationDate=String(date),
                                   CheckSum=String(hashlib.md5(xml, usedforsecurity=False).digest()))
        spec = doc.make_indirect(Dictionary(
            Type=Name.Filespec, F=String(FILENAME), UF=String(FILENAME), Desc=String("Factur-X invoice"),
            AFRelationship=Name("/" + RELATIONSHIP), EF=Dictionary(F=stream, UF=stream)))
        root = doc.Root
        root.Names = Dictionary(EmbeddedFiles=Dictionary(Names=Array([String(FILENAME), spec])))
        root.AF = Array([spec])
        root.Lang = String(lang)
        doc.docinfo["/Title"] = String(title)
        root.Metadata = doc.make_stream(_with_facturx(bytes(root.Metadata.read_bytes()), title))
        root.Metadata.Type = Name.Metadata
        root.Metadata.Subtype = Name.XML
        out = io.BytesIO()
        doc.save(out, static_id=False, deterministic_id=True, compress_streams=True,
                 object_stream_mode=pikepdf.ObjectStreamMode.preserve)
        return out.getvalue()


def _with_facturx(packet: bytes, title: str) -> bytes:
    from xml.sax.saxutils import escape

    text = packet.decode("utf-8")
    text = re.sub(r"(<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">).*?(</rdf:li>)",
                  lambda m: m.group(1) + escape(title) + m.group(2), text, count=1, flags=re.S)
    if _NS not in text:
        text = text.replace("</rdf:RDF>", extension_schema() + "</rdf:RDF>", 1)
    return text.encode("utf-8")


def problems(pdf: bytes) -> list[str]:
    """PDF/A-3b findings of a Factur-X PDF, except those about the XMP extension schema the file declares:
    pikepdf's allow-list validator knows no extension schemas and reports each of their namespaces and
    properties, which PDF/A permits once declared (as ``extension_schema`` does)."""
    from . import pdfa

    declared = ("pdfaExtension", "pdfaSchema", "pdfaProperty", "fx:", "fx=")
    return [line for line in pdfa.problems(pdf)
            if not ("6.6.2.3.1" in line and any(f" {name}" in line for name in declared))]
