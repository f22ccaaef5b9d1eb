"""No widget flashes up as a window of its own while the views are built: a child shown before it has a parent
becomes a top-level window for a moment, takes the focus from the main window and flickers on a desktop."""

from __future__ import annotations

import os
import traceback
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QWidget

from studio_app.store.models import Client, Contract, Invoice, Project, Quote
from tests.ui.conftest import settle


class StrayWindows(QObject):
    def __init__(self, main: QWidget) -> None:
        super().__init__()
        self.main, self.seen = main, []

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(obj, QWidget) and obj.isWindow() \
                and obj is not self.main and not isinstance(obj, (QDialog, QMenu)) \
                and not obj.windowType() & 0x8:  # popups and tool tips are windows by design
            where = [f"{Path(f.filename).name}:{f.lineno}" for f in traceback.extract_stack()
                     if f"{os.sep}ui{os.sep}" in f.filename and "tests" not in f.filename][-2:]
            self.seen.append(f"{type(obj).__name__} shown from {where}")
        return False


def test_opening_every_view_and_editor_shows_no_stray_window(qtbot, demo_window):
    window = demo_window
    spy = StrayWindows(window)
    QApplication.instance().installEventFilter(spy)
    try:
        for name in ("clients", "projects", "quotes", "contracts", "invoices", "outbox", "settings", "dashboard"):
            window.show_view(name)
            settle()
        for kind, model in (("client", Client), ("project", Project), ("quote", Quote), ("contract", Contract),
                            ("invoice", Invoice)):
            window.open_record(kind, model.select(model.id).order_by(model.id).first().id)
            settle()
    finally:
        QApplication.instance().removeEventFilter(spy)
    assert spy.seen == []
    assert QApplication.activeWindow() is window
