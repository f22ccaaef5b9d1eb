"""Combo boxes of the app's fixed choices, with labels in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox

from studio_app.text import i18n


def _t(text: str) -> str:
    return QCoreApplication.translate("Choices", text)


# Marked for lupdate with QT_TRANSLATE_NOOP; translated when a combo is built (after the translator is installed).
_LABELS: dict[str, dict[str, str]] = {
    "channel": {"email": QT_TRANSLATE_NOOP("Choices", "Email"), "phone": QT_TRANSLATE_NOOP("Choices", "Phone"),
                "in person": QT_TRANSLATE_NOOP("Choices", "In person"), "chat": QT_TRANSLATE_NOOP("Choices", "Chat")},
    "project_status": {"lead": QT_TRANSLATE_NOOP("Choices", "Lead"), "quoted": QT_TRANSLATE_NOOP("Choices", "Quoted"),
                       "active": QT_TRANSLATE_NOOP("Choices", "Active"),
                       "delivered": QT_TRANSLATE_NOOP("Choices", "Delivered"),
                       "closed": QT_TRANSLATE_NOOP("Choices", "Closed"), "lost": QT_TRANSLATE_NOOP("Choices", "Lost")},
    "pricing": {"fixed": QT_TRANSLATE_NOOP("Choices", "Fixed price"),
                "hourly": QT_TRANSLATE_NOOP("Choices", "By the hour")},
    "round_billing": {"per_round": QT_TRANSLATE_NOOP("Choices", "A fee per extra round"),
                      "hourly": QT_TRANSLATE_NOOP("Choices", "By the hour")},
    "interaction": {"call": QT_TRANSLATE_NOOP("Choices", "Call"), "email": QT_TRANSLATE_NOOP("Choices", "Email"),
                    "meeting": QT_TRANSLATE_NOOP("Choices", "Meeting"), "note": QT_TRANSLATE_NOOP("Choices", "Note"),
                    "update": QT_TRANSLATE_NOOP("Choices", "Progress update"),
                    "delay": QT_TRANSLATE_NOOP("Choices", "Delay notice")},
    "paper": {"A4": "A4", "Letter": QT_TRANSLATE_NOOP("Choices", "US Letter")},
    "einvoice": {"none": QT_TRANSLATE_NOOP("Choices", "None (PDF only)"),
                 "facturx": QT_TRANSLATE_NOOP("Choices", "Factur-X / ZUGFeRD (EN 16931)"),
                 "xrechnung-cii": QT_TRANSLATE_NOOP("Choices", "XRechnung (CII)"),
                 "xrechnung-ubl": QT_TRANSLATE_NOOP("Choices", "XRechnung (UBL)"),
                 "peppol": QT_TRANSLATE_NOOP("Choices", "Peppol BIS Billing 3.0")},
    "theme": {"system": QT_TRANSLATE_NOOP("Choices", "Follow the system"),
              "light": QT_TRANSLATE_NOOP("Choices", "Light"), "dark": QT_TRANSLATE_NOOP("Choices", "Dark")},
}


def labels(kind: str) -> dict[str, str]:
    if kind == "language":  # each language in its own name, whatever the interface language
        return dict(i18n.LANGUAGE_NAMES)
    return {key: _t(text) for key, text in _LABELS[kind].items()}


def combo(kind: str) -> QComboBox:
    box = QComboBox()
    for key, label in labels(kind).items():
        box.addItem(label, key)
    return box


def endpoint_schemes() -> QComboBox:
    """The electronic address schemes of the EAS code list, the ones with a known rule named ("0208 – Belgian
    enterprise number"), first an empty choice: no electronic address."""
    from studio_app.text import messages
    from studio_app.work import identifiers
    from ui import formatting
    names = messages.catalog(formatting.language())
    box = QComboBox()
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(16)  # the long scheme names do not widen the form
    box.addItem("—", "")
    for code in identifiers.EAS:
        known = identifiers.SCHEMES.get(code)
        box.addItem(f"{code} – {names.get(known[0], known[0])}" if known else code, code)
    return box
