"""QApplication set-up and the entry point `run_gui` (the full views land with the GUI issue)."""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from studio_app import db, startup
from studio_app.errors import StudioError
from studio_app.resources import resource_path
from studio_app.version import __version__


def setup_application(app: QApplication) -> None:
    """Names (for QSettings), the interface language and the light or dark palette."""
    app.setApplicationName("Studio Desk")
    app.setOrganizationName("StudioDesk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource_path("icons", "studio-desk.svg"))))
    from ui import i18n, theme
    from ui.formatting import interface_language
    i18n.install(app, interface_language())
    theme.apply(app, str(QSettings().value("theme", "system")))


def run_gui(target: str | None, *, smoke: bool = False, started: float | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    setup_application(app)
    target = target or QSettings().value("database") or None
    try:
        startup.open_database(target, daily_backup=not smoke)
    except StudioError as exc:
        if smoke:
            print(f"studio-desk: {exc.message}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "Studio Desk", exc.message)
        return 1
    from ui.main_window import MainWindow
    window = MainWindow(db.describe(target or startup.default_target()))
    window.show()
    if smoke:
        def painted() -> None:
            try:
                window.repaint()
                print(f"{time.perf_counter() - (started or 0):.3f}")
                app.exit(0)
            except Exception as exc:  # a smoke run must never hang
                print(f"studio-desk: {exc}", file=sys.stderr)
                app.exit(1)
        QTimer.singleShot(0, painted)
        QTimer.singleShot(30_000, lambda: app.exit(1))
    code = app.exec()
    db.close()
    return code
