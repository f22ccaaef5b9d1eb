"""The e-invoice formats a client can have, and the two result types of the package."""

from __future__ import annotations

from dataclasses import dataclass

NONE, FACTURX, XRECHNUNG_CII, XRECHNUNG_UBL, PEPPOL = "none", "facturx", "xrechnung-cii", "xrechnung-ubl", "peppol"
FORMATS = (NONE, FACTURX, XRECHNUNG_CII, XRECHNUNG_UBL, PEPPOL)
LABELS = {
    NONE: "None (PDF only)",
    FACTURX: "Factur-X / ZUGFeRD (EN 16931)",
    XRECHNUNG_CII: "XRechnung (CII)",
    XRECHNUNG_UBL: "XRechnung (UBL)",
    PEPPOL: "Peppol BIS Billing 3.0",
}
CII_FORMATS = (FACTURX, XRECHNUNG_CII)
UBL_FORMATS = (XRECHNUNG_UBL, PEPPOL)
XRECHNUNG_FORMATS = (XRECHNUNG_CII, XRECHNUNG_UBL)

# BT-24, the specification identifier, and BT-23 (Peppol's business process).
EN16931 = "urn:cen.eu:en16931:2017"
XRECHNUNG_ID = "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"
PEPPOL_ID = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
PEPPOL_PROCESS = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
CUSTOMIZATION = {FACTURX: EN16931, XRECHNUNG_CII: XRECHNUNG_ID, XRECHNUNG_UBL: XRECHNUNG_ID, PEPPOL: PEPPOL_ID}


@dataclass(frozen=True)
class Problem:
    """Something the snapshot lacks for a format: the snapshot field, its EN 16931 term, a translated message."""

    field: str
    bt: str
    message: str


@dataclass(frozen=True)
class Failure:
    """One failed rule of a validation: its id (BR-CO-15, or "XSD"), message, where in the file, and its flag
    (fatal, error or warning; only fatal and error make a file invalid)."""

    rule_id: str
    message: str
    location: str
    flag: str = "error"

    @property
    def fails(self) -> bool:
        return self.flag != "warning"
