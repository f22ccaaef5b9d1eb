"""Reading an XML file someone sent: no DTD, no entities, no network, nothing but the document.

A received e-invoice is untrusted. The parser never loads a DTD, never expands or fetches an entity and never
opens a URL, and a file that declares a DOCTYPE at all (an e-invoice never does) is refused before anything
else reads it, so a billion-laughs bomb or an external entity pointing at a local file goes nowhere.
"""

from __future__ import annotations

from lxml import etree

from studio_app.text.errors import StudioError

MAX_BYTES = 50_000_000  # a 5,000-line invoice is about 10 MB
_DOCTYPE = tuple("<!DOCTYPE".encode(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be"))


def parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_pis=False)


def parse(xml: bytes) -> etree._ElementTree:
    """The parsed document; ``StudioError`` when it is not well-formed XML or declares a DOCTYPE."""
    if len(xml) > MAX_BYTES:
        raise StudioError("The file is larger than an e-invoice can be ({size} MB).", size=len(xml) // 1_000_000)
    if any(marker in xml for marker in _DOCTYPE):  # refused before parsing; the checks below catch any other way
        raise StudioError("The file declares a DOCTYPE, which an e-invoice never does; it was not read.")
    try:
        tree = etree.ElementTree(etree.fromstring(xml, parser()))
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise StudioError("The file is not well-formed XML: {reason}", reason=str(exc)[:200]) from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise StudioError("The file declares a DOCTYPE, which an e-invoice never does; it was not read.")
    for node in tree.iter():
        if isinstance(node, etree._Entity):
            raise StudioError("The file declares a DOCTYPE, which an e-invoice never does; it was not read.")
    return tree


def canonical_bytes(tree: etree._ElementTree) -> bytes:
    """The document alone (no DOCTYPE, no entity), as the rules engines read it."""
    return etree.tostring(tree.getroot(), encoding="UTF-8", xml_declaration=True)
