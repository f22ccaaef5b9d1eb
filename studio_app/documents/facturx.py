"""Factur-X 1.0 (ZUGFeRD 2.x): the invoice PDF/A-3b with its CII XML embedded as ``factur-x.xml``.

What is added to the PDF/A-3b base document (the base already has its XMP, output intent and embedded fonts):
- the XML as an embedded file stream (MIME type text/xml, size, MD5 checksum, the document's date), named
  ``factur-x.xml`` in the catalog's EmbeddedFiles name tree and listed in the catalog's /AF array;
- ``AFRelationship /Alternative``: Factur-X 1.0.07 allows Data, Source or Alternative; its German part
  (ZUGFeRD 2.3) asks for Alternative for the profiles from EN 16931 up, whose XML is a complete invoice
  equivalent to the PDF (Data is for MINIMUM and BASIC WL, which are not invoices); France accepts both;
- the Factur-X XMP extension schema and its values (DocumentType INVOICE, DocumentFileName factur-x.xml,
  Version 1.0, ConformanceLevel EN 16931).

It is written by hand as an incremental update rather than with the factur-x package (pypdf and lxml at run
time, an XSD/Schematron bundle the e-invoice layer already has) or pikepdf (11 MB of qpdf in a bundle that
has 6 MB left): the steps are few, the output is deterministic (no clock, no random ids: the same PDF and XML
give the same bytes), and it takes well under a millisecond.
"""

from __future__ import annotations

import hashlib
import re
import zlib

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
    Factur-X; ``lang`` and ``title`` are the document's language and title (set in the catalog, info and XMP).

    The envelope is an incremental update appended to the rendered bytes (new objects, a new catalog, info and
    XMP, an xref section pointing back to the original): no PDF library at run time, well under a millisecond,
    and the rendered document stays byte for byte inside the Factur-X file."""
    doc = _Parsed(pdf)
    date = doc.info_value("CreationDate") or b"(D:20000101000000+00'00')"
    first = doc.size
    stream_ref, spec_ref, metadata_ref = first, first + 1, first + 2
    compressed = zlib.compress(xml, 9)
    checksum = hashlib.md5(xml, usedforsecurity=False).hexdigest().encode()
    objects = {
        stream_ref: b"<< /Type /EmbeddedFile /Subtype /text#2Fxml /Filter /FlateDecode /Length %d "
                    b"/Params << /Size %d /CheckSum <%s> /CreationDate %s /ModDate %s >> >>\nstream\n%s\nendstream"
                    % (len(compressed), len(xml), checksum, date, date, compressed),
        spec_ref: b"<< /Type /Filespec /F (%s) /UF (%s) /Desc (Factur-X invoice) /AFRelationship /%s "
                  b"/EF << /F %d 0 R /UF %d 0 R >> >>" % (FILENAME.encode(), FILENAME.encode(),
                                                          RELATIONSHIP.encode(), stream_ref, stream_ref),
    }
    packet = _with_facturx(doc.metadata(), title)
    objects[metadata_ref] = b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n%s\nendstream" % (
        len(packet), packet)
    objects[doc.root] = doc.catalog(metadata_ref, spec_ref, lang)
    objects[doc.info] = doc.info_with_title(title)
    return doc.updated(objects, first + 3)


class _Parsed:
    """The few things of a reportlab PDF an incremental update needs: trailer, catalog, info, XMP packet."""

    def __init__(self, pdf: bytes) -> None:
        self.pdf = pdf
        tail = pdf[pdf.rindex(b"trailer"):]
        self.root = int(re.search(rb"/Root (\d+) 0 R", tail).group(1))
        self.info = int(re.search(rb"/Info (\d+) 0 R", tail).group(1))
        self.size = int(re.search(rb"/Size (\d+)", tail).group(1))
        self.ids = re.search(rb"/ID\s*\[\s*(<[0-9a-fA-F]+>)\s*(<[0-9a-fA-F]+>)\s*\]", tail).groups()
        self.startxref = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", tail).group(1))

    def body(self, number: int) -> bytes:
        start = self.pdf.find(b"\n%d 0 obj" % number)
        end = self.pdf.find(b"endobj", start)
        if start < 0 or end < 0:
            raise ValueError(f"object {number} not found: not a PDF rendered by studio_app.documents")
        return self.pdf[self.pdf.index(b"obj", start) + 3:end].strip()

    def metadata(self) -> bytes:
        reference = re.search(rb"/Metadata (\d+) 0 R", self.body(self.root))
        body = self.body(int(reference.group(1)))
        return body[body.index(b"stream") + 7:body.rindex(b"endstream")].strip(b"\r\n")

    def catalog(self, metadata_ref: int, spec_ref: int, lang: str) -> bytes:
        entries = self.body(self.root).strip()[2:-2]
        entries = re.sub(rb"/(Metadata|AF|Names) (\d+ 0 R|\[[^\]]*\])|/Lang (\([^)]*\)|<[^>]*>)", b"", entries)
        return b"<< %s /Lang %s /Metadata %d 0 R /AF [ %d 0 R ] /Names << /EmbeddedFiles << /Names [ (%s) %d 0 R ] >> >> >>" % (
            entries.strip(), _text(lang), metadata_ref, spec_ref, FILENAME.encode(), spec_ref)

    def info_value(self, key: str) -> bytes | None:
        found = re.search(rb"/%s (\([^)]*\)|<[^>]*>)" % key.encode(), self.body(self.info))
        return found.group(1) if found else None

    def info_with_title(self, title: str) -> bytes:
        entries = self.body(self.info).strip()[2:-2]
        entries = re.sub(rb"/Title (\((?:[^()\\]|\\.)*\)|<[^>]*>)", b"", entries)
        return b"<< %s /Title %s >>" % (entries.strip(), _text(title))

    def updated(self, objects: dict[int, bytes], size: int) -> bytes:
        out = bytearray(self.pdf if self.pdf.endswith(b"\n") else self.pdf + b"\n")
        offsets = {}
        for number in sorted(objects):
            offsets[number] = len(out)
            out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
        xref = len(out)
        out += b"xref\n0 1\n0000000000 65535 f \n"
        for number in sorted(objects):
            out += b"%d 1\n%010d 00000 n \n" % (number, offsets[number])
        new_id = hashlib.md5(bytes(out), usedforsecurity=False).hexdigest().encode()
        out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /Prev %d /ID [ %s <%s> ] >>\nstartxref\n%d\n%%%%EOF\n" % (
            size, self.root, self.info, self.startxref, self.ids[0], new_id, xref)
        return bytes(out)


def _text(value: str) -> bytes:
    """A PDF text string: UTF-16BE with its byte order mark, as hex (any script, nothing to escape)."""
    return b"<FEFF%s>" % value.encode("utf-16-be").hex().upper().encode()


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
