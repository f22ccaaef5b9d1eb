"""The window's way into importing clients, projects and past invoices from a file (CSV).

The import dialog is the `dayone-import` work: ``ui/dialogs/import_csv.py`` with ``open_import(parent, kind)``.
Until that module is there, :func:`import_available` is False and the empty lists do not offer it; once it is,
they do, with nothing else to wire.
"""

from __future__ import annotations

import importlib
import importlib.util

from PySide6.QtWidgets import QWidget

IMPORT_MODULE = "ui.dialogs.import_csv"
IMPORT_KINDS = ("clients", "projects", "invoices")


def import_available() -> bool:
    return importlib.util.find_spec(IMPORT_MODULE) is not None


def open_import(parent: QWidget, kind: str) -> object:
    """Open the import of ``kind`` (clients, projects or invoices) from a file."""
    return importlib.import_module(IMPORT_MODULE).open_import(parent, kind)
