"""The context menu of a list: open the row, and, on quotes, contracts and invoices, delete a draft (asked first)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

from studio_app.text.errors import StudioError
from studio_app.work import contracts, invoices, quotes
from ui import ask
from ui.i18n import error_text

DRAFT_SERVICES = {"quotes": quotes, "contracts": contracts, "invoices": invoices}



def install(view) -> None:
    """Add the entries to ``view``'s table (a :class:`ui.views.list_view.ListView`)."""
    table = view.table
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    opening = QAction(QCoreApplication.translate("ListActions", "Open"), table)
    opening.triggered.connect(lambda: view.selected_id() is not None and view.open_requested.emit(view.selected_id()))
    table.addAction(opening)
    if view.kind in DRAFT_SERVICES:
        view.delete_action = QAction(QCoreApplication.translate("ListActions", "Delete draft…"), table)
        view.delete_action.triggered.connect(lambda: delete_selected_draft(view))
        table.addAction(view.delete_action)


def delete_selected_draft(view) -> bool:
    """Delete the selected draft after asking; an issued document is refused with the service's reason."""
    record_id = view.selected_id()
    question = QCoreApplication.translate("ListActions", "Delete this draft? This cannot be undone.")
    if record_id is None or not ask.question(view, question):
        return False
    try:
        DRAFT_SERVICES[view.kind].delete_draft(record_id)
    except StudioError as exc:
        ask.warning(view, error_text(exc))
        return False
    view.refresh()
    return True
