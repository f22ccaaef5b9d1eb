"""PDF/A-3b from reportlab directly: the XMP metadata packet, the sRGB output intent, no page transitions.

reportlab has no PDF/A writer, but its catalog takes extra entries and its info dictionary holds what the XMP
must repeat. Writing them while the PDF is produced costs well under a millisecond; converting afterwards with
pikepdf would cost a parse and a rewrite of every document. :mod:`.pdfa` checks the result.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfdoc
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString

from studio_app.files.resources import resource_path

CREATOR = "Studio Desk"
_CATALOG_KEYS = [*pdfdoc.PDFCatalog.__NoDefault__, "OutputIntents", "AF"]


@dataclass(frozen=True)
class Meta:
    title: str
    author: str
    subject: str
    language: str
    date: tuple[int, int, int] | None = None  # the document's date: the PDF's creation date (deterministic)

    @property
    def xmp_date(self) -> str:
        year, month, day = self.date or (2000, 1, 1)
        return f"{year:04d}-{month:02d}-{day:02d}T00:00:00Z"


def xmp(meta: Meta, *, extra_schemas: str = "", extra_description: str = "") -> bytes:
    """The XMP packet: Dublin Core and PDF properties equal to the info dictionary, PDF/A-3 conformance B.

    ``extra_schemas`` adds whole rdf:Description elements (the Factur-X extension schema and its values)."""
    title, author, subject = escape(meta.title), escape(meta.author), escape(meta.subject)
    lang = escape(meta.language or "x-default")
    body = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
<pdfaid:part>3</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
<dc:language><rdf:Bag><rdf:li>{lang}</rdf:li></rdf:Bag></dc:language>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
<pdf:Producer>{CREATOR}</pdf:Producer>
<pdf:Keywords></pdf:Keywords>
</rdf:Description>
<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<xmp:CreatorTool>{CREATOR}</xmp:CreatorTool>
<xmp:CreateDate>{meta.xmp_date}</xmp:CreateDate>
<xmp:ModifyDate>{meta.xmp_date}</xmp:ModifyDate>
<xmp:MetadataDate>{meta.xmp_date}</xmp:MetadataDate>
</rdf:Description>
{extra_schemas}</rdf:RDF>
</x:xmpmeta>
<?xpacket end="r"?>"""
    return body.encode("utf-8")


@lru_cache(maxsize=1)
def srgb_profile() -> bytes:
    return resource_path("color", "sRGB.icc").read_bytes()


@lru_cache(maxsize=1)
def _compressed_profile() -> bytes:
    return zlib.compress(srgb_profile(), 9)


class _Metadata(PDFStream):
    """The XMP stream, left uncompressed so archive tools (and grep) can read it."""

    def __init__(self, packet: bytes) -> None:
        super().__init__(PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
                         packet, filters=[])


class _Stamp:
    """A reportlab TimeStamp for a given day (reportlab's invariant mode would say 1 January 2000)."""

    def __init__(self, date: tuple[int, int, int]) -> None:
        self.YMDhms = (*date, 0, 0, 0)
        self.dhh = self.dmm = 0
        self.t = 0
        self.tzname = "UTC"


def finish(canvas, meta: Meta) -> None:
    """Make the canvas's document PDF/A-3b-ready; call just before ``Canvas.save``."""
    doc = canvas._doc
    info = doc.info
    info.title, info.author, info.subject, info.keywords = meta.title, meta.author, meta.subject, ""
    info.creator = info.producer = CREATOR
    if meta.date:
        doc._timeStamp = _Stamp(meta.date)
    for page in doc.Pages.pages:
        page.Trans = None  # reportlab writes an empty /Trans on every page; PDF/A's checkers refuse unknown keys
    catalog = doc.Catalog
    catalog.__NoDefault__ = _CATALOG_KEYS  # instance override: reportlab writes only the keys it lists
    catalog.Metadata = _Metadata(xmp(meta))
    profile = PDFStream(PDFDictionary({"N": 3, "Filter": PDFName("FlateDecode")}), _compressed_profile())
    intent = PDFDictionary({"Type": PDFName("OutputIntent"), "S": PDFName("GTS_PDFA1"),
                            "OutputConditionIdentifier": PDFString("sRGB"), "Info": PDFString("sRGB IEC61966-2.1"),
                            "RegistryName": PDFString("http://www.color.org"),
                            "DestOutputProfile": doc.Reference(profile, "sRGBProfile")})
    catalog.OutputIntents = PDFArray([doc.Reference(intent, "sRGBIntent")])
