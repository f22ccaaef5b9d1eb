"""Mark a deliverable or a milestone done from the project editor: a button under its table and the same entry
in the table's context menu. A saved row is marked at once through the project service; a row not saved yet
is ticked in the table and saved with the project."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QTableWidget

from studio_app.text.errors import StudioError
from studio_app.work import clock, projects
from ui import ask
from ui.i18n import error_text

ROW_ID = Qt.ItemDataRole.UserRole + 7  # the saved row's id, on the first cell



def mark_done_button(table: QTableWidget, kind: str) -> QPushButton:
    """"Mark done" for the selected ``kind`` row ("deliverable" or "milestone") of ``table``."""
    text = (QCoreApplication.translate("ScopeActions", "Mark deliverable done") if kind == "deliverable"
            else QCoreApplication.translate("ScopeActions", "Mark milestone done"))
    button = QPushButton(text)
    button.clicked.connect(lambda: mark_done(table, kind))
    action = QAction(text, table)
    action.triggered.connect(lambda: mark_done(table, kind))
    table.addAction(action)
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    return button


def mark_done(table: QTableWidget, kind: str) -> bool:
    row = table.currentRow()
    if row < 0:
        return False
    first = table.item(row, 0)
    record_id = first.data(ROW_ID) if first is not None else None
    today = clock.today()
    try:
        if record_id is not None and kind == "deliverable":
            projects.set_deliverable_done(int(record_id), True)
        elif record_id is not None:
            projects.set_milestone_done(int(record_id), today)
    except StudioError as exc:
        ask.warning(table, error_text(exc))
        return False
    keys = table.keys  # type: ignore[attr-defined]
    if kind == "deliverable":
        table.item(row, keys.index("done")).setCheckState(Qt.CheckState.Checked)
    else:
        table.item(row, keys.index("done_on")).setText(today.isoformat())
    return True
