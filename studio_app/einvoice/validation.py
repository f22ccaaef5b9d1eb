"""Validation of an e-invoice with the official artefacts: the XSD of its syntax, the EN 16931 rules (CEN/TC 434
XSLT), and the XRechnung CIUS or Peppol BIS rules (compiled from their Schematron by tools/compile_schematron.py).

The Schematron rules are XSLT 2, which only Saxon runs here: saxonche is an optional extra (``einvoice-check``,
also in the test extra) because it is too large for the packaged app. Without it :func:`validate` checks the XSD
only and says so with a warning. Each stylesheet is compiled once per process; Saxon may open local files only.
"""

from __future__ import annotations

import functools
import importlib.util
import posixpath
import re
import threading
import zipfile
from pathlib import Path

from lxml import etree

from studio_app.files.resources import resource_path
from studio_app.text.errors import StudioError
from . import xmlread
from .formats import CUSTOMIZATION, FACTURX, PEPPOL, UBL_FORMATS, XRECHNUNG_CII, XRECHNUNG_UBL, Failure

CII_NS = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
UBL_INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
UBL_CREDIT_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
SVRL = "http://purl.oclc.org/dsdl/svrl"
EN16931_CII = "en16931/xslt/EN16931-CII-validation.xslt"
EN16931_UBL = "en16931/xslt/EN16931-UBL-validation.xslt"
RULES = {  # format -> the stylesheets that check it, EN 16931 first
    FACTURX: (EN16931_CII,),
    XRECHNUNG_CII: (EN16931_CII, "xrechnung/XRechnung-CII-validation.xsl"),
    XRECHNUNG_UBL: (EN16931_UBL, "xrechnung/XRechnung-UBL-validation.xsl"),
    PEPPOL: (EN16931_UBL, "peppol/PEPPOL-EN16931-UBL.xsl"),
    "en16931-cii": (EN16931_CII,),
    "en16931-ubl": (EN16931_UBL,),
}
SCHEMAS = {
    FACTURX: "facturx/Factur-X_EN16931.xsd",
    "cii": "en16931/cii-d16b/CrossIndustryInvoice_100pD16B.xsd",
    "invoice": "ubl-2.1/xsd.zip/maindoc/UBL-Invoice-2.1.xsd",
    "creditnote": "ubl-2.1/xsd.zip/maindoc/UBL-CreditNote-2.1.xsd",
}
PROFILE_NAMES = {FACTURX: "Factur-X EN 16931", XRECHNUNG_CII: "XRechnung 3.0", XRECHNUNG_UBL: "XRechnung 3.0",
                 PEPPOL: "Peppol BIS Billing 3.0", "en16931-cii": "EN 16931", "en16931-ubl": "EN 16931"}
_LOCK = threading.Lock()  # one Saxon processor per process, used by one thread at a time


def schematron_available() -> bool:
    """Whether the Schematron rules can run here (saxonche installed: the ``einvoice-check`` extra)."""
    return importlib.util.find_spec("saxonche") is not None


def detect(tree: etree._ElementTree) -> tuple[str, str]:
    """(syntax, format) the file declares: syntax "cii", "invoice" or "creditnote"; format one of ours, or
    "en16931-cii" / "en16931-ubl" for any other EN 16931 file."""
    root = tree.getroot()
    ns = etree.QName(root).namespace
    if ns == CII_NS:
        ids = root.xpath("string(*[local-name()='ExchangedDocumentContext']/*[local-name()="
                         "'GuidelineSpecifiedDocumentContextParameter']/*[local-name()='ID'])")
        return "cii", _format_of(ids.strip(), True)
    if ns in (UBL_INVOICE_NS, UBL_CREDIT_NS):
        ids = root.findtext(f"{{{CBC}}}CustomizationID") or ""
        return ("invoice" if ns == UBL_INVOICE_NS else "creditnote"), _format_of(ids.strip(), False)
    return "", ""


def _format_of(customization: str, cii: bool) -> str:
    if "xrechnung" in customization:
        return XRECHNUNG_CII if cii else XRECHNUNG_UBL
    if "peppol" in customization and not cii:
        return PEPPOL
    if cii and customization == CUSTOMIZATION[FACTURX]:
        return FACTURX
    return "en16931-cii" if cii else "en16931-ubl"


def describe(xml: bytes) -> str:
    """"UBL 2.1 Invoice, Peppol BIS Billing 3.0": what the file is, for the command line."""
    syntax, fmt = detect(xmlread.parse(xml))
    names = {"cii": "UN/CEFACT CII D16B", "invoice": "UBL 2.1 Invoice", "creditnote": "UBL 2.1 CreditNote"}
    return f"{names.get(syntax, 'unknown')}, {PROFILE_NAMES.get(fmt, 'unknown')}"


