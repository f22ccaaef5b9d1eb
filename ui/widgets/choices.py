"""Combo boxes of the app's fixed choices, with labels in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from studio_app import i18n


def _t(text: str) -> str:
    return QCoreApplication.translate("Choices", text)


def labels(kind: str) -> dict[str, str]:
    return {
        "language": dict(i18n.LANGUAGE_NAMES),
        "channel": {"email": _t("Email"), "phone": _t("Phone"), "in person": _t("In person"), "chat": _t("Chat")},
        "project_status": {"lead": _t("Lead"), "quoted": _t("Quoted"), "active": _t("Active"),
                           "delivered": _t("Delivered"), "closed": _t("Closed"), "lost": _t("Lost")},
        "pricing": {"fixed": _t("Fixed price"), "hourly": _t("By the hour")},
        "round_billing": {"per_round": _t("A fee per extra round"), "hourly": _t("By the hour")},
        "interaction": {"call": _t("Call"), "email": _t("Email"), "meeting": _t("Meeting"), "note": _t("Note"),
                        "update": _t("Progress update"), "delay": _t("Delay notice")},
        "paper": {"A4": "A4", "Letter": _t("US Letter")},
        "theme": {"system": _t("Follow the system"), "light": _t("Light"), "dark": _t("Dark")},
    }[kind]


def combo(kind: str) -> QComboBox:
    box = QComboBox()
    for key, label in labels(kind).items():
        box.addItem(label, key)
    return box
