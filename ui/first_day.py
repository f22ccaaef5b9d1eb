"""The window's side of a studio's first day: offering the first-run assistant on a new studio, and opening
the sample database it offers, marked "Sample data" in the title and the status bar.

Called by the main window and ui/app.py; it knows the window only by what it is given (no import back).
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QPushButton, QWidget

from studio_app.store import db, startup
from studio_app.work import first_day
from ui import ask

NO_ASSISTANT = "STUDIO_DESK_NO_ASSISTANT"  # set (to anything) for runs that must never show it


def should_offer() -> bool:
    """A new, empty studio on a desk that has not finished or skipped the assistant."""
    if os.environ.get(NO_ASSISTANT) or QSettings().value("first_run/done", False, type=bool):
        return False
    return first_day.is_new_studio()


def offer(window: QMainWindow, painted: Callable[[], None] = lambda: None) -> None:
    """The assistant on a new studio; ``painted`` runs once the assistant (else, at once, the window) has painted."""
    if should_offer():
        run_assistant(window, painted)
    else:
        painted()


class _FirstPaint(QObject):
    """Calls back once ``target`` has painted (the assistant is modal: what its window's timers would start
    runs inside its event loop, so it is started after its paint, not before)."""

    def __init__(self, target: QWidget, then: Callable[[], None]) -> None:
        super().__init__(target)
        self.then = then
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


def run_assistant(window: QMainWindow, painted: Callable[[], None] | None = None) -> QMainWindow:
    """Open the assistant over ``window``; the window the person goes on in (a new one on the sample data)."""
    from ui.dialogs.first_run import FirstRunAssistant  # loaded when first opened, not at start
    assistant = FirstRunAssistant(window)
    if painted is not None:
        _FirstPaint(assistant, painted)
    ask.run(assistant)
    assistant.setParent(None)  # gone with its last reference, not kept as the window's child
    assistant.deleteLater()
    if assistant.choice == "sample":
        return open_sample(window)
    if assistant.choice == "studio":
        window.statusBar().showMessage(QApplication.translate("FirstDay", "Your studio is set up."), 6000)
        window.show_view("dashboard")
        if window._settings_view is not None:
            window.settings_view.load()
    return window


def open_sample(window: QMainWindow) -> QMainWindow:
    """Close ``window``'s database, open the sample one in a new window of the same kind, close the old one."""
    path = first_day.open_sample()
    return _replace(window, db.describe(path))


def _replace(window: QMainWindow, location: str) -> QMainWindow:
    replacement = type(window)(location)
    _windows.append(replacement)  # kept alive once the old window is gone
    replacement.resize(window.size())
    replacement.show()
    window.close()
    return replacement


def mark_if_sample(window: QMainWindow, location: str) -> None:
    """The sample database says so in the title bar and, permanently, in the status bar."""
    if not first_day.is_sample(location):
        return
    sample = QApplication.translate("FirstDay", "Sample data")
    window.setWindowTitle(QApplication.translate("FirstDay", "Studio Desk — %1 — %2").replace("%1", sample)
                          .replace("%2", location))
    badge = QLabel(QApplication.translate("FirstDay", "Sample data: nothing here is your studio's"))
    badge.setObjectName("sampleBadge")
    badge.setAccessibleName(sample)
    back = QPushButton(QApplication.translate("FirstDay", "Back to my studio"))
    back.clicked.connect(lambda: open_own(window))
    window.statusBar().addPermanentWidget(badge)
    window.statusBar().addPermanentWidget(back)
    window.sample_badge, window.back_to_studio = badge, back
    if hasattr(window, "first_run_action"):
        window.first_run_action.setEnabled(False)  # the assistant sets up the studio's own database, not this one


def open_own(window: QMainWindow) -> QMainWindow:
    """Leave the sample data: the studio's own database (as chosen in Settings → Appearance and data) in a new window."""
    target = QSettings().value("database") or startup.default_target()
    db.close()
    startup.open_database(target)
    return _replace(window, db.describe(target))


_windows: list[QMainWindow] = []
