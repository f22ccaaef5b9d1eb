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


def open_or_recover(target: str | None, *, daily_backup: bool, ask: bool = True) -> None:
    """Open the database; when the file is damaged, offer its latest backup (the damaged file is kept aside)."""
    from studio_app.errors import DatabaseDamagedError
    try:
        startup.open_database(target, daily_backup=daily_backup)
        return
    except DatabaseDamagedError as exc:
        if not ask or exc.latest_backup is None:
            raise
        damaged = exc
    from ui.i18n import error_text
    box = QMessageBox(QMessageBox.Icon.Critical, "Studio Desk", error_text(damaged))
    box.setInformativeText(QApplication.translate(
        "Recovery", "Studio Desk can put back the latest backup, %1. The damaged file is kept aside, "
        "not deleted.").replace("%1", damaged.latest_backup.name))
    restore = box.addButton(QApplication.translate("Recovery", "Restore the latest backup"),
                            QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QApplication.translate("Recovery", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if box.clickedButton() is not restore:
        raise damaged
    startup.recover_from_backup(damaged.path, damaged.latest_backup)
    startup.open_database(target, daily_backup=False)


def run_gui(target: str | None, *, smoke: bool = False, started: float | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    setup_application(app)
    target = target or QSettings().value("database") or None
    if target and str(target).startswith(("postgresql://", "postgres://")):
        from studio_app import secrets
        try:
            target = secrets.url_with_password(str(target))
        except StudioError:
            pass  # no keyring here: connect without; the server's refusal names what is missing
    try:
        open_or_recover(target, daily_backup=not smoke, ask=not smoke)
    except StudioError as exc:
        if smoke:
            print(f"studio-desk: {exc.message}", file=sys.stderr)
        else:
            from ui.i18n import error_text
            QMessageBox.critical(None, "Studio Desk", error_text(exc))
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