def validate(xml: bytes, fmt: str | None = None) -> list[Failure]:
    """Every failed rule (see :func:`studio_app.einvoice.validate`); ``StudioError`` for a file that is not XML
    or declares a DOCTYPE."""
    if fmt is not None and fmt not in RULES:
        raise StudioError("“{format}” is not an e-invoice format.", field="format", format=str(fmt)[:30])
    tree = xmlread.parse(xml)
    syntax, declared = detect(tree)
    if not syntax:
        root = etree.QName(tree.getroot())
        return [Failure("SYNTAX", f"Not a CII or UBL invoice: the root element is {root.localname} in "
                                  f"{root.namespace or 'no namespace'}.", "/", "fatal")]
    fmt = fmt or declared
    if (fmt in UBL_FORMATS or fmt == "en16931-ubl") != (syntax != "cii"):
        return [Failure("SYNTAX", f"The file is {describe(xml)}, not {fmt}.", "/", "fatal")]
    failures = xsd_failures(tree, SCHEMAS[FACTURX] if fmt == FACTURX else SCHEMAS[syntax])
    if not schematron_available():
        return failures + [Failure("NOT-CHECKED", "Only the XSD was checked: the EN 16931 rules need the "
                                   "einvoice-check extra (saxonche).", "/", "warning")]
    document = xmlread.canonical_bytes(tree)
    for stylesheet in RULES[fmt]:
        failures += schematron_failures(document, stylesheet)
    return failures


# -- XSD ----------------------------------------------------------------------------------------------------------

class _Archive(etree.Resolver):
    """Schema documents read from a zip of them, unchanged (the UBL 2.1 schemas: 2.9 MB loose, 0.2 MB zipped),
    under URLs of their own: an import relative to one stays in the archive."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.url = f"einvoice-archive:{path.name}/"
        self.files = zipfile.ZipFile(path)

    def resolve(self, url: str, pubid: str | None, context: object):
        if not url.startswith(self.url):
            return None
        name = posixpath.normpath(url[len(self.url):]).lstrip("/")
        return self.resolve_string(self.files.read(name), context, base_url=url)


@functools.cache
def _schema(name: str) -> etree.XMLSchema:
    parser = xmlread.parser()
    archive, _, inner = name.partition(".zip/")
    if not inner:
        return etree.XMLSchema(etree.parse(str(resource_path("einvoice", name)), parser))
    resolver = _Archive(resource_path("einvoice", archive + ".zip"))
    parser.resolvers.add(resolver)
    return etree.XMLSchema(etree.parse(resolver.url + inner, parser))


def xsd_failures(tree: etree._ElementTree, name: str) -> list[Failure]:
    schema = _schema(name)
    if schema.validate(tree):
        return []
    return [Failure("XSD", error.message, f"line {error.line}", "fatal") for error in schema.error_log]


# -- Schematron (XSLT 2 through saxonche) -------------------------------------------------------------------------

@functools.cache
def _processor():
    from saxonche import PySaxonProcessor  # saxonche is optional: loaded only when present
    processor = PySaxonProcessor(license=False)
    processor.set_configuration_property("http://saxon.sf.net/feature/allowedProtocols", "file")
    return processor


@functools.cache
def _executable(name: str):
    with _LOCK:
        compiler = _processor().new_xslt30_processor()
        return compiler.compile_stylesheet(stylesheet_file=str(resource_path("einvoice", name)))


def warm(fmt: str) -> None:
    """Compile the stylesheets of ``fmt`` now (a test session or a benchmark does it once)."""
    if schematron_available():
        for name in RULES[fmt]:
            _executable(name)


def schematron_failures(document: bytes, stylesheet: str) -> list[Failure]:
    executable = _executable(stylesheet)
    with _LOCK:
        node = _processor().parse_xml(xml_text=document.decode("utf-8"))
        report = executable.transform_to_string(xdm_node=node)
    return parse_svrl(report.encode("utf-8"))


_ID_PREFIX = re.compile(r"^\s*\[([A-Za-z0-9_.-]+)\]\s*-?\s*")
_NAMESPACE_TEST = re.compile(r"\[namespace-uri\(\)='[^']*'\]")
_QNAME = re.compile(r"Q\{[^}]*\}|\*:")


def short_location(location: str) -> str:
    """An SVRL XPath without its namespace clutter: /Invoice[1]/cac:LegalMonetaryTotal[1] reads as
    /Invoice/LegalMonetaryTotal."""
    path = _QNAME.sub("", _NAMESPACE_TEST.sub("", location))
    path = re.sub(r"\[1\]", "", path)
    return re.sub(r"/[a-z]+:", "/", path) or "/"


def parse_svrl(report: bytes) -> list[Failure]:
    tree = etree.fromstring(report, xmlread.parser())
    out = []
    for node in tree.iter(f"{{{SVRL}}}failed-assert", f"{{{SVRL}}}successful-report"):
        text = " ".join("".join(node.itertext()).split())
        rule = node.get("id") or ""
        match = _ID_PREFIX.match(text)
        if match:
            rule = rule or match.group(1)
            text = text[match.end():]
        flag = (node.get("flag") or "error").lower()  # "information" and "warning" do not fail a file
        out.append(Failure(rule or "RULE", text, short_location(node.get("location") or ""),
                           flag if flag in ("fatal", "error") else "warning"))
    return out
